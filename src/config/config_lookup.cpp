#include "config/config_lookup.hpp"

#include "source/git_repository.hpp"

namespace driftgate::config {

namespace {

/// The nearest `driftgate.toml` from `start` upward, stopping at `stop` (inclusive).
std::optional<std::filesystem::path> nearest_config(const std::filesystem::path& start,
                                                    const std::filesystem::path& stop) {
  std::error_code error;
  for (auto dir = start;; dir = dir.parent_path()) {
    auto file = dir / "driftgate.toml";
    if (std::filesystem::is_regular_file(file, error)) return file;
    if (dir == stop || dir == dir.parent_path()) return std::nullopt;
  }
}

}  // namespace

Config load_config(const std::optional<std::filesystem::path>& config_file,
                   const std::filesystem::path& current_dir) {
  if (config_file)
    return read_config_file(config_file->is_absolute() ? *config_file : current_dir / *config_file);
  std::error_code error;
  auto here = std::filesystem::weakly_canonical(std::filesystem::absolute(current_dir), error);
  if (error) here = std::filesystem::absolute(current_dir).lexically_normal();
  std::optional<source::GitRepository> repository = source::GitRepository::discover(current_dir);
  std::filesystem::path root = repository ? repository->workdir() : std::filesystem::path();
  if (root.empty()) {
    if (auto file = nearest_config(here, here)) return read_config_file(*file);
    return default_config(here);
  }
  root = std::filesystem::weakly_canonical(root, error);
  // Inside the repository, the nearest driftgate.toml from here up to the root wins, so a
  // project in a subfolder (a monorepo, examples/) is found from its own directory.
  auto relative = here.lexically_relative(root);
  bool inside = !relative.empty() && *relative.begin() != "..";
  if (auto file = nearest_config(inside ? here : root, root)) return read_config_file(*file);
  return default_config(root);
}

}  // namespace driftgate::config
