#pragma once

#include <stdexcept>
#include <string>

namespace driftgate::parse {

/// A problem with the statement being loaded, thrown without a location: the loader catches it
/// and reports it as an input Error at `path:line:column` of that statement.
class StatementError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace driftgate::parse
