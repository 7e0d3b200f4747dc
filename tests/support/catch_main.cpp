// The test binary's entry point: Catch2's, except when a shadow's CleanupWatcher started this
// binary as its watcher process (it starts /proc/self/exe, which in tests is this binary).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <string_view>

#include "shadow/cleanup_watcher.hpp"

int main(int argc, char* argv[]) {
  if (argc == 2 && std::string_view(argv[1]) == driftgate::shadow::kWatcherArgument) {
    return driftgate::shadow::run_cleanup_watcher();
  }
  return Catch::Session().run(argc, argv);
}
