#pragma once

#include <chrono>
#include <string>

#include "introspect/schema_filter.hpp"
#include "model/catalog.hpp"

namespace driftgate::introspect {

/// How to read a live database.
struct IntrospectOptions {
  SchemaFilter schemas;                                 ///< which schemas to read
  std::chrono::seconds connect_timeout{10};             ///< unless the URL sets connect_timeout
  std::chrono::milliseconds statement_timeout{60'000};  ///< per catalog query (and lock wait)
};

/// What one introspection cost, for tests and `--verbose`.
struct IntrospectStats {
  int queries_sent = 0;                  ///< every statement sent after BEGIN
  std::chrono::milliseconds elapsed{0};  ///< connect to last row
  int server_version = 0;                ///< server_version_num (150004 for 15.4)
  /// The session's own TimeZone and DateStyle (before introspection fixed them): how a
  /// statement run on this database reads a date or timestamp literal.
  std::string timezone;
  std::string datestyle;
};

/// The live database at `url` (a libpq URI or key=value string) as a model, read through one
/// connection in one REPEATABLE READ READ ONLY transaction. Throws an Error with
/// ExitCode::Environment (exit 3) when the database cannot be reached or read; its message names
/// host and database, never the password.
model::Catalog introspect_database(const std::string& url, const IntrospectOptions& options);

/// introspect_database, also reporting what it cost in `stats`.
model::Catalog introspect_database(const std::string& url, const IntrospectOptions& options,
                                   IntrospectStats& stats);

}  // namespace driftgate::introspect
