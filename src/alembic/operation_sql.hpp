#pragma once

#include <string>
#include <vector>

#include "alembic/revision_file.hpp"
#include "model/catalog.hpp"

namespace driftgate::alembic {

/// The SQL one Alembic operation stands for, in order, as PostgreSQL would run it.
struct OperationSql {
  std::vector<std::string> statements;
  std::vector<std::string> notes;  ///< things kept without full understanding (unknown types by name)
};

/// Translates one operation of `upgrade()` (`op.create_table`, `batch_op.alter_column`,
/// `op.execute`, `sa.Enum(…).create(bind)`, …) into SQL. `documented` is the model replayed so far
/// (enum types are created only when missing). Throws NotUnderstood for calls outside what
/// driftgate reads; the message says what and why.
OperationSql operation_sql(const Operation& operation, const model::Catalog& documented);

}  // namespace driftgate::alembic
