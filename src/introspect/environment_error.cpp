#include "introspect/environment_error.hpp"

#include <exception>
#include <stdexcept>

#include <pqxx/pqxx>

namespace driftgate::introspect {

namespace {

Error environment(const std::string& message) { return Error(ExitCode::Environment, message); }

void erase_all(std::string& text, const std::string& part) {
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at)) {
    text.erase(at, part.size());
  }
}

}  // namespace

std::string clean_server_message(const std::string& message) {
  std::string text = message;
  for (const char* prefix : {"ERROR:  ", "FATAL:  "}) erase_all(text, prefix);
  for (auto& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  for (auto at = text.find("  "); at != std::string::npos; at = text.find("  ", at)) {
    text.erase(at, 1);
  }
  return text;
}

Error connect_error(const std::string& target, const std::string& message) {
  return environment("cannot connect to " + target + ": " + clean_server_message(message) +
                     "\nCheck that the server is running and reachable from here, and that the "
                     "URL's host, port, database name, user and password are right.");
}

Error catalog_read_error(const std::string& target) {
  try {
    throw;
  } catch (const pqxx::broken_connection& e) {
    return environment("lost the connection to " + target +
                       " while reading its catalog: " + clean_server_message(e.what()) +
                       "\nThe database may have been dropped or the server restarted; check it "
                       "and run again.");
  } catch (const pqxx::sql_error& e) {
    const std::string state = e.sqlstate();
    const std::string what = clean_server_message(e.what());
    if (state == "57014") {
      return environment("timed out reading the catalog of " + target + ": " + what +
                         "\nRun again when the database is less busy, or raise the statement "
                         "timeout.");
    }
    if (state == "55P03") {
      return environment("timed out waiting for a lock while reading the catalog of " + target +
                         ": " + what +
                         "\nA long-running migration or transaction holds a lock; run again "
                         "when it has finished.");
    }
    if (state == "42501") {
      return environment("permission denied reading the catalog of " + target + ": " + what +
                         "\nGrant the role driftgate connects as read access to the catalog "
                         "(it needs no access to table data).");
    }
    if (state == "3D000" || state.starts_with("57P") || state.starts_with("08")) {
      return environment("lost " + target + " while reading its catalog: " + what +
                         "\nThe database may have been dropped or the server restarted; check it "
                         "and run again.");
    }
    return environment("could not read the catalog of " + target + ": " + what + " (SQLSTATE " +
                       state + ")");
  } catch (const pqxx::failure& e) {
    return environment("could not read the catalog of " + target + ": " +
                       clean_server_message(e.what()));
  }
}

}  // namespace driftgate::introspect
