#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "util/error.hpp"

namespace driftgate::test {

/// Runs `git ARGS` (a shell-quoted argument string) in `cwd` with a fixed identity and no
/// signing, whatever the user's git config says; fails the test if git fails. Returns stdout.
std::string git(const std::string& args, const std::filesystem::path& cwd);

/// Creates an empty repository (branch main) at `directory`.
void git_init(const std::filesystem::path& directory);

/// Stages everything in `repository` and commits it with `message`; returns the commit's SHA.
std::string git_commit_all(const std::filesystem::path& repository, const std::string& message);

/// The message of the driftgate::Error that `action` throws, after checking that it throws one
/// with exit code Input. Fails the test when nothing or something else is thrown.
std::string input_error_message(const std::function<void()>& action);

}  // namespace driftgate::test
