#include <algorithm>

#include "model/identifier.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/statement_error.hpp"
#include "parse/transforms.hpp"

// DROP statements and ALTER TABLE … DROP, for migration replay: objects leave the model the way
// PostgreSQL removes them (a table takes its indexes, constraints and owned sequences along).

namespace driftgate::parse {
namespace {

/// The qualified-name parts a DROP object is written with.
std::vector<std::string> name_parts(const PgQuery__Node* node) {
  if (node == nullptr) return {};
  if (node->node_case == PG_QUERY__NODE__NODE_LIST) return string_values(list_items(node));
  if (node->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
    return string_values(nodes(node->type_name->names, node->type_name->n_names));
  }
  if (node->node_case == PG_QUERY__NODE__NODE_STRING) return {std::string(string_value(node))};
  return {};
}

std::string written(const std::vector<std::string>& parts) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : ".") + model::quote_ident(part);
  return text;
}

void missing(LoadContext& context, bool missing_ok, const std::string& what) {
  if (missing_ok) return context.skip("DROP IF EXISTS " + what + ": not defined, nothing to drop");
  throw StatementError(what + " is not defined before this statement, so it cannot be dropped");
}

void drop_index_object(LoadContext& context, const model::QualifiedName& name) {
  context.catalog().indexes.erase(name);
  context.release_relation(name);
  context.forget_index(name);
}

/// Removes what belonged to a constraint that is going away.
void release_constraint(LoadContext& context, const model::Table& table, const model::Constraint& constraint) {
  context.release_constraint_name(table.name.schema, constraint.name);
  const model::QualifiedName index{table.name.schema, constraint.name};
  const RelationEntry* entry = context.relation(index);
  if (entry != nullptr && entry->kind == RelationKind::ConstraintIndex) {
    context.release_relation(index);
    context.forget_index(index);
  }
}

void drop_owned_sequences(LoadContext& context, const model::QualifiedName& table, const std::string* column) {
  auto& sequences = context.catalog().sequences;
  for (auto it = sequences.begin(); it != sequences.end();) {
    const auto& owner = it->second.owned_by;
    if (owner && owner->table == table && (column == nullptr || owner->column == *column)) {
      context.release_relation(it->first);
      it = sequences.erase(it);
    } else {
      ++it;
    }
  }
}

void drop_table(LoadContext& context, const model::QualifiedName& name) {
  model::Catalog& catalog = context.catalog();
  const model::Table& table = catalog.tables.at(name);
  for (const auto& [constraint_name, constraint] : table.constraints) release_constraint(context, table, constraint);
  for (const model::Column& column : table.columns) {
    if (column.identity != model::IdentityKind::None) {
      context.release_relation({name.schema, name.name + "_" + column.name + "_seq"});
    }
  }
  std::vector<model::QualifiedName> indexes;
  for (const auto& [index_name, index] : catalog.indexes) {
    if (index.table == name) indexes.push_back(index_name);
  }
  for (const auto& index : indexes) drop_index_object(context, index);
  drop_owned_sequences(context, name, nullptr);
  catalog.tables.erase(name);
  context.release_relation(name);
}

void drop_relation(LoadContext& context, const PgQuery__DropStmt& statement, const std::vector<std::string>& parts) {
  const model::QualifiedName name = parts.size() >= 2 ? model::QualifiedName{parts[parts.size() - 2], parts.back()}
                                                      : context.resolve_relation("", parts.empty() ? "" : parts.back());
  model::Catalog& catalog = context.catalog();
  switch (statement.remove_type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
      if (catalog.tables.count(name) == 0) return missing(context, statement.missing_ok, "table " + written(parts));
      return drop_table(context, name);
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
      if (catalog.indexes.count(name) == 0) {
        const RelationEntry* entry = context.relation(name);
        if (entry != nullptr && entry->kind == RelationKind::ConstraintIndex) {
          throw StatementError("index " + written(parts) + " belongs to a constraint; drop the constraint instead");
        }
        return missing(context, statement.missing_ok, "index " + written(parts));
      }
      return drop_index_object(context, name);
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
      if (catalog.sequences.erase(name) == 0) return missing(context, statement.missing_ok, "sequence " + written(parts));
      return context.release_relation(name);
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
      if (catalog.views.erase(name) == 0) return missing(context, statement.missing_ok, "view " + written(parts));
      return context.release_relation(name);
    default:
      break;
  }
}

}  // namespace

void transform_drop(LoadContext& context, const PgQuery__DropStmt& statement) {
  model::Catalog& catalog = context.catalog();
  for (const PgQuery__Node* object : nodes(statement.objects, statement.n_objects)) {
    const std::vector<std::string> parts = name_parts(object);
    switch (statement.remove_type) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
      case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
      case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
        drop_relation(context, statement, parts);
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: {
        const model::QualifiedName name = parts.size() >= 2
                                              ? model::QualifiedName{parts[parts.size() - 2], parts.back()}
                                              : model::QualifiedName{context.resolve_type_schema(parts.back()), parts.back()};
        if (catalog.enums.erase(name) == 0) missing(context, statement.missing_ok, "type " + written(parts));
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
        if (catalog.schemas.erase(parts.empty() ? "" : parts.back()) == 0) {
          missing(context, statement.missing_ok, "schema " + written(parts));
        }
        break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
        if (catalog.extensions.erase(parts.empty() ? "" : parts.back()) == 0) {
          missing(context, statement.missing_ok, "extension " + written(parts));
        }
        break;
      default:
        context.warn("DROP of this object kind is not part of driftgate's model yet; "
                     "the statement was ignored");
        return;
    }
  }
}

void drop_table_column(LoadContext& context, model::Table& table, const std::string& column, bool missing_ok) {
  auto found = std::find_if(table.columns.begin(), table.columns.end(),
                            [&](const model::Column& c) { return c.name == column; });
  if (found == table.columns.end()) {
    return missing(context, missing_ok, "column " + model::quote_ident(column) + " of table " + model::to_sql(table.name));
  }
  if (found->identity != model::IdentityKind::None) {
    context.release_relation({table.name.schema, table.name.name + "_" + column + "_seq"});
  }
  table.columns.erase(found);
  // PostgreSQL drops the constraints and indexes that use the column along with it.
  for (auto it = table.constraints.begin(); it != table.constraints.end();) {
    const auto& columns = it->second.columns;
    if (std::find(columns.begin(), columns.end(), column) != columns.end()) {
      release_constraint(context, table, it->second);
      it = table.constraints.erase(it);
    } else {
      ++it;
    }
  }
  std::vector<model::QualifiedName> indexes;
  for (const auto& [name, index] : context.catalog().indexes) {
    if (index.table != table.name) continue;
    for (const model::IndexKey& key : index.keys) {
      if (!key.is_expression && key.element == column) indexes.push_back(name);
    }
  }
  for (const auto& index : indexes) drop_index_object(context, index);
  drop_owned_sequences(context, table.name, &column);
}

void drop_table_constraint(LoadContext& context, model::Table& table, const std::string& constraint, bool missing_ok) {
  auto found = table.constraints.find(constraint);
  if (found == table.constraints.end()) {
    return missing(context, missing_ok,
                   "constraint " + model::quote_ident(constraint) + " of table " + model::to_sql(table.name));
  }
  release_constraint(context, table, found->second);
  table.constraints.erase(found);
}

}  // namespace driftgate::parse
