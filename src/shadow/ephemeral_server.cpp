#include "shadow/ephemeral_server.hpp"

#include <pwd.h>
#include <sys/statvfs.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

#include "shadow/process.hpp"
#include "util/error.hpp"

namespace driftgate::shadow {
namespace {

namespace fs = std::filesystem;

Error environment(const std::string& message) { return Error(ExitCode::Environment, message); }

bool has_tools(const fs::path& bindir) {
  return fs::exists(bindir / "initdb") && fs::exists(bindir / "pg_ctl");
}

// Where initialised data folders are kept between runs.
fs::path cache_root() {
  if (running_as_root()) return "/var/tmp/driftgate-templates";
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    return fs::path(xdg) / "driftgate";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return fs::path(home) / ".cache" / "driftgate";
  }
  return fs::temp_directory_path() / ("driftgate-templates-" + std::to_string(getuid()));
}

// Gives `path` to the postgres user when running as root (the server refuses to run as root).
void hand_to_postgres(const fs::path& path) {
  if (!running_as_root()) return;
  const passwd* user = getpwnam("postgres");
  if (user == nullptr) {
    throw environment("driftgate runs as root and there is no `postgres` user to run the "
                      "throwaway PostgreSQL as; create one or run driftgate as an ordinary user");
  }
  if (chown(path.c_str(), user->pw_uid, user->pw_gid) != 0) {
    throw environment("cannot give " + path.string() + " to the postgres user");
  }
}

std::string make_temp_dir(const fs::path& parent, const std::string& prefix) {
  fs::create_directories(parent);
  std::string pattern = (parent / (prefix + "XXXXXX")).string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw environment("cannot create a temporary folder in " + parent.string());
  }
  hand_to_postgres(pattern);
  return pattern;
}

// The cached initialised data folder for `server`, made by initdb the first time.
fs::path template_for(const InstalledServer& server) {
  const fs::path root = cache_root();
  const fs::path ready = root / ("pg" + std::to_string(server.major) + "-template");
  if (fs::exists(ready / "PG_VERSION")) return ready;
  const std::string work = make_temp_dir(root, "initdb-");
  const fs::path data = fs::path(work) / "data";
  auto made = run_process({server.bindir + "/initdb", "-D", data.string(), "-U", "postgres", "-A",
                           "trust", "-E", "UTF8", "--locale=C", "--no-sync"},
                          running_as_root());
  if (made.exit_code != 0) {
    fs::remove_all(work);
    throw environment("initdb for the throwaway PostgreSQL failed:\n" + made.output);
  }
  std::error_code error;
  fs::rename(data, ready, error);  // another run may have won the race: its copy is as good
  fs::remove_all(work);
  if (!fs::exists(ready / "PG_VERSION")) {
    throw environment("cannot keep the initialised PostgreSQL folder in " + ready.string());
  }
  return ready;
}

constexpr const char* kMemoryRoot = "/dev/shm";

// What a server's postmaster.pid says, read as pg_ctl reads it: line 1 is the postmaster's pid,
// line 8 its status ("ready" once it accepts connections).
struct PostmasterFile {
  long pid = 0;  ///< 0: no file (or not yet written)
  bool ready = false;
};

PostmasterFile read_postmaster_file(const fs::path& data) {
  PostmasterFile state;
  std::ifstream file(data / "postmaster.pid");
  std::string line;
  for (int number = 1; std::getline(file, line); ++number) {
    if (number == 1) state.pid = std::atol(line.c_str());
    if (number == 8) state.ready = line.rfind("ready", 0) == 0;
  }
  return state;
}

// Whether process `pid` exists (EPERM: it does, and belongs to another user).
bool process_alive(long pid) {
  return pid > 0 && (kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

// How often the server's state is looked at while it starts or stops. pg_ctl -w looks every
// 100 ms, which made its start and stop two thirds of the shadow's fixed cost.
constexpr auto kPollInterval = std::chrono::milliseconds(2);

// Looks at `done` every kPollInterval until it is true (returns true) or `limit` has passed.
template <typename Condition>
bool wait_until(std::chrono::seconds limit, Condition done) {
  const auto started = std::chrono::steady_clock::now();
  while (!done()) {
    if (std::chrono::steady_clock::now() - started > limit) return false;
    std::this_thread::sleep_for(kPollInterval);
  }
  return true;
}

// Waits until the server in `data` accepts connections. False when its postmaster went away
// (its pid file appeared, then vanished or named a dead process), when no pid file appeared
// within `no_file_limit`, or at `limit`.
bool wait_until_ready(const fs::path& data, std::chrono::seconds limit, std::chrono::seconds no_file_limit) {
  const auto started = std::chrono::steady_clock::now();
  bool seen = false;
  bool gone = false;
  const bool settled = wait_until(limit, [&] {
    const PostmasterFile state = read_postmaster_file(data);
    if (state.pid > 0) seen = true;
    gone = state.pid > 0 ? !process_alive(state.pid)
                         : seen || std::chrono::steady_clock::now() - started > no_file_limit;
    return state.ready || gone;
  });
  return settled && !gone;
}

// Whether a process runs with `data` (a server's data folder) among its arguments, as the
// server pg_ctl starts does (`postgres -D data …`), read from /proc.
bool server_process_on(const std::string& data) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator("/proc", error)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || !std::all_of(name.begin(), name.end(), ::isdigit)) continue;
    std::ifstream file(entry.path() / "cmdline", std::ios::binary);
    const std::string arguments((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::size_t at = arguments.find(data);
    // the folder itself as one argument, not a longer path that starts with it
    for (; at != std::string::npos; at = arguments.find(data, at + 1)) {
      const std::size_t end = at + data.size();
      if ((at == 0 || arguments[at - 1] == '\0') && (end == arguments.size() || arguments[end] == '\0')) {
        return true;
      }
    }
  }
  return false;
}

// Immediate shutdown (SIGQUIT to the postmaster, what `pg_ctl -m immediate stop` sends), then
// waits, as pg_ctl does, until the postmaster has removed its pid file or is gone (a signal
// that came before it set up its handlers ends it without removing the file). False when there
// was nobody to signal or it did not go within the limit; pg_ctl is then asked.
bool stop_quickly(const fs::path& data) {
  const PostmasterFile state = read_postmaster_file(data);
  if (state.pid <= 0 || kill(static_cast<pid_t>(state.pid), SIGQUIT) != 0) return false;
  return wait_until(std::chrono::seconds(30), [&] {
    return !fs::exists(data / "postmaster.pid") || !process_alive(state.pid);
  });
}

// Removes throwaway servers' folders a crashed machine left behind (a power cut leaves no
// watcher to clean up): older than two minutes, and no live server process on them. Both
// places a folder may be are looked at.
void remove_leftovers(const fs::path& root) {
  std::error_code error;
  const auto now = fs::file_time_type::clock::now();
  for (const auto& entry : fs::directory_iterator(root, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("driftgate-shadow-", 0) != 0 || !entry.is_directory(error)) continue;
    const auto modified = fs::last_write_time(entry.path(), error);
    if (error || now - modified < std::chrono::minutes(2)) continue;
    if (process_alive(read_postmaster_file(entry.path() / "data").pid)) continue;
    fs::remove_all(entry.path(), error);
  }
}

}  // namespace

void stop_ephemeral_server(const std::string& bindir, const std::string& directory) {
  const fs::path data = fs::path(directory) / "data";
  // Stopped at the very start, the server may run before it has written its pid file: give it
  // the moment it needs, rather than remove the folder under a server that goes on starting.
  wait_until(std::chrono::seconds(10), [&] {
    return fs::exists(data / "postmaster.pid") || !server_process_on(data.string());
  });
  if (fs::exists(data / "postmaster.pid") && !stop_quickly(data)) {
    run_process({bindir + "/pg_ctl", "-D", directory + "/data", "-m", "immediate", "-w", "stop"},
                running_as_root());
  }
  std::error_code ignored;
  fs::remove_all(directory, ignored);
}

fs::path scratch_root() {
  constexpr unsigned long long kRoomNeeded = 1ULL << 30;  // a shadow of thousands of tables fits
  struct statvfs space {};
  if (access(kMemoryRoot, W_OK | X_OK) == 0 && statvfs(kMemoryRoot, &space) == 0 &&
      static_cast<unsigned long long>(space.f_bavail) * space.f_frsize >= kRoomNeeded) {
    return kMemoryRoot;
  }
  return fs::temp_directory_path();
}

std::vector<InstalledServer> installed_servers() {
  std::vector<InstalledServer> servers;
  if (const char* bindir = std::getenv("DRIFTGATE_PG_BINDIR"); bindir != nullptr && *bindir != '\0') {
    if (!has_tools(bindir)) return servers;
    auto version = run_process({std::string(bindir) + "/pg_ctl", "--version"});
    // `pg_ctl (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)`
    const auto at = version.output.find(") ");
    const int major = at == std::string::npos ? 0 : std::atoi(version.output.c_str() + at + 2);
    servers.push_back({major, bindir});
    return servers;
  }
  std::error_code error;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", error)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || !std::all_of(name.begin(), name.end(), ::isdigit)) continue;
    if (has_tools(entry.path() / "bin")) servers.push_back({std::stoi(name), (entry.path() / "bin").string()});
  }
  std::sort(servers.begin(), servers.end(),
            [](const InstalledServer& a, const InstalledServer& b) { return a.major > b.major; });
  return servers;
}

std::unique_ptr<EphemeralServer> EphemeralServer::start(int preferred_major) {
  const auto servers = installed_servers();
  if (servers.empty()) {
    throw environment(
        "no PostgreSQL server is installed here for a throwaway shadow database (looked for "
        "/usr/lib/postgresql/N/bin/initdb; DRIFTGATE_PG_BINDIR names another folder). Install "
        "the postgresql package, give --dev-url URL of a scratch database, or pass --offline");
  }
  InstalledServer chosen = servers.front();
  for (const auto& server : servers) {
    if (server.major == preferred_major) chosen = server;
  }
  remove_leftovers(kMemoryRoot);
  remove_leftovers(fs::temp_directory_path());
  const fs::path data_template = template_for(chosen);
  const std::string directory = make_temp_dir(scratch_root(), "driftgate-shadow-");
  std::unique_ptr<EphemeralServer> server(new EphemeralServer(chosen, directory));
  const std::string data = directory + "/data";
  auto copied = run_process({"/bin/cp", "-a", data_template.string(), data}, running_as_root());
  if (copied.exit_code != 0) {
    throw environment("cannot copy the initialised PostgreSQL folder: " + copied.output);
  }
  auto started = run_process(
      {chosen.bindir + "/pg_ctl", "-D", data, "-l", directory + "/server.log",
       "-o",
       "-k " + directory + " -c listen_addresses= -p 5432 -F -c fsync=off -c "
       "full_page_writes=off -c synchronous_commit=off -c max_connections=20 "
       // a definition of thousands of tables is built in one transaction
       "-c max_locks_per_transaction=4096",
       "-W", "start"},  // no -w: wait_until_ready looks far more often than pg_ctl does
      running_as_root());
  if (started.exit_code != 0 ||
      !wait_until_ready(data, std::chrono::seconds(60), std::chrono::seconds(10))) {
    auto log = run_process({"/bin/cat", directory + "/server.log"});
    throw environment("the throwaway PostgreSQL " + std::to_string(chosen.major) +
                      " did not start (its log follows); give --dev-url URL of a scratch database, or pass "
                      "--offline:\n" + started.output + log.output);
  }
  return server;
}

EphemeralServer::EphemeralServer(InstalledServer server, std::string directory)
    : server_(std::move(server)), directory_(std::move(directory)) {
  // From here on the folder (and the server, once started) is removed whatever happens.
  watcher_ = std::make_unique<CleanupWatcher>(
      CleanupTask{"stop-server", {server_.bindir, directory_}});
}

EphemeralServer::~EphemeralServer() { stop(); }

void EphemeralServer::stop() {
  stop_ephemeral_server(server_.bindir, directory_);
  if (watcher_) watcher_->dismiss();
}

std::string EphemeralServer::url() const {
  return "postgresql://postgres@/postgres?host=" + directory_ + "&port=5432";
}

}  // namespace driftgate::shadow
