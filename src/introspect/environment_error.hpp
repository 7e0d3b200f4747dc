#pragma once

#include <string>

#include "util/error.hpp"

namespace driftgate::introspect {

/// The exception being handled (a libpqxx failure while reading the catalog of `target`, a
/// describe_target() text) as an Error with ExitCode::Environment whose message says what
/// happened and what to do: connection lost (database dropped, server restarted), timeout,
/// permission denied, or the server's own message. Call only inside a catch block.
Error catalog_read_error(const std::string& target);

/// A failure to connect to `target` (libpq's `message`) as an Error with ExitCode::Environment.
Error connect_error(const std::string& target, const std::string& message);

/// A server message without its `ERROR:  ` / `FATAL:  ` prefixes and trailing white space, on
/// one line.
std::string clean_server_message(const std::string& message);

}  // namespace driftgate::introspect
