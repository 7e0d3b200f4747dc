// driftgate's entry point: the only place where errors become exit codes.
#include <cstdio>
#include <exception>
#include <string_view>

#include <fmt/format.h>

#include "cli/app.hpp"
#include "cli/exit_code.hpp"
#include "shadow/cleanup_watcher.hpp"
#include "util/error.hpp"

int main(int argc, char** argv) {
  // driftgate started by itself to undo a shadow's setup if this run is killed (cleanup_watcher.hpp).
  if (argc == 2 && std::string_view(argv[1]) == driftgate::shadow::kWatcherArgument) {
    return driftgate::shadow::run_cleanup_watcher();
  }
  try {
    return static_cast<int>(driftgate::cli::run(argc, argv));
  } catch (const driftgate::Error& e) {
    fmt::print(stderr, "driftgate: error: {}\n", e.what());
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    fmt::print(stderr, "driftgate: internal error: {}\nThis is a bug in driftgate; please report it.\n",
               e.what());
    return static_cast<int>(driftgate::ExitCode::Input);
  }
}
