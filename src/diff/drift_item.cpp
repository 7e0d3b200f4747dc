#include "diff/drift_item.hpp"

#include <tuple>

namespace driftgate::diff {

bool operator<(const DriftItem& left, const DriftItem& right) {
  if (left.object < right.object) return true;
  if (right.object < left.object) return false;
  return std::tie(left.kind, left.attribute) < std::tie(right.kind, right.attribute);
}

bool is_drift(const DriftItem& item) { return item.kind != DriftKind::Uncompared; }

std::string_view drift_kind_name(DriftKind kind) {
  switch (kind) {
    case DriftKind::Missing: return "missing";
    case DriftKind::Unexpected: return "unexpected";
    case DriftKind::Changed: return "changed";
    case DriftKind::Uncompared: return "uncompared";
  }
  return "changed";
}

std::string_view attribute_name(Attribute attribute) {
  switch (attribute) {
    case Attribute::None: return "";
    case Attribute::Type: return "type";
    case Attribute::Collation: return "collation";
    case Attribute::Nullability: return "nullability";
    case Attribute::Default: return "default";
    case Attribute::Identity: return "identity";
    case Attribute::IdentityOptions: return "identity_options";
    case Attribute::Generated: return "generated";
    case Attribute::ColumnOrder: return "column_order";
    case Attribute::TableKind: return "table_kind";
    case Attribute::PartitionKey: return "partition_key";
    case Attribute::PartitionOf: return "partition_of";
    case Attribute::PartitionBound: return "partition_bound";
    case Attribute::ConstraintType: return "constraint_type";
    case Attribute::Columns: return "columns";
    case Attribute::Include: return "include";
    case Attribute::NullsNotDistinct: return "nulls_not_distinct";
    case Attribute::References: return "references";
    case Attribute::Match: return "match";
    case Attribute::OnDelete: return "on_delete";
    case Attribute::OnUpdate: return "on_update";
    case Attribute::Deferrable: return "deferrable";
    case Attribute::Check: return "check";
    case Attribute::NoInherit: return "no_inherit";
    case Attribute::Exclusion: return "exclusion";
    case Attribute::NotValid: return "not_valid";
    case Attribute::IndexTable: return "index_table";
    case Attribute::Unique: return "unique";
    case Attribute::Method: return "method";
    case Attribute::Keys: return "keys";
    case Attribute::Predicate: return "predicate";
    case Attribute::EnumLabels: return "enum_labels";
    case Attribute::SequenceOptions: return "sequence_options";
    case Attribute::OwnedBy: return "owned_by";
    case Attribute::ViewDefinition: return "view_definition";
    case Attribute::ExtensionSchema: return "extension_schema";
    case Attribute::ExtensionVersion: return "extension_version";
    case Attribute::Comment: return "comment";
  }
  return "";
}

std::string attribute_label(Attribute attribute) {
  std::string label(attribute_name(attribute));
  for (char& ch : label) {
    if (ch == '_') ch = ' ';
  }
  return label;
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

std::string_view safety_name(SafetyClass safety) {
  switch (safety) {
    case SafetyClass::Additive: return "additive";
    case SafetyClass::Alters: return "alters";
    case SafetyClass::Destroys: return "destroys";
  }
  return "alters";
}

std::string_view decided_by_name(normalize::DecidedBy decided_by) {
  switch (decided_by) {
    case normalize::DecidedBy::Parser: return "parser";
    case normalize::DecidedBy::Shadow: return "shadow";
  }
  return "parser";
}

}  // namespace driftgate::diff
