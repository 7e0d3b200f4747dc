#include "config/config_lookup.hpp"

#include "source/git_repository.hpp"

namespace driftgate::config {

Config load_config(const std::optional<std::filesystem::path>& config_file,
                   const std::filesystem::path& current_dir) {
  if (config_file)
    return read_config_file(config_file->is_absolute() ? *config_file : current_dir / *config_file);
  std::optional<source::GitRepository> repository = source::GitRepository::discover(current_dir);
  std::filesystem::path root = repository ? repository->workdir() : std::filesystem::path();
  if (root.empty())
    return default_config(std::filesystem::absolute(current_dir).lexically_normal());
  std::filesystem::path file = root / "driftgate.toml";
  std::error_code error;
  if (std::filesystem::exists(file, error)) return read_config_file(file);
  return default_config(root);
}

}  // namespace driftgate::config
