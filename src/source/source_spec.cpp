#include "source/source_spec.hpp"

#include <array>

#include "util/error.hpp"

namespace driftgate::source {
namespace {

constexpr std::string_view accepted_forms =
    "git:REV (git:HEAD, git:origin/main, git:a1b2c3d), worktree, env:NAME, postgres://… or "
    "postgresql://…, alembic:REV, snapshot:FILE";

struct Prefix {
  std::string_view text;
  SourceKind kind;
  std::string_view example;
};

constexpr std::array<Prefix, 4> prefixes = {{
    {"git:", SourceKind::Git, "git:HEAD"},
    {"env:", SourceKind::Environment, "env:staging"},
    {"alembic:", SourceKind::Alembic, "alembic:HEAD"},
    {"snapshot:", SourceKind::Snapshot, "snapshot:schema.json"},
}};

bool is_database_url(std::string_view argument) {
  return argument.starts_with("postgres://") || argument.starts_with("postgresql://");
}

/// A hint for an argument that is no source, guessing what was meant.
std::string hint_for(std::string_view argument) {
  if (argument.find("://") != std::string_view::npos) {
    return "; only PostgreSQL URLs are accepted (postgres:// or postgresql://)";
  }
  if (argument.find('=') != std::string_view::npos) {
    return "; write the connection as a URL: postgresql://USER@HOST:PORT/DBNAME";
  }
  if (argument.find(':') == std::string_view::npos) {
    return "; for a commit write git:" + std::string(argument);
  }
  return "";
}

}  // namespace

SourceSpec parse_source_spec(std::string_view argument) {
  if (argument == "worktree") return SourceSpec{SourceKind::Worktree, ""};
  if (is_database_url(argument)) return SourceSpec{SourceKind::DatabaseUrl, std::string(argument)};
  for (const Prefix& prefix : prefixes) {
    if (!argument.starts_with(prefix.text)) continue;
    std::string_view rest = argument.substr(prefix.text.size());
    if (rest.empty()) {
      throw input_error("source '" + std::string(argument) + "' is missing what follows " +
                        std::string(prefix.text) + " (for example " + std::string(prefix.example) +
                        ")");
    }
    return SourceSpec{prefix.kind, std::string(rest)};
  }
  if (argument.empty())
    throw input_error("empty source; a source is one of: " + std::string(accepted_forms));
  throw input_error("unknown source '" + redact_url(argument) +
                    "'; a source is one of: " + std::string(accepted_forms) + hint_for(argument));
}

std::string describe_source(const SourceSpec& spec) {
  switch (spec.kind) {
    case SourceKind::Git:
      return "git:" + spec.text;
    case SourceKind::Worktree:
      return "worktree";
    case SourceKind::Environment:
      return "env:" + spec.text;
    case SourceKind::DatabaseUrl:
      return redact_url(spec.text);
    case SourceKind::Alembic:
      return "alembic:" + spec.text;
    case SourceKind::Snapshot:
      return "snapshot:" + spec.text;
  }
  return spec.text;
}

}  // namespace driftgate::source
