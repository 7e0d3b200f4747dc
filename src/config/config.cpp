// The one place driftgate includes toml++: driftgate.toml → Config, with every mistake reported
// at its file:line:column.
#include "config/config.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <initializer_list>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "source/glob.hpp"
#include "util/error.hpp"

namespace driftgate::config {
namespace {

/// Keys that would put a database URL (and its password) in a committed file.
constexpr std::array<std::string_view, 7> url_keys = {
    "url", "uri", "dsn", "database_url", "connection_string", "conninfo", "password"};

/// Edit distance, to suggest the key that was probably meant.
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a number";
    case toml::node_type::boolean:
      return "a boolean";
    default:
      return "a date or time";
  }
}

bool is_variable_name(std::string_view name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front()))) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}

/// Reads one parsed file into a Config, failing at the first mistake with its location.
class ConfigReader {
 public:
  explicit ConfigReader(const std::filesystem::path& file) : file_(file) {}

  [[noreturn]] void fail(const toml::source_region& where, const std::string& message) const {
    throw input_error(file_.string() + ":" + std::to_string(where.begin.line) + ":" +
                      std::to_string(where.begin.column) + ": " + message);
  }

  /// Refuses keys of `table` (called `name` in messages) outside `allowed`.
  void check_keys(const toml::table& table, const std::string& name,
                  std::initializer_list<std::string_view> allowed) const {
    for (auto&& [key, value] : table) {
      if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
      if (std::find(url_keys.begin(), url_keys.end(), key.str()) != url_keys.end())
        refuse_url(key.source(), name + " " + std::string(key.str()));
      std::string expected;
      std::string suggestion;
      for (std::string_view candidate : allowed) {
        expected += (expected.empty() ? "" : ", ") + std::string(candidate);
        if (distance(candidate, key.str()) <= 2)
          suggestion = " (did you mean '" + std::string(candidate) + "'?)";
      }
      fail(key.source(), "unknown key '" + std::string(key.str()) + "' in " + name + suggestion +
                             "; expected " +
                             (expected.empty() ? "nothing" : "one of: " + expected));
    }
  }

  [[noreturn]] void refuse_url(const toml::source_region& where, const std::string& what) const {
    fail(where, what +
                    ": database URLs are never read from driftgate.toml (it is committed, and URLs "
                    "carry passwords); put the URL in an environment variable and name it in the "
                    "environment's table: url_env = \"DATABASE_URL\"");
  }

  [[nodiscard]] const toml::table& table_at(const toml::node& node, const std::string& name) const {
    if (!node.is_table()) fail(node.source(), name + " must be a table, found " + type_name(node));
    return *node.as_table();
  }

  [[nodiscard]] std::string string_at(const toml::node& node, const std::string& name,
                                      std::string_view example) const {
    if (!node.is_string()) {
      fail(node.source(), name + " must be a string, like " + std::string(example) + " (found " +
                              type_name(node) + ")");
    }
    std::string value = node.as_string()->get();
    if (value.starts_with("postgres://") || value.starts_with("postgresql://"))
      refuse_url(node.source(), name);
    return value;
  }

  [[nodiscard]] std::vector<std::string> strings_at(const toml::node& node, const std::string& name,
                                                    std::string_view example) const {
    std::string expectation =
        name + " must be a non-empty array of strings, like " + std::string(example);
    if (!node.is_array()) fail(node.source(), expectation + " (found " + type_name(node) + ")");
    const toml::array& array = *node.as_array();
    if (array.empty()) fail(node.source(), expectation + " (found an empty array)");
    std::vector<std::string> values;
    for (const toml::node& element : array) {
      if (!element.is_string())
        fail(element.source(), expectation + " (found " + type_name(element) + " in it)");
      values.push_back(string_at(element, name, example));
    }
    return values;
  }

  void read_definition(const toml::table& table, Config& config) const {
    check_keys(table, "[definition]", {"paths", "search_path"});
    if (const toml::node* paths = table.get("paths")) {
      config.definition_paths =
          strings_at(*paths, "[definition] paths", R"(paths = ["schema/**/*.sql"])");
      for (const std::string& glob : config.definition_paths) {
        if (auto problem = source::glob_problem(glob))
          fail(paths->source(), "[definition] paths: '" + glob + "' " + *problem);
      }
    }
    if (const toml::node* search_path = table.get("search_path")) {
      config.search_path =
          strings_at(*search_path, "[definition] search_path", R"(search_path = ["public"])");
    }
  }

  void read_documentation(const toml::table& table, Config& config) const {
    check_keys(table, "[documentation]", {"alembic"});
    if (const toml::node* alembic = table.get("alembic")) {
      config.alembic_versions = string_at(*alembic, "[documentation] alembic",
                                          R"(alembic = "src/backend/alembic/versions")");
    }
  }

  [[nodiscard]] EnvironmentConfig read_environment(const toml::key& name,
                                                   const toml::node& node) const {
    std::string table_name = "[environments." + std::string(name.str()) + "]";
    const toml::table& table = table_at(node, table_name);
    check_keys(table, table_name, {"url_env", "protected"});
    EnvironmentConfig environment{std::string(name.str()), "", Protection::Unprotected};
    const toml::node* url_env = table.get("url_env");
    if (url_env == nullptr) {
      fail(table.source(), table_name +
                               " needs url_env, the name of the environment variable holding its "
                               "database URL (like url_env = \"DATABASE_URL\")");
    }
    environment.url_env =
        string_at(*url_env, table_name + " url_env", R"(url_env = "DATABASE_URL")");
    if (!is_variable_name(environment.url_env)) {
      fail(url_env->source(), table_name +
                                  " url_env must name an environment variable (letters, digits "
                                  "and _, like DATABASE_URL), not hold a value");
    }
    if (const toml::node* flag = table.get("protected")) {
      if (!flag->is_boolean()) {
        fail(flag->source(),
             table_name + " protected must be true or false (found " + type_name(*flag) + ")");
      }
      environment.protection =
          flag->as_boolean()->get() ? Protection::Protected : Protection::Unprotected;
    }
    return environment;
  }

  void read_environments(const toml::table& table, Config& config) const {
    for (auto&& [name, node] : table) config.environments.push_back(read_environment(name, node));
    std::sort(
        config.environments.begin(), config.environments.end(),
        [](const EnvironmentConfig& a, const EnvironmentConfig& b) { return a.name < b.name; });
  }

  void read_promotion(const toml::table& table, Config& config) const {
    check_keys(table, "[promotion]", {"order"});
    const toml::node* order = table.get("order");
    if (order == nullptr) return;
    config.promotion_order =
        strings_at(*order, "[promotion] order", R"(order = ["dev", "staging", "production"])");
    std::set<std::string> seen;
    for (const std::string& name : config.promotion_order) {
      if (find_environment(config, name) == nullptr) {
        fail(order->source(), "[promotion] order names '" + name +
                                  "', which is not an environment; define "
                                  "[environments." +
                                  name + "] or remove it from the order");
      }
      if (!seen.insert(name).second)
        fail(order->source(), "[promotion] order lists '" + name + "' twice");
    }
  }

  void read_ignore(const toml::table& table, Config& config) const {
    check_keys(table, "[ignore]", {"objects"});
    if (const toml::node* objects = table.get("objects")) {
      config.ignored_objects =
          strings_at(*objects, "[ignore] objects", R"(objects = ["public.spatial_ref_sys"])");
    }
  }

  void read_shadow(const toml::table& table, Config& config) const {
    check_keys(table, "[shadow]", {"default"});
    if (const toml::node* value = table.get("default")) {
      config.shadow_default = string_at(*value, "[shadow] default", R"(default = "ephemeral")");
      if (config.shadow_default != "ephemeral" && config.shadow_default != "off") {
        fail(value->source(), "[shadow] default must be \"ephemeral\" or \"off\", not \"" +
                                  config.shadow_default + "\"");
      }
    }
  }

  void read(const toml::table& root, Config& config) const {
    check_keys(root, "the file's top level",
               {"definition", "documentation", "environments", "promotion", "ignore", "shadow"});
    if (const toml::node* node = root.get("shadow")) read_shadow(table_at(*node, "[shadow]"), config);
    if (const toml::node* node = root.get("definition"))
      read_definition(table_at(*node, "[definition]"), config);
    if (const toml::node* node = root.get("documentation")) {
      read_documentation(table_at(*node, "[documentation]"), config);
    }
    if (const toml::node* node = root.get("environments")) {
      read_environments(table_at(*node, "[environments]"), config);
    }
    if (const toml::node* node = root.get("promotion"))
      read_promotion(table_at(*node, "[promotion]"), config);
    if (const toml::node* node = root.get("ignore"))
      read_ignore(table_at(*node, "[ignore]"), config);
  }

 private:
  const std::filesystem::path& file_;
};

}  // namespace

Config default_config(const std::filesystem::path& project_dir) {
  Config config;
  config.project_dir = project_dir;
  return config;
}

Config parse_config(std::string_view text, const std::filesystem::path& file) {
  std::filesystem::path absolute = std::filesystem::absolute(file).lexically_normal();
  Config config = default_config(absolute.parent_path());
  config.file = absolute;
  toml::table root;
  try {
    root = toml::parse(text, file.string());
  } catch (const toml::parse_error& error) {
    throw input_error(file.string() + ":" + std::to_string(error.source().begin.line) + ":" +
                      std::to_string(error.source().begin.column) +
                      ": TOML syntax error: " + std::string(error.description()) +
                      " (correct the TOML at that line and column)");
  }
  ConfigReader(file).read(root, config);
  return config;
}

Config read_config_file(const std::filesystem::path& file) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    throw input_error("config file " + file.string() +
                      " does not exist or is not a file (check --config, or "
                      "leave it out to use driftgate.toml at the repository root)");
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in)
    throw input_error("cannot read config file " + file.string() + " (check its permissions)");
  return parse_config(text.str(), file);
}

const EnvironmentConfig* find_environment(const Config& config, std::string_view name) {
  for (const EnvironmentConfig& environment : config.environments) {
    if (environment.name == name) return &environment;
  }
  return nullptr;
}

}  // namespace driftgate::config
