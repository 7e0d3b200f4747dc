#include "plan/hazards.hpp"

#include <fmt/format.h>

#include "model/identifier.hpp"
#include "util/map_find.hpp"

namespace driftgate::plan {
namespace {

using diff::Attribute;
using diff::DriftKind;
using diff::ObjectKind;
using model::QualifiedName;


std::string rows_text(const TableSize& size) {
  if (!size.estimated_rows) return "an unknown number of rows (never analysed)";
  return fmt::format("about {} rows, {} MB", *size.estimated_rows, size.pages * 8 / 1024);
}

// `varchar(n)` → `varchar(m)` with m ≥ n, to `text` or unbounded `varchar`, and `numeric(p,s)`
// → `numeric` only change metadata; every other type change rewrites the table.
bool rewrites_table(const std::string& from, const std::string& to) {
  auto length_of = [](const std::string& type, const std::string& prefix) -> std::optional<long> {
    if (type.rfind(prefix + "(", 0) != 0 || type.back() != ')') return std::nullopt;
    return std::stol(type.substr(prefix.size() + 1, type.size() - prefix.size() - 2));
  };
  const std::string varchar = "character varying";
  const bool from_varchar = from == varchar || from.rfind(varchar + "(", 0) == 0;
  if (from_varchar && (to == "text" || to == varchar)) return false;
  if (auto old_length = length_of(from, varchar)) {
    if (auto new_length = length_of(to, varchar)) return *new_length < *old_length;
  }
  if (from.rfind("numeric(", 0) == 0 && to == "numeric") return false;
  return true;
}

/// Examines the steps of one plan.
class HazardFinder {
 public:
  HazardFinder(const model::Catalog& expected, const model::Catalog& actual, LiveData& data,
               const HazardThresholds& thresholds)
      : expected_(expected), actual_(actual), data_(data), thresholds_(thresholds) {}

  void examine(Step& step) {
    switch (step.object.kind) {
      case ObjectKind::Column: examine_column(step); break;
      case ObjectKind::Index: examine_index(step); break;
      case ObjectKind::Constraint: examine_constraint(step); break;
      default: break;
    }
  }

 private:
  bool big(const TableSize& size) const {
    return size.estimated_rows.value_or(0) >= thresholds_.big_table_rows ||
           size.pages >= thresholds_.big_table_pages;
  }

  void add(Step& step, const QualifiedName& table, std::string code, std::string message,
           bool blocks) {
    Hazard hazard;
    hazard.code = std::move(code);
    hazard.message = std::move(message);
    hazard.blocks = blocks;
    hazard.estimated_rows = data_.size(table).estimated_rows;
    step.hazards.push_back(std::move(hazard));
  }

  void examine_column(Step& step) {
    const QualifiedName table{step.object.schema, step.object.table};
    if (actual_.tables.count(table) == 0 || step.comment) return;
    const model::Table* expected_table = find_value(expected_.tables, table);
    const model::Column* column =
        expected_table == nullptr ? nullptr : expected_table->find_column(step.object.name);
    if (column == nullptr) return;
    const std::string name = model::to_sql(table) + "." + model::quote_ident(column->name);
    if (step.item_kind == DriftKind::Missing && column->not_null && !column->default_expr &&
        column->identity == model::IdentityKind::None && !column->generated &&
        data_.has_rows(table)) {
      add(step, table, "not_null_without_default",
          fmt::format("adding NOT NULL column {} without a default fails: the table has rows "
                      "({}); give the column a default, or add it nullable, fill it, then SET NOT "
                      "NULL", name, rows_text(data_.size(table))),
          true);
    }
    if (step.item_kind == DriftKind::Changed && step.attribute == Attribute::Nullability &&
        column->not_null && data_.has_nulls(table, column->name)) {
      add(step, table, "nulls_present",
          fmt::format("SET NOT NULL on {} fails: the column holds NULLs; update them first", name),
          true);
    }
    if (step.item_kind == DriftKind::Changed && step.attribute == Attribute::Type) {
      const model::Table* actual_table = find_value(actual_.tables, table);
      const model::Column* actual_column =
          actual_table == nullptr ? nullptr : actual_table->find_column(column->name);
      if (actual_column != nullptr && rewrites_table(actual_column->type, column->type)) {
        add(step, table, "type_change_rewrites",
            fmt::format("changing {} from {} to {} rewrites the table under an ACCESS EXCLUSIVE "
                        "lock ({}) and fails if a value does not convert",
                        name, actual_column->type, column->type, rows_text(data_.size(table))),
            false);
      }
    }
  }

  void check_duplicates(Step& step, const QualifiedName& table, const std::vector<std::string>& keys,
                        const std::optional<std::string>& predicate, bool nulls_equal,
                        const std::string& what) {
    if (data_.has_duplicates(table, keys, predicate, nulls_equal)) {
      add(step, table, "duplicates",
          fmt::format("{} fails: {} already holds duplicate values; remove them first", what,
                      model::to_sql(table)),
          true);
    }
  }

  void examine_index(Step& step) {
    if (step.item_kind != DriftKind::Missing) return;
    const model::Index* index = find_value(expected_.indexes, QualifiedName{step.object.schema, step.object.name});
    if (index == nullptr || actual_.tables.count(index->table) == 0) return;
    if (step.comment) return;
    if (index->unique) {
      std::vector<std::string> keys;
      for (const auto& key : index->keys) {
        keys.push_back(key.is_expression ? "(" + key.element + ")" : model::quote_ident(key.element));
      }
      check_duplicates(step, index->table, keys, index->predicate, index->nulls_not_distinct,
                       "unique index " + model::quote_ident(index->name.name));
    }
    const TableSize size = data_.size(index->table);
    if (!step.concurrent && big(size)) {
      add(step, index->table, "index_blocks_writes",
          fmt::format("building {} blocks writes to {} ({}) until it finishes; "
                      "--concurrent-indexes builds it without blocking, after the transaction",
                      model::quote_ident(index->name.name), model::to_sql(index->table),
                      rows_text(size)),
          false);
    }
  }

  void examine_constraint(Step& step) {
    const QualifiedName table{step.object.schema, step.object.table};
    if (actual_.tables.count(table) == 0 || step.comment || step.item_kind != DriftKind::Missing) {
      return;
    }
    const model::Table* expected_table = find_value(expected_.tables, table);
    const model::Constraint* constraint =
        expected_table == nullptr ? nullptr : find_value(expected_table->constraints, step.object.name);
    if (constraint == nullptr) return;
    const std::string what = "constraint " + model::quote_ident(constraint->name);
    switch (constraint->kind) {
      case model::ConstraintKind::PrimaryKey:
      case model::ConstraintKind::Unique: {
        std::vector<std::string> keys;
        for (const auto& column : constraint->columns) keys.push_back(model::quote_ident(column));
        check_duplicates(step, table, keys, std::nullopt,
                         constraint->nulls_not_distinct, what);
        if (constraint->kind == model::ConstraintKind::PrimaryKey) {
          for (const auto& column : constraint->columns) {
            if (data_.has_nulls(table, column)) {
              add(step, table, "nulls_present",
                  fmt::format("{} fails: column {} holds NULLs", what, model::quote_ident(column)),
                  true);
            }
          }
        }
        break;
      }
      case model::ConstraintKind::ForeignKey:
      case model::ConstraintKind::Check: {
        const TableSize size = data_.size(table);
        if (!constraint->not_valid && big(size)) {
          add(step, table, "validation_scans_table",
              fmt::format("adding {} scans {} ({}) while holding its lock; declare it NOT VALID "
                          "and run VALIDATE CONSTRAINT separately",
                          what, model::to_sql(table), rows_text(size)),
              false);
        }
        break;
      }
      case model::ConstraintKind::Exclusion: break;
    }
  }

  const model::Catalog& expected_;
  const model::Catalog& actual_;
  LiveData& data_;
  const HazardThresholds& thresholds_;
};

}  // namespace

void add_hazards(Plan& plan, const model::Catalog& expected, const model::Catalog& actual,
                 LiveData& data, const HazardThresholds& thresholds) {
  HazardFinder finder(expected, actual, data, thresholds);
  for (Step& step : plan.steps) finder.examine(step);
  const std::set<QualifiedName> invalid = data.invalid_indexes();
  for (Step& step : plan.steps) {
    const QualifiedName name{step.object.schema, step.object.name};
    if (step.object.kind != ObjectKind::Index || step.comment || invalid.count(name) == 0) continue;
    Hazard hazard;
    hazard.code = "invalid_index";
    hazard.message = "an INVALID index " + model::to_sql(name) +
                     " is left from a failed build; apply drops it and builds it again";
    step.hazards.push_back(std::move(hazard));
  }
}

}  // namespace driftgate::plan
