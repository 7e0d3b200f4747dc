#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "parse/load_sql.hpp"
#include "support/run_command.hpp"
#include "support/test_database.hpp"

using namespace driftgate;

namespace {

std::string options_text(const model::SequenceOptions& options) {
  return options.data_type + " start " + std::to_string(options.start) + " by " + std::to_string(options.increment) +
         " min " + std::to_string(options.min_value) + " max " + std::to_string(options.max_value) + " cache " +
         std::to_string(options.cache) + (options.cycle ? " cycle" : "");
}

std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const std::string& part : parts) text.append(text.empty() ? "" : ",").append(part);
  return text;
}

/// One line per object and attribute, leaving out expression texts (PostgreSQL adds casts and
/// parentheses that a later normaliser removes) and locations; only whether an expression is
/// there counts.
std::vector<std::string> shape(const model::Catalog& catalog) {
  std::vector<std::string> lines;
  auto add = [&](std::string line) { lines.push_back(std::move(line)); };
  for (const auto& [name, schema] : catalog.schemas) add("schema " + name + " comment=" + schema.comment.value_or("-"));
  for (const auto& [name, extension] : catalog.extensions) {
    add("extension " + name + " in " + extension.schema + " version=" + extension.version.value_or("-"));
  }
  for (const auto& [name, type] : catalog.enums) {
    add("enum " + model::to_sql(name) + " (" + joined(type.labels) + ") comment=" + type.comment.value_or("-"));
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    add("sequence " + model::to_sql(name) + " " + options_text(sequence.options) + " owned_by=" +
        (sequence.owned_by ? model::to_sql(sequence.owned_by->table) + "." + sequence.owned_by->column : "-") +
        " comment=" + sequence.comment.value_or("-"));
  }
  for (const auto& [name, table] : catalog.tables) {
    const std::string prefix = "table " + model::to_sql(name);
    add(prefix + " kind=" + std::to_string(static_cast<int>(table.kind)) + " key=" + table.partition_key.value_or("-") +
        " of=" + (table.partition_of ? model::to_sql(*table.partition_of) : "-") +
        " bound=" + table.partition_bound.value_or("-") + " comment=" + table.comment.value_or("-"));
    for (const auto& column : table.columns) {
      add(prefix + " column " + column.name + " " + column.type + " collate=" + column.collation.value_or("-") +
          (column.not_null ? " not null" : " null") + (column.default_expr ? " default" : "") +
          (column.generated ? " generated" : "") + " identity=" + std::to_string(static_cast<int>(column.identity)) +
          (column.identity_options ? " " + options_text(*column.identity_options) : "") +
          " comment=" + column.comment.value_or("-"));
    }
    for (const auto& [constraint_name, constraint] : table.constraints) {
      std::string line = prefix + " constraint " + constraint_name + " kind=" +
                         std::to_string(static_cast<int>(constraint.kind)) + " (" + joined(constraint.columns) +
                         ") include (" + joined(constraint.include) + ")" +
                         (constraint.nulls_not_distinct ? " nulls not distinct" : "") +
                         (constraint.deferrable ? " deferrable" : "") +
                         (constraint.initially_deferred ? " deferred" : "") +
                         (constraint.not_valid ? " not valid" : "") + (constraint.no_inherit ? " no inherit" : "") +
                         (constraint.check ? " check" : "") + " comment=" + constraint.comment.value_or("-");
      if (constraint.foreign_key) {
        const auto& key = *constraint.foreign_key;
        line += " references " + model::to_sql(key.ref_table) + " (" + joined(key.ref_columns) + ") match=" +
                std::to_string(static_cast<int>(key.match)) + " delete=" +
                std::to_string(static_cast<int>(key.on_delete)) + " (" + joined(key.on_delete_columns) +
                ") update=" + std::to_string(static_cast<int>(key.on_update));
      }
      if (constraint.exclusion) {
        line += " exclude using " + constraint.exclusion->method;
        for (const auto& element : constraint.exclusion->elements) line += " " + element.element + " with " + element.op;
        line += constraint.exclusion->predicate ? " where" : "";
      }
      add(line);
    }
  }
  for (const auto& [name, index] : catalog.indexes) {
    std::string line = "index " + model::to_sql(name) + " on " + model::to_sql(index.table) +
                       (index.unique ? " unique" : "") + (index.nulls_not_distinct ? " nulls not distinct" : "") +
                       " using " + index.method;
    for (const auto& key : index.keys) {
      line += " [" + (key.is_expression ? std::string("expression") : key.element) +
              " collate=" + key.collation.value_or("-") + " opclass=" + key.opclass.value_or("-") +
              (key.descending ? " desc" : " asc") + (key.nulls_first ? " nulls first" : " nulls last") + "]";
    }
    line += " include (" + joined(index.include) + ")" + (index.predicate ? " where" : "") +
            " comment=" + index.comment.value_or("-");
    add(line);
  }
  for (const auto& [name, view] : catalog.views) {
    add(std::string(view.materialized ? "materialized view " : "view ") + model::to_sql(name) +
        " comment=" + view.comment.value_or("-"));
  }
  return lines;
}

std::vector<std::string> difference(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> result;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(result));
  return result;
}

}  // namespace

TEST_CASE("a pg_dump of every object kind loads into the model the definition gives", "[parse][db]") {
  const std::string definition = test::read_parse_fixture("every_object.sql");
  test::TestDatabase database;
  database.run_sql(definition);
  const auto dump = test::run_command(
      {test::pg_bindir() + "/pg_dump", "--schema-only", "--no-owner", "--dbname", database.url()});
  INFO(dump.err);
  REQUIRE(dump.exit_code == 0);

  const parse::LoadResult from_dump = test::load_sql(dump.out, "dump.sql");
  const parse::LoadResult from_definition = test::load_sql(definition, "schema/every_object.sql");
  CHECK(from_dump.warnings.empty());
  CHECK(from_definition.warnings.empty());

  SECTION("every object and implicit name of the definition is in the dump's model, and nothing else") {
    model::Catalog expected = from_definition.catalog;
    // pg_dump also writes the comment btree_gist's own script sets.
    expected.extensions.at("btree_gist").comment = from_dump.catalog.extensions.at("btree_gist").comment;
    std::vector<std::string> want = shape(expected);
    std::vector<std::string> got = shape(from_dump.catalog);
    std::sort(want.begin(), want.end());
    std::sort(got.begin(), got.end());
    CHECK(difference(want, got) == std::vector<std::string>{});
    CHECK(difference(got, want) == std::vector<std::string>{});
    CHECK(got.size() > 90);
  }

  SECTION("sample attributes read from the dump") {
    const model::Catalog& catalog = from_dump.catalog;
    const model::Table& users = catalog.tables.at({"app", "users"});
    CHECK(users.find_column("id")->type == "bigint");
    CHECK(users.find_column("id")->default_expr == "nextval('app.users_id_seq'::regclass)");
    CHECK(users.find_column("email")->type == "app.citext");
    CHECK(users.find_column("mood")->type == "\"MySchema\".\"Mood\"[]");
    CHECK(users.find_column("nickname")->type == "character varying(40)");
    CHECK(users.find_column("nickname")->collation == "\"C\"");
    CHECK(users.find_column("created_at")->type == "timestamp with time zone");
    CHECK(users.find_column("email")->not_null);
    CHECK_FALSE(users.find_column("score")->not_null);
    CHECK(users.constraints.at("users_email_key").columns == std::vector<std::string>{"email"});
    CHECK(users.constraints.count("users_score_check") == 1);
    CHECK(users.constraints.count("users_check") == 1);

    const model::Table& orders = catalog.tables.at({"app", "orders"});
    const auto& shop_key = orders.constraints.at("orders_shop_id_fkey");
    REQUIRE(shop_key.foreign_key);
    CHECK(shop_key.foreign_key->ref_table == model::QualifiedName{"app", "shops"});
    CHECK(shop_key.foreign_key->match == model::MatchType::Full);
    CHECK(shop_key.foreign_key->on_delete == model::ReferentialAction::SetNull);
    CHECK(shop_key.foreign_key->on_delete_columns == std::vector<std::string>{"shop_id"});
    CHECK(shop_key.foreign_key->on_update == model::ReferentialAction::Restrict);
    CHECK(shop_key.deferrable);
    CHECK(shop_key.initially_deferred);
    CHECK(orders.constraints.at("orders_user_id_fkey").foreign_key->on_delete == model::ReferentialAction::Cascade);
    CHECK(orders.constraints.at("orders_small").not_valid);
    CHECK(orders.constraints.at("orders_shop_owner_fkey").not_valid);
    CHECK(orders.constraints.at("orders_positive").no_inherit);
    CHECK(orders.constraints.at("orders_positive").comment == "no free lunch");
    CHECK(orders.constraints.at("orders_shop_id_during_excl").exclusion->elements.size() == 2);
    CHECK(orders.find_column("id")->identity == model::IdentityKind::ByDefault);
    CHECK(orders.find_column("total")->generated.has_value());

    const model::Column& shop_id = *catalog.tables.at({"app", "shops"}).find_column("id");
    CHECK(shop_id.identity == model::IdentityKind::Always);
    CHECK(shop_id.identity_options->start == 100);
    CHECK(shop_id.identity_options->increment == 5);
    CHECK(shop_id.identity_options->data_type == "integer");
    CHECK(shop_id.identity_options->max_value == 2147483647);

    const model::Table& events = catalog.tables.at({"app", "events"});
    CHECK(events.kind == model::TableKind::Partitioned);
    CHECK(events.partition_key == "RANGE (happened)");
    const model::Table& events_2023 = catalog.tables.at({"app", "events_2023"});
    CHECK(events_2023.kind == model::TableKind::Partition);
    CHECK(events_2023.partition_bound == "FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')");
    CHECK(events_2023.constraints.empty());  // its primary key belongs to the parent's
    CHECK(catalog.tables.at({"app", "events_other"}).partition_bound == "DEFAULT");
    CHECK(catalog.tables.at({"app", "regional_eu"}).partition_bound == "FOR VALUES IN ('de', 'fr')");
    CHECK(catalog.indexes.count({"app", "events_region_idx"}) == 1);
    CHECK(catalog.indexes.count({"app", "events_2023_region_idx"}) == 0);

    const model::Index& created = catalog.indexes.at({"app", "users_created_at_idx"});
    REQUIRE(created.keys.size() == 1);
    CHECK(created.keys[0].descending);
    CHECK_FALSE(created.keys[0].nulls_first);
    CHECK(created.predicate.has_value());
    const model::Index& amounts = catalog.indexes.at({"app", "orders_amount_expr_idx"});
    CHECK(amounts.keys[0].descending);
    CHECK(amounts.keys[0].nulls_first);
    CHECK(amounts.keys[1].is_expression);
    CHECK(catalog.indexes.at({"app", "orders_user_id_amount_idx"}).include == std::vector<std::string>{"amount"});
    CHECK(catalog.indexes.at({"app", "orders_invoice"}).nulls_not_distinct);
    CHECK(catalog.indexes.at({"app", "users_settings_idx"}).method == "gin");
    CHECK(catalog.indexes.at({"app", "users_nickname_idx"}).keys[0].opclass == "text_pattern_ops");

    const model::Sequence& invoices = catalog.sequences.at({"app", "invoice_numbers"});
    CHECK(invoices.options.data_type == "integer");
    CHECK(invoices.options.cycle);
    CHECK(invoices.owned_by == model::ColumnRef{{"app", "orders"}, "invoice"});
    CHECK(catalog.enums.at({"app", "status"}).labels ==
          std::vector<std::string>{"draft", "new", "active", "closed", "archived"});
    CHECK(catalog.views.at({"app", "order_totals"}).materialized);
    CHECK(catalog.schemas.at("app").comment == "the application");
    CHECK(catalog.extensions.at("citext").schema == "app");
  }

  SECTION("what pg_dump writes besides the schema is skipped, never silently") {
    bool saw_meta_command = false;
    bool saw_set = false;
    for (const auto& skipped : from_dump.skipped) {
      saw_meta_command = saw_meta_command || skipped.message.rfind("psql meta-command", 0) == 0;
      saw_set = saw_set || skipped.message.rfind("SET statement_timeout", 0) == 0;
    }
    CHECK(saw_set);
    // pg_dump 15.14 and later fence the script with \restrict … \unrestrict.
    if (dump.out.find("\n\\restrict ") != std::string::npos) CHECK(saw_meta_command);
  }
}
