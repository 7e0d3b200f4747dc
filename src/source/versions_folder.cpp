#include "source/versions_folder.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "util/error.hpp"

namespace driftgate::source {
namespace {

/// `folder` without `./` and trailing slashes, '/'-separated.
std::string clean_folder(std::string folder) {
  std::replace(folder.begin(), folder.end(), '\\', '/');
  while (folder.starts_with("./")) folder.erase(0, 2);
  while (!folder.empty() && folder.back() == '/') folder.pop_back();
  return folder;
}

bool is_revision_candidate(std::string_view path) {
  if (!path.ends_with(".py")) return false;
  if (path.find("__pycache__/") != std::string_view::npos) return false;
  const auto slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return name != "__init__.py";
}

Error no_revision_files(const std::string& folder, const std::string& where) {
  return input_error("no Alembic revision file (*.py) found in " + folder + " " + where +
                     "; pass the versions folder with --alembic PATH (relative to the project directory) or set "
                     "[documentation] alembic in driftgate.toml");
}

}  // namespace

DefinitionSnapshot read_versions_at_commit(const GitRepository& repository, std::string_view revision,
                                           const std::string& project_path, const std::string& folder) {
  const std::string relative = clean_folder(folder);
  const std::string prefix = project_path.empty() ? relative : relative.empty() ? project_path : project_path + "/" + relative;
  DefinitionSnapshot snapshot;
  snapshot.revision = std::string(revision);
  snapshot.commit_sha = repository.resolve(revision);
  auto descend = [](std::string_view directory) {
    return directory.find("__pycache__") == std::string_view::npos;
  };
  for (const TreeBlob& blob : repository.list_blobs(snapshot.commit_sha, prefix, descend)) {
    if (!is_revision_candidate(blob.path)) continue;
    snapshot.files.push_back(DefinitionFile{relative.empty() ? blob.path : relative + "/" + blob.path,
                                            repository.read_blob(blob.blob_id)});
  }
  if (snapshot.files.empty()) {
    throw no_revision_files(relative.empty() ? "the project directory" : relative,
                            "at " + snapshot.revision + " (" + snapshot.commit_sha.substr(0, 12) + ") of " +
                                repository.display_name());
  }
  return snapshot;
}

DefinitionSnapshot read_versions_from_directory(const std::filesystem::path& project_dir, const std::string& folder) {
  const std::string relative = clean_folder(folder);
  const std::filesystem::path root = project_dir / relative;
  DefinitionSnapshot snapshot;
  snapshot.revision = "worktree";
  std::error_code error;
  if (!std::filesystem::is_directory(root, error)) {
    throw no_revision_files(root.string(), "(it is not a directory)");
  }
  for (auto it = std::filesystem::recursive_directory_iterator(root, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (!it->is_regular_file()) continue;
    const std::string path = std::filesystem::relative(it->path(), root).generic_string();
    if (!is_revision_candidate(path)) continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) throw input_error("cannot read revision file " + it->path().string() + " (check its permissions)");
    std::ostringstream text;
    text << in.rdbuf();
    snapshot.files.push_back(DefinitionFile{relative.empty() ? path : relative + "/" + path, text.str()});
  }
  std::sort(snapshot.files.begin(), snapshot.files.end(),
            [](const DefinitionFile& a, const DefinitionFile& b) { return a.path < b.path; });
  if (snapshot.files.empty()) throw no_revision_files(root.string(), "on disk");
  return snapshot;
}

}  // namespace driftgate::source
