#pragma once

#include <cstddef>
#include <vector>

#include "alembic/revision_file.hpp"
#include "alembic/revision_graph.hpp"
#include "model/catalog.hpp"
#include "parse/definition_loader.hpp"
#include "source/definition_file.hpp"

namespace driftgate::alembic {

/// The schema an Alembic folder documents, with everything learnt on the way.
struct DocumentedSchema {
  model::Catalog catalog;               ///< the upgrades replayed in graph order
  std::vector<RevisionFile> files;      ///< every file read, in path order
  RevisionGraph graph;
  std::vector<Finding> findings;        ///< reader, graph and replay findings, in file/line order
  std::size_t operations = 0;           ///< upgrade operations seen in replayed revisions
  std::size_t understood = 0;           ///< of which were applied without a problem
};

/// Reads every file (`*.py` of the versions folder), orders the revisions and replays their
/// `upgrade()` operations into a model (DDL through the same parser as the definition).
/// Never throws for bad input: what cannot be read or applied becomes a finding with
/// file:line:column and the revision id.
DocumentedSchema replay_revisions(const std::vector<source::DefinitionFile>& files,
                                  const parse::ParseOptions& options);

}  // namespace driftgate::alembic
