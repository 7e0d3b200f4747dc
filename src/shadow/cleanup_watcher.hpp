#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <sys/types.h>

namespace driftgate::shadow {

/// What a watcher undoes when driftgate ends without doing it itself: a kind of task and its
/// arguments, run by run_cleanup_task (cleanup_tasks.cpp). It travels through a socket, never on
/// a command line, so a URL's password stays out of the process list.
struct CleanupTask {
  std::string kind;               ///< "stop-server" or "drop-database"
  std::vector<std::string> args;  ///< the kind's arguments (see cleanup_tasks.cpp)
};

/// A small process that outlives driftgate to undo what it set up (stop a throwaway server,
/// drop a shadow database) when driftgate ends without doing it itself: on SIGINT, SIGTERM,
/// even SIGKILL. It is driftgate's own binary started afresh (kWatcherArgument), not a fork:
/// a forked copy would leave all of driftgate's memory copy-on-write while it waits, and every
/// page driftgate wrote afterwards would fault. It reads its task from a socket only driftgate
/// holds; when the socket closes without dismiss(), it runs the task. It ignores the terminal's
/// signals and holds no inherited file but that socket.
class CleanupWatcher {
 public:
  /// Starts the watcher, which will run `task` unless dismissed.
  explicit CleanupWatcher(const CleanupTask& task);
  /// Dismisses the watcher (the owner cleans up itself, before or after).
  ~CleanupWatcher();
  CleanupWatcher(const CleanupWatcher&) = delete;
  CleanupWatcher& operator=(const CleanupWatcher&) = delete;

  /// Tells the watcher its task is not needed and waits for it to exit.
  void dismiss();

 private:
  int socket_ = -1;
  pid_t pid_ = -1;
};

/// The first argument that makes driftgate's main() run as a watcher (run_cleanup_watcher).
inline constexpr std::string_view kWatcherArgument = "--internal-cleanup-watcher";

/// The watcher process's body: detaches from the terminal, reads its task from standard input
/// (the socket), waits until driftgate dismisses it or the socket closes, and then runs the task.
/// Returns the process's exit status.
int run_cleanup_watcher();

/// Runs one task now: "stop-server" (bindir, directory) stops the throwaway server in
/// `directory` and removes the folder; "drop-database" (url, name) drops a shadow database.
/// Throws on an unknown kind or wrong arguments.
void run_cleanup_task(const CleanupTask& task);

}  // namespace driftgate::shadow
