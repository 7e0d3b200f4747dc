#pragma once

#include <string>
#include <vector>

#include "diff/diff_options.hpp"
#include "diff/drift_item.hpp"
#include "diff/shadow_decisions.hpp"

namespace driftgate::report {

/// One side of a comparison as reports name it.
struct SourceDescription {
  std::string description;  ///< as the user wrote it, password removed (`git:HEAD`)
  std::string commit_sha;   ///< the resolved commit for git sources; empty otherwise
};

/// How a shadow database took part in deciding what parsing alone could not.
struct ShadowUse {
  bool used = false;   ///< the definition was built in a shadow database and read back
  std::string server;  ///< `ephemeral PostgreSQL 15`, or the dev URL without its password
  std::string note;    ///< why no shadow was used, or why it could not decide
  std::vector<diff::ShadowEqual> decided_equal;  ///< uncompared items it found equal
};

/// Everything a drift report shows: what was compared with what, how, and what differs.
struct DriftReport {
  SourceDescription from;  ///< the expected side (the definition)
  SourceDescription to;    ///< the target
  diff::DiffOptions options;
  std::vector<diff::DriftItem> items;  ///< in diff_catalogs' order
  ShadowUse shadow;
};

}  // namespace driftgate::report
