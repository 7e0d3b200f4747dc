#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/qualified_name.hpp"
#include "model/source_location.hpp"

namespace driftgate::model {

/// The kinds of table constraint the model knows. NOT NULL is a column attribute.
enum class ConstraintKind { PrimaryKey, Unique, ForeignKey, Check, Exclusion };

/// A referential action; NO ACTION is PostgreSQL's default.
enum class ReferentialAction { NoAction, Restrict, Cascade, SetNull, SetDefault };

/// A foreign key's MATCH type; SIMPLE is PostgreSQL's default.
enum class MatchType { Simple, Full, Partial };

/// The referencing side of a foreign key.
struct ForeignKey {
  QualifiedName ref_table;
  std::vector<std::string> ref_columns;
  MatchType match = MatchType::Simple;
  ReferentialAction on_delete = ReferentialAction::NoAction;
  ReferentialAction on_update = ReferentialAction::NoAction;
  std::vector<std::string> on_delete_columns;  ///< `ON DELETE SET NULL (a, b)` column list

  bool operator==(const ForeignKey&) const = default;
};

/// One `element WITH operator` of an exclusion constraint.
struct ExclusionElement {
  std::string element;   ///< a column name or an expression text
  bool is_expression = false;
  std::optional<std::string> opclass;
  bool descending = false;
  bool nulls_first = false;
  std::string op;        ///< the operator, e.g. `&&` or `=`

  bool operator==(const ExclusionElement&) const = default;
};

/// `EXCLUDE USING method (…) WHERE (…)`.
struct Exclusion {
  std::string method = "gist";
  std::vector<ExclusionElement> elements;
  std::optional<std::string> predicate;

  bool operator==(const Exclusion&) const = default;
};

/// A table constraint. Fields that do not apply to its kind stay empty.
struct Constraint {
  std::string name;
  ConstraintKind kind = ConstraintKind::Check;
  std::vector<std::string> columns;     ///< PK, unique, FK: the constrained columns
  std::vector<std::string> include;     ///< PK, unique: INCLUDE columns
  bool nulls_not_distinct = false;      ///< unique
  std::optional<ForeignKey> foreign_key;
  std::optional<std::string> check;     ///< check expression text
  std::optional<Exclusion> exclusion;
  bool deferrable = false;
  bool initially_deferred = false;
  bool not_valid = false;
  bool no_inherit = false;              ///< check
  std::optional<std::string> comment;
  SourceLocation location;

  bool operator==(const Constraint&) const = default;
};

}  // namespace driftgate::model
