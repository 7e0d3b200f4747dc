#include <catch2/catch.hpp>

#include "alembic/revision_reader.hpp"

using namespace driftgate::alembic;

TEST_CASE("reader reads revision identity, merge parents and the docstring message", "[alembic]") {
  const RevisionFile file = read_revision_file("versions/m.py",
                                               "\"\"\"merge heads\n\nRevision ID: abc\n\"\"\"\n"
                                               "revision: str = 'abc'\n"
                                               "down_revision: Union[str, None] = ('p1', \"p2\")\n"
                                               "branch_labels = ('feature',)\n"
                                               "depends_on = 'other'\n"
                                               "def upgrade() -> None:\n    pass\n");
  CHECK(file.is_revision);
  CHECK(file.revision == "abc");
  CHECK(file.revision_line == 5);
  CHECK(file.message == "merge heads");
  CHECK(file.down_revisions == std::vector<std::string>{"p1", "p2"});
  CHECK(file.branch_labels == std::vector<std::string>{"feature"});
  CHECK(file.depends_on == std::vector<std::string>{"other"});
  CHECK(file.upgrade.empty());
  CHECK(file.findings.empty());
}

TEST_CASE("reader keeps upgrade and downgrade calls apart, with batch blocks and bindings", "[alembic]") {
  const RevisionFile file = read_revision_file(
      "v.py",
      "revision = 'r'\ndown_revision = None\n"
      "def upgrade():\n"
      "    mood = sa.Enum('a', 'b', name='mood')\n"
      "    op.add_column('t', sa.Column('m', mood))\n"
      "    with op.batch_alter_table('t', schema='s') as b:\n"
      "        b.drop_column('x')\n"
      "    op.execute(\n        'SELECT 1'\n        ' + 2'\n    )\n"
      "def downgrade():\n"
      "    op.drop_column('t', 'm')\n");
  REQUIRE(file.upgrade.size() == 3);
  CHECK(file.upgrade[0].call.text == "op.add_column");
  CHECK(file.upgrade[0].call.items[1].items[1].text == "sa.Enum");
  CHECK(file.upgrade[1].call.text == "batch_op.drop_column");
  CHECK(file.upgrade[1].batch_table == "t");
  CHECK(file.upgrade[1].batch_schema == "s");
  CHECK(file.upgrade[1].location.line == 7);
  CHECK(file.upgrade[2].call.items[0].text == "SELECT 1 + 2");
  REQUIRE(file.downgrade.size() == 1);
  CHECK(file.findings.empty());
}

TEST_CASE("reader lists what it does not follow as not understood, with the text", "[alembic]") {
  const RevisionFile file = read_revision_file("v.py",
                                               "revision = 'r'\ndown_revision = None\n"
                                               "def upgrade():\n"
                                               "    if flag:\n        op.drop_table('t')\n"
                                               "    x.y = 1\n");
  REQUIRE(file.findings.size() == 2);
  CHECK(file.findings[0].category == "not_understood");
  CHECK(file.findings[0].location.line == 4);
  CHECK(file.findings[0].call_text.find("if flag") == 0);
  CHECK(file.findings[0].revision == "r");
  CHECK(file.findings[1].location.line == 6);
}

TEST_CASE("a file without a revision is reported as not a revision", "[alembic]") {
  const RevisionFile file = read_revision_file("versions/helpers.py", "def helper():\n    return 1\n");
  CHECK_FALSE(file.is_revision);
  REQUIRE(file.findings.size() == 1);
  CHECK(file.findings[0].category == "not_a_revision");
}
