#include "source/history_fixture.hpp"

#include "support/git_fixture.hpp"

namespace driftgate::test {

HistoryFixture::HistoryFixture() : origin(temp.path() / "origin") {
  git_init(origin);
  temp.write("origin/schema/tables/users.sql", kUsersV1);
  temp.write("origin/schema/README.md", "not SQL\n");
  temp.write("origin/app/queries/report.sql", "SELECT 1;\n");
  temp.write("origin/top.sql", "SELECT 2;\n");
  first = git_commit_all(origin, "add users table");
  git("tag -a v1 -m 'first release'", origin);
  temp.write("origin/schema/tables/users.sql", kUsersV2);
  second = git_commit_all(origin, "add users.email");
  git("tag light", origin);
  temp.write("origin/schema/indexes/users_email.sql", kEmailIndex);
  third = git_commit_all(origin, "index users.email");
}

}  // namespace driftgate::test
