#include "source/redact_url.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <vector>

namespace driftgate::source {
namespace {

bool is_password_key(std::string_view key) {
  std::string lowered;
  for (char c : key) lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lowered == "password";
}

bool all_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

/// Where the user info of the URL body `rest` (after "scheme://") ends: the '@' before the host.
/// libpq takes the first '@' before the first '/'; the last one there is taken so a raw '@' in
/// a password is removed too, and a '/' inside a password (a port that is not a number) makes
/// the search go on to the query.
std::size_t user_info_end(std::string_view rest) {
  std::string_view authority = rest.substr(0, rest.find('/'));
  std::size_t at = authority.rfind('@');
  if (at != std::string_view::npos) return at;
  std::size_t colon = authority.rfind(':');
  bool odd_port = colon != std::string_view::npos && !authority.starts_with('[') &&
                  !all_digits(authority.substr(colon + 1));
  if (!odd_port) return std::string_view::npos;
  return rest.substr(0, rest.find('?')).rfind('@');
}

/// The query string `query` (without '?') minus its password parameters.
std::string redact_query(std::string_view query) {
  std::string kept;
  std::size_t start = 0;
  while (start <= query.size()) {
    std::size_t end = std::min(query.find('&', start), query.size());
    std::string_view parameter = query.substr(start, end - start);
    if (!parameter.empty() && !is_password_key(parameter.substr(0, parameter.find('=')))) {
      kept += (kept.empty() ? "" : "&") + std::string(parameter);
    }
    start = end + 1;
  }
  return kept;
}

std::string redact_uri(std::string_view url, std::size_t body_start) {
  std::string result(url.substr(0, body_start));
  std::string_view rest = url.substr(body_start);
  std::size_t at = user_info_end(rest);
  if (at != std::string_view::npos) {
    std::string_view user = rest.substr(0, at);
    user = user.substr(0, user.find(':'));
    if (!user.empty()) result += std::string(user) + "@";
    rest = rest.substr(at + 1);
  }
  std::size_t question = rest.find('?');
  if (question == std::string_view::npos) return result + std::string(rest);
  std::size_t hash = std::min(rest.find('#', question), rest.size());
  std::string query = redact_query(rest.substr(question + 1, hash - question - 1));
  result += std::string(rest.substr(0, question));
  if (!query.empty()) result += "?" + query;
  return result + std::string(rest.substr(hash));
}

/// A keyword=value conninfo string minus its password pairs (values may be 'quoted').
std::string redact_conninfo(std::string_view text) {
  std::string result;
  std::size_t at = 0;
  auto skip_space = [&] {
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
  };
  while (at < text.size()) {
    std::size_t pair_start = at;
    skip_space();
    std::size_t key_start = at;
    while (at < text.size() && text[at] != '=' &&
           !std::isspace(static_cast<unsigned char>(text[at])))
      ++at;
    std::string_view key = text.substr(key_start, at - key_start);
    skip_space();
    if (at >= text.size() || text[at] != '=') {  // not a pair: keep the rest as it is
      return result + std::string(text.substr(pair_start));
    }
    ++at;
    skip_space();
    bool quoted = at < text.size() && text[at] == '\'';
    if (quoted) ++at;
    while (at < text.size()) {
      if (text[at] == '\\' && at + 1 < text.size()) {
        at += 2;
        continue;
      }
      if (quoted ? text[at] == '\'' : std::isspace(static_cast<unsigned char>(text[at])) != 0)
        break;
      ++at;
    }
    if (quoted && at < text.size()) ++at;  // the closing quote
    if (!is_password_key(key)) result += std::string(text.substr(pair_start, at - pair_start));
  }
  if (!result.empty() && std::isspace(static_cast<unsigned char>(result.front())) &&
      !std::isspace(static_cast<unsigned char>(text.front()))) {
    result.erase(0, result.find_first_not_of(" \t\r\n"));  // the first pair was a password
  }
  return result;
}

/// Where a URL's body starts (just after "scheme://"), or npos if `text` is no URL.
std::size_t url_body_start(std::string_view text) {
  std::size_t separator = text.find("://");
  if (separator == std::string_view::npos || separator == 0) return std::string_view::npos;
  for (char c : text.substr(0, separator)) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') {
      return std::string_view::npos;
    }
  }
  return separator + 3;
}

}  // namespace

std::string redact_url(std::string_view connection) {
  std::size_t body = url_body_start(connection);
  if (body != std::string_view::npos) return redact_uri(connection, body);
  if (connection.find('=') != std::string_view::npos) return redact_conninfo(connection);
  return std::string(connection);
}

}  // namespace driftgate::source
