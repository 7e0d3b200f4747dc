#pragma once

#include <stdexcept>
#include <string>

#include "cli/exit_code.hpp"

namespace driftgate {

/// An expected failure that ends the command: it carries the exit code it maps to and a
/// message that already says what failed, where, and what to do. Thrown anywhere, caught
/// only in main(), which prints it to stderr and exits with `code`.
class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}

  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

/// An input error (exit 2).
inline Error input_error(const std::string& message) { return Error(ExitCode::Input, message); }

}  // namespace driftgate
