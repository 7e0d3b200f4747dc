// The embedded catalog queries and their per-version line selection.
#include <catch2/catch.hpp>

#include "introspect/query_text.hpp"

using namespace driftgate::introspect;

TEST_CASE("version markers keep the lines meant for the server", "[introspect]") {
  const std::string text =
      "SELECT a,\n"
      "       b AS x, --@since 150000\n"
      "       NULL AS x, --@before 150000\n"
      "       c\n";
  CHECK(query_for_version(text, 150004) == "SELECT a,\n       b AS x, --@since 150000\n       c\n");
  CHECK(query_for_version(text, 140010) ==
        "SELECT a,\n       NULL AS x, --@before 150000\n       c\n");
  CHECK(query_for_version(text, 150000) == query_for_version(text, 170002));
  CHECK(query_for_version("-- a comment --@ not a marker\nSELECT 1", 130000) ==
        "-- a comment --@ not a marker\nSELECT 1");
  CHECK_THROWS_AS(query_for_version("x --@since fifteen\n", 150000), std::logic_error);
}

TEST_CASE("every catalog query is embedded, ordered, and has both variants on 13 and 17",
          "[introspect]") {
  const auto& queries = embedded_queries();
  for (const char* file :
       {"schemas.sql", "extensions.sql", "enums.sql", "sequences.sql", "tables.sql", "columns.sql",
        "constraints.sql", "indexes.sql", "views.sql"}) {
    INFO(file);
    REQUIRE(queries.count(file) == 1);
    for (int version : {130000, 140000, 150000, 170000}) {
      auto text = catalog_query(file, version);
      CHECK(text.find("ORDER BY") != std::string::npos);
      // one variant of each versioned column survives
      CHECK((text.find("--@since 150000\n") == std::string::npos || version >= 150000));
      CHECK((text.find("--@before 150000\n") == std::string::npos || version < 150000));
    }
  }
  CHECK(catalog_query("indexes.sql", 140000).find("i.indnullsnotdistinct") == std::string::npos);
  CHECK(catalog_query("indexes.sql", 150000).find("i.indnullsnotdistinct") != std::string::npos);
  CHECK(catalog_query("constraints.sql", 140000).find("c.confdelsetcols") == std::string::npos);
  CHECK(catalog_query("constraints.sql", 150000).find("c.confdelsetcols") != std::string::npos);
  CHECK_THROWS_AS(catalog_query("nope.sql", 150000), std::logic_error);
}
