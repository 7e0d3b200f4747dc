#include "parse/column_definition.hpp"

#include <string_view>

#include "model/identifier.hpp"
#include "parse/deparse.hpp"
#include "parse/implicit_names.hpp"
#include "parse/index_keys.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/sequence_option_list.hpp"
#include "parse/statement_error.hpp"
#include "parse/type_name.hpp"

namespace driftgate::parse {
namespace {

/// The integer type a serial pseudo-type stands for, or empty.
std::string serial_base_type(const PgQuery__TypeName& type) {
  if (type.pct_type || type.n_names == 0 || type.n_names > 2) return "";
  if (type.n_names == 2 && string_value(type.names[0]) != "pg_catalog") return "";
  const std::string_view name = string_value(type.names[type.n_names - 1]);
  if (name == "smallserial" || name == "serial2") return "smallint";
  if (name == "serial" || name == "serial4") return "integer";
  if (name == "bigserial" || name == "serial8") return "bigint";
  return "";
}

/// The name a column's implicit sequence gets: `<table>_<column>_seq`, made unique against
/// the relations that existed before the statement (two columns of one statement can pick the
/// same name, and PostgreSQL then fails as the loader does).
model::QualifiedName implicit_sequence_name(LoadContext& context, const model::QualifiedName& table,
                                            const std::string& column) {
  const std::string name = choose_name(table.name, column, "seq", [&](const std::string& candidate) {
    return context.relation_name_taken_before_statement(table.schema, candidate);
  });
  return {table.schema, name};
}

/// `'schema.name'` as a SQL string literal.
std::string regclass_literal(const model::QualifiedName& name) {
  std::string text = "'";
  for (char ch : model::to_sql(name)) {
    if (ch == '\'') text += '\'';
    text += ch;
  }
  return text + "'";
}

void make_serial_column(LoadContext& context, const model::QualifiedName& table, model::Column& column,
                        const std::string& integer_type) {
  column.type = integer_type;
  model::Sequence sequence;
  sequence.name = implicit_sequence_name(context, table, column.name);
  sequence.options = resolve_new_sequence_options({}, integer_type);
  sequence.owned_by = model::ColumnRef{table, column.name};
  sequence.location = column.location;
  context.claim_relation(sequence.name, RelationKind::Sequence, sequence.location);
  column.default_expr = "nextval(" + regclass_literal(sequence.name) + "::regclass)";
  column.not_null = true;
  context.catalog().sequences.emplace(sequence.name, std::move(sequence));
}

}  // namespace

model::Column build_column(LoadContext& context, const model::QualifiedName& table,
                           const PgQuery__ColumnDef& definition, PendingConstraints& pending) {
  model::Column column;
  column.name = text_of(definition.colname);
  column.location = context.location_of(definition.location);
  if (definition.type_name == nullptr) {
    throw StatementError("column " + model::quote_ident(column.name) + " needs a type");
  }
  const std::string serial_type = serial_base_type(*definition.type_name);
  if (!serial_type.empty()) {
    if (definition.type_name->n_array_bounds > 0) {
      throw StatementError("array of serial is not implemented (column " + model::quote_ident(column.name) + ")");
    }
    make_serial_column(context, table, column, serial_type);
  } else {
    column.type = context.canonical_type(*definition.type_name);
  }
  if (definition.coll_clause != nullptr) {
    const NodeList names = nodes(definition.coll_clause->collname, definition.coll_clause->n_collname);
    // COLLATE "default" is the type's own collation, which the model leaves out.
    if (names.empty() || string_value(names.back()) != "default") column.collation = collation_text(names);
  }
  apply_column_constraints(context, table, column, definition, pending);
  return column;
}

std::optional<std::string> default_text(const LoadContext& context, const PgQuery__Node* expression,
                                        const std::string& column_type) {
  auto is_null = [](const PgQuery__Node* node) {
    return node != nullptr && node->node_case == PG_QUERY__NODE__NODE_A_CONST && node->a_const->isnull;
  };
  if (is_null(expression)) return std::nullopt;
  // nextval('seq') names a sequence through the search path in effect: a file's own
  // SET search_path is resolved here, as PostgreSQL resolves it when the statement runs.
  if (expression != nullptr && expression->node_case == PG_QUERY__NODE__NODE_FUNC_CALL) {
    const PgQuery__FuncCall& call = *expression->func_call;
    const std::vector<std::string> function = string_values(nodes(call.funcname, call.n_funcname));
    const PgQuery__Node* argument = call.n_args == 1 ? call.args[0] : nullptr;
    if (argument != nullptr && argument->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) {
      argument = argument->type_cast->arg;
    }
    if (!function.empty() && function.back() == "nextval" && argument != nullptr &&
        argument->node_case == PG_QUERY__NODE__NODE_A_CONST && !argument->a_const->isnull &&
        argument->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
      const std::string name(text_of(argument->a_const->sval->sval));
      if (name.find('.') == std::string::npos && name.find('"') == std::string::npos) {
        const std::string schema = context.schema_set_by_file(name);
        if (!schema.empty()) return "nextval(" + regclass_literal({schema, name}) + "::regclass)";
      }
    }
  }
  if (expression != nullptr && expression->node_case == PG_QUERY__NODE__NODE_TYPE_CAST &&
      is_null(expression->type_cast->arg) && expression->type_cast->type_name != nullptr) {
    try {
      if (context.canonical_type(*expression->type_cast->type_name) == column_type) return std::nullopt;
    } catch (const StatementError&) {
    }
  }
  return deparse_expression(expression);
}

void apply_column_constraints(LoadContext& context, const model::QualifiedName& table, model::Column& column,
                              const PgQuery__ColumnDef& definition, PendingConstraints& pending) {
  if (definition.is_not_null) column.not_null = true;
  if (definition.raw_default != nullptr) {
    column.default_expr = default_text(context, definition.raw_default, column.type);
  }
  const bool serial = column.default_expr.has_value() && definition.type_name != nullptr &&
                      !serial_base_type(*definition.type_name).empty();
  for (const PgQuery__Node* node : nodes(definition.constraints, definition.n_constraints)) {
    if (node->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) continue;
    const PgQuery__Constraint& constraint = *node->constraint;
    switch (constraint.contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_NULL:
        column.not_null = false;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
        column.not_null = true;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
        if (serial) {
          throw StatementError("multiple default values specified for column " +
                               model::quote_ident(column.name) + " (serial already has one)");
        }
        column.default_expr = default_text(context, constraint.raw_expr, column.type);
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY:
        make_identity_column(context, table, column, constraint);
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED:
        column.generated = deparse_expression(constraint.raw_expr);
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
      case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
      case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
      case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
      case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
        pending.add(context, constraint, column.name);
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE:
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE:
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED:
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE:
        pending.apply_attribute(constraint);
        break;
      default:
        break;
    }
  }
  if (column.identity != model::IdentityKind::None && column.default_expr) {
    throw StatementError("both default and identity specified for column " + model::quote_ident(column.name));
  }
}

void make_identity_column(LoadContext& context, const model::QualifiedName& table, model::Column& column,
                          const PgQuery__Constraint& identity) {
  if (column.type != "smallint" && column.type != "integer" && column.type != "bigint") {
    throw StatementError("identity column type must be smallint, integer, or bigint (column " +
                         model::quote_ident(column.name) + " is " + column.type + ")");
  }
  column.identity = text_of(identity.generated_when) == "d" ? model::IdentityKind::ByDefault
                                                            : model::IdentityKind::Always;
  const WrittenSequenceOptions written =
      read_sequence_options(context, nodes(identity.options, identity.n_options));
  column.identity_options = resolve_new_sequence_options(written, column.type);
  column.not_null = true;

  model::QualifiedName sequence;
  if (written.sequence_name && !written.sequence_name->empty()) {
    const std::vector<std::string>& names = *written.sequence_name;
    sequence = {names.size() >= 2 ? names[names.size() - 2] : table.schema, names.back()};
  } else {
    sequence = implicit_sequence_name(context, table, column.name);
  }
  context.claim_relation(sequence, RelationKind::IdentitySequence, context.location_of(identity.location));
}

}  // namespace driftgate::parse
