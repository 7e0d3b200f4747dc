#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "shadow/cleanup_watcher.hpp"

namespace driftgate::shadow {

/// An installed PostgreSQL server: its major version and the folder of initdb, pg_ctl, postgres.
struct InstalledServer {
  int major = 0;
  std::string bindir;
};

/// The servers installed here, newest first: every /usr/lib/postgresql/N/bin with initdb and
/// pg_ctl, or only DRIFTGATE_PG_BINDIR when that is set.
std::vector<InstalledServer> installed_servers();

/// Where throwaway servers' folders go: /dev/shm when it is a writable memory file system with
/// room to spare (building thousands of tables there is several times faster than on disk:
/// every table is files), else the temporary folder.
std::filesystem::path scratch_root();

/// Stops the throwaway server whose folder is `directory` (immediately: it holds nothing to
/// keep), with pg_ctl from `bindir`, and removes the folder. Does nothing to a folder that is
/// already gone.
void stop_ephemeral_server(const std::string& bindir, const std::string& directory);

/// A private, throwaway PostgreSQL for one run of driftgate (`--dev-url ephemeral`): started
/// from a copy of an initialised data folder cached between runs (initdb runs once per major
/// version), listening only on a unix socket in its own folder under scratch_root(), run as the `postgres`
/// user when driftgate runs as root. Stopped and removed when the object goes away, and by a
/// CleanupWatcher when driftgate is interrupted or killed.
class EphemeralServer {
 public:
  /// Starts a server of major version `preferred_major` when installed, else the newest one
  /// (0: the newest). Throws an Error with ExitCode::Environment when no server is installed
  /// or it does not start (the message holds the server's log).
  static std::unique_ptr<EphemeralServer> start(int preferred_major);
  ~EphemeralServer();
  EphemeralServer(const EphemeralServer&) = delete;
  EphemeralServer& operator=(const EphemeralServer&) = delete;

  /// A libpq URI for its `postgres` database, as superuser `postgres`.
  std::string url() const;
  /// Its major version.
  int major() const { return server_.major; }
  /// Its temporary folder (data, socket, log).
  const std::string& directory() const { return directory_; }

 private:
  EphemeralServer(InstalledServer server, std::string directory);
  void stop();

  InstalledServer server_;
  std::string directory_;
  std::unique_ptr<CleanupWatcher> watcher_;
};

}  // namespace driftgate::shadow
