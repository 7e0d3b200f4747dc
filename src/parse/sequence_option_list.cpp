#include "parse/sequence_option_list.hpp"

#include <string_view>

#include "parse/statement_error.hpp"

namespace driftgate::parse {
namespace {

std::int64_t number_of(const PgQuery__DefElem& option) {
  const auto value = integer_value(option.arg);
  if (!value) {
    throw StatementError("sequence option " + std::string(text_of(option.defname)) +
                         " needs an integer value that fits in bigint");
  }
  return *value;
}

BoundOption bound_of(const PgQuery__DefElem& option) {
  if (option.arg == nullptr) return std::nullopt;  // NO MINVALUE / NO MAXVALUE
  return number_of(option);
}

}  // namespace

WrittenSequenceOptions read_sequence_options(LoadContext& context, NodeList options) {
  WrittenSequenceOptions written;
  for (const PgQuery__Node* node : options) {
    if (node->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem& option = *node->def_elem;
    const std::string_view name = text_of(option.defname);
    if (name == "as") {
      if (option.arg == nullptr || option.arg->node_case != PG_QUERY__NODE__NODE_TYPE_NAME) {
        throw StatementError("sequence option AS needs a type");
      }
      written.data_type = context.canonical_type(*option.arg->type_name);
    } else if (name == "start") {
      written.start = number_of(option);
    } else if (name == "increment") {
      written.increment = number_of(option);
    } else if (name == "minvalue") {
      written.min_value = bound_of(option);
    } else if (name == "maxvalue") {
      written.max_value = bound_of(option);
    } else if (name == "cache") {
      written.cache = number_of(option);
    } else if (name == "cycle") {
      written.cycle = option.arg != nullptr && option.arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN
                          ? option.arg->boolean->boolval
                          : true;
    } else if (name == "owned_by") {
      written.owned_by = string_values(list_items(option.arg));
    } else if (name == "sequence_name") {
      written.sequence_name = string_values(list_items(option.arg));
    } else if (name == "generated") {
      // ALTER COLUMN … SET GENERATED: the identity kind, handled by the caller.
    } else if (name == "restart") {
      // RESTART changes the current value, which is data, not schema.
    } else {
      context.warn("sequence option " + std::string(name) + " is not part of the model; ignored");
    }
  }
  return written;
}

}  // namespace driftgate::parse
