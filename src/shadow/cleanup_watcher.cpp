#include "shadow/cleanup_watcher.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

namespace driftgate::shadow {
namespace {

[[noreturn]] void watch(int read_end, const std::function<void()>& cleanup) {
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE}) signal(sig, SIG_IGN);
  setsid();
  const int null = open("/dev/null", O_RDWR);
  for (int fd = 0; fd < 3; ++fd) dup2(null, fd);
  // Hold nothing driftgate's caller may wait on (pipes of a CI runner, sockets).
  const long max_fd = sysconf(_SC_OPEN_MAX);
  for (int fd = 3; fd < (max_fd > 0 && max_fd < 65536 ? max_fd : 4096); ++fd) {
    if (fd != read_end) close(fd);
  }
  char byte = 0;
  ssize_t got = 0;
  do {
    got = read(read_end, &byte, 1);
  } while (got < 0 && errno == EINTR);
  if (got == 1 && byte == 'x') _exit(0);
  try {
    cleanup();
  } catch (...) {
  }
  _exit(0);
}

}  // namespace

CleanupWatcher::CleanupWatcher(std::function<void()> cleanup) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return;
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[1]);
    watch(fds[0], cleanup);
  }
  close(fds[0]);
  if (pid < 0) {
    close(fds[1]);
    return;
  }
  pid_ = pid;
  pipe_write_ = fds[1];
}

CleanupWatcher::~CleanupWatcher() { dismiss(); }

void CleanupWatcher::dismiss() {
  if (pipe_write_ < 0) return;
  const char byte = 'x';
  [[maybe_unused]] const ssize_t written = write(pipe_write_, &byte, 1);
  close(pipe_write_);
  pipe_write_ = -1;
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
}

}  // namespace driftgate::shadow
