#include "report/drift_text.hpp"

#include <fmt/format.h>

#include "diff/drift_counts.hpp"
#include "model/identifier.hpp"

namespace driftgate::report {
namespace {

using diff::DriftItem;
using diff::DriftKind;

std::string mark_text(Mark mark, const DriftTextStyle& style) {
  return report::mark_text(mark, style.glyphs, style.colour);
}

Mark item_mark(const DriftItem& item) {
  switch (item.severity) {
    case diff::Severity::Info: return Mark::Info;
    case diff::Severity::Warning: return Mark::Warning;
    case diff::Severity::Error: return Mark::Error;
  }
  return Mark::Error;
}

std::string shown(const std::optional<std::string>& value) { return value ? *value : "(none)"; }

std::string source_line(const char* label, const SourceDescription& source) {
  std::string line = fmt::format("{} {}", label, source.description);
  if (!source.commit_sha.empty()) line += " (commit " + source.commit_sha + ")";
  return line + "\n";
}

// `column email` for a part of a table, `table` for the table itself.
std::string subject(const DriftItem& item) {
  std::string text(diff::object_kind_label(item.object.kind));
  if (item.object.kind == diff::ObjectKind::Column ||
      item.object.kind == diff::ObjectKind::Constraint) {
    text += " " + model::quote_ident(item.object.name);
  }
  return text;
}

std::string headline(const DriftItem& item, const DriftTextStyle& style) {
  std::string verdict;
  switch (item.kind) {
    case DriftKind::Missing: verdict = " missing"; break;
    case DriftKind::Unexpected: verdict = " unexpected"; break;
    case DriftKind::Changed: verdict = ": " + diff::attribute_label(item.attribute) + " differs"; break;
    case DriftKind::Uncompared:
      verdict = ": " + diff::attribute_label(item.attribute) + " not compared";
      break;
  }
  return "  " + mark_text(item_mark(item), style) + " " + subject(item) + verdict + "\n";
}

void add_detail(std::string& text, const std::string& label, const std::string& value) {
  const std::string indent(6 + label.size() + 1, ' ');
  text += "      " + label + " " + indented(value, indent) + "\n";
}

void add_explanation(std::string& text, const DriftItem& item) {
  if (!item.expected_raw && !item.actual_raw) {
    add_detail(text, "explain:", "compared by value; these are the values themselves");
    return;
  }
  add_detail(text, "expected text:  ", shown(item.expected_raw));
  add_detail(text, "  normal form:  ", shown(item.expected));
  add_detail(text, "actual text:    ", shown(item.actual_raw));
  add_detail(text, "  normal form:  ", shown(item.actual));
  if (item.decided_by) {
    add_detail(text, "decided by:     ", std::string(diff::decided_by_name(*item.decided_by)));
  }
}

void add_fix(std::string& text, const DriftItem& item) {
  const std::string label = fmt::format("fix ({}):", diff::safety_name(item.safety));
  if (item.fix_sql.empty()) {
    add_detail(text, label, "no statement; " + item.fix_note);
    return;
  }
  if (item.fix_sql.size() == 1 && item.fix_sql.front().find('\n') == std::string::npos) {
    add_detail(text, label, item.fix_sql.front());
    return;
  }
  text += "      " + label + "\n";
  for (const auto& statement : item.fix_sql) {
    text += "        " + indented(statement, "        ") + "\n";
  }
}

std::string item_text(const DriftItem& item, const DriftTextStyle& style) {
  std::string text = headline(item, style);
  const bool compared_values =
      item.kind == DriftKind::Changed || item.kind == DriftKind::Uncompared;
  if (compared_values || item.expected) add_detail(text, "expected:", shown(item.expected));
  if (compared_values || item.actual) add_detail(text, "actual:  ", shown(item.actual));
  if (item.kind == DriftKind::Uncompared) add_detail(text, "reason:  ", item.reason);
  if (compared_values && style.detail == Detail::Explain) add_explanation(text, item);
  if (!item.location.empty()) {
    add_detail(text, "defined at",
               fmt::format("{}:{}:{}", item.location.file, item.location.line,
                           item.location.column));
  }
  if (item.kind != DriftKind::Uncompared) add_fix(text, item);
  return text;
}

std::string group_header(const diff::ObjectId& owner) {
  return std::string(diff::object_kind_label(owner.kind)) + " " + diff::display_name(owner) + "\n";
}

std::string summary(const diff::DriftCounts& counts, const DriftTextStyle& style) {
  const std::string tally =
      fmt::format("{} missing, {} unexpected, {} changed, {} uncompared", counts.missing,
                  counts.unexpected, counts.changed, counts.uncompared);
  std::string text = counts.drift() > 0 ? mark_text(Mark::Error, style) + " drift: " + tally + "\n"
                                        : mark_text(Mark::Ok, style) + " no drift: " + tally + "\n";
  if (counts.uncompared > 0) {
    text += mark_text(Mark::Info, style) +
            " uncompared items could not be decided by parsing alone: they are neither drift nor "
            "equal (--explain shows both texts)\n";
  }
  return text;
}

// How the shadow database took part: one line, and with --explain what it found equal.
std::string shadow_text(const ShadowUse& shadow, const DriftTextStyle& style) {
  std::string text;
  if (shadow.used) {
    text += mark_text(Mark::Info, style) + " shadow database (" + shadow.server + ") decided " +
            std::to_string(shadow.decided_equal.size()) + " item(s) equal; items it found "
            "changed say `decided by: shadow` with --explain\n";
  }
  if (!shadow.note.empty()) text += mark_text(Mark::Info, style) + " " + shadow.note + "\n";
  if (style.detail != Detail::Explain) return text;
  for (const diff::ShadowEqual& equal : shadow.decided_equal) {
    text += "  " + mark_text(Mark::Ok, style) + " " + std::string(diff::object_kind_label(equal.object.kind)) +
            " " + equal.display_name + ": " + diff::attribute_label(equal.attribute) +
            " equal (decided by the shadow)\n";
    add_detail(text, "expected text:  ", equal.expected_raw);
    add_detail(text, "actual text:    ", equal.actual_raw);
  }
  return text;
}

}  // namespace

std::string drift_to_text(const DriftReport& report, const DriftTextStyle& style) {
  std::string text = source_line("from:", report.from) + source_line("to:  ", report.to);
  std::optional<diff::ObjectId> current;
  for (const auto& item : report.items) {
    const diff::ObjectId owner = diff::owning_object(item.object);
    if (!current || !(*current == owner)) {
      text += "\n" + group_header(owner);
      current = owner;
    }
    text += item_text(item, style);
  }
  text += "\n" + summary(diff::count_items(report.items), style);
  return text + shadow_text(report.shadow, style);
}

}  // namespace driftgate::report
