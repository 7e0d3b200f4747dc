#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "alembic/revision_file.hpp"

namespace driftgate::alembic {

/// The revisions ordered from base to head, and what is wrong with their graph.
struct RevisionGraph {
  std::vector<std::size_t> order;   ///< indexes into the files, base first (parents before children)
  std::vector<std::string> heads;   ///< revisions no other revision revises, sorted
  std::vector<std::string> bases;   ///< revisions with no down_revision, sorted
  std::vector<Finding> findings;    ///< errors: several heads, missing parent, duplicate id, cycle
};

/// Orders `files` (non-revisions are left out) by `down_revision` and `depends_on`, parents
/// first; among revisions ready at the same time, by revision id, so the order is deterministic.
/// Reports as errors, naming every file involved: more than one head (unmerged branches), a
/// down_revision or depends_on naming no revision, a revision id used twice (only the first file
/// in path order is kept), and cycles (their revisions are not ordered).
RevisionGraph build_revision_graph(const std::vector<RevisionFile>& files);

}  // namespace driftgate::alembic
