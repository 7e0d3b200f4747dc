#include "parse/partitions.hpp"

#include "model/identifier.hpp"
#include "parse/implicit_names.hpp"
#include "parse/statement_error.hpp"

namespace driftgate::parse {
namespace {

std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const std::string& part : parts) text += part + ",";
  return text;
}

std::string key_signature(const model::IndexKey& key) {
  return key.element + (key.is_expression ? "#e" : "#c") + "#" + key.collation.value_or("") + "#" +
         key.opclass.value_or("") + (key.descending ? "#d" : "#a") + (key.nulls_first ? "#f" : "#l") + ";";
}

/// Removes a partition's own index or constraint from the model because PostgreSQL attached it
/// to the parent's; the name stays taken.
void detach_from_model(LoadContext& context, model::Table& partition, const IndexFacts& facts) {
  if (facts.backs_constraint) {
    partition.constraints.erase(facts.name.name);
  } else {
    context.catalog().indexes.erase(facts.name);
  }
  context.set_relation_kind(facts.name, RelationKind::InheritedIndex);
}

/// Gives `partition` its copy of the parent's index `facts`: its own equivalent index is
/// attached if it has one, otherwise PostgreSQL creates one with an implicit name.
void clone_index_into(LoadContext& context, model::Table& partition, const IndexFacts& facts) {
  for (const IndexFacts* own : context.indexes_of(partition.name)) {
    const RelationEntry* entry = context.relation(own->name);
    if (own->signature == facts.signature && entry != nullptr &&
        entry->kind != RelationKind::InheritedIndex) {
      detach_from_model(context, partition, *own);
      return;
    }
  }
  const std::string& schema = partition.name.schema;
  const std::string addition = facts.label == "pkey" ? "" : name_addition(facts.column_names);
  const std::string name = choose_name(partition.name.name, addition, facts.label, [&](const std::string& candidate) {
    return context.relation_name_taken(schema, candidate) ||
           (facts.backs_constraint && context.constraint_name_taken(schema, candidate));
  });
  IndexFacts copy = facts;
  copy.name = {schema, name};
  copy.table = partition.name;
  context.claim_relation(copy.name, RelationKind::InheritedIndex, context.statement_location(), partition.name);
  if (copy.backs_constraint) context.claim_constraint_name(schema, name);
  context.remember_index(copy);
  propagate_index(context, partition.name, copy);
}

/// A partition inherits a CHECK or FOREIGN KEY constraint under the parent's name; its own
/// constraint of that name merges into it.
void inherit_constraint(LoadContext& context, model::Table& partition, const model::Constraint& constraint) {
  auto own = partition.constraints.find(constraint.name);
  if (own != partition.constraints.end() && own->second.kind == constraint.kind) {
    partition.constraints.erase(own);
  }
  context.claim_constraint_name(partition.name.schema, constraint.name);
  for (model::Table* child : partition_tables(context, partition.name)) {
    inherit_constraint(context, *child, constraint);
  }
}

}  // namespace

std::vector<model::Table*> partition_tables(LoadContext& context, const model::QualifiedName& table) {
  std::vector<model::Table*> partitions;
  for (const model::QualifiedName& name : context.partitions_of(table)) {
    auto found = context.catalog().tables.find(name);
    if (found != context.catalog().tables.end()) partitions.push_back(&found->second);
  }
  return partitions;
}

std::string index_signature(const model::Index& index) {
  std::string text = "index:" + index.method + (index.unique ? ":u" : ":n") +
                     (index.nulls_not_distinct ? ":nnd:" : ":nd:");
  for (const model::IndexKey& key : index.keys) text += key_signature(key);
  return text + ":" + joined(index.include) + ":" + index.predicate.value_or("");
}

std::string constraint_signature(const model::Constraint& constraint) {
  std::string text = "constraint:" + std::to_string(static_cast<int>(constraint.kind)) + ":" +
                     joined(constraint.columns) + ":" + joined(constraint.include) +
                     (constraint.nulls_not_distinct ? ":nnd" : ":nd") +
                     (constraint.deferrable ? ":d" : ":i") + (constraint.initially_deferred ? "d" : "i");
  if (constraint.exclusion) {
    text += ":" + constraint.exclusion->method + ":";
    for (const model::ExclusionElement& element : constraint.exclusion->elements) {
      text += element.element + "#" + element.opclass.value_or("") + "#" + element.op + ";";
    }
    text += constraint.exclusion->predicate.value_or("");
  }
  return text;
}

void copy_parent_columns(const model::Table& parent, model::Table& partition) {
  for (const model::Column& column : parent.columns) {
    model::Column copy;
    copy.name = column.name;
    copy.type = column.type;
    copy.collation = column.collation;
    copy.not_null = column.not_null;
    copy.default_expr = column.default_expr;
    copy.generated = column.generated;
    copy.location = partition.location;
    partition.columns.push_back(std::move(copy));
  }
}

void inherit_from_parent(LoadContext& context, const model::Table& parent, model::Table& partition) {
  for (const auto& [name, constraint] : parent.constraints) {
    if (constraint.kind == model::ConstraintKind::Check && !constraint.no_inherit) {
      inherit_constraint(context, partition, constraint);
    }
  }
  for (const IndexFacts* facts : context.indexes_of(parent.name)) {
    clone_index_into(context, partition, *facts);
  }
  for (const auto& [name, constraint] : parent.constraints) {
    if (constraint.kind == model::ConstraintKind::ForeignKey) inherit_constraint(context, partition, constraint);
  }
}

void propagate_index(LoadContext& context, const model::QualifiedName& table, const IndexFacts& facts) {
  for (model::Table* partition : partition_tables(context, table)) clone_index_into(context, *partition, facts);
}

void propagate_constraint(LoadContext& context, const model::QualifiedName& table,
                          const model::Constraint& constraint) {
  for (model::Table* partition : partition_tables(context, table)) {
    inherit_constraint(context, *partition, constraint);
  }
}

void attach_partition_index(LoadContext& context, const model::QualifiedName& name) {
  const RelationEntry* entry = context.relation(name);
  const IndexFacts* facts = context.index_facts(name);
  if (entry == nullptr || facts == nullptr) {
    throw StatementError("index " + model::to_sql(name) +
                         " is not defined before this statement; define it first");
  }
  auto table = context.catalog().tables.find(entry->table);
  if (table == context.catalog().tables.end()) return;
  detach_from_model(context, table->second, *facts);
}

}  // namespace driftgate::parse
