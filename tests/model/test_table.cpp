#include <string>

#include <catch2/catch.hpp>

#include "model/table.hpp"

using driftgate::model::Column;
using driftgate::model::Table;

namespace {
Column column(const std::string& name, const std::string& type) {
  Column result;
  result.name = name;
  result.type = type;
  return result;
}
}  // namespace

TEST_CASE("find_column finds a column by its stored name, or nothing", "[model]") {
  Table table;
  table.columns = {column("id", "integer"), column("Email", "text")};
  REQUIRE(table.find_column("id") != nullptr);
  CHECK(table.find_column("id")->type == "integer");
  CHECK(table.find_column("Email") == &table.columns[1]);
  CHECK(table.find_column("email") == nullptr);  // names are exact: no case folding here
  CHECK(table.find_column("missing") == nullptr);

  table.find_column("id")->not_null = true;  // the non-const overload gives a mutable column
  CHECK(table.columns[0].not_null);
  const Table& read_only = table;
  CHECK(read_only.find_column("Email") == &table.columns[1]);
}
