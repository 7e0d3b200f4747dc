#include "parse/type_key.hpp"

#include <vector>

#include "parse/pg_query_nodes.hpp"

namespace driftgate::parse {

std::string type_key(const PgQuery__TypeName& type) {
  std::string key;
  std::vector<std::string> names = string_values(nodes(type.names, type.n_names));
  if (names.size() == 2 && names[0] == "pg_catalog") names.erase(names.begin());
  for (const std::string& name : names) {
    if (!key.empty()) key += '.';
    key += name;
  }
  if (type.n_array_bounds > 0) key += "[]";
  return key;
}

TypeCategory type_category(const std::string& key, const NormalizeOptions& options) {
  if (key == "int2" || key == "int4" || key == "int8") {
    return TypeCategory::Integer;
  }
  if (key == "numeric") return TypeCategory::Numeric;
  if (key == "float4" || key == "float8") return TypeCategory::Float;
  if (key == "bool") return TypeCategory::Boolean;
  if (key == "text" || key == "varchar" || key == "bpchar" ||
      key == "name" || key == "char") {
    return TypeCategory::Verbatim;
  }
  if (key == "regclass") return TypeCategory::Regclass;
  if (options.verbatim_types.count(key) != 0) return TypeCategory::Verbatim;
  return TypeCategory::Reformatted;
}

}  // namespace driftgate::parse
