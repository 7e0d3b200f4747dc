// The tasks a CleanupWatcher can run, by name: what the watcher process does when driftgate
// ended without undoing what it set up.
#include <stdexcept>

#include "shadow/cleanup_watcher.hpp"
#include "shadow/ephemeral_server.hpp"
#include "shadow/shadow_database.hpp"

namespace driftgate::shadow {

void run_cleanup_task(const CleanupTask& task) {
  if (task.kind == "stop-server" && task.args.size() == 2) {
    stop_ephemeral_server(task.args[0], task.args[1]);
  } else if (task.kind == "drop-database" && task.args.size() == 2) {
    drop_shadow_database(task.args[0], task.args[1]);
  } else {
    throw std::invalid_argument("unknown cleanup task " + task.kind);
  }
}

}  // namespace driftgate::shadow
