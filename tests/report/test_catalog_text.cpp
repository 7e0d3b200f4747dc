#include <catch2/catch.hpp>

#include "model/sample_catalog.hpp"
#include "report/catalog_text.hpp"
#include "support/golden_file.hpp"

using driftgate::model::Catalog;
using driftgate::report::catalog_to_text;
using driftgate::report::TreeGlyphs;

TEST_CASE("catalog_to_text of the full sample catalog matches its golden files", "[report]") {
  const Catalog sample = driftgate::test::full_sample_catalog();
  driftgate::test::check_golden("report/full_sample.txt",
                                catalog_to_text(sample, TreeGlyphs::Unicode));
  driftgate::test::check_golden("report/full_sample_ascii.txt",
                                catalog_to_text(sample, TreeGlyphs::Ascii));
}

TEST_CASE("catalog_to_text of an empty catalog is only the count line", "[report]") {
  CHECK(catalog_to_text(Catalog{}, TreeGlyphs::Unicode) ==
        "0 schemas, 0 extensions, 0 enums, 0 sequences, 0 tables, 0 constraints, 0 indexes, "
        "0 views, 0 materialized views\n");
}

TEST_CASE("catalog_to_text aligns columns and lists a table's constraints and indexes under it",
          "[report]") {
  using namespace driftgate::model;
  Catalog catalog;
  Table table;
  table.name = {"public", "users"};
  Column id;
  id.name = "id";
  id.type = "bigint";
  id.not_null = true;
  Column email;
  email.name = "Email";
  email.type = "text";
  email.comment = "where we write";
  table.columns = {id, email};
  Constraint pkey;
  pkey.name = "users_pkey";
  pkey.kind = ConstraintKind::PrimaryKey;
  pkey.columns = {"id"};
  table.constraints["users_pkey"] = pkey;
  catalog.tables[table.name] = table;
  Index index;
  index.name = {"public", "users_email_idx"};
  index.table = table.name;
  index.keys = {IndexKey{"Email", false, std::nullopt, std::nullopt, false, false}};
  catalog.indexes[index.name] = index;
  Index orphan = index;
  orphan.name = {"public", "gone_idx"};
  orphan.table = {"public", "gone"};
  catalog.indexes[orphan.name] = orphan;

  CHECK(catalog_to_text(catalog, TreeGlyphs::Ascii) ==
        "schema public\n"
        "|- table users\n"
        "|  |- id       bigint  not null\n"
        "|  |- \"Email\"  text    -- where we write\n"
        "|  |- constraint users_pkey  PRIMARY KEY (id)\n"
        "|  `- index users_email_idx  USING btree (\"Email\")\n"
        "`- index gone_idx  USING btree (\"Email\")  (on public.gone, which is not in the model)\n"
        "\n"
        "0 schemas, 0 extensions, 0 enums, 0 sequences, 1 table, 1 constraint, 2 indexes, "
        "0 views, 0 materialized views\n");
}

TEST_CASE("catalog_to_text shows a multi-line comment on one line", "[report]") {
  Catalog catalog;
  catalog.schemas["app"] = driftgate::model::Schema{"app", "first\nsecond", {}};
  CHECK(catalog_to_text(catalog, TreeGlyphs::Unicode) ==
        "schema app  -- first\\nsecond\n\n"
        "1 schema, 0 extensions, 0 enums, 0 sequences, 0 tables, 0 constraints, 0 indexes, "
        "0 views, 0 materialized views\n");
}
