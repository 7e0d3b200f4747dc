#include "config/project_location.hpp"

#include "util/error.hpp"

namespace driftgate::config {
namespace {

/// `path` with symbolic links resolved as far as it exists (so /tmp and /private/tmp agree).
std::filesystem::path resolved(const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::path canonical = std::filesystem::weakly_canonical(path, error);
  return error ? std::filesystem::absolute(path).lexically_normal() : canonical;
}

}  // namespace

std::string project_path_in_repository(const Config& config,
                                       const source::GitRepository& repository) {
  std::filesystem::path root = repository.workdir();
  if (root.empty()) return "";
  std::filesystem::path relative = resolved(config.project_dir).lexically_relative(resolved(root));
  std::string text = relative.generic_string();
  if (relative.empty() || text == ".." || text.starts_with("../")) {
    throw input_error("the project directory " + config.project_dir.string() +
                      " is outside the repository " + repository.display_name() +
                      " (run driftgate inside the repository, or give --config a "
                      "driftgate.toml inside it)");
  }
  return text == "." ? "" : text;
}

}  // namespace driftgate::config
