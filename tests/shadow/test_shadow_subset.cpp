// shadow_subset picks what a shadow database must build to decide the undecided items, and
// nothing else; narrowed_to narrows the target alike.
#include <catch2/catch.hpp>

#include "parse/load_sql.hpp"
#include "shadow/shadow_subset.hpp"

using namespace driftgate;
using diff::DriftItem;
using diff::DriftKind;
using diff::ObjectKind;

namespace {

const char* const kDefinition = R"sql(
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
CREATE SEQUENCE app.loose_seq;
CREATE TABLE app.parents (id int PRIMARY KEY, name varchar(20) CHECK (name IN ('a', 'b')));
CREATE TABLE app.children (
    id serial PRIMARY KEY,
    parent_id int REFERENCES app.parents (id),
    mood app.mood,
    code varchar(10) CONSTRAINT code_kind CHECK (code IN ('x', 'y'))
);
CREATE TABLE app.unrelated (id int PRIMARY KEY, note text);
CREATE UNIQUE INDEX unrelated_note_key ON app.unrelated (note);
CREATE INDEX children_mood_idx ON app.children (mood);
CREATE VIEW app.named AS SELECT id, name FROM parents WHERE name IS NOT NULL;
CREATE VIEW app.named_twice AS SELECT n.id FROM app.named n;
SET search_path = app;
)sql";

DriftItem uncompared(ObjectKind kind, std::string table, std::string name) {
  DriftItem item;
  item.kind = DriftKind::Uncompared;
  item.object = {kind, "app", std::move(table), std::move(name)};
  item.attribute = diff::Attribute::Check;
  return item;
}

template <typename Map>
std::vector<std::string> names_of(const Map& objects) {
  std::vector<std::string> names;
  for (const auto& [name, object] : objects) names.push_back(name.schema + "." + name.name);
  return names;
}

}  // namespace

TEST_CASE("the shadow builds the table of an undecided CHECK: its columns and that CHECK", "[shadow]") {
  const auto definition = test::load_sql(kDefinition).catalog;
  const auto subset = shadow::shadow_subset(definition, {uncompared(ObjectKind::Constraint, "children", "code_kind")});
  CHECK(names_of(subset.tables) == std::vector<std::string>{"app.children"});
  CHECK(subset.views.empty());
  CHECK(subset.indexes.empty());
  const auto& children = subset.tables.at({"app", "children"});
  CHECK(children.constraints.count("code_kind") == 1);
  CHECK(children.constraints.count("children_parent_id_fkey") == 0);  // app.parents is left out
  // Only what the item is about besides the columns: no key, no default, no comment.
  CHECK(children.constraints.size() == 1);
  CHECK(children.columns.size() == 4);
  CHECK_FALSE(children.columns[0].default_expr.has_value());
  // Schemas, enums and sequences are always built; the serial's sequence keeps its owner.
  CHECK(subset.schemas.count("app") == 1);
  CHECK(subset.enums.count({"app", "mood"}) == 1);
  REQUIRE(subset.sequences.count({"app", "children_id_seq"}) == 1);
  CHECK(subset.sequences.at({"app", "children_id_seq"}).owned_by.has_value());
}

TEST_CASE("the shadow builds a view with the views and tables it reads, through the search_path", "[shadow]") {
  const auto definition = test::load_sql(kDefinition).catalog;
  DriftItem view = uncompared(ObjectKind::View, "", "named_twice");
  view.attribute = diff::Attribute::ViewDefinition;
  const auto subset = shadow::shadow_subset(definition, {view});
  CHECK(names_of(subset.views) == std::vector<std::string>{"app.named", "app.named_twice"});
  CHECK(names_of(subset.tables) == std::vector<std::string>{"app.parents"});
}

TEST_CASE("an undecided foreign key brings the table it references; an index brings its table", "[shadow]") {
  const auto definition = test::load_sql(kDefinition).catalog;
  DriftItem key = uncompared(ObjectKind::Constraint, "children", "children_parent_id_fkey");
  DriftItem index = uncompared(ObjectKind::Index, "", "unrelated_note_key");
  index.attribute = diff::Attribute::Keys;
  const auto subset = shadow::shadow_subset(definition, {key, index});
  CHECK(names_of(subset.tables) ==
        std::vector<std::string>{"app.children", "app.parents", "app.unrelated"});
  CHECK(subset.tables.at({"app", "children"}).constraints.count("children_parent_id_fkey") == 1);
  // The referenced table keeps the key the foreign key needs, and only that.
  CHECK(subset.tables.at({"app", "parents"}).constraints.count("parents_pkey") == 1);
  CHECK(subset.tables.at({"app", "parents"}).constraints.count("parents_name_check") == 0);
  CHECK(subset.tables.at({"app", "unrelated"}).constraints.empty());
  CHECK(names_of(subset.indexes) == std::vector<std::string>{"app.unrelated_note_key"});
}

TEST_CASE("decided items need no shadow, and the target is narrowed to what the shadow built", "[shadow]") {
  const auto definition = test::load_sql(kDefinition).catalog;
  DriftItem changed = uncompared(ObjectKind::Constraint, "children", "code_kind");
  changed.kind = DriftKind::Changed;
  changed.decided_by = normalize::DecidedBy::Shadow;
  const auto subset = shadow::shadow_subset(definition, {changed});
  CHECK(subset.tables.empty());

  const auto with_check = shadow::shadow_subset(definition, {uncompared(ObjectKind::Constraint, "parents", "parents_name_check")});
  const auto narrowed = shadow::narrowed_to(definition, with_check);
  CHECK(names_of(narrowed.tables) == std::vector<std::string>{"app.parents"});
  CHECK(narrowed.views.empty());
  CHECK(narrowed.indexes.empty());
}

TEST_CASE("an undecided default keeps that column's default, and the table's comment goes", "[shadow]") {
  const auto definition = test::load_sql(std::string(kDefinition) + "COMMENT ON TABLE app.children IS 'kids';\n").catalog;
  DriftItem item = uncompared(ObjectKind::Column, "children", "id");
  item.attribute = diff::Attribute::Default;
  const auto subset = shadow::shadow_subset(definition, {item});
  const auto& children = subset.tables.at({"app", "children"});
  CHECK(children.columns[0].default_expr.has_value());
  CHECK_FALSE(children.comment.has_value());
  CHECK(children.constraints.empty());
}
