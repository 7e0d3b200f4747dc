#pragma once

namespace driftgate {

/// The process exit codes: a stable contract, documented in docs/exit-codes.md.
/// When several apply in one run the most severe wins: Input, then Environment, then Apply,
/// then Drift (see most_severe).
enum class ExitCode : int {
  Ok = 0,           ///< no drift, gate passed, apply completed and verified
  Drift = 1,        ///< drift found, or the gate's policy failed
  Input = 2,        ///< usage or input error: bad flag, bad config, unparsable definition, bad revision
  Environment = 3,  ///< a database could not be reached or read
  Apply = 4,        ///< apply refused or rolled back, or verification found drift left
};

/// The more severe of two exit codes, by the contract's order 2 > 3 > 4 > 1 > 0.
constexpr ExitCode most_severe(ExitCode a, ExitCode b) {
  auto rank = [](ExitCode c) {
    switch (c) {
      case ExitCode::Input: return 4;
      case ExitCode::Environment: return 3;
      case ExitCode::Apply: return 2;
      case ExitCode::Drift: return 1;
      case ExitCode::Ok: return 0;
    }
    return 0;
  };
  return rank(a) >= rank(b) ? a : b;
}

}  // namespace driftgate
