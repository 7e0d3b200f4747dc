#pragma once

#include <stdexcept>
#include <string>

namespace driftgate::alembic {

/// Thrown while translating one operation when part of it is outside what driftgate reads; the
/// replay reports the operation as `not understood` (with file:line and its text) and goes on.
class NotUnderstood : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace driftgate::alembic
