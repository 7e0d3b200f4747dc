#include <catch2/catch.hpp>

#include "model/ddl.hpp"
#include "model/sample_catalog.hpp"

using namespace driftgate::model;

namespace {
Index index_on(const std::string& name, std::vector<IndexKey> keys) {
  Index index;
  index.name = {"app", name};
  index.table = {"app", "Users"};
  index.keys = std::move(keys);
  return index;
}
}  // namespace

TEST_CASE("create_index_sql writes the name, table, method and keys", "[model]") {
  CHECK(create_index_sql(index_on("users_email_idx",
                                  {{"email", false, std::nullopt, std::nullopt, false, false}})) ==
        "CREATE INDEX users_email_idx ON app.\"Users\" USING btree (email);");
  Index gist =
      index_on("Users During", {{"during", false, std::nullopt, std::nullopt, false, false}});
  gist.method = "gist";
  CHECK(create_index_sql(gist) ==
        "CREATE INDEX \"Users During\" ON app.\"Users\" USING gist (during);");
}

TEST_CASE("create_index_sql writes ordering only where it differs from the default", "[model]") {
  Index index = index_on("i", {{"a", false, std::nullopt, std::nullopt, false, false},
                               {"b", false, std::nullopt, std::nullopt, true, true},
                               {"c", false, std::nullopt, std::nullopt, false, true},
                               {"d", false, std::nullopt, std::nullopt, true, false}});
  CHECK(create_index_sql(index) ==
        "CREATE INDEX i ON app.\"Users\" USING btree (a, b DESC, c NULLS FIRST, d DESC NULLS "
        "LAST);");
}

TEST_CASE("create_index_sql writes expressions, collations, opclasses and every option",
          "[model]") {
  const Catalog sample = driftgate::test::full_sample_catalog();
  CHECK(create_index_sql(sample.indexes.at({"app", "users_lower_email_idx"})) ==
        "CREATE UNIQUE INDEX users_lower_email_idx ON app.users USING btree ((lower(email)) "
        "COLLATE \"C\" text_pattern_ops DESC NULLS LAST, handle NULLS FIRST) INCLUDE (status) "
        "NULLS NOT DISTINCT WHERE (status <> 'suspended'::app.status);");
  CHECK(index_definition_sql(sample.indexes.at({"app", "bookings_during_idx"})) ==
        "USING gist (during)");
}
