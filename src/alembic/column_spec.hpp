#pragma once

#include <optional>
#include <string>
#include <vector>

#include "alembic/python_expression.hpp"
#include "alembic/sql_types.hpp"

namespace driftgate::alembic {

/// A `sa.ForeignKey("schema.table.column", ondelete=…)` inside a column.
struct ColumnForeignKey {
  std::string name;        ///< name=…, "" for PostgreSQL's implicit name
  std::string ref_schema;  ///< "" = the search path's
  std::string ref_table;
  std::string ref_column;
  std::string actions;     ///< ` ON DELETE CASCADE …`
};

/// What one `sa.Column(...)` says.
struct ColumnSpec {
  std::string name;
  SqlType type;
  std::optional<bool> nullable;             ///< nullable=…, when written
  bool primary_key = false;
  std::optional<bool> autoincrement;        ///< autoincrement=True/False, when written ("auto" = unset)
  std::optional<std::string> server_default;  ///< SQL text
  bool unique = false;
  bool index = false;
  std::optional<std::string> identity;      ///< ` GENERATED … AS IDENTITY (…)`
  std::optional<std::string> computed;      ///< ` GENERATED ALWAYS AS (…) STORED`
  std::vector<ColumnForeignKey> foreign_keys;
  std::optional<std::string> comment;
};

/// Reads `sa.Column(name, type, *constraints, nullable=, primary_key=, server_default=, unique=,
/// index=, autoincrement=, comment=)`. Throws NotUnderstood for what is not readable.
ColumnSpec read_column(const Expression& column);

/// `name TYPE [GENERATED …] [DEFAULT …] [NOT NULL]`; `serial` replaces the type (SERIAL, …) when
/// SQLAlchemy would make the column autoincrement.
std::string column_definition(const ColumnSpec& column, bool not_null, const std::string& serial = "");

/// Whether SQLAlchemy makes `column` the table's autoincrement (serial) column when it is the
/// table's only primary-key column.
bool is_autoincrement(const ColumnSpec& column);

}  // namespace driftgate::alembic
