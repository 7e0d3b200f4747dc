#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "parse/load_sql.hpp"
#include "support/run_command.hpp"
#include "support/test_database.hpp"

namespace {

// Every constraint, standalone index and standalone sequence of the user schemas, by the names
// PostgreSQL gave them. Left out, as the model leaves them out: what a partition inherits from
// its parent, the indexes behind constraints, and identity sequences.
constexpr const char* kNamesQuery = R"SQL(
SELECT item FROM (
  SELECT 'constraint ' || n.nspname || '.' || t.relname || ' ' || c.conname || ' ' || c.contype::text AS item
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = c.connamespace
   WHERE n.nspname IN ('public', 's2') AND c.conislocal AND c.conparentid = 0
  UNION ALL
  SELECT 'index ' || n.nspname || '.' || i.relname || ' on ' || t.relname
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = i.relnamespace
   WHERE n.nspname IN ('public', 's2')
     AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid AND c.conrelid = t.oid
                       AND c.contype IN ('p', 'u', 'x'))
     AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.oid)
  UNION ALL
  SELECT 'sequence ' || n.nspname || '.' || s.relname
    FROM pg_class s JOIN pg_namespace n ON n.oid = s.relnamespace
   WHERE s.relkind = 'S' AND n.nspname IN ('public', 's2')
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = s.oid AND d.deptype = 'i')
) names ORDER BY item COLLATE "C"
)SQL";

char constraint_letter(driftgate::model::ConstraintKind kind) {
  switch (kind) {
    case driftgate::model::ConstraintKind::PrimaryKey: return 'p';
    case driftgate::model::ConstraintKind::Unique: return 'u';
    case driftgate::model::ConstraintKind::ForeignKey: return 'f';
    case driftgate::model::ConstraintKind::Check: return 'c';
    case driftgate::model::ConstraintKind::Exclusion: return 'x';
  }
  return '?';
}

std::vector<std::string> model_names(const driftgate::model::Catalog& catalog) {
  std::vector<std::string> names;
  for (const auto& [key, table] : catalog.tables) {
    for (const auto& [name, constraint] : table.constraints) {
      names.push_back("constraint " + key.schema + "." + key.name + " " + name + " " +
                      constraint_letter(constraint.kind));
    }
  }
  for (const auto& [key, index] : catalog.indexes) {
    names.push_back("index " + key.schema + "." + key.name + " on " + index.table.name);
  }
  for (const auto& [key, sequence] : catalog.sequences) names.push_back("sequence " + key.schema + "." + key.name);
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> database_names(const driftgate::test::TestDatabase& database) {
  const auto result = driftgate::test::run_command(
      {driftgate::test::pg_bindir() + "/psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-d", database.url(), "-c",
       kNamesQuery});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  std::vector<std::string> names;
  std::istringstream lines(result.out);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) names.push_back(line);
  }
  return names;
}

}  // namespace

TEST_CASE("implicit names match the ones PostgreSQL chooses", "[parse][db]") {
  const std::string sql = driftgate::test::read_parse_fixture("implicit_names.sql");
  driftgate::test::TestDatabase database;
  database.run_sql(sql);
  const std::vector<std::string> expected = database_names(database);
  REQUIRE(expected.size() > 60);

  const auto loaded = driftgate::test::load_sql(sql, "schema/implicit_names.sql");
  const std::vector<std::string> actual = model_names(loaded.catalog);

  std::vector<std::string> missing;
  std::vector<std::string> unexpected;
  std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(), std::back_inserter(missing));
  std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(), std::back_inserter(unexpected));
  CHECK(missing == std::vector<std::string>{});
  CHECK(unexpected == std::vector<std::string>{});
}

TEST_CASE("two columns of one statement that PostgreSQL gives one sequence name fail as in PostgreSQL", "[parse]") {
  const std::string table(40, 'x');
  const std::string column(40, 'y');
  const std::string error = driftgate::test::load_error(
      "CREATE TABLE " + table + " (" + column + "a serial, " + column + "b serial);");
  CHECK_THAT(error, Catch::Contains("sequence public." + table.substr(0, 29) + "_" + column.substr(0, 29) +
                                    "_seq is defined twice"));
}
