#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace driftgate::source {

/// One file (a regular or executable blob) of a commit's tree.
struct TreeBlob {
  std::string path;     ///< relative to the listed prefix, '/'-separated
  std::string blob_id;  ///< the blob's full SHA, for read_blob
};

/// Decides, for a directory relative to the listed prefix ("" is the prefix itself), whether a
/// tree walk descends into it.
using DescendPredicate = std::function<bool(std::string_view directory)>;

/// A git repository opened through libgit2 (the only place driftgate touches libgit2). Reads
/// commits, trees and blobs without checking anything out; works for normal, bare, shallow
/// clones and linked worktrees. Move-only; the libgit2 handle is released with it.
class GitRepository {
 public:
  /// Opens the repository containing `path`, searching upward as git does. Throws an input
  /// error naming `path` when there is none.
  static GitRepository open(const std::filesystem::path& path);
  /// Like open(), but returns nothing instead of throwing when `path` is in no repository.
  static std::optional<GitRepository> discover(const std::filesystem::path& path);

  GitRepository(GitRepository&&) noexcept;
  GitRepository& operator=(GitRepository&&) noexcept;
  ~GitRepository();

  /// The working directory's root (no trailing slash); empty for a bare repository.
  [[nodiscard]] std::filesystem::path workdir() const;
  /// The git directory (`.git`, the bare repository itself, or a worktree's admin directory).
  [[nodiscard]] std::filesystem::path git_dir() const;
  /// How messages name the repository: its working directory, or its git directory when bare.
  [[nodiscard]] std::string display_name() const;
  /// Whether the repository is a shallow clone (history cut off at some commits).
  [[nodiscard]] bool is_shallow() const;

  /// The full SHA of the commit `revision` names — anything git accepts (HEAD, HEAD~2, a tag,
  /// a branch, origin/main, a short SHA), peeled to a commit. Throws an input error that says
  /// why it failed and what to do (fetch more history in CI, check `git log`).
  std::string resolve(std::string_view revision) const;

  /// Every blob under directory `prefix` ("" = the root) in the tree of commit `commit_sha`,
  /// recursively, sorted by path bytewise; paths are relative to `prefix`. Submodules and
  /// symbolic links are left out. A `prefix` that is missing or not a directory gives nothing.
  /// `descend` may prune subdirectories (never reading their trees).
  [[nodiscard]] std::vector<TreeBlob> list_blobs(const std::string& commit_sha,
                                                 const std::string& prefix,
                                                 const DescendPredicate& descend = {}) const;

  /// The bytes of the blob `blob_id`, as stored (no encoding conversion).
  [[nodiscard]] std::string read_blob(const std::string& blob_id) const;

 private:
  class Handle;
  explicit GitRepository(std::unique_ptr<Handle> handle);
  std::unique_ptr<Handle> handle_;
};

/// The git blob id (SHA-1 of `blob <size>\0<content>`) of `content`, in hex: a content hash
/// from the library already linked, for fingerprints that need no cryptographic strength.
std::string blob_id_of(std::string_view content);

}  // namespace driftgate::source
