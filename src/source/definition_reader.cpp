#include "source/definition_reader.hpp"

#include <algorithm>
#include <fstream>
#include <system_error>

#include "source/glob.hpp"
#include "util/error.hpp"

namespace driftgate::source {
namespace {

std::string join(const std::vector<std::string>& parts) {
  std::string joined;
  for (const std::string& part : parts) joined += (joined.empty() ? "" : ", ") + part;
  return joined;
}

Error no_file_matches(const std::vector<std::string>& globs, const std::string& where) {
  return input_error("no definition file matches " + join(globs) + " in " + where +
                     "; set [definition] paths in driftgate.toml");
}

std::string read_file_bytes(const std::filesystem::path& path) {
  std::error_code error;
  auto size = std::filesystem::file_size(path, error);
  std::ifstream in(path, std::ios::binary);
  std::string text(error ? 0 : static_cast<std::size_t>(size), '\0');
  if (error || !in || !in.read(text.data(), static_cast<std::streamsize>(text.size()))) {
    throw input_error("cannot read definition file " + path.string() + " (check its permissions)");
  }
  return text;
}

}  // namespace

DefinitionSnapshot read_definition_at_commit(const GitRepository& repository,
                                             std::string_view revision,
                                             const std::string& project_path,
                                             const std::vector<std::string>& globs) {
  DefinitionSnapshot snapshot;
  snapshot.revision = std::string(revision);
  snapshot.commit_sha = repository.resolve(revision);
  auto descend = [&](std::string_view directory) {
    return any_glob_may_match_below(globs, directory);
  };
  for (const TreeBlob& blob : repository.list_blobs(snapshot.commit_sha, project_path, descend)) {
    if (!any_glob_matches(globs, blob.path)) continue;
    snapshot.files.push_back(DefinitionFile{blob.path, repository.read_blob(blob.blob_id)});
  }
  if (snapshot.files.empty()) {
    std::string directory = project_path.empty() ? "the root" : project_path;
    throw no_file_matches(globs, directory + " of " + repository.display_name() + " at " +
                                     snapshot.revision + " (" + snapshot.commit_sha.substr(0, 12) +
                                     ")");
  }
  return snapshot;
}

DefinitionSnapshot read_definition_from_worktree(const std::filesystem::path& project_dir,
                                                 const std::vector<std::string>& globs) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(project_dir, error)) {
    throw input_error(
        "project directory " + project_dir.string() +
        " does not exist or is not a directory (check --config or the current directory)");
  }
  std::vector<fs::path> matches;
  fs::recursive_directory_iterator walk(project_dir, error);
  for (; !error && walk != fs::recursive_directory_iterator(); walk.increment(error)) {
    const fs::directory_entry& entry = *walk;
    std::error_code ignored;  // a dangling link is neither a directory nor a file: skip it
    std::string relative = entry.path().lexically_relative(project_dir).generic_string();
    if (entry.path().filename() == ".git") {
      if (entry.is_directory(ignored)) walk.disable_recursion_pending();
      continue;  // the repository itself (a directory, or a file in worktrees and submodules)
    }
    if (entry.is_directory(ignored)) {
      if (!any_glob_may_match_below(globs, relative)) walk.disable_recursion_pending();
    } else if (entry.is_regular_file(ignored) && any_glob_matches(globs, relative)) {
      matches.push_back(entry.path());
    }
  }
  if (error) {
    throw input_error("cannot list the files under " + project_dir.string() + ": " +
                      error.message() + " (check the directory's permissions)");
  }

  DefinitionSnapshot snapshot;
  snapshot.revision = "worktree";
  for (const fs::path& path : matches) {
    snapshot.files.push_back(
        DefinitionFile{path.lexically_relative(project_dir).generic_string(), ""});
  }
  std::sort(snapshot.files.begin(), snapshot.files.end(),
            [](const DefinitionFile& a, const DefinitionFile& b) { return a.path < b.path; });
  if (snapshot.files.empty())
    throw no_file_matches(globs, project_dir.string() + " (working tree)");
  for (DefinitionFile& file : snapshot.files) file.text = read_file_bytes(project_dir / file.path);
  return snapshot;
}

}  // namespace driftgate::source
