#include <catch2/catch.hpp>
#include <fstream>
#include <iostream>
#include <sstream>
#include "parse/load_sql.hpp"
#include "model/catalog_json.hpp"
#include "model/ddl.hpp"
TEST_CASE("explore", "[explore]") {
  const char* file = std::getenv("EXPLORE_SQL");
  std::ifstream in(file); std::stringstream ss; ss << in.rdbuf();
  try {
    auto result = driftgate::test::load_sql(ss.str(), file);
    if (std::getenv("EXPLORE_JSON")) std::cout << driftgate::model::catalog_to_json(driftgate::model::without_locations(result.catalog), driftgate::model::JsonStyle::Pretty) << "\n"; else std::cout << driftgate::model::catalog_to_sql(result.catalog) << "\n";
    for (auto& m : driftgate::test::messages(result.warnings)) std::cout << "WARN " << m << "\n";
    for (auto& m : driftgate::test::messages(result.skipped)) std::cout << "SKIP " << m << "\n";
  } catch (const std::exception& e) { std::cout << "ERROR: " << e.what() << "\n"; }
}
