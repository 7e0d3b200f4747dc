// Constraints: PK, unique (INCLUDE, NULLS NOT DISTINCT), FK (actions, match, deferrable,
// SET NULL column list), check (NO INHERIT, NOT VALID), exclusion; comments.
#include <catch2/catch.hpp>

#include "introspect/introspect_helpers.hpp"

using namespace driftgate;
using namespace driftgate::test;

TEST_CASE("every constraint kind with its options", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE EXTENSION btree_gist;
    CREATE SCHEMA app;
    CREATE TABLE app.parent (
      id int PRIMARY KEY,
      code text,
      region int,
      CONSTRAINT parent_code_region_key UNIQUE (code, region) INCLUDE (id),
      CONSTRAINT parent_code_nnd UNIQUE NULLS NOT DISTINCT (code)
    );
    CREATE TABLE app.child (
      id int,
      parent_id int,
      code text,
      region int,
      during tstzrange,
      CONSTRAINT child_pk PRIMARY KEY (id) INCLUDE (code),
      CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES app.parent (id)
        ON DELETE CASCADE ON UPDATE RESTRICT DEFERRABLE INITIALLY DEFERRED,
      CONSTRAINT child_full_fk FOREIGN KEY (code, region) REFERENCES app.parent (code, region)
        MATCH FULL ON DELETE SET NULL (code) ON UPDATE SET DEFAULT,
      CONSTRAINT child_id_check CHECK (id > 0) NO INHERIT,
      CONSTRAINT child_excl EXCLUDE USING gist (region WITH =, during WITH &&) WHERE (id > 10)
    );
    CREATE TABLE app.plain_fk (parent_id int REFERENCES app.parent DEFERRABLE);
    ALTER TABLE app.child ADD CONSTRAINT child_late CHECK (region < 100) NOT VALID;
    CREATE TABLE app."Odd Table" ("Parent" int);
    ALTER TABLE app."Odd Table" ADD CONSTRAINT "Odd FK" FOREIGN KEY ("Parent")
      REFERENCES app.parent NOT VALID;
    COMMENT ON CONSTRAINT child_parent_fk ON app.child IS 'fk comment';
  )sql");
  auto catalog = introspect_db(db);
  const auto& parent = table_in(catalog, "app", "parent");
  const auto& child = table_in(catalog, "app", "child");

  const auto& pkey = constraint_in(parent, "parent_pkey");
  CHECK(pkey.kind == model::ConstraintKind::PrimaryKey);
  CHECK(pkey.columns == std::vector<std::string>{"id"});
  CHECK(pkey.include.empty());
  CHECK_FALSE(pkey.no_inherit);

  const auto& uq = constraint_in(parent, "parent_code_region_key");
  CHECK(uq.kind == model::ConstraintKind::Unique);
  CHECK(uq.columns == std::vector<std::string>{"code", "region"});
  CHECK(uq.include == std::vector<std::string>{"id"});
  CHECK_FALSE(uq.nulls_not_distinct);
  CHECK(constraint_in(parent, "parent_code_nnd").nulls_not_distinct);

  const auto& pk = constraint_in(child, "child_pk");
  CHECK(pk.columns == std::vector<std::string>{"id"});
  CHECK(pk.include == std::vector<std::string>{"code"});

  const auto& fk = constraint_in(child, "child_parent_fk");
  CHECK(fk.kind == model::ConstraintKind::ForeignKey);
  CHECK(fk.columns == std::vector<std::string>{"parent_id"});
  REQUIRE(fk.foreign_key);
  CHECK(fk.foreign_key->ref_table == model::QualifiedName{"app", "parent"});
  CHECK(fk.foreign_key->ref_columns == std::vector<std::string>{"id"});
  CHECK(fk.foreign_key->on_delete == model::ReferentialAction::Cascade);
  CHECK(fk.foreign_key->on_update == model::ReferentialAction::Restrict);
  CHECK(fk.foreign_key->match == model::MatchType::Simple);
  CHECK(fk.foreign_key->on_delete_columns.empty());
  CHECK(fk.deferrable);
  CHECK(fk.initially_deferred);
  CHECK_FALSE(fk.not_valid);
  CHECK(fk.comment == "fk comment");

  const auto& full = constraint_in(child, "child_full_fk");
  REQUIRE(full.foreign_key);
  CHECK(full.columns == std::vector<std::string>{"code", "region"});
  CHECK(full.foreign_key->ref_columns == std::vector<std::string>{"code", "region"});
  CHECK(full.foreign_key->match == model::MatchType::Full);
  CHECK(full.foreign_key->on_delete == model::ReferentialAction::SetNull);
  CHECK(full.foreign_key->on_delete_columns == std::vector<std::string>{"code"});
  CHECK(full.foreign_key->on_update == model::ReferentialAction::SetDefault);
  CHECK_FALSE(full.deferrable);

  const auto& plain =
      constraint_in(table_in(catalog, "app", "plain_fk"), "plain_fk_parent_id_fkey");
  REQUIRE(plain.foreign_key);
  CHECK(plain.foreign_key->on_delete == model::ReferentialAction::NoAction);
  CHECK(plain.foreign_key->on_update == model::ReferentialAction::NoAction);
  CHECK(plain.foreign_key->ref_columns == std::vector<std::string>{"id"});
  CHECK(plain.deferrable);
  CHECK_FALSE(plain.initially_deferred);

  const auto& check = constraint_in(child, "child_id_check");
  CHECK(check.kind == model::ConstraintKind::Check);
  CHECK(check.check == "(id > 0)");
  CHECK(check.no_inherit);
  CHECK_FALSE(check.not_valid);
  CHECK(check.columns.empty());

  const auto& late = constraint_in(child, "child_late");
  CHECK(late.check == "(region < 100)");
  CHECK(late.not_valid);
  CHECK_FALSE(late.no_inherit);

  const auto& excl = constraint_in(child, "child_excl");
  CHECK(excl.kind == model::ConstraintKind::Exclusion);
  REQUIRE(excl.exclusion);
  CHECK(excl.exclusion->method == "gist");
  CHECK(excl.exclusion->predicate == "(id > 10)");
  REQUIRE(excl.exclusion->elements.size() == 2);
  CHECK(excl.exclusion->elements[0].element == "region");
  CHECK(excl.exclusion->elements[0].op == "=");
  CHECK_FALSE(excl.exclusion->elements[0].is_expression);
  CHECK_FALSE(excl.exclusion->elements[0].opclass);  // gist_int4_ops is the default
  CHECK(excl.exclusion->elements[1].element == "during");
  CHECK(excl.exclusion->elements[1].op == "&&");

  const auto& odd = constraint_in(table_in(catalog, "app", "Odd Table"), "Odd FK");
  CHECK(odd.columns == std::vector<std::string>{"Parent"});
  CHECK(odd.not_valid);
  REQUIRE(odd.foreign_key);
  CHECK(odd.foreign_key->ref_table == model::QualifiedName{"app", "parent"});

  CHECK(child.constraints.size() == 6);
  // indexes behind constraints belong to the constraint
  CHECK(catalog.indexes.empty());
}
