#include <catch2/catch.hpp>

#include "alembic/revision_graph.hpp"

using namespace driftgate::alembic;

namespace {

RevisionFile revision(const std::string& id, std::vector<std::string> parents) {
  RevisionFile file;
  file.path = "versions/" + id + ".py";
  file.is_revision = true;
  file.revision = id;
  file.revision_line = 3;
  file.down_revisions = std::move(parents);
  return file;
}

std::vector<std::string> ids(const std::vector<RevisionFile>& files, const RevisionGraph& graph) {
  std::vector<std::string> result;
  for (auto index : graph.order) result.push_back(files[index].revision);
  return result;
}

}  // namespace

TEST_CASE("graph orders revisions base to head, merges after both parents", "[alembic]") {
  const std::vector<RevisionFile> files = {revision("m", {"b", "a"}), revision("a", {"base"}), revision("b", {"base"}),
                                           revision("base", {}), revision("top", {"m"})};
  const RevisionGraph graph = build_revision_graph(files);
  CHECK(graph.findings.empty());
  CHECK(ids(files, graph) == std::vector<std::string>{"base", "a", "b", "m", "top"});
  CHECK(graph.heads == std::vector<std::string>{"top"});
  CHECK(graph.bases == std::vector<std::string>{"base"});
}

TEST_CASE("graph errors name the files involved", "[alembic]") {
  SECTION("two heads") {
    const RevisionGraph graph = build_revision_graph({revision("base", {}), revision("x", {"base"}), revision("y", {"base"})});
    REQUIRE(graph.findings.size() == 1);
    CHECK(graph.findings[0].category == "multiple_heads");
    CHECK(graph.findings[0].level == FindingLevel::Error);
    CHECK(graph.findings[0].files == std::vector<std::string>{"versions/x.py", "versions/y.py"});
  }
  SECTION("missing parent") {
    const RevisionGraph graph = build_revision_graph({revision("base", {}), revision("x", {"base"}), revision("y", {"gone"})});
    REQUIRE(graph.findings.size() == 2);  // y is also a second head
    CHECK(graph.findings[1].category == "multiple_heads");
    CHECK(graph.findings[0].category == "missing_parent");
    CHECK(graph.findings[0].message.find("gone") != std::string::npos);
    CHECK(graph.findings[0].location.file == "versions/y.py");
  }
  SECTION("duplicate id") {
    RevisionFile second = revision("x", {"base"});
    second.path = "versions/x_again.py";
    const RevisionGraph graph = build_revision_graph({revision("base", {}), revision("x", {"base"}), second});
    REQUIRE(graph.findings.size() == 1);
    CHECK(graph.findings[0].category == "duplicate_revision");
    CHECK(graph.findings[0].files == std::vector<std::string>{"versions/x.py", "versions/x_again.py"});
  }
  SECTION("cycle") {
    const std::vector<RevisionFile> files = {revision("base", {}), revision("p", {"q"}), revision("q", {"p"}),
                                             revision("top", {"base"})};
    const RevisionGraph graph = build_revision_graph(files);
    REQUIRE(graph.findings.size() == 1);
    CHECK(graph.findings[0].category == "cycle");
    CHECK(graph.findings[0].files == std::vector<std::string>{"versions/p.py", "versions/q.py"});
    CHECK(ids(files, graph) == std::vector<std::string>{"base", "top"});
  }
}
