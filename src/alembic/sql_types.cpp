#include "alembic/sql_types.hpp"

#include <map>

#include "alembic/not_understood.hpp"
#include "alembic/sql_text.hpp"
#include "model/identifier.hpp"

namespace driftgate::alembic {
namespace {

/// Types whose DDL is a fixed word, by SQLAlchemy class name (generic and dialect spellings).
const std::map<std::string, std::string>& fixed_types() {
  static const std::map<std::string, std::string> types = {
      {"Integer", "INTEGER"}, {"INTEGER", "INTEGER"}, {"INT", "INTEGER"},
      {"BigInteger", "BIGINT"}, {"BIGINT", "BIGINT"},
      {"SmallInteger", "SMALLINT"}, {"SMALLINT", "SMALLINT"},
      {"Text", "TEXT"}, {"TEXT", "TEXT"}, {"UnicodeText", "TEXT"},
      {"Boolean", "BOOLEAN"}, {"BOOLEAN", "BOOLEAN"},
      {"Date", "DATE"}, {"DATE", "DATE"},
      {"LargeBinary", "BYTEA"}, {"BYTEA", "BYTEA"}, {"BLOB", "BYTEA"}, {"BINARY", "BYTEA"}, {"VARBINARY", "BYTEA"},
      {"PickleType", "BYTEA"},
      {"JSON", "JSON"}, {"JSONB", "JSONB"},
      {"UUID", "UUID"}, {"Uuid", "UUID"},
      {"REAL", "REAL"}, {"DOUBLE_PRECISION", "DOUBLE PRECISION"}, {"Double", "DOUBLE PRECISION"},
      {"DOUBLE", "DOUBLE PRECISION"},
      {"INET", "INET"}, {"CIDR", "CIDR"}, {"MACADDR", "MACADDR"}, {"MACADDR8", "MACADDR8"},
      {"MONEY", "MONEY"}, {"TSVECTOR", "TSVECTOR"}, {"TSQUERY", "TSQUERY"}, {"OID", "OID"},
      {"REGCLASS", "REGCLASS"}, {"HSTORE", "HSTORE"}, {"CITEXT", "CITEXT"},
      {"INT4RANGE", "INT4RANGE"}, {"INT8RANGE", "INT8RANGE"}, {"NUMRANGE", "NUMRANGE"},
      {"DATERANGE", "DATERANGE"}, {"TSRANGE", "TSRANGE"}, {"TSTZRANGE", "TSTZRANGE"},
      {"XML", "XML"},
  };
  return types;
}

/// The integer argument `position`/`name` of a type call, as text ("" when absent or None).
std::string number_argument(const Expression& call, std::size_t position, const std::string& name) {
  const Expression* value = call.argument(position, name);
  if (value == nullptr || value->is_none()) return "";
  if (value->kind != ExpressionKind::Number) {
    throw NotUnderstood("the " + name + " of `" + call.source + "` must be a number literal");
  }
  return value->text;
}

bool timezone_argument(const Expression& call, std::size_t position) {
  return flag(call.argument(position, "timezone"), false);
}

SqlType enum_type(const Expression& call, const std::string& class_name) {
  SqlType result;
  EnumDefinition definition;
  const Expression* name = call.keyword("name");
  if (name == nullptr || name->is_none()) {
    throw NotUnderstood("`" + call.source + "` has no name=…: PostgreSQL enum types need one (a Python "
                        "enum class cannot be read without running Python)");
  }
  definition.name = string_argument(name, "the enum's name");
  definition.schema = optional_string(call.keyword("schema"), "the enum's schema");
  for (const auto& label : call.items) {
    if (label.kind != ExpressionKind::String) {
      throw NotUnderstood("`" + call.source + "`: enum labels must be string literals (a Python enum class "
                          "cannot be read without running Python)");
    }
    definition.labels.push_back(label.text);
  }
  if (class_name == "ENUM") definition.create = flag(call.keyword("create_type"), true);
  result.sql = qualified(definition.schema, definition.name);
  result.enum_type = std::move(definition);
  return result;
}

}  // namespace

SqlType sql_type(const Expression& type) {
  if (type.kind != ExpressionKind::Name && type.kind != ExpressionKind::Call) {
    throw NotUnderstood("`" + type.source + "` is not a column type driftgate can read");
  }
  if (type.kind == ExpressionKind::Call && !type.receiver.empty()) {
    // `sa.String(50).with_variant(...)`, `sa.Integer().with_variant(...)`: the base type counts.
    if (type.text == ".with_variant" || type.text == ".evaluates_none") return sql_type(type.receiver.front());
    throw NotUnderstood("`" + type.source + "` is not a column type driftgate can read");
  }
  const std::string class_name = last_name_part(type.text);
  const Expression empty_call{};
  const Expression& call = type.kind == ExpressionKind::Call ? type : empty_call;
  SqlType result;
  if (auto fixed = fixed_types().find(class_name); fixed != fixed_types().end()) {
    result.sql = fixed->second;
    if (class_name == "Integer" || class_name == "INTEGER" || class_name == "INT") {
      result.integer = true;
      result.serial = "SERIAL";
    } else if (class_name == "BigInteger" || class_name == "BIGINT") {
      result.integer = true;
      result.serial = "BIGSERIAL";
    } else if (class_name == "SmallInteger" || class_name == "SMALLINT") {
      result.integer = true;
      result.serial = "SMALLSERIAL";
    }
    return result;
  }
  if (class_name == "String" || class_name == "VARCHAR" || class_name == "Unicode" || class_name == "NVARCHAR") {
    const std::string length = number_argument(call, 0, "length");
    result.sql = length.empty() ? "VARCHAR" : "VARCHAR(" + length + ")";
    return result;
  }
  if (class_name == "CHAR" || class_name == "NCHAR") {
    const std::string length = number_argument(call, 0, "length");
    result.sql = length.empty() ? "CHAR" : "CHAR(" + length + ")";
    return result;
  }
  if (class_name == "DateTime" || class_name == "TIMESTAMP" || class_name == "Time" || class_name == "TIME") {
    const bool is_time = class_name == "Time" || class_name == "TIME";
    const bool timezone = timezone_argument(call, 0);
    const std::string precision = number_argument(call, 99, "precision");
    result.sql = std::string(is_time ? "TIME" : "TIMESTAMP") + (precision.empty() ? "" : "(" + precision + ")") +
                 (timezone ? " WITH TIME ZONE" : " WITHOUT TIME ZONE");
    return result;
  }
  if (class_name == "Numeric" || class_name == "NUMERIC" || class_name == "DECIMAL") {
    const std::string precision = number_argument(call, 0, "precision");
    const std::string scale = number_argument(call, 1, "scale");
    result.sql = precision.empty() ? "NUMERIC"
                 : scale.empty()   ? "NUMERIC(" + precision + ")"
                                   : "NUMERIC(" + precision + ", " + scale + ")";
    return result;
  }
  if (class_name == "Float" || class_name == "FLOAT") {
    const std::string precision = number_argument(call, 0, "precision");
    result.sql = precision.empty() ? "FLOAT" : "FLOAT(" + precision + ")";
    return result;
  }
  if (class_name == "Interval" || class_name == "INTERVAL") {
    const std::string precision = number_argument(call, 99, "precision");
    const Expression* fields = call.keyword("fields");
    result.sql = "INTERVAL";
    if (fields != nullptr && !fields->is_none()) result.sql += " " + string_argument(fields, "fields");
    if (!precision.empty()) result.sql += "(" + precision + ")";
    return result;
  }
  if (class_name == "BIT") {
    const std::string length = number_argument(call, 0, "length");
    result.sql = flag(call.keyword("varying"), false) ? "BIT VARYING" : "BIT";
    if (!length.empty()) result.sql += "(" + length + ")";
    return result;
  }
  if (class_name == "ARRAY") {
    const Expression* item = call.argument(0, "item_type");
    if (item == nullptr) throw NotUnderstood("`" + type.source + "` names no item type");
    SqlType element = sql_type(*item);
    element.sql += "[]";
    element.integer = false;
    element.serial.clear();
    return element;
  }
  if (class_name == "Enum" || class_name == "ENUM") return enum_type(call, class_name);
  // Not a type driftgate knows: keep it by name (quoted so PostgreSQL's case is kept), never guess.
  result.sql = model::quote_ident(class_name);
  result.unknown_name = type.text;
  return result;
}

}  // namespace driftgate::alembic
