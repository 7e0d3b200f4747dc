#include "shadow/cleanup_watcher.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <string>

namespace driftgate::shadow {
namespace {

// The task on the socket: the number of fields, then each field, all NUL-terminated.
std::string encode(const CleanupTask& task) {
  std::string bytes = std::to_string(task.args.size() + 1);
  bytes += '\0';
  bytes += task.kind;
  bytes += '\0';
  for (const std::string& arg : task.args) {
    bytes += arg;
    bytes += '\0';
  }
  return bytes;
}

// Reads one NUL-terminated field from `fd`; false at end of file or on an error.
bool read_field(int fd, std::string& field) {
  field.clear();
  char byte = 0;
  while (true) {
    const ssize_t got = read(fd, &byte, 1);
    if (got < 0 && errno == EINTR) continue;
    if (got != 1) return false;
    if (byte == '\0') return true;
    field += byte;
  }
}

bool write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t put = send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
    if (put < 0 && errno == EINTR) continue;
    if (put <= 0) return false;
    done += static_cast<std::size_t>(put);
  }
  return true;
}

// Starts driftgate's own binary as the watcher, its end of the socket as its standard input.
pid_t spawn_watcher(int read_end) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, read_end, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID);
  const char* self = "/proc/self/exe";
  // Named in the process list by the binary's real path, as any driftgate process is.
  std::string name(4096, '\0');
  const ssize_t length = readlink(self, name.data(), name.size() - 1);
  name.resize(length > 0 ? static_cast<std::size_t>(length) : 0);
  if (name.empty()) name = self;
  std::string argument(kWatcherArgument);
  char* argv[] = {name.data(), argument.data(), nullptr};
  pid_t pid = -1;
  const int failed = posix_spawn(&pid, self, &actions, &attributes, argv, environ);
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  return failed == 0 ? pid : -1;
}

}  // namespace

CleanupWatcher::CleanupWatcher(const CleanupTask& task) {
  // A socket pair rather than a pipe: writing to a watcher that is gone must not raise SIGPIPE.
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) return;
  // The task is in the socket before the watcher exists: if driftgate is killed right after
  // starting it, the watcher still learns what to undo.
  if (!write_all(fds[1], encode(task))) {
    close(fds[0]);
    close(fds[1]);
    return;
  }
  const pid_t pid = spawn_watcher(fds[0]);
  close(fds[0]);
  if (pid < 0) {
    close(fds[1]);
    return;
  }
  pid_ = pid;
  socket_ = fds[1];
}

CleanupWatcher::~CleanupWatcher() { dismiss(); }

void CleanupWatcher::dismiss() {
  if (socket_ < 0) return;
  const char byte = 'x';
  [[maybe_unused]] const ssize_t written = send(socket_, &byte, 1, MSG_NOSIGNAL);
  close(socket_);
  socket_ = -1;
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
}

int run_cleanup_watcher() {
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE}) signal(sig, SIG_IGN);
  // Hold nothing driftgate's caller may wait on (pipes of a CI runner, sockets).
  const long max_fd = sysconf(_SC_OPEN_MAX);
  for (int fd = 3; fd < (max_fd > 0 && max_fd < 65536 ? max_fd : 4096); ++fd) close(fd);

  std::string field;
  if (!read_field(0, field)) return 0;
  const long count = std::strtol(field.c_str(), nullptr, 10);
  if (count < 1) return 0;
  CleanupTask task;
  if (!read_field(0, task.kind)) return 0;
  for (long i = 1; i < count; ++i) {
    if (!read_field(0, field)) return 0;
    task.args.push_back(field);
  }
  char byte = 0;
  ssize_t got = 0;
  do {
    got = read(0, &byte, 1);
  } while (got < 0 && errno == EINTR);
  if (got == 1 && byte == 'x') return 0;
  try {
    run_cleanup_task(task);
  } catch (...) {
    return 1;
  }
  return 0;
}

}  // namespace driftgate::shadow
