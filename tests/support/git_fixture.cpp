#include "support/git_fixture.hpp"

#include <catch2/catch.hpp>

#include "support/run_command.hpp"

namespace driftgate::test {

std::string git(const std::string& args, const std::filesystem::path& cwd) {
  return sh(
      "git -c user.name=driftgate -c user.email=tests@driftgate.invalid -c commit.gpgsign=false "
      "-c tag.gpgsign=false -c init.defaultBranch=main -c advice.detachedHead=false " +
          args,
      cwd.string());
}

void git_init(const std::filesystem::path& directory) {
  std::filesystem::create_directories(directory);
  git("init -q -b main .", directory);
}

std::string git_commit_all(const std::filesystem::path& repository, const std::string& message) {
  git("add -A", repository);
  git("commit -q -m '" + message + "'", repository);
  std::string sha = git("rev-parse HEAD", repository);
  while (!sha.empty() && (sha.back() == '\n' || sha.back() == '\r')) sha.pop_back();
  return sha;
}

std::string input_error_message(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& error) {
    CHECK(error.code() == ExitCode::Input);
    return error.what();
  }
  FAIL("expected an input error, but nothing was thrown");
  return "";
}

}  // namespace driftgate::test
