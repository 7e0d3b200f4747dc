#pragma once

#include <optional>
#include <string>
#include <vector>

#include "apply/apply.hpp"
#include "model/catalog.hpp"

namespace driftgate::shadow {

/// How the target's sessions read literals (its TimeZone and DateStyle; empty: the dev
/// server's own). The shadow builds under the same settings, so `'2000-01-01'` compared with
/// a timestamptz column means the same instant in both, as it would when applied there.
struct SessionSettings {
  std::string timezone;
  std::string datestyle;
};

/// What building the definition in a shadow database gave.
struct ShadowBuild {
  std::optional<model::Catalog> catalog;  ///< the shadow read back; nullopt when it could not be built
  std::string note;                       ///< why not, for a warning
};

/// Where build_shadow builds.
enum class ShadowPlace {
  NewDatabase,    ///< a database of its own on the dev server, created and dropped (a shared server)
  GivenDatabase,  ///< the dev URL's database itself, left as built (a private throwaway server)
};

/// Drops the shadow database `name` on the server at `url`, closing its sessions.
void drop_shadow_database(const std::string& url, const std::string& name);

/// Builds `definition` in a fresh database (`driftgate_shadow_<epoch>_<pid>`) on the server at
/// `dev_url` (with ShadowPlace::GivenDatabase: in the URL's own database, for a throwaway server
/// nothing else uses) — the objects it is given, never data; shadow_subset picks the ones that need
/// deciding with what they depend on — with the sync's plan
/// (apply::plan_database with `drift_of`) run as one script under `search_path` and `session`, reads it back
/// through the same introspection, and drops the database again, also when driftgate is
/// interrupted (a CleanupWatcher). Shadow databases a crashed run left (older than two minutes, nobody
/// connected) are dropped first. Throws an Error with ExitCode::Environment when the server
/// cannot be reached or the role may not create a database; a definition PostgreSQL refuses
/// gives a ShadowBuild without a catalog and a note.
ShadowBuild build_shadow(const std::string& dev_url, const model::Catalog& definition,
                         const apply::DriftOf& drift_of,
                         const std::vector<std::string>& search_path,
                         const SessionSettings& session = {},
                         ShadowPlace place = ShadowPlace::NewDatabase);

}  // namespace driftgate::shadow
