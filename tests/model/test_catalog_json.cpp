#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "model/catalog_json.hpp"
#include "model/ddl.hpp"
#include "model/sample_catalog.hpp"
#include "support/json_schema.hpp"
#include "support/golden_file.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"
#include "util/error.hpp"

using driftgate::model::Catalog;
using driftgate::model::catalog_from_json;
using driftgate::model::catalog_from_json_value;
using driftgate::model::catalog_to_json;
using driftgate::model::catalog_to_json_value;
using driftgate::model::JsonStyle;
using nlohmann::json;

namespace {

// A catalog holding one default-constructed object of every type, with every optional part
// present (also default-constructed): the JSON value of each field at its default.
Catalog default_valued_catalog() {
  using namespace driftgate::model;
  Catalog catalog;
  catalog.schemas[""] = Schema{};
  catalog.extensions[""] = Extension{};
  catalog.enums[{}] = EnumType{};
  Sequence sequence;
  sequence.owned_by = ColumnRef{};
  catalog.sequences[{}] = sequence;
  Table table;
  table.partition_of = QualifiedName{};
  Column column;
  column.identity_options = SequenceOptions{};
  table.columns.push_back(column);
  Constraint constraint;
  constraint.foreign_key = ForeignKey{};
  constraint.exclusion = Exclusion{};
  constraint.exclusion->elements.push_back(ExclusionElement{});
  table.constraints[""] = constraint;
  catalog.tables[{}] = table;
  Index index;
  index.keys.push_back(IndexKey{});
  catalog.indexes[{}] = index;
  catalog.views[{}] = View{};
  return catalog;
}

// Every leaf value of `value` by its path with array positions written as [] (an array of
// scalars, or an empty array, is a leaf itself).
void collect_leaves(const json& value, const std::string& path,
                    std::map<std::string, std::vector<json>>& leaves) {
  if (value.is_object()) {
    for (const auto& item : value.items())
      collect_leaves(item.value(), path + "/" + item.key(), leaves);
  } else if (value.is_array() && !value.empty() && value.front().is_object()) {
    for (const auto& element : value) collect_leaves(element, path + "/[]", leaves);
  } else {
    leaves[path].push_back(value);
  }
}

// The input Error catalog_from_json throws for `document`, as text ("" when it throws none).
std::string read_error(const std::string& text) {
  try {
    catalog_from_json(text, "snap.json");
  } catch (const driftgate::Error& error) {
    CHECK(error.code() == driftgate::ExitCode::Input);
    return error.what();
  }
  return "";
}

std::string read_error(const json& document) { return read_error(document.dump()); }

json sample_document() { return catalog_to_json_value(driftgate::test::full_sample_catalog()); }

// Index of the table `schema.name` in the document's "tables" array.
std::size_t table_position(const json& document, const std::string& schema,
                           const std::string& name) {
  for (std::size_t i = 0; i < document["tables"].size(); ++i) {
    if (document["tables"][i]["schema"] == schema && document["tables"][i]["name"] == name)
      return i;
  }
  FAIL("no table " << schema << "." << name << " in the sample");
  return 0;
}

}  // namespace

TEST_CASE("the JSON form of an empty catalog is its version tag and empty arrays", "[model]") {
  CHECK(catalog_to_json(Catalog{}, JsonStyle::Compact) ==
        "{\"enums\":[],\"extensions\":[],\"format\":\"driftgate.model/1\",\"indexes\":[],"
        "\"schemas\":[],\"sequences\":[],\"tables\":[],\"views\":[]}\n");
  CHECK(catalog_from_json(catalog_to_json(Catalog{}, JsonStyle::Pretty), "empty.json") ==
        Catalog{});
}

TEST_CASE("the full sample catalog sets every field of every model type", "[model]") {
  // Guards the round-trip test below: a field the sample leaves at its default would not be
  // proven to survive JSON.
  std::map<std::string, std::vector<json>> defaults;
  collect_leaves(catalog_to_json_value(default_valued_catalog()), "", defaults);
  std::map<std::string, std::vector<json>> sample;
  collect_leaves(sample_document(), "", sample);
  REQUIRE(defaults.size() > 90);
  for (const auto& [path, default_values] : defaults) {
    if (path == "/format") continue;
    INFO("field " << path << " (default " << default_values.front().dump() << ")");
    REQUIRE(sample.count(path) == 1);
    const auto& values = sample.at(path);
    CHECK(std::any_of(values.begin(), values.end(),
                      [&](const json& value) { return value != default_values.front(); }));
  }
}

TEST_CASE("JSON round trip of the full sample catalog is lossless", "[model]") {
  const Catalog sample = driftgate::test::full_sample_catalog();
  for (JsonStyle style : {JsonStyle::Pretty, JsonStyle::Compact}) {
    const std::string text = catalog_to_json(sample, style);
    const Catalog back = catalog_from_json(text, "sample.json");
    CHECK(back == sample);
    // Re-serialising what was read gives the very same bytes.
    CHECK(catalog_to_json(back, style) == text);
  }
  CHECK(catalog_to_json(sample, JsonStyle::Pretty) == catalog_to_json(sample, JsonStyle::Pretty));
  CHECK(json::parse(catalog_to_json(sample, JsonStyle::Compact)) == catalog_to_json_value(sample));
}

TEST_CASE("the JSON form writes enums as lower-case words and objects sorted by identity",
          "[model]") {
  const json document = sample_document();
  const std::string text = document.dump();
  for (const char* word : {"\"primary_key\"", "\"foreign_key\"", "\"exclusion\"", "\"no_action\"",
                           "\"set_null\"", "\"cascade\"", "\"by_default\"", "\"always\"",
                           "\"full\"", "\"partitioned\"", "\"partition\""}) {
    INFO(word);
    CHECK(text.find(word) != std::string::npos);
  }
  std::vector<std::pair<std::string, std::string>> tables;
  for (const auto& table : document["tables"]) tables.emplace_back(table["schema"], table["name"]);
  CHECK(std::is_sorted(tables.begin(), tables.end()));
  CHECK(tables.front() == std::pair<std::string, std::string>{"Audit Trail", "Log Entries"});
  // Non-ASCII text is written as UTF-8, not \u escapes.
  CHECK(catalog_to_json(driftgate::test::full_sample_catalog(), JsonStyle::Compact)
            .find("\"naïve\"") != std::string::npos);
}

TEST_CASE("the JSON form of the full sample catalog matches its golden file", "[model]") {
  driftgate::test::check_golden(
      "model/full_sample.json",
      catalog_to_json(driftgate::test::full_sample_catalog(), JsonStyle::Pretty));
}

TEST_CASE("catalog_from_json refuses text that is not JSON", "[model]") {
  const std::string message =
      read_error(std::string("{\"format\": \"driftgate.model/1\",\n  oops"));
  CHECK_THAT(message,
             Catch::StartsWith("snap.json: not valid JSON: parse error at line 2, column"));
  CHECK_THAT(read_error(std::string("")), Catch::StartsWith("snap.json: not valid JSON"));
}

TEST_CASE("catalog_from_json refuses a missing or different format version", "[model]") {
  CHECK(read_error(json::array()) ==
        "snap.json: /: expected an object with \"format\": \"driftgate.model/1\", found an array "
        "(a model snapshot is written by `driftgate inspect SOURCE --format json`; write it "
        "again)");
  json document = sample_document();
  document.erase("format");
  CHECK_THAT(read_error(document),
             Catch::StartsWith("snap.json: /: this is not a driftgate model: it has no \"format\" "
                               "key (expected \"format\": \"driftgate.model/1\")"));
  document["format"] = "driftgate.model/2";
  CHECK_THAT(read_error(document),
             Catch::StartsWith("snap.json: /format: expected \"driftgate.model/1\" (this driftgate "
                               "reads only that model format version), found the string "
                               "\"driftgate.model/2\""));
  document["format"] = "driftgate.report/1";
  CHECK_THAT(read_error(document), Catch::Contains("found the string \"driftgate.report/1\""));
  document["format"] = 1;
  CHECK_THAT(read_error(document), Catch::Contains("/format: expected \"driftgate.model/1\""));
}

TEST_CASE("catalog_from_json names the JSON path and what it expected there", "[model]") {
  const json sample = sample_document();
  const std::size_t users = table_position(sample, "app", "users");
  const std::string users_path = "/tables/" + std::to_string(users);

  struct Case {
    std::string pointer;  // what to change
    json value;           // its new value (null with erase = true removes it)
    bool erase;
    std::string expected;  // the message after "snap.json: "
  };
  const std::vector<Case> cases = {
      {users_path + "/columns/0/type", 5, false,
       users_path + "/columns/0/type: expected a non-empty string, found the integer 5"},
      {users_path + "/columns/0/type", "", false,
       users_path + "/columns/0/type: expected a non-empty string, found an empty string"},
      {users_path + "/columns/0/type", nullptr, true,
       users_path + "/columns/0: missing key \"type\""},
      {users_path + "/columns/0/colour", "red", false,
       users_path + "/columns/0: unexpected key \"colour\" (the keys here are: name, type, "
                    "collation, not_null, default_expr, identity, identity_options, generated, "
                    "comment, location)"},
      {users_path + "/columns/0/not_null", "yes", false,
       users_path + "/columns/0/not_null: expected true or false, found the string \"yes\""},
      {users_path + "/columns/0/identity", "sometimes", false,
       users_path + "/columns/0/identity: expected one of none, always, by_default, found the "
                    "string \"sometimes\""},
      {users_path + "/columns/1/identity_options", json::object(), false,
       users_path + "/columns/1/identity_options: expected null for a column whose identity is "
                    "\"none\", found an object"},
      {users_path + "/columns/0/identity_options/start", 9223372036854775808ULL, false,
       users_path + "/columns/0/identity_options/start: expected an integer between "
                    "-9223372036854775808 and 9223372036854775807, found the integer "
                    "9223372036854775808"},
      {users_path + "/columns/0/identity_options/cache", 1.5, false,
       users_path + "/columns/0/identity_options/cache: expected an integer between "
                    "-9223372036854775808 and 9223372036854775807, found the number 1.5"},
      {users_path + "/columns/0/identity_options/data_type", "numeric", false,
       users_path + "/columns/0/identity_options/data_type: expected one of smallint, integer, "
                    "bigint, found the string \"numeric\""},
      {users_path + "/columns/0/location/line", -3, false,
       users_path + "/columns/0/location/line: expected an integer between 0 and 2147483647, "
                    "found the integer -3"},
      {users_path + "/columns/1/name", "id", false,
       users_path + "/columns/1: column \"id\" is already defined at " + users_path + "/columns/0"},
      {users_path + "/constraints/0/kind", "primary", false,
       users_path + "/constraints/0/kind: expected one of primary_key, unique, foreign_key, "
                    "check, exclusion, found the string \"primary\""},
      {users_path + "/constraints/1/name", sample["tables"][users]["constraints"][0]["name"], false,
       users_path + "/constraints/1: constraint \"users_email_check\" appears twice in this table"},
      {users_path + "/constraints/0/check", nullptr, false,
       users_path + "/constraints/0/check: expected an expression for a check, found null"},
      {users_path + "/constraints/0/kind", "foreign_key", false,
       users_path + "/constraints/0/foreign_key: expected an object for a foreign key, found null"},
      {users_path + "/constraints/0/kind", "exclusion", false,
       users_path + "/constraints/0/exclusion: expected an object for an exclusion, found null"},
      {users_path + "/constraints/0/kind", "unique", false,
       users_path + "/constraints/0/columns: expected at least one column, found an array"},
      {users_path + "/kind", "partitioned", false,
       users_path +
           "/partition_key: expected the partition key of a partitioned table, found null"},
      {users_path + "/kind", "partition", false,
       users_path + "/partition_of: expected the parent and the bound of a partition, found null"},
      {users_path + "/columns", json::object(), false,
       users_path + "/columns: expected an array, found an object"},
      {users_path + "/constraints/0/columns", json::array({"ok", 7}), false,
       users_path + "/constraints/0/columns/1: expected a string, found the integer 7"},
      {"/schemas/0", "app", false, "/schemas/0: expected an object, found the string \"app\""},
      {"/schemas/1/name", sample["schemas"][0]["name"], false,
       "/schemas/1: \"Audit Trail\" is already defined at /schemas/0"},
      {"/tables/1/name", sample["tables"][0]["name"], false, ""},  // filled in below
      {"/sequences/1/owned_by/table", "app.invoices", false,
       "/sequences/1/owned_by/table: expected an object, found the string \"app.invoices\""},
      {"/indexes/0/keys", json::array(), false,
       "/indexes/0/keys: expected at least one key, found an array"},
      {"/views/0/definition", nullptr, false,
       "/views/0/definition: expected a non-empty string, found null"},
      {"/views", nullptr, true, "/: missing key \"views\""},
      {"/extra", json::array(), false,
       "/: unexpected key \"extra\" (the keys here are: format, schemas, extensions, enums, "
       "sequences, tables, indexes, views)"},
  };
  for (const auto& test_case : cases) {
    json document = sample;
    const json::json_pointer pointer(test_case.pointer);
    if (test_case.erase) {
      document[pointer.parent_pointer()].erase(pointer.back());
    } else {
      document[pointer] = test_case.value;
    }
    std::string expected = test_case.expected;
    if (expected.empty()) {
      // Two tables with the same schema and name: the second names the first.
      document["tables"][1]["schema"] = sample["tables"][0]["schema"];
      expected = "/tables/1: \"Audit Trail.Log Entries\" is already defined at /tables/0";
    }
    INFO("changed " << test_case.pointer);
    CHECK(read_error(document) ==
          "snap.json: " + expected +
              " (a model snapshot is written by `driftgate inspect SOURCE --format json`; write "
              "it again)");
  }
}

TEST_CASE("the JSON form validates against schema/model.schema.json", "[model]") {
  using driftgate::test::validate_against_schema;
  for (const std::string& text :
       {catalog_to_json(driftgate::test::full_sample_catalog(), JsonStyle::Pretty),
        catalog_to_json(Catalog{}, JsonStyle::Compact)}) {
    const auto validation = validate_against_schema(text, "model.schema.json");
    INFO(validation.errors);
    CHECK(validation.valid);
  }
  // The schema is strict enough to notice a missing key.
  json broken = sample_document();
  broken["tables"][0]["columns"][0].erase("type");
  const auto validation = validate_against_schema(broken.dump(), "model.schema.json");
  CHECK_FALSE(validation.valid);
  CHECK_THAT(validation.errors, Catch::Contains("'type' is a required property"));
}

TEST_CASE("catalog_from_json fails only with an input Error, whatever value is changed",
          "[model]") {
  // Every value of the sample (objects and arrays included) replaced in turn by values of
  // every other shape: reading either succeeds or throws driftgate::Error, never anything else,
  // and what it reads can be written as SQL.
  const json sample = sample_document();
  const json flat = sample.flatten();
  std::set<std::string> pointers;
  for (const auto& item : flat.items()) {
    // The leaf and each of its ancestors.
    std::string pointer = item.key();
    while (!pointer.empty()) {
      pointers.insert(pointer);
      pointer = pointer.substr(0, pointer.rfind('/'));
    }
  }
  REQUIRE(pointers.size() > 1000);
  const std::vector<json> replacements = {nullptr,       true,          -1, 1.5, "", "x",
                                          json::array(), json::object()};
  std::size_t errors = 0;
  for (const auto& pointer : pointers) {
    for (const auto& replacement : replacements) {
      json document = sample;
      document[json::json_pointer(pointer)] = replacement;
      try {
        const Catalog read = catalog_from_json_value(document, "snap.json");
        CHECK_FALSE(driftgate::model::catalog_to_sql(read).empty());
      } catch (const driftgate::Error& error) {
        ++errors;
        CHECK(error.code() == driftgate::ExitCode::Input);
      }
    }
  }
  CHECK(errors > pointers.size() * 5);
}
