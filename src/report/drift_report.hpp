#pragma once

#include <string>
#include <vector>

#include "diff/diff_options.hpp"
#include "diff/drift_item.hpp"

namespace driftgate::report {

/// One side of a comparison as reports name it.
struct SourceDescription {
  std::string description;  ///< as the user wrote it, password removed (`git:HEAD`)
  std::string commit_sha;   ///< the resolved commit for git sources; empty otherwise
};

/// Everything a drift report shows: what was compared with what, how, and what differs.
struct DriftReport {
  SourceDescription from;  ///< the expected side (the definition)
  SourceDescription to;    ///< the target
  diff::DiffOptions options;
  std::vector<diff::DriftItem> items;  ///< in diff_catalogs' order
};

}  // namespace driftgate::report
