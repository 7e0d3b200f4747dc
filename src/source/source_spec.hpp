#pragma once

#include <string>
#include <string_view>

#include "source/redact_url.hpp"

namespace driftgate::source {

/// Where a schema comes from (the SOURCE arguments of PRODUCT.md).
enum class SourceKind {
  Git,          ///< `git:REV` — the definition at a commit
  Worktree,     ///< `worktree` — the definition as the files stand on disk
  Environment,  ///< `env:NAME` — a configured environment, introspected live
  DatabaseUrl,  ///< `postgres://…` / `postgresql://…` — a database given directly
  Alembic,      ///< `alembic:REV` — the schema the Alembic folder documents at a commit
  Snapshot,     ///< `snapshot:FILE` — a model saved earlier as JSON
};

/// A parsed SOURCE argument.
struct SourceSpec {
  SourceKind kind = SourceKind::Worktree;
  std::string text;  ///< REV, NAME, FILE, or the whole URL; empty for the working tree
};

/// Parses a SOURCE argument; throws an input error listing the accepted forms when it is none
/// of them (or a prefix has nothing after it).
SourceSpec parse_source_spec(std::string_view argument);

/// The source as a user would write it, with any password removed (safe to print).
std::string describe_source(const SourceSpec& spec);

}  // namespace driftgate::source
