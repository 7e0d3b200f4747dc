#pragma once

#include <chrono>
#include <string>

namespace driftgate::introspect {

/// Where a connection URL points, without its credentials: what messages may show.
struct ConnectionTarget {
  std::string host;      ///< host name(s), address or socket directory; "" for libpq's default
  std::string port;      ///< "" for libpq's default
  std::string database;  ///< "" for libpq's default
  std::string user;      ///< "" for libpq's default
};

/// The target a libpq URI (`postgresql://user:secret@host:5432/db?…`) or key=value string
/// (`host=… dbname=…`) names, as libpq reads it (later settings win). Never holds the password.
ConnectionTarget parse_connection_target(const std::string& url);

/// `database "shop" on host db.example.com, port 5432, user app`: for messages. Parts the URL
/// leaves out are filled the way libpq fills them (PGHOST, PGPORT, PGDATABASE, PGUSER).
std::string describe_target(const ConnectionTarget& target);

/// `message` with the password `url` carries (as written, decoded and percent-encoded) replaced
/// by `***` wherever it occurs: libpq quotes parts of a malformed URL back in its errors.
std::string redact_password(std::string message, const std::string& url);

/// `url` with `connect_timeout` (unless the URL sets one) and `fallback_application_name`
/// added, in the URL's own form.
std::string with_connect_options(const std::string& url, std::chrono::seconds connect_timeout);

/// `url` pointing at database `name` (a plain identifier) on the same server with the same
/// credentials: `dbname=name` appended in the URL's own form (libpq lets the later one win).
std::string with_database(const std::string& url, const std::string& name);

}  // namespace driftgate::introspect
