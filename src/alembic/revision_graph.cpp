#include "alembic/revision_graph.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

namespace driftgate::alembic {
namespace {

model::SourceLocation revision_location(const RevisionFile& file) { return {file.path, file.revision_line, 1}; }

std::string join(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

}  // namespace

RevisionGraph build_revision_graph(const std::vector<RevisionFile>& files) {
  RevisionGraph graph;
  std::map<std::string, std::size_t> by_id;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const RevisionFile& file = files[i];
    if (!file.is_revision) continue;
    auto [found, inserted] = by_id.emplace(file.revision, i);
    if (!inserted) {
      const RevisionFile& first = files[found->second];
      graph.findings.push_back(Finding{
          FindingLevel::Error, "duplicate_revision", revision_location(file), file.revision,
          fmt::format("revision id {} is used by two files ({} and {}); only {} was replayed — give one of "
                      "them a new id (and fix the down_revision that should point to it)",
                      file.revision, first.path, file.path, first.path),
          "", {first.path, file.path}});
    }
  }
  // Edges: parent → children (down_revision and depends_on), only between known revisions.
  std::map<std::string, std::vector<std::string>> children;
  std::map<std::string, int> pending_parents;
  std::set<std::string> revised;
  for (const auto& [id, index] : by_id) {
    const RevisionFile& file = files[index];
    pending_parents[id] = 0;
    std::vector<std::string> parents = file.down_revisions;
    parents.insert(parents.end(), file.depends_on.begin(), file.depends_on.end());
    std::sort(parents.begin(), parents.end());
    parents.erase(std::unique(parents.begin(), parents.end()), parents.end());
    for (const auto& parent : parents) {
      if (by_id.count(parent) == 0) {
        const bool is_down = std::find(file.down_revisions.begin(), file.down_revisions.end(), parent) != file.down_revisions.end();
        graph.findings.push_back(Finding{
            FindingLevel::Error, "missing_parent", revision_location(file), id,
            fmt::format("revision {} names {} as its {}, but no file in the folder has that revision id; "
                        "restore the missing file or point {} at an existing revision",
                        id, parent, is_down ? "down_revision" : "depends_on", is_down ? "down_revision" : "depends_on"),
            "", {file.path}});
        continue;
      }
      children[parent].push_back(id);
      ++pending_parents[id];
    }
    for (const auto& parent : file.down_revisions) revised.insert(parent);
    if (file.down_revisions.empty()) graph.bases.push_back(id);
  }
  for (const auto& [id, index] : by_id) {
    if (revised.count(id) == 0) graph.heads.push_back(id);
  }
  // Kahn's algorithm; the ready set is ordered by id, so the result is deterministic.
  std::set<std::string> ready;
  for (const auto& [id, count] : pending_parents) {
    if (count == 0) ready.insert(id);
  }
  std::set<std::string> done;
  while (!ready.empty()) {
    const std::string id = *ready.begin();
    ready.erase(ready.begin());
    done.insert(id);
    graph.order.push_back(by_id.at(id));
    for (const auto& child : children[id]) {
      if (--pending_parents[child] == 0) ready.insert(child);
    }
  }
  if (done.size() < by_id.size()) {
    std::vector<std::string> cycle_files;
    std::vector<std::string> cycle_ids;
    for (const auto& [id, index] : by_id) {
      if (done.count(id) == 0) {
        cycle_ids.push_back(id);
        cycle_files.push_back(files[index].path);
      }
    }
    const RevisionFile& first = files[by_id.at(cycle_ids.front())];
    graph.findings.push_back(Finding{
        FindingLevel::Error, "cycle", revision_location(first), cycle_ids.front(),
        fmt::format("revisions {} depend on each other in a cycle (or on a revision in one), so they have no "
                    "order and were not replayed; files: {} — fix their down_revision values",
                    join(cycle_ids), join(cycle_files)),
        "", cycle_files});
  }
  if (graph.heads.size() > 1) {
    std::vector<std::string> head_files;
    for (const auto& head : graph.heads) head_files.push_back(files[by_id.at(head)].path);
    const RevisionFile& first = files[by_id.at(graph.heads.front())];
    graph.findings.push_back(Finding{
        FindingLevel::Error, "multiple_heads", revision_location(first), "",
        fmt::format("the folder has {} heads ({}): two branches of documentation were never merged; run "
                    "`alembic merge heads -m \"merge\"` (or set one head's down_revision to the other); files: {}",
                    graph.heads.size(), join(graph.heads), join(head_files)),
        "", head_files});
  }
  return graph;
}

}  // namespace driftgate::alembic
