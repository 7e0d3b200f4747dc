#include "report/docs_text.hpp"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

namespace driftgate::report {
namespace {

std::string mark_text(Mark mark, const DriftTextStyle& style) {
  return report::mark_text(mark, style.glyphs, style.colour);
}

Mark level_mark(diff::Severity level) {
  switch (level) {
    case diff::Severity::Info: return Mark::Info;
    case diff::Severity::Warning: return Mark::Warning;
    case diff::Severity::Error: return Mark::Error;
  }
  return Mark::Error;
}

std::string location_text(const model::SourceLocation& location) {
  if (location.empty()) return "";
  if (location.line == 0) return location.file;
  return fmt::format("{}:{}:{}", location.file, location.line, location.column);
}

std::string source_text(const SourceDescription& source) {
  return source.commit_sha.empty() ? source.description
                                   : fmt::format("{} ({})", source.description, source.commit_sha.substr(0, 12));
}

std::string first_line(const std::string& text, std::size_t limit = 160) {
  const std::size_t newline = text.find('\n');
  std::string_view line(text);
  line = line.substr(0, std::min(newline, limit));
  const bool cut = line.size() < text.size();
  return cut ? fmt::format("{} …", line) : std::string(line);
}

void graph_section(const DocsReport& report, const DriftTextStyle& style, std::string& out) {
  out += "Revision graph\n";
  bool graph_error = false;
  for (const auto& finding : report.findings) {
    if (finding.level != alembic::FindingLevel::Error) continue;
    graph_error = true;
    out += fmt::format("  {} {}: {}\n", mark_text(Mark::Error, style), location_text(finding.location), finding.message);
  }
  if (report.revisions.empty()) {
    out += fmt::format("  {} no revision was replayed\n", mark_text(Mark::Warning, style));
  } else if (!graph_error) {
    out += fmt::format("  {} {} revision(s) in one line of history, base {} → head {}\n", mark_text(Mark::Ok, style),
                       report.revisions.size(), report.revisions.front().revision,
                       report.heads.empty() ? "?" : report.heads.front());
  }
}

void findings_section(const DocsReport& report, const DriftTextStyle& style, std::string& out) {
  out += fmt::format("Operations: {} read, {} replayed cleanly\n", report.operations, report.understood);
  for (const auto& finding : report.findings) {
    if (finding.level == alembic::FindingLevel::Error) continue;
    std::string label = finding.category;
    for (char& c : label) if (c == '_') c = ' ';
    out += fmt::format("  {} {}{}: {}: {}\n", mark_text(Mark::Warning, style), location_text(finding.location),
                       finding.revision.empty() ? "" : " [" + finding.revision + "]", label, finding.message);
    if (!finding.call_text.empty()) out += "      " + first_line(finding.call_text) + "\n";
  }
}

std::string item_line(const alembic::ConsistencyItem& entry) {
  const diff::DriftItem& item = entry.item;
  std::string text = fmt::format("{} {}", diff::object_kind_label(item.object.kind), item.display_name);
  if (item.kind == diff::DriftKind::Changed || item.kind == diff::DriftKind::Uncompared) {
    text += fmt::format(": {} — definition {}, documentation {}", diff::attribute_label(item.attribute),
                        item.expected.value_or("(none)"), item.actual.value_or("(none)"));
  }
  std::string where;
  if (entry.category != alembic::ConsistencyCategory::StaleDocumentation && !item.location.empty()) {
    where += fmt::format("defined at {}", location_text(item.location));
  }
  if (!entry.documented_at.empty()) {
    where += fmt::format("{}documented at {}", where.empty() ? "" : ", ", location_text(entry.documented_at));
  }
  if (!where.empty()) text += fmt::format(" ({})", where);
  return text;
}

void items_section(const DocsReport& report, const DriftTextStyle& style, std::string& out) {
  struct Group {
    alembic::ConsistencyCategory category;
    const char* title;
  };
  const Group groups[] = {{alembic::ConsistencyCategory::Undocumented, "Undocumented (in the definition, in no revision)"},
                          {alembic::ConsistencyCategory::StaleDocumentation, "Stale documentation (documented, not in the definition)"},
                          {alembic::ConsistencyCategory::Differs, "Differences"},
                          {alembic::ConsistencyCategory::Uncompared, "Not compared"}};
  for (const Group& group : groups) {
    std::string lines;
    for (const auto& entry : report.items) {
      if (entry.category != group.category) continue;
      lines += fmt::format("  {} {}\n", mark_text(level_mark(entry.level), style), item_line(entry));
    }
    if (!lines.empty()) out += fmt::format("{}\n{}", group.title, lines);
  }
}

}  // namespace

std::string docs_to_text(const DocsReport& report, const DriftTextStyle& style) {
  std::string out = fmt::format("Documentation {} ({}) against definition {}\n", source_text(report.documentation),
                                report.folder, source_text(report.definition));
  graph_section(report, style, out);
  findings_section(report, style, out);
  items_section(report, style, out);
  const DocsCounts counts = count_docs(report);
  const bool ok = docs_consistent(report);
  out += fmt::format("{} {}: {} undocumented, {} stale, {} difference(s), {} not understood, {} graph error(s) "
                     "({} error(s), {} warning(s))\n",
                     mark_text(ok ? Mark::Ok : Mark::Error, style),
                     ok ? "documentation consistent" : "documentation inconsistent", counts.undocumented, counts.stale,
                     counts.differences, counts.not_understood, counts.graph_errors, counts.errors, counts.warnings);
  return out;
}

}  // namespace driftgate::report
