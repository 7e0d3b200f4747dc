#include "parse/type_name.hpp"

#include <algorithm>

#include "model/identifier.hpp"
#include "parse/builtin_types.hpp"
#include "parse/deparse.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/statement_error.hpp"

namespace driftgate::parse {
namespace {

// Interval field bits (datetime.h: INTERVAL_MASK(MONTH = 1, YEAR = 2, DAY = 3, HOUR = 10,
// MINUTE = 11, SECOND = 12)) and the "no fields given" value.
constexpr std::int64_t kMonth = 1 << 1;
constexpr std::int64_t kYear = 1 << 2;
constexpr std::int64_t kDay = 1 << 3;
constexpr std::int64_t kHour = 1 << 10;
constexpr std::int64_t kMinute = 1 << 11;
constexpr std::int64_t kSecond = 1 << 12;
constexpr std::int64_t kFullRange = 0x7FFF;
constexpr std::int64_t kMaxTimePrecision = 6;

std::string interval_fields(std::int64_t mask) {
  switch (mask) {
    case kYear: return " year";
    case kMonth: return " month";
    case kDay: return " day";
    case kHour: return " hour";
    case kMinute: return " minute";
    case kSecond: return " second";
    case kYear | kMonth: return " year to month";
    case kDay | kHour: return " day to hour";
    case kDay | kHour | kMinute: return " day to minute";
    case kDay | kHour | kMinute | kSecond: return " day to second";
    case kHour | kMinute: return " hour to minute";
    case kHour | kMinute | kSecond: return " hour to second";
    case kMinute | kSecond: return " minute to second";
    default: return "";
  }
}

std::string precision_suffix(const std::vector<std::int64_t>& typmods) {
  if (typmods.empty()) return "";
  return "(" + std::to_string(std::min(typmods[0], kMaxTimePrecision)) + ")";
}

std::string format_scalar_builtin(std::string_view name, const std::vector<std::int64_t>& typmods) {
  const bool has = !typmods.empty();
  auto length = [&] { return "(" + std::to_string(typmods[0]) + ")"; };
  if (name == "int2") return "smallint";
  if (name == "int4") return "integer";
  if (name == "int8") return "bigint";
  if (name == "float4") return "real";
  if (name == "float8") return "double precision";
  if (name == "bool") return "boolean";
  if (name == "varchar") return has ? "character varying" + length() : "character varying";
  if (name == "bpchar") return has ? "character" + length() : "bpchar";
  if (name == "bit") return has ? "bit" + length() : "\"bit\"";
  if (name == "varbit") return has ? "bit varying" + length() : "bit varying";
  if (name == "numeric") {
    if (!has) return "numeric";
    const std::int64_t scale = typmods.size() > 1 ? typmods[1] : 0;
    return "numeric(" + std::to_string(typmods[0]) + "," + std::to_string(scale) + ")";
  }
  if (name == "time") return "time" + precision_suffix(typmods) + " without time zone";
  if (name == "timetz") return "time" + precision_suffix(typmods) + " with time zone";
  if (name == "timestamp") return "timestamp" + precision_suffix(typmods) + " without time zone";
  if (name == "timestamptz") return "timestamp" + precision_suffix(typmods) + " with time zone";
  if (name == "interval") {
    if (!has) return "interval";
    std::string text = "interval" + interval_fields(typmods[0] == kFullRange ? 0 : typmods[0]);
    if (typmods.size() > 1) text += "(" + std::to_string(std::min(typmods[1], kMaxTimePrecision)) + ")";
    return text;
  }
  std::string text = model::quote_ident(name);
  if (has) {
    text += "(";
    for (std::size_t i = 0; i < typmods.size(); ++i) {
      if (i > 0) text += ",";
      text += std::to_string(typmods[i]);
    }
    text += ")";
  }
  return text;
}

bool is_integer_typmods(const PgQuery__TypeName& type, std::vector<std::int64_t>& values) {
  for (const PgQuery__Node* typmod : nodes(type.typmods, type.n_typmods)) {
    const auto value = integer_value(typmod);
    if (!value) return false;
    values.push_back(*value);
  }
  return true;
}

}  // namespace

std::string format_builtin_type(std::string_view typname, const std::vector<std::int64_t>& typmods,
                                ArrayType array) {
  if (typname.size() > 1 && typname.front() == '_' && is_builtin_type_name(typname)) {
    return format_scalar_builtin(typname.substr(1), typmods) + "[]";
  }
  return format_scalar_builtin(typname, typmods) + (array == ArrayType::Yes ? "[]" : "");
}

std::string type_base_name(const PgQuery__TypeName& type) {
  if (type.n_names == 0) return "";
  return std::string(string_value(type.names[type.n_names - 1]));
}

std::string canonical_type_name(const PgQuery__TypeName& type, const TypeSchemaResolver& resolve) {
  const std::vector<std::string> names = string_values(nodes(type.names, type.n_names));
  if (type.pct_type) {
    throw StatementError("column types copied with %TYPE are not supported; write the type itself");
  }
  if (type.setof) throw StatementError("SETOF is not a column type");
  if (names.empty()) throw StatementError("a type name is missing");
  const ArrayType array = type.n_array_bounds > 0 ? ArrayType::Yes : ArrayType::No;
  const std::string& base = names.back();
  const bool in_pg_catalog = names.size() >= 2 && names[names.size() - 2] == "pg_catalog";

  std::vector<std::int64_t> typmods;
  const bool integer_typmods = is_integer_typmods(type, typmods);
  if ((names.size() == 1 || in_pg_catalog) && is_builtin_type_name(base)) {
    if (!integer_typmods) {
      throw StatementError("type modifiers of type " + base + " must be integer constants");
    }
    return format_builtin_type(base, typmods, array);
  }

  std::string text;
  if (in_pg_catalog) {
    text = model::quote_ident(base);
  } else {
    const std::string schema = names.size() >= 2 ? names[names.size() - 2] : resolve(base);
    text = model::quote_ident(schema) + "." + model::quote_ident(base);
  }
  if (type.n_typmods > 0) {
    text += "(";
    for (std::size_t i = 0; i < type.n_typmods; ++i) {
      if (i > 0) text += ",";
      text += deparse_expression(type.typmods[i]);
    }
    text += ")";
  }
  if (array == ArrayType::Yes) text += "[]";
  return text;
}

}  // namespace driftgate::parse
