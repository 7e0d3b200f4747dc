#include <optional>
#include <string>

#include "parse/node_build.hpp"
#include "parse/node_walk.hpp"
#include "parse/normalize_rules.hpp"
#include "parse/numeric_literal.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/type_key.hpp"

namespace driftgate::parse {
namespace {

/// The text a wildcard constant holds; no SQL literal a definition writes looks like it.
constexpr std::string_view kWildcard = "\x01driftgate:any constant\x01";

bool is_string_constant(const PgQuery__Node* node) {
  return node != nullptr && node->node_case == PG_QUERY__NODE__NODE_A_CONST && !node->a_const->isnull &&
         node->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL;
}

/// A number by its value alone (`1.50`, `'1.5'::numeric` and `(1.5)::double precision` are all
/// `1.5`), or nullptr when `text` is not a number.
PgQuery__Node* number_by_value(TreeArena& arena, const std::string& text) {
  std::optional<std::string> number = normalize_numeric(text);
  if (!number) return nullptr;
  if (number->find('.') != std::string::npos) {
    while (number->back() == '0') number->pop_back();
    if (number->back() == '.') number->pop_back();
    if (*number == "-0") *number = "0";
  }
  return build::float_constant(arena, *number);
}

bool is_number_category(TypeCategory category) {
  return category == TypeCategory::Integer || category == TypeCategory::Numeric || category == TypeCategory::Float;
}

void keep_last(PgQuery__Node**& names, std::size_t& count) {
  if (count > 1) {
    names = names + (count - 1);
    count = 1;
  }
}

}  // namespace

bool is_wildcard_constant(const PgQuery__Node& node) {
  return is_string_constant(&node) && text_of(node.a_const->sval->sval) == kWildcard;
}

void loosen(ExpressionTree& tree, const std::string& column_type, bool bound_values,
            const NormalizeOptions& options) {
  TreeArena& arena = tree.arena();
  // A constant default of a column whose type may print it differently.
  if (!column_type.empty() && tree.top_slot() != nullptr && is_string_constant(*tree.top_slot()) &&
      type_category(column_type_key(column_type, options), options) == TypeCategory::Reformatted) {
    *tree.top_slot() = build::string_constant(arena, kWildcard);
  }
  rewrite_nodes(tree.root(), [&](PgQuery__Node*& node) {
    switch (node->node_case) {
      case PG_QUERY__NODE__NODE_TYPE_CAST: {
        const PgQuery__TypeCast& cast = *node->type_cast;
        if (cast.arg == nullptr) return;
        const TypeCategory category = cast.type_name == nullptr
                                          ? TypeCategory::Verbatim
                                          : type_category(type_key(*cast.type_name), options);
        if (is_string_constant(cast.arg) && category == TypeCategory::Reformatted) {
          node = build::string_constant(arena, kWildcard);
        } else if (is_string_constant(cast.arg) && is_number_category(category)) {
          PgQuery__Node* number = number_by_value(arena, std::string(text_of(cast.arg->a_const->sval->sval)));
          node = number != nullptr ? number : cast.arg;
        } else {
          node = cast.arg;
        }
        return;
      }
      case PG_QUERY__NODE__NODE_A_CONST: {
        const PgQuery__AConst& constant = *node->a_const;
        if (constant.isnull) return;
        if (bound_values && constant.val_case == PG_QUERY__A__CONST__VAL_SVAL) {
          node = build::string_constant(arena, kWildcard);
        } else if (constant.val_case == PG_QUERY__A__CONST__VAL_SVAL) {
          // '1.0' compared with a float column comes back as '1'::double precision
          if (PgQuery__Node* number = number_by_value(arena, std::string(text_of(constant.sval->sval)))) node = number;
        } else if (constant.val_case == PG_QUERY__A__CONST__VAL_IVAL) {
          node = number_by_value(arena, std::to_string(constant.ival->ival));
        } else if (constant.val_case == PG_QUERY__A__CONST__VAL_FVAL) {
          if (PgQuery__Node* number = number_by_value(arena, std::string(text_of(constant.fval->fval)))) node = number;
        }
        return;
      }
      default:
        return;
    }
  });
  visit_messages(tree.root(), [&](ProtobufCMessage* message) {
    const ProtobufCMessageDescriptor* type = message->descriptor;
    if (type == &pg_query__column_ref__descriptor) {
      auto& column = *reinterpret_cast<PgQuery__ColumnRef*>(message);
      keep_last(column.fields, column.n_fields);
    } else if (type == &pg_query__func_call__descriptor) {
      auto& call = *reinterpret_cast<PgQuery__FuncCall*>(message);
      keep_last(call.funcname, call.n_funcname);
    } else if (type == &pg_query__type_name__descriptor) {
      auto& name = *reinterpret_cast<PgQuery__TypeName*>(message);
      keep_last(name.names, name.n_names);
    } else if (type == &pg_query__range_var__descriptor) {
      reinterpret_cast<PgQuery__RangeVar*>(message)->schemaname = nullptr;
    }
  });
}

}  // namespace driftgate::parse
