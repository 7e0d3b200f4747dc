#pragma once

#include <string>
#include <vector>

#include "alembic/python_expression.hpp"

namespace driftgate::alembic {

/// `schema.name` quoted as SQL needs, or just `name` when schema is empty.
std::string qualified(const std::string& schema, const std::string& name);

/// The string value of `expression` (a literal, `op.f("…")`, `sa.text("…")`, `sa.literal_column`),
/// or throws NotUnderstood naming `what`.
std::string string_argument(const Expression* expression, const std::string& what);

/// Like string_argument, but None (or a missing argument) gives "".
std::string optional_string(const Expression* expression, const std::string& what);

/// A list of column names: a list/tuple of strings (or one string).
std::vector<std::string> name_list(const Expression* expression, const std::string& what);

/// Column names quoted and joined with ", ".
std::string column_list(const std::vector<std::string>& names);

/// Whether `expression` is the constant True (a missing argument is `fallback`).
bool flag(const Expression* expression, bool fallback);

/// The SQL text of a server default or condition: a string becomes a literal (quoted) unless
/// `raw_strings`; `sa.text("…")` and `sa.literal_column("…")` stay as written; `sa.func.now()`
/// becomes `now()`. Throws NotUnderstood otherwise.
std::string sql_expression(const Expression& expression, bool raw_strings);

/// `ON DELETE …` / `ON UPDATE …` / `DEFERRABLE …` clauses of a foreign key's keyword arguments.
std::string foreign_key_actions(const Expression& call);

}  // namespace driftgate::alembic
