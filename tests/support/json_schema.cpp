#include "support/json_schema.hpp"

#include <catch2/catch.hpp>

#include "support/run_command.hpp"
#include "support/temp_dir.hpp"

namespace driftgate::test {

SchemaValidation validate_against_schema(const std::string& json_text,
                                         const std::string& schema_file) {
  TempDir dir;
  dir.write("document.json", json_text);
  const std::string schema = std::string(DRIFTGATE_SOURCE_DIR) + "/schema/" + schema_file;
  // /usr/bin/python3 explicitly: it is the interpreter python3-jsonschema is installed for.
  const std::string validate =
      "import json, sys, jsonschema\n"
      "schema = json.load(open(sys.argv[1]))\n"
      "jsonschema.Draft202012Validator.check_schema(schema)\n"
      "errors = "
      "list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))\n"
      "for e in errors: print(e.json_path, e.message)\n"
      "sys.exit(1 if errors else 0)\n";
  auto result = run_command(
      {"/usr/bin/python3", "-c", validate, schema, (dir.path() / "document.json").string()});
  INFO("validator said: " << result.err);
  REQUIRE((result.exit_code == 0 || result.exit_code == 1));
  return SchemaValidation{result.exit_code == 0, result.out};
}

}  // namespace driftgate::test
