// Enum types: labels in sort order, including values added later BEFORE others.
#include <catch2/catch.hpp>

#include "introspect/introspect_helpers.hpp"

using namespace driftgate;
using namespace driftgate::test;

TEST_CASE("enum labels come in their sort order, not their creation order", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE TYPE public.size AS ENUM ('small', 'large');
    ALTER TYPE public.size ADD VALUE 'medium' BEFORE 'large';
    ALTER TYPE public.size ADD VALUE 'tiny' BEFORE 'small';
    CREATE TYPE public.nothing AS ENUM ();
    COMMENT ON TYPE public.size IS 'shirt sizes';
  )sql");
  auto catalog = introspect_db(db);
  REQUIRE(catalog.enums.size() == 2);
  const auto& size = catalog.enums.at({"public", "size"});
  CHECK(size.labels == std::vector<std::string>{"tiny", "small", "medium", "large"});
  CHECK(size.comment == "shirt sizes");
  CHECK(catalog.enums.at({"public", "nothing"}).labels.empty());
}
