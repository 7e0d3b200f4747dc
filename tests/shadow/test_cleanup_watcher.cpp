// The watcher process a shadow leaves behind to undo its setup: it runs its task when its owner
// ends without dismissing it, and not when dismissed.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "shadow/cleanup_watcher.hpp"
#include "support/temp_dir.hpp"

using namespace driftgate;
using namespace driftgate::test;

namespace {

// Waits up to ten seconds for `path` to disappear.
bool disappears(const std::filesystem::path& path) {
  for (int i = 0; i < 200; ++i) {
    if (!std::filesystem::exists(path)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

}  // namespace

TEST_CASE("a watcher whose owner ends without dismissing it runs its task", "[shadow]") {
  const TempDir temp;
  const auto folder = temp.path() / "driftgate-shadow-test";
  std::filesystem::create_directories(folder / "data");
  // The owner is a child process that starts the watcher and exits as if killed: no dismiss.
  const pid_t owner = fork();
  REQUIRE(owner >= 0);
  if (owner == 0) {
    auto* watcher = new shadow::CleanupWatcher(
        shadow::CleanupTask{"stop-server", {"/nonexistent-bindir", folder.string()}});
    (void)watcher;
    _exit(0);
  }
  int status = 0;
  REQUIRE(waitpid(owner, &status, 0) == owner);
  // No postmaster.pid: stopping is only removing the folder.
  CHECK(disappears(folder));
}

TEST_CASE("a dismissed watcher leaves everything as it is", "[shadow]") {
  const TempDir temp;
  const auto folder = temp.path() / "driftgate-shadow-test";
  std::filesystem::create_directories(folder / "data");
  {
    shadow::CleanupWatcher watcher(
        shadow::CleanupTask{"stop-server", {"/nonexistent-bindir", folder.string()}});
    watcher.dismiss();  // waits for the watcher to exit
  }
  CHECK(std::filesystem::exists(folder));
}

TEST_CASE("an unknown cleanup task is refused", "[shadow]") {
  CHECK_THROWS_AS(shadow::run_cleanup_task({"format-disk", {}}), std::invalid_argument);
  CHECK_THROWS_AS(shadow::run_cleanup_task({"stop-server", {"only-one-argument"}}),
                  std::invalid_argument);
}
