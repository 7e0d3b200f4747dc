// `driftgate docs` end to end on real git repositories: consistent documentation exits 0, an
// undocumented column or a broken graph exits 1, a missing folder exits 2; the JSON report
// validates against schema/docs-report.schema.json; `alembic:REV` is a source for inspect.
#include <catch2/catch.hpp>

#include <string>

#include "support/git_fixture.hpp"
#include "support/json_schema.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"

using namespace driftgate;
using namespace driftgate::test;

namespace {

const char* kRevision1 =
    "\"\"\"create users\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
    "revision = '0001'\ndown_revision = None\n\n"
    "def upgrade():\n"
    "    op.create_table('users',\n"
    "        sa.Column('id', sa.Integer(), nullable=False),\n"
    "        sa.Column('email', sa.String(length=255), nullable=False),\n"
    "        sa.PrimaryKeyConstraint('id'))\n\n"
    "def downgrade():\n    op.drop_table('users')\n";

void make_repo(const TempDir& dir) {
  git_init(dir.path());
  dir.write("driftgate.toml", "[documentation]\nalembic = \"alembic/versions\"\n");
  dir.write("schema/users.sql", "CREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL);\n");
  dir.write("alembic/versions/0001_users.py", kRevision1);
  git_commit_all(dir.path(), "users");
}

}  // namespace

TEST_CASE("docs: consistent documentation passes, undocumented columns fail", "[alembic][cli]") {
  TempDir dir;
  make_repo(dir);
  auto ok = run_driftgate({"docs"}, dir.path().string());
  INFO(ok.out << ok.err);
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("documentation consistent") != std::string::npos);

  dir.write("schema/users.sql",
            "CREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL, nickname text);\n");
  git_commit_all(dir.path(), "nickname, undocumented");
  auto bad = run_driftgate({"docs", "--format", "json"}, dir.path().string());
  INFO(bad.out << bad.err);
  CHECK(bad.exit_code == 1);
  CHECK(bad.out.find("\"undocumented\"") != std::string::npos);
  CHECK(bad.out.find("public.users.nickname") != std::string::npos);
  const auto validation = validate_against_schema(bad.out, "docs-report.schema.json");
  INFO(validation.errors);
  CHECK(validation.valid);

  // The previous commit is still consistent: documentation is read at the commit asked for.
  CHECK(run_driftgate({"docs", "--rev", "HEAD~1"}, dir.path().string()).exit_code == 0);
}

TEST_CASE("docs: a broken graph fails with the files named; a missing folder is an input error", "[alembic][cli]") {
  TempDir dir;
  make_repo(dir);
  dir.write("alembic/versions/0002_a.py", "revision = '0002'\ndown_revision = '0001'\ndef upgrade():\n    pass\n");
  dir.write("alembic/versions/0003_b.py", "revision = '0003'\ndown_revision = '0001'\ndef upgrade():\n    pass\n");
  dir.write("alembic/versions/0004_junk.py", "revision = '0004'\ndown_revision = '0003'\ndef upgrade():\n    op.execute('x\n");
  git_commit_all(dir.path(), "two heads");
  auto result = run_driftgate({"docs", "--color", "never"}, dir.path().string());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 1);
  CHECK(result.out.find("2 heads") != std::string::npos);
  CHECK(result.out.find("alembic/versions/0002_a.py") != std::string::npos);
  CHECK(result.out.find("alembic/versions/0004_junk.py:4:") != std::string::npos);
  auto json = run_driftgate({"docs", "--format", "json"}, dir.path().string());
  CHECK(validate_against_schema(json.out, "docs-report.schema.json").valid);

  auto missing = run_driftgate({"docs", "--alembic", "nowhere/versions"}, dir.path().string());
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("--alembic") != std::string::npos);
}

TEST_CASE("alembic:REV is a source for inspect and diff", "[alembic][cli]") {
  TempDir dir;
  make_repo(dir);
  auto inspect = run_driftgate({"inspect", "alembic:HEAD", "--format", "sql"}, dir.path().string());
  INFO(inspect.err);
  CHECK(inspect.exit_code == 0);
  CHECK(inspect.out.find("CREATE TABLE public.users") != std::string::npos);
  auto diff = run_driftgate({"diff", "git:HEAD", "alembic:HEAD"}, dir.path().string());
  INFO(diff.out << diff.err);
  CHECK(diff.exit_code == 0);
}
