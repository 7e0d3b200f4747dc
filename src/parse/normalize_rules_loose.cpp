#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "parse/json_literal.hpp"
#include "parse/node_build.hpp"
#include "parse/node_walk.hpp"
#include "parse/normalize_rules.hpp"
#include "parse/numeric_literal.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/type_key.hpp"

namespace driftgate::parse {
namespace {

/// What a wildcard constant's text starts with; no SQL literal a definition writes looks like
/// it. Then come the type_key of the type its value was cast to ("" if unknown), \x02, and the
/// value's text as written.
constexpr std::string_view kWildcard = "\x01driftgate:any constant\x01";

PgQuery__Node* wildcard(TreeArena& arena, const std::string& key, std::string_view text) {
  return build::string_constant(arena, std::string(kWildcard) + key + '\x02' + std::string(text));
}

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

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// `YYYY-MM-DD`, as PostgreSQL prints a date with DateStyle ISO (introspection sets it).
bool is_iso_date(std::string_view text) {
  return text.size() == 10 && text[4] == '-' && text[7] == '-' && all_digits(text.substr(0, 4)) &&
         all_digits(text.substr(5, 2)) && all_digits(text.substr(8, 2));
}

// `YYYY-MM-DD HH:MM:SS[.fff]` without trailing fractional zeros.
bool is_iso_timestamp(std::string_view text) {
  if (text.size() < 19 || !is_iso_date(text.substr(0, 10)) || text[10] != ' ') return false;
  const std::string_view time = text.substr(11);
  if (time.size() < 8 || time[2] != ':' || time[5] != ':' || !all_digits(time.substr(0, 2)) ||
      !all_digits(time.substr(3, 2)) || !all_digits(time.substr(6, 2))) {
    return false;
  }
  if (time.size() == 8) return true;
  const std::string_view fraction = time.substr(9);
  return time[8] == '.' && all_digits(fraction) && fraction.back() != '0';
}

bool is_lower_uuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    const char c = text[i];
    if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// `{a,b}` of elements array_out prints unquoted (letters, digits, `_ . -`; not NULL), as it
// prints an array of a text-like type; `{}` too.
bool is_plain_text_array(std::string_view text) {
  if (text.size() < 2 || text.front() != '{' || text.back() != '}') return false;
  const std::string_view inner = text.substr(1, text.size() - 2);
  if (inner.empty()) return true;
  std::size_t start = 0;
  while (start <= inner.size()) {
    const std::size_t end = std::min(inner.find(',', start), inner.size());
    const std::string_view element = inner.substr(start, end - start);
    if (element.empty()) return false;
    std::string lower;
    for (char c : element) {
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-')) return false;
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (lower == "null") return false;
    start = end + 1;
  }
  return true;
}

// `10.0.0.1`: an IPv4 host address as inet prints it (no mask, no leading zeros).
bool is_plain_ipv4(std::string_view text) {
  int parts = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('.', start), text.size());
    const std::string_view part = text.substr(start, end - start);
    if (part.empty() || part.size() > 3 || !all_digits(part) || (part.size() > 1 && part[0] == '0') ||
        std::stoi(std::string(part)) > 255) {
      return false;
    }
    ++parts;
    start = end + 1;
  }
  return parts == 4;
}

// `1 year 2 mons 3 days 04:05:06` as interval prints it with IntervalStyle postgres: each
// unit once, in order, singular for 1; the time part with two-digit minutes and seconds.
bool is_printed_interval(std::string_view text) {
  static const char* const kUnits[] = {"year", "mon", "day"};
  std::size_t at = 0;
  std::size_t unit = 0;
  bool any = false;
  auto next_word = [&](std::size_t from) {
    const std::size_t end = std::min(text.find(' ', from), text.size());
    return text.substr(from, end - from);
  };
  while (at < text.size()) {
    const std::string_view number = next_word(at);
    if (number.find(':') != std::string_view::npos) break;
    const std::string_view digits = number.starts_with('-') ? number.substr(1) : number;
    if (!all_digits(digits) || (digits.size() > 1 && digits[0] == '0')) return false;
    const std::size_t word_at = at + number.size() + 1;
    if (word_at >= text.size()) return false;
    const std::string_view word = next_word(word_at);
    bool matched = false;
    for (; unit < 3 && !matched; ++unit) {
      const std::string singular = kUnits[unit];
      matched = word == (digits == "1" ? singular : singular + "s");
    }
    if (!matched) return false;
    any = true;
    at = word_at + word.size() + 1;
  }
  if (at >= text.size()) return any;
  std::string_view time = text.substr(at);
  if (time.starts_with('-')) time.remove_prefix(1);
  const auto colon = time.find(':');
  if (colon == std::string_view::npos || colon < 2 || !all_digits(time.substr(0, colon))) return false;
  const std::string_view rest = time.substr(colon + 1);
  if (rest.size() < 5 || rest[2] != ':' || !all_digits(rest.substr(0, 2)) || !all_digits(rest.substr(3, 2))) {
    return false;
  }
  if (rest.size() == 5) return true;
  const std::string_view fraction = rest.substr(6);
  return rest[5] == '.' && all_digits(fraction) && fraction.back() != '0';
}

// Whether `text` is the one form PostgreSQL prints a value of the type with `key` in, so that
// two different such texts are two different values.
bool is_printed_form(const std::string& key, std::string_view text, const NormalizeOptions& options) {
  const std::string array_suffix = "[]";
  if (key.size() > array_suffix.size() && key.ends_with(array_suffix)) {
    const std::string element = key.substr(0, key.size() - array_suffix.size());
    return element != "bpchar" && type_category(element, options) == TypeCategory::Verbatim &&
           is_plain_text_array(text);
  }
  if (key == "date") return is_iso_date(text);
  if (key == "timestamp") return is_iso_timestamp(text);
  // timestamptz prints with the session's offset: introspection reads with TimeZone UTC.
  if (key == "timestamptz") return text.ends_with("+00") && is_iso_timestamp(text.substr(0, text.size() - 3));
  if (key == "uuid") return is_lower_uuid(text);
  if (key == "inet") return is_plain_ipv4(text);
  if (key == "interval") return is_printed_interval(text);
  // Text-like types and enums print exactly as written; bpchar pads, so it is left out.
  return key != "bpchar" && type_category(key, options) == TypeCategory::Verbatim;
}

void keep_last(PgQuery__Node**& names, std::size_t& count) {
  if (count > 1) {
    names = names + (count - 1);
    count = 1;
  }
}

}  // namespace

bool is_wildcard_constant(const PgQuery__Node& node) {
  return is_string_constant(&node) && text_of(node.a_const->sval->sval).starts_with(kWildcard);
}

PairDecision compare_loose_constants(const PgQuery__Node& left, const PgQuery__Node& right,
                                     const NormalizeOptions& options) {
  if (!is_string_constant(&left) || !is_string_constant(&right)) {
    const bool wild = (is_string_constant(&left) && is_wildcard_constant(left)) ||
                      (is_string_constant(&right) && is_wildcard_constant(right));
    const bool constants = left.node_case == PG_QUERY__NODE__NODE_A_CONST &&
                           right.node_case == PG_QUERY__NODE__NODE_A_CONST;
    return constants && wild ? PairDecision::Same : PairDecision::Compare;
  }
  if (!is_wildcard_constant(left) && !is_wildcard_constant(right)) return PairDecision::Compare;
  // (type key, text as written) of each side; a plain string has no known type.
  auto unpack = [](const PgQuery__Node& node) -> std::pair<std::string, std::string> {
    const std::string_view text = text_of(node.a_const->sval->sval);
    if (!text.starts_with(kWildcard)) return {"", std::string(text)};
    const std::string_view rest = text.substr(kWildcard.size());
    const auto separator = rest.find('\x02');
    return {std::string(rest.substr(0, separator)), std::string(rest.substr(separator + 1))};
  };
  const auto [left_type, left_text] = unpack(left);
  const auto [right_type, right_text] = unpack(right);
  if (!left_type.empty() && !right_type.empty() && left_type != right_type) return PairDecision::Same;
  const std::string& type = left_type.empty() ? right_type : left_type;
  if (type == "jsonb") {
    if (const std::optional<bool> same = same_jsonb_value(left_text, right_text)) {
      return *same ? PairDecision::Same : PairDecision::Different;
    }
    return PairDecision::Same;
  }
  // Two values in the one form PostgreSQL prints for the type are equal exactly when their texts
  // are; any other text might be another spelling of the same value: only analysis can tell.
  if (!type.empty() && is_printed_form(type, left_text, options) &&
      is_printed_form(type, right_text, options)) {
    return left_text == right_text ? PairDecision::Same : PairDecision::Different;
  }
  return PairDecision::Same;
}

void loosen(ExpressionTree& tree, const std::string& column_type, bool bound_values,
            const NormalizeOptions& options) {
  TreeArena& arena = tree.arena();
  const std::string bound_key = bound_values ? column_type_key(column_type, options) : std::string();
  // A constant default of a column whose type may print it differently.
  if (!bound_values && !column_type.empty() && tree.top_slot() != nullptr &&
      is_string_constant(*tree.top_slot()) &&
      type_category(column_type_key(column_type, options), options) == TypeCategory::Reformatted) {
    *tree.top_slot() = wildcard(arena, column_type_key(column_type, options),
                                text_of((*tree.top_slot())->a_const->sval->sval));
  }
  rewrite_nodes(tree.root(), [&](PgQuery__Node*& node) {
    switch (node->node_case) {
      case PG_QUERY__NODE__NODE_TYPE_CAST: {
        const PgQuery__TypeCast& cast = *node->type_cast;
        if (cast.arg == nullptr) return;
        const std::string key = cast.type_name == nullptr ? std::string() : type_key(*cast.type_name);
        const TypeCategory category =
            cast.type_name == nullptr ? TypeCategory::Verbatim : type_category(key, options);
        if (is_string_constant(cast.arg) && category == TypeCategory::Reformatted) {
          node = wildcard(arena, key, text_of(cast.arg->a_const->sval->sval));
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
          // PostgreSQL quotes negative numbers in bounds (`IN ('-1')`): with a numeric key the
          // value is the number.
          PgQuery__Node* number =
              is_number_category(type_category(bound_key, options))
                  ? number_by_value(arena, std::string(text_of(constant.sval->sval)))
                  : nullptr;
          node = number != nullptr ? number : wildcard(arena, bound_key, text_of(constant.sval->sval));
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
      // PostgreSQL qualifies relations and invents aliases (`FROM items items_1` for a second
      // reference in a subquery): neither tells two queries apart once columns are unqualified.
      auto& relation = *reinterpret_cast<PgQuery__RangeVar*>(message);
      relation.schemaname = nullptr;
      relation.alias = nullptr;
    }
  });
}

}  // namespace driftgate::parse
