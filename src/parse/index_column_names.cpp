#include "parse/index_column_names.hpp"

#include <algorithm>

#include "parse/implicit_names.hpp"

namespace driftgate::parse {
namespace {

/// How sure a name guess is, as PostgreSQL ranks it: none, second-best, good.
enum class Confidence { None = 0, Weak = 1, Good = 2 };

std::optional<std::string> last_string(NodeList list) {
  std::optional<std::string> name;
  for (const PgQuery__Node* item : list) {
    if (item->node_case == PG_QUERY__NODE__NODE_STRING) name = std::string(string_value(item));
  }
  return name;
}

const char* sql_value_function_name(PgQuery__SQLValueFunctionOp op) {
  switch (op) {
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_DATE: return "current_date";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME_N: return "current_time";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP_N: return "current_timestamp";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME_N: return "localtime";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP_N: return "localtimestamp";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_ROLE: return "current_role";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_USER: return "current_user";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_USER: return "user";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_SESSION_USER: return "session_user";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_CATALOG: return "current_catalog";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_SCHEMA: return "current_schema";
    default: return nullptr;
  }
}

const char* xml_function_name(PgQuery__XmlExprOp op) {
  switch (op) {
    case PG_QUERY__XML_EXPR_OP__IS_XMLCONCAT: return "xmlconcat";
    case PG_QUERY__XML_EXPR_OP__IS_XMLELEMENT: return "xmlelement";
    case PG_QUERY__XML_EXPR_OP__IS_XMLFOREST: return "xmlforest";
    case PG_QUERY__XML_EXPR_OP__IS_XMLPARSE: return "xmlparse";
    case PG_QUERY__XML_EXPR_OP__IS_XMLPI: return "xmlpi";
    case PG_QUERY__XML_EXPR_OP__IS_XMLROOT: return "xmlroot";
    case PG_QUERY__XML_EXPR_OP__IS_XMLSERIALIZE: return "xmlserialize";
    default: return nullptr;
  }
}

/// PostgreSQL's FigureColnameInternal over the raw (untransformed) expression tree.
Confidence figure_name(const PgQuery__Node* node, std::optional<std::string>& name) {
  if (node == nullptr) return Confidence::None;
  auto good = [&](std::string value) {
    name = std::move(value);
    return Confidence::Good;
  };
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_COLUMN_REF: {
      auto field = last_string(nodes(node->column_ref->fields, node->column_ref->n_fields));
      return field ? good(*field) : Confidence::None;
    }
    case PG_QUERY__NODE__NODE_A_INDIRECTION: {
      const PgQuery__AIndirection* indirection = node->a_indirection;
      auto field = last_string(nodes(indirection->indirection, indirection->n_indirection));
      return field ? good(*field) : figure_name(indirection->arg, name);
    }
    case PG_QUERY__NODE__NODE_FUNC_CALL: {
      const PgQuery__FuncCall* call = node->func_call;
      if (call->n_funcname == 0) return Confidence::None;
      return good(std::string(string_value(call->funcname[call->n_funcname - 1])));
    }
    case PG_QUERY__NODE__NODE_A_EXPR:
      if (node->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NULLIF) return good("nullif");
      return Confidence::None;
    case PG_QUERY__NODE__NODE_TYPE_CAST: {
      const Confidence strength = figure_name(node->type_cast->arg, name);
      const PgQuery__TypeName* type = node->type_cast->type_name;
      if (strength <= Confidence::Weak && type != nullptr && type->n_names > 0) {
        name = std::string(string_value(type->names[type->n_names - 1]));
        return Confidence::Weak;
      }
      return strength;
    }
    case PG_QUERY__NODE__NODE_COLLATE_CLAUSE:
      return figure_name(node->collate_clause->arg, name);
    case PG_QUERY__NODE__NODE_GROUPING_FUNC:
      return good("grouping");
    case PG_QUERY__NODE__NODE_SUB_LINK:
      if (node->sub_link->sub_link_type == PG_QUERY__SUB_LINK_TYPE__EXISTS_SUBLINK) return good("exists");
      if (node->sub_link->sub_link_type == PG_QUERY__SUB_LINK_TYPE__ARRAY_SUBLINK) return good("array");
      return Confidence::None;
    case PG_QUERY__NODE__NODE_CASE_EXPR: {
      const Confidence strength = figure_name(node->case_expr->defresult, name);
      if (strength <= Confidence::Weak) {
        name = "case";
        return Confidence::Weak;
      }
      return strength;
    }
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR: return good("array");
    case PG_QUERY__NODE__NODE_ROW_EXPR: return good("row");
    case PG_QUERY__NODE__NODE_COALESCE_EXPR: return good("coalesce");
    case PG_QUERY__NODE__NODE_MIN_MAX_EXPR:
      if (node->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_GREATEST) return good("greatest");
      if (node->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_LEAST) return good("least");
      return Confidence::None;
    case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION: {
      const char* function = sql_value_function_name(node->sqlvalue_function->op);
      return function != nullptr ? good(function) : Confidence::None;
    }
    case PG_QUERY__NODE__NODE_XML_EXPR: {
      const char* function = xml_function_name(node->xml_expr->op);
      return function != nullptr ? good(function) : Confidence::None;
    }
    case PG_QUERY__NODE__NODE_XML_SERIALIZE: return good("xmlserialize");
    default: return Confidence::None;
  }
}

/// Calls `visit` for every Node reachable from `message`, using the protobuf-c descriptors so
/// no node kind is missed.
template <typename Visit>
void walk_message(const ProtobufCMessage* message, Visit& visit) {
  if (message == nullptr) return;
  const ProtobufCMessageDescriptor* descriptor = message->descriptor;
  const char* base = reinterpret_cast<const char*>(message);
  const bool is_node = descriptor == &pg_query__node__descriptor;
  if (is_node) visit(reinterpret_cast<const PgQuery__Node*>(message));
  for (unsigned i = 0; i < descriptor->n_fields; ++i) {
    const ProtobufCFieldDescriptor& field = descriptor->fields[i];
    if (field.type != PROTOBUF_C_TYPE_MESSAGE) continue;
    if ((field.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) != 0) {
      const auto which = *reinterpret_cast<const uint32_t*>(base + field.quantifier_offset);
      if (which != field.id) continue;
    }
    if (field.label == PROTOBUF_C_LABEL_REPEATED) {
      const auto count = *reinterpret_cast<const std::size_t*>(base + field.quantifier_offset);
      const auto* items = *reinterpret_cast<ProtobufCMessage* const* const*>(base + field.offset);
      for (std::size_t k = 0; k < count; ++k) walk_message(items[k], visit);
    } else {
      walk_message(*reinterpret_cast<ProtobufCMessage* const*>(base + field.offset), visit);
    }
  }
}

}  // namespace

std::optional<std::string> figure_index_column_name(const PgQuery__Node* expression) {
  std::optional<std::string> name;
  figure_name(expression, name);
  return name;
}

std::vector<std::string> choose_index_column_names(NodeList index_elements, NodeList including) {
  std::vector<std::string> names;
  for (NodeList list : {index_elements, including}) {
    for (const PgQuery__Node* item : list) {
      if (item->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM) continue;
      const PgQuery__IndexElem* element = item->index_elem;
      std::optional<std::string> name;
      if (!text_of(element->indexcolname).empty()) {
        name = element->indexcolname;
      } else if (!text_of(element->name).empty()) {
        name = element->name;
      } else {
        name = figure_index_column_name(element->expr);
      }
      names.push_back(name.value_or("expr"));
    }
  }
  return unique_index_column_names(names);
}

std::vector<std::string> referenced_columns(const PgQuery__Node* expression) {
  std::vector<std::string> columns;
  auto visit = [&](const PgQuery__Node* node) {
    if (node->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return;
    const PgQuery__ColumnRef* ref = node->column_ref;
    // A whole-row reference (`t.*`) names no column.
    if (ref->n_fields == 0 || ref->fields[ref->n_fields - 1]->node_case != PG_QUERY__NODE__NODE_STRING) {
      return;
    }
    auto name = last_string(nodes(node->column_ref->fields, node->column_ref->n_fields));
    if (name && std::find(columns.begin(), columns.end(), *name) == columns.end()) {
      columns.push_back(*name);
    }
  };
  walk_message(reinterpret_cast<const ProtobufCMessage*>(expression), visit);
  return columns;
}

}  // namespace driftgate::parse
