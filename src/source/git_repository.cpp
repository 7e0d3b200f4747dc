// The one place driftgate includes <git2.h>: every libgit2 handle is owned by a unique_ptr here.
#include "source/git_repository.hpp"

#include <algorithm>
#include <exception>

#include <git2.h>

#include "util/error.hpp"

namespace driftgate::source {
namespace {

/// Initialises libgit2 once per process (it stays initialised until exit).
void ensure_libgit2() {
  static const int initialised = git_libgit2_init();
  (void)initialised;
}

template <typename T, void (*Free)(T*)>
struct Freer {
  void operator()(T* handle) const { Free(handle); }
};
template <typename T, void (*Free)(T*)>
using Owned = std::unique_ptr<T, Freer<T, Free>>;

using OwnedObject = Owned<git_object, git_object_free>;
using OwnedCommit = Owned<git_commit, git_commit_free>;
using OwnedTree = Owned<git_tree, git_tree_free>;
using OwnedTreeEntry = Owned<git_tree_entry, git_tree_entry_free>;
using OwnedBlob = Owned<git_blob, git_blob_free>;

/// libgit2's description of the last failure on this thread.
std::string last_error() {
  const git_error* error = git_error_last();
  return error != nullptr && error->message != nullptr ? error->message : "unknown libgit2 error";
}

std::string oid_text(const git_oid* oid) {
  char text[GIT_OID_HEXSZ + 1] = {};
  git_oid_tostr(text, sizeof text, oid);
  return text;
}

git_oid parse_oid(const std::string& sha) {
  git_oid oid;
  if (git_oid_fromstr(&oid, sha.c_str()) != 0) {
    throw Error(ExitCode::Input, "'" + sha + "' is not a full object id (40 hex digits)");
  }
  return oid;
}

std::string without_trailing_slash(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

/// State shared with the C tree-walk callback (which must not throw).
struct WalkState {
  const DescendPredicate* descend = nullptr;
  std::vector<TreeBlob>* blobs = nullptr;
  std::exception_ptr failure;
};

int visit_tree_entry(const char* root, const git_tree_entry* entry, void* payload) {
  auto* state = static_cast<WalkState*>(payload);
  try {
    std::string path = std::string(root) + git_tree_entry_name(entry);
    git_filemode_t mode = git_tree_entry_filemode(entry);
    if (mode == GIT_FILEMODE_TREE) {
      return *state->descend && !(*state->descend)(path) ? 1 : 0;  // 1 skips the subtree
    }
    if (mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE) {
      state->blobs->push_back(TreeBlob{std::move(path), oid_text(git_tree_entry_id(entry))});
    }
    return 0;
  } catch (...) {
    state->failure = std::current_exception();
    return -1;
  }
}

}  // namespace

class GitRepository::Handle {
 public:
  explicit Handle(git_repository* repository) : repository_(repository) {}
  ~Handle() { git_repository_free(repository_); }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  [[nodiscard]] git_repository* get() const { return repository_; }

 private:
  git_repository* repository_;
};

GitRepository::GitRepository(std::unique_ptr<Handle> handle) : handle_(std::move(handle)) {}
GitRepository::GitRepository(GitRepository&&) noexcept = default;
GitRepository& GitRepository::operator=(GitRepository&&) noexcept = default;
GitRepository::~GitRepository() = default;

std::optional<GitRepository> GitRepository::discover(const std::filesystem::path& path) {
  ensure_libgit2();
  git_repository* repository = nullptr;
  int status = git_repository_open_ext(&repository, path.c_str(), 0, nullptr);
  if (status == GIT_ENOTFOUND) return std::nullopt;
  if (status != 0) {
    std::string message = last_error();
    std::string hint = message.find("not owned by current user") != std::string::npos
                           ? "mark it safe: git config --global --add safe.directory DIR"
                           : "check that the repository is readable and not corrupt";
    throw input_error("cannot open the git repository containing " + path.string() + ": " +
                      message + " (" + hint + ")");
  }
  return GitRepository(std::make_unique<Handle>(repository));
}

GitRepository GitRepository::open(const std::filesystem::path& path) {
  std::optional<GitRepository> repository = discover(path);
  if (!repository) {
    throw input_error(
        std::filesystem::absolute(path).lexically_normal().string() +
        " is not inside a git repository (git: sources need one; use `worktree` to read "
        "files on disk, or run inside a clone)");
  }
  return std::move(*repository);
}

std::filesystem::path GitRepository::workdir() const {
  const char* workdir = git_repository_workdir(handle_->get());
  return workdir == nullptr ? std::filesystem::path()
                            : std::filesystem::path(without_trailing_slash(workdir));
}

std::filesystem::path GitRepository::git_dir() const {
  return without_trailing_slash(git_repository_path(handle_->get()));
}

std::string GitRepository::display_name() const {
  std::filesystem::path root = workdir();
  return root.empty() ? git_dir().string() : root.string();
}

bool GitRepository::is_shallow() const { return git_repository_is_shallow(handle_->get()) == 1; }

std::string GitRepository::resolve(std::string_view revision) const {
  std::string spec(revision);
  if (spec.empty()) {
    throw input_error("empty revision for " + display_name() +
                      " (write one after git:, like git:HEAD)");
  }
  git_object* found = nullptr;
  int status = git_revparse_single(&found, handle_->get(), spec.c_str());
  OwnedObject object(found);
  if (status != 0) {
    std::string reason = last_error();
    std::string where = "'" + spec + "' in " + display_name();
    if (status == GIT_EAMBIGUOUS) {
      throw input_error("ambiguous revision " + where + ": " + reason +
                        " (write more characters of the SHA, or a branch or tag name)");
    }
    if (git_repository_head_unborn(handle_->get()) == 1) {
      throw input_error("unknown revision " + where +
                        ": the repository has no commits yet (commit the "
                        "definition first, or read the files on disk with `worktree`)");
    }
    if (is_shallow()) {
      throw input_error(
          "unknown revision " + where + ": " + reason + ". " + display_name() +
          " is a shallow clone: its history was cut off when it was fetched, and this "
          "revision is not in it (fetch the history: `git fetch --unshallow`; in CI: "
          "actions/checkout with fetch-depth: 0)");
    }
    throw input_error(
        "unknown revision " + where + ": " + reason +
        " (check `git log`; in CI fetch it first: actions/checkout with fetch-depth: 0)");
  }
  git_object* peeled = nullptr;
  if (git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT) != 0) {
    std::string kind = git_object_type2string(git_object_type(object.get()));
    throw input_error("revision '" + spec + "' in " + display_name() + " names a " + kind +
                      ", not a commit (give a commit, branch or tag: git:HEAD, git:v1.2)");
  }
  OwnedObject commit(peeled);
  return oid_text(git_object_id(commit.get()));
}

std::vector<TreeBlob> GitRepository::list_blobs(const std::string& commit_sha,
                                                const std::string& prefix,
                                                const DescendPredicate& descend) const {
  auto fail = [&](const std::string& what) {
    return input_error("cannot read " + what + " of commit " + commit_sha + " in " +
                       display_name() + ": " + last_error() +
                       " (check the repository with `git fsck`)");
  };
  git_oid oid = parse_oid(commit_sha);
  git_commit* found_commit = nullptr;
  if (git_commit_lookup(&found_commit, handle_->get(), &oid) != 0) throw fail("the commit");
  OwnedCommit commit(found_commit);
  git_tree* found_tree = nullptr;
  if (git_commit_tree(&found_tree, commit.get()) != 0) throw fail("the tree");
  OwnedTree tree(found_tree);

  std::string directory = without_trailing_slash(prefix);
  if (!directory.empty() && directory != "/") {
    git_tree_entry* found_entry = nullptr;
    int status = git_tree_entry_bypath(&found_entry, tree.get(), directory.c_str());
    if (status == GIT_ENOTFOUND) return {};
    if (status != 0) throw fail("'" + directory + "'");
    OwnedTreeEntry entry(found_entry);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_TREE) return {};
    git_tree* subtree = nullptr;
    if (git_tree_lookup(&subtree, handle_->get(), git_tree_entry_id(entry.get())) != 0) {
      throw fail("'" + directory + "'");
    }
    tree.reset(subtree);
  }
  if (descend && !descend("")) return {};

  std::vector<TreeBlob> blobs;
  WalkState state{&descend, &blobs, nullptr};
  int status = git_tree_walk(tree.get(), GIT_TREEWALK_PRE, visit_tree_entry, &state);
  if (state.failure) std::rethrow_exception(state.failure);
  if (status != 0) throw fail("the files under '" + directory + "'");
  std::sort(blobs.begin(), blobs.end(),
            [](const TreeBlob& a, const TreeBlob& b) { return a.path < b.path; });
  return blobs;
}

std::string GitRepository::read_blob(const std::string& blob_id) const {
  git_oid oid = parse_oid(blob_id);
  git_blob* found = nullptr;
  if (git_blob_lookup(&found, handle_->get(), &oid) != 0) {
    throw input_error("cannot read blob " + blob_id + " in " + display_name() + ": " +
                      last_error() + " (check the repository with `git fsck`)");
  }
  OwnedBlob blob(found);
  const auto* bytes = static_cast<const char*>(git_blob_rawcontent(blob.get()));
  return {bytes, static_cast<std::size_t>(git_blob_rawsize(blob.get()))};
}

std::string blob_id_of(std::string_view content) {
  ensure_libgit2();
  git_oid oid;
  if (git_odb_hash(&oid, content.data(), content.size(), GIT_OBJECT_BLOB) != 0) {
    throw Error(ExitCode::Input, "cannot hash content: " + last_error());
  }
  return oid_text(&oid);
}

}  // namespace driftgate::source
