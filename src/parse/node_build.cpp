#include "parse/node_build.hpp"

namespace driftgate::parse::build {

PgQuery__Node* node(TreeArena& arena, ProtobufCMessage* message) {
  PgQuery__Node* wrapper = arena.make<PgQuery__Node>(PG_QUERY__NODE__INIT);
  const ProtobufCMessageDescriptor& descriptor = pg_query__node__descriptor;
  for (unsigned i = 0; i < descriptor.n_fields; ++i) {
    const ProtobufCFieldDescriptor& field = descriptor.fields[i];
    if (field.descriptor != message->descriptor) continue;
    wrapper->node_case = static_cast<PgQuery__Node__NodeCase>(field.id);
    *reinterpret_cast<ProtobufCMessage**>(reinterpret_cast<char*>(wrapper) + field.offset) = message;
    return wrapper;
  }
  return wrapper;  // never reached for libpg_query's node messages
}

PgQuery__Node* string(TreeArena& arena, std::string_view text) {
  PgQuery__String* value = arena.make<PgQuery__String>(PG_QUERY__STRING__INIT);
  value->sval = arena.copy_string(text);
  return node(arena, &value->base);
}

PgQuery__Node** strings(TreeArena& arena, const std::vector<std::string>& texts) {
  auto** items = arena.make_array<PgQuery__Node*>(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) items[i] = string(arena, texts[i]);
  return items;
}

PgQuery__Node** node_array(TreeArena& arena, const std::vector<PgQuery__Node*>& items) {
  auto** array = arena.make_array<PgQuery__Node*>(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) array[i] = items[i];
  return array;
}

PgQuery__Node* string_constant(TreeArena& arena, std::string_view text) {
  PgQuery__AConst* constant = arena.make<PgQuery__AConst>(PG_QUERY__A__CONST__INIT);
  constant->location = -1;
  constant->val_case = PG_QUERY__A__CONST__VAL_SVAL;
  constant->sval = arena.make<PgQuery__String>(PG_QUERY__STRING__INIT);
  constant->sval->sval = arena.copy_string(text);
  return node(arena, &constant->base);
}

PgQuery__Node* integer_constant(TreeArena& arena, std::int32_t value) {
  PgQuery__AConst* constant = arena.make<PgQuery__AConst>(PG_QUERY__A__CONST__INIT);
  constant->location = -1;
  constant->val_case = PG_QUERY__A__CONST__VAL_IVAL;
  constant->ival = arena.make<PgQuery__Integer>(PG_QUERY__INTEGER__INIT);
  constant->ival->ival = value;
  return node(arena, &constant->base);
}

PgQuery__Node* float_constant(TreeArena& arena, std::string_view text) {
  PgQuery__AConst* constant = arena.make<PgQuery__AConst>(PG_QUERY__A__CONST__INIT);
  constant->location = -1;
  constant->val_case = PG_QUERY__A__CONST__VAL_FVAL;
  constant->fval = arena.make<PgQuery__Float>(PG_QUERY__FLOAT__INIT);
  constant->fval->fval = arena.copy_string(text);
  return node(arena, &constant->base);
}

PgQuery__Node* boolean_constant(TreeArena& arena, bool value) {
  PgQuery__AConst* constant = arena.make<PgQuery__AConst>(PG_QUERY__A__CONST__INIT);
  constant->location = -1;
  constant->val_case = PG_QUERY__A__CONST__VAL_BOOLVAL;
  constant->boolval = arena.make<PgQuery__Boolean>(PG_QUERY__BOOLEAN__INIT);
  constant->boolval->boolval = value ? 1 : 0;
  return node(arena, &constant->base);
}

PgQuery__Node* type_cast(TreeArena& arena, PgQuery__Node* argument, const std::vector<std::string>& type_names) {
  PgQuery__TypeName* type = arena.make<PgQuery__TypeName>(PG_QUERY__TYPE_NAME__INIT);
  type->n_names = type_names.size();
  type->names = strings(arena, type_names);
  type->typemod = -1;
  type->location = -1;
  PgQuery__TypeCast* cast = arena.make<PgQuery__TypeCast>(PG_QUERY__TYPE_CAST__INIT);
  cast->arg = argument;
  cast->type_name = type;
  cast->location = -1;
  return node(arena, &cast->base);
}

PgQuery__Node* array_operator(TreeArena& arena, PgQuery__AExprKind kind, std::string_view op,
                              PgQuery__Node* left, PgQuery__Node* right) {
  PgQuery__AExpr* expression = arena.make<PgQuery__AExpr>(PG_QUERY__A__EXPR__INIT);
  expression->kind = kind;
  expression->n_name = 1;
  expression->name = arena.make_array<PgQuery__Node*>(1);
  expression->name[0] = string(arena, op);
  expression->lexpr = left;
  expression->rexpr = right;
  expression->location = -1;
  return node(arena, &expression->base);
}

PgQuery__Node* binary_operator(TreeArena& arena, std::string_view op, PgQuery__Node* left, PgQuery__Node* right) {
  return array_operator(arena, PG_QUERY__A__EXPR__KIND__AEXPR_OP, op, left, right);
}

PgQuery__Node* array(TreeArena& arena, const std::vector<PgQuery__Node*>& items) {
  PgQuery__AArrayExpr* expression = arena.make<PgQuery__AArrayExpr>(PG_QUERY__A__ARRAY_EXPR__INIT);
  expression->n_elements = items.size();
  expression->elements = node_array(arena, items);
  expression->location = -1;
  return node(arena, &expression->base);
}

PgQuery__Node* bool_expression(TreeArena& arena, PgQuery__BoolExprType op, const std::vector<PgQuery__Node*>& args) {
  PgQuery__BoolExpr* expression = arena.make<PgQuery__BoolExpr>(PG_QUERY__BOOL_EXPR__INIT);
  expression->boolop = op;
  expression->n_args = args.size();
  expression->args = node_array(arena, args);
  expression->location = -1;
  return node(arena, &expression->base);
}

}  // namespace driftgate::parse::build
