#include <set>
#include <string>
#include <vector>

#include "parse/builtin_functions.hpp"
#include "parse/builtin_types.hpp"
#include "parse/node_build.hpp"
#include "parse/node_walk.hpp"
#include "parse/normalize_rules.hpp"
#include "parse/pg_query_nodes.hpp"

namespace driftgate::parse {
namespace {

void set_names(PgQuery__Node**& names, std::size_t& count, const std::vector<std::string>& values,
               TreeArena& arena) {
  names = build::strings(arena, values);
  count = values.size();
}

/// Drops `pg_catalog.` always and the first schema when `keep_if` says the bare name could mean
/// something else; returns the names to use.
template <typename KeepIf>
std::vector<std::string> unqualified(const std::vector<std::string>& names, const NormalizeOptions& options,
                                     KeepIf keep_if) {
  if (names.size() != 2) return names;
  if (names[0] == "pg_catalog") return {names[1]};
  if (names[0] == options.first_schema && !keep_if(names[1])) return {names[1]};
  return names;
}

void canonicalize_function_name(PgQuery__FuncCall& call, TreeArena& arena, const NormalizeOptions& options) {
  // `x AT TIME ZONE z`, `SUBSTRING(x FROM 1)`…: the deparser writes the SQL syntax only for the
  // pg_catalog name, and both sides parse it the same way.
  if (call.funcformat == PG_QUERY__COERCION_FORM__COERCE_SQL_SYNTAX) return;
  const std::vector<std::string> names = string_values(nodes(call.funcname, call.n_funcname));
  const std::vector<std::string> result =
      unqualified(names, options, [](const std::string& name) { return is_builtin_function_name(name); });
  if (result != names) set_names(call.funcname, call.n_funcname, result, arena);
}

void canonicalize_operator_name(PgQuery__AExpr& expression, TreeArena& arena) {
  const std::vector<std::string> names = string_values(nodes(expression.name, expression.n_name));
  if (names.size() == 2 && names[0] == "pg_catalog") {
    set_names(expression.name, expression.n_name, {names[1]}, arena);
  }
}

void canonicalize_relation(PgQuery__RangeVar& relation, const NormalizeOptions& options) {
  const std::string_view schema = text_of(relation.schemaname);
  const std::string_view name = text_of(relation.relname);
  // Relations of pg_catalog are all called pg_…: a bare pg_… name may mean one of them.
  if (schema == "pg_catalog" || (!schema.empty() && schema == options.first_schema && name.substr(0, 3) != "pg_")) {
    relation.schemaname = nullptr;
  }
}

void canonicalize_collation(PgQuery__CollateClause& clause, TreeArena& arena) {
  const std::vector<std::string> names = string_values(nodes(clause.collname, clause.n_collname));
  if (names.size() == 2 && names[0] == "pg_catalog") {
    set_names(clause.collname, clause.n_collname, {names[1]}, arena);
  }
}

/// Builtin types the deparser writes by their SQL name when they are pg_catalog-qualified
/// (`pg_catalog.int4` → `int`, `pg_catalog.timestamptz` → `timestamp with time zone`); the
/// others read best bare (`text`, `jsonb`).
bool has_sql_name(const std::string& name) {
  static const std::set<std::string> kSqlNamed = {"bool",    "int2",      "int4",        "int8",
                                                  "float4",  "float8",    "numeric",     "varchar",
                                                  "bpchar",  "time",      "timetz",      "timestamp",
                                                  "timestamptz", "interval"};
  return kSqlNamed.count(name) != 0;
}

}  // namespace

void canonicalize_type_name(PgQuery__TypeName& type, TreeArena& arena, const NormalizeOptions& options) {
  if (type.pct_type || type.setof) return;
  const std::vector<std::string> names = string_values(nodes(type.names, type.n_names));
  if (names.empty()) return;
  std::string base = names.back();
  const bool in_pg_catalog = names.size() == 2 && names[0] == "pg_catalog";
  if ((names.size() == 1 || in_pg_catalog) && is_builtin_type_name(base)) {
    // `_int4` is the array type of int4, which PostgreSQL prints as `integer[]`.
    if (base.size() > 1 && base.front() == '_' && is_builtin_type_name(base.substr(1)) &&
        type.n_array_bounds == 0) {
      base.erase(0, 1);
      PgQuery__Integer* bound = arena.make<PgQuery__Integer>(PG_QUERY__INTEGER__INIT);
      bound->ival = -1;
      type.array_bounds = arena.make_array<PgQuery__Node*>(1);
      type.array_bounds[0] = build::node(arena, &bound->base);
      type.n_array_bounds = 1;
    }
    if (has_sql_name(base)) {
      set_names(type.names, type.n_names, {"pg_catalog", base}, arena);
    } else {
      set_names(type.names, type.n_names, {base}, arena);
    }
    return;
  }
  const std::vector<std::string> result =
      unqualified(names, options, [](const std::string& name) { return is_builtin_type_name(name); });
  if (result != names) set_names(type.names, type.n_names, result, arena);
}

void canonicalize_names(ExpressionTree& tree, const NormalizeOptions& options) {
  TreeArena& arena = tree.arena();
  visit_messages(tree.root(), [&](ProtobufCMessage* message) {
    const ProtobufCMessageDescriptor* type = message->descriptor;
    if (type == &pg_query__type_name__descriptor) {
      canonicalize_type_name(*reinterpret_cast<PgQuery__TypeName*>(message), arena, options);
    } else if (type == &pg_query__func_call__descriptor) {
      canonicalize_function_name(*reinterpret_cast<PgQuery__FuncCall*>(message), arena, options);
    } else if (type == &pg_query__a__expr__descriptor) {
      canonicalize_operator_name(*reinterpret_cast<PgQuery__AExpr*>(message), arena);
    } else if (type == &pg_query__range_var__descriptor) {
      canonicalize_relation(*reinterpret_cast<PgQuery__RangeVar*>(message), options);
    } else if (type == &pg_query__collate_clause__descriptor) {
      canonicalize_collation(*reinterpret_cast<PgQuery__CollateClause*>(message), arena);
    }
  });
}

}  // namespace driftgate::parse
