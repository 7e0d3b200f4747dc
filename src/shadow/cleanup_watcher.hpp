#pragma once

#include <functional>

#include <sys/types.h>

namespace driftgate::shadow {

/// A small process that outlives driftgate to undo what it set up (stop a throwaway server,
/// drop a shadow database, remove a directory) when driftgate ends without doing it itself:
/// on SIGINT, SIGTERM, even SIGKILL. It waits on a pipe only driftgate holds; when the pipe
/// closes without dismiss(), it runs the cleanup. It ignores the terminal's signals and holds
/// no inherited file but that pipe.
class CleanupWatcher {
 public:
  /// Forks the watcher, which will run `cleanup` unless dismissed.
  explicit CleanupWatcher(std::function<void()> cleanup);
  /// Dismisses the watcher (the owner cleans up itself, before or after).
  ~CleanupWatcher();
  CleanupWatcher(const CleanupWatcher&) = delete;
  CleanupWatcher& operator=(const CleanupWatcher&) = delete;

  /// Tells the watcher its cleanup is not needed and waits for it to exit.
  void dismiss();

 private:
  int pipe_write_ = -1;
  pid_t pid_ = -1;
};

}  // namespace driftgate::shadow
