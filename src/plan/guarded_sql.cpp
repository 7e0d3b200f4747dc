#include "plan/guarded_sql.hpp"

#include "model/ddl.hpp"
#include "model/identifier.hpp"

namespace driftgate::plan {
namespace {

// `DO $tag$ BEGIN IF NOT EXISTS (probe) THEN statement END IF; END $tag$;` with a dollar-quote
// tag that occurs nowhere in the text it encloses.
std::string do_if_absent(const std::string& probe, const std::string& statement) {
  std::string tag = "$driftgate$";
  for (int n = 1; probe.find(tag) != std::string::npos || statement.find(tag) != std::string::npos;
       ++n) {
    tag = "$driftgate" + std::to_string(n) + "$";
  }
  return "DO " + tag + " BEGIN\n  IF NOT EXISTS (" + probe + ") THEN\n    " + statement +
         "\n  END IF;\nEND " + tag + ";";
}

}  // namespace

std::string create_enum_if_absent_sql(const model::EnumType& enum_type) {
  const std::string probe =
      "SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace "
      "WHERE n.nspname = " + model::quote_literal(enum_type.name.schema) +
      " AND t.typname = " + model::quote_literal(enum_type.name.name);
  return do_if_absent(probe, model::create_enum_sql(enum_type));
}

std::string add_constraint_if_absent_sql(const model::QualifiedName& table,
                                         const model::Constraint& constraint) {
  const std::string probe =
      "SELECT FROM pg_catalog.pg_constraint WHERE conrelid = " +
      model::quote_literal(model::to_sql(table)) + "::pg_catalog.regclass AND conname = " +
      model::quote_literal(constraint.name);
  return do_if_absent(probe, model::add_constraint_sql(table, constraint));
}

}  // namespace driftgate::plan
