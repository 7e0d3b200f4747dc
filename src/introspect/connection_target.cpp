#include "introspect/connection_target.hpp"

#include <cctype>
#include <cstdlib>
#include <map>
#include <string_view>

namespace driftgate::introspect {

namespace {

using Params = std::map<std::string, std::string>;

bool is_uri(std::string_view url) {
  return url.starts_with("postgresql://") || url.starts_with("postgres://");
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
        hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string percent_encode(std::string_view text) {
  static const char* digits = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += digits[c >> 4];
      out += digits[c & 15];
    }
  }
  return out;
}

// postgresql://[userinfo@][host[:port][,…]][/dbname][?param=value&…], as libpq's
// conninfo_uri_parse_options reads it.
Params parse_uri(std::string_view url) {
  Params params;
  url.remove_prefix(url.find("://") + 3);
  auto query_start = url.find('?');
  std::string_view query = query_start == std::string_view::npos ? "" : url.substr(query_start + 1);
  std::string_view rest = url.substr(0, query_start);
  auto path_start = rest.find('/');
  std::string_view authority = rest.substr(0, path_start);
  if (path_start != std::string_view::npos) {
    auto dbname = rest.substr(path_start + 1);
    if (!dbname.empty()) params["dbname"] = percent_decode(dbname);
  }
  auto at = authority.rfind('@');
  if (at != std::string_view::npos) {
    auto userinfo = authority.substr(0, at);
    auto colon = userinfo.find(':');
    auto user = userinfo.substr(0, colon);
    if (!user.empty()) params["user"] = percent_decode(user);
    if (colon != std::string_view::npos) {
      params["password"] = percent_decode(userinfo.substr(colon + 1));
      params["password (as written)"] = std::string(userinfo.substr(colon + 1));
    }
    authority = authority.substr(at + 1);
  }
  // host[:port] pairs, comma-separated; an IPv6 address comes in brackets.
  std::string hosts, ports;
  bool any_port = false;
  while (!authority.empty()) {
    auto comma = authority.find(',');
    auto item = authority.substr(0, comma);
    std::string_view host = item, port;
    if (item.starts_with('[')) {
      auto close = item.find(']');
      host = item.substr(1, close == std::string_view::npos ? item.npos : close - 1);
      if (close != std::string_view::npos && close + 1 < item.size() && item[close + 1] == ':') {
        port = item.substr(close + 2);
      }
    } else if (auto colon = item.rfind(':'); colon != std::string_view::npos) {
      host = item.substr(0, colon);
      port = item.substr(colon + 1);
    }
    if (!hosts.empty() || !ports.empty() || any_port) {
      hosts += ',';
      ports += ',';
    }
    hosts += percent_decode(host);
    ports += std::string(port);
    any_port = any_port || !port.empty();
    if (comma == std::string_view::npos) break;
    authority = authority.substr(comma + 1);
  }
  if (!hosts.empty() && hosts.find_first_not_of(',') != std::string::npos) params["host"] = hosts;
  if (any_port) params["port"] = ports;
  while (!query.empty()) {
    auto amp = query.find('&');
    auto pair = query.substr(0, amp);
    auto eq = pair.find('=');
    if (eq != std::string_view::npos) {
      params[percent_decode(pair.substr(0, eq))] = percent_decode(pair.substr(eq + 1));
    }
    if (amp == std::string_view::npos) break;
    query = query.substr(amp + 1);
  }
  return params;
}

// key = value pairs separated by white space; a value may be single-quoted; backslash escapes.
Params parse_key_values(std::string_view text) {
  Params params;
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  };
  while (true) {
    skip_space();
    if (i >= text.size()) break;
    std::string key;
    while (i < text.size() && text[i] != '=' &&
           !std::isspace(static_cast<unsigned char>(text[i]))) {
      key += text[i++];
    }
    skip_space();
    if (i >= text.size() || text[i] != '=') break;  // malformed: libpq will say so
    ++i;
    skip_space();
    std::string value;
    if (i < text.size() && text[i] == '\'') {
      ++i;
      while (i < text.size() && text[i] != '\'') {
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        value += text[i++];
      }
      ++i;
    } else {
      while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) {
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        value += text[i++];
      }
    }
    params[key] = value;
  }
  return params;
}

Params parse_params(const std::string& url) {
  return is_uri(url) ? parse_uri(url) : parse_key_values(url);
}

std::string env_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? std::string(value) : fallback;
}

std::string value_of(const Params& params, const char* key) {
  auto found = params.find(key);
  return found == params.end() ? "" : found->second;
}

}  // namespace

ConnectionTarget parse_connection_target(const std::string& url) {
  auto params = parse_params(url);
  ConnectionTarget target;
  target.host = value_of(params, "host");
  if (target.host.empty()) target.host = value_of(params, "hostaddr");
  target.port = value_of(params, "port");
  target.database = value_of(params, "dbname");
  target.user = value_of(params, "user");
  return target;
}

std::string describe_target(const ConnectionTarget& target) {
  std::string user = target.user.empty() ? env_or("PGUSER", "") : target.user;
  std::string database = target.database.empty() ? env_or("PGDATABASE", user) : target.database;
  std::string host = target.host.empty() ? env_or("PGHOST", "") : target.host;
  std::string port = target.port.empty() ? env_or("PGPORT", "5432") : target.port;
  std::string text = database.empty() ? "the default database" : "database \"" + database + "\"";
  text += host.empty() ? " on the local socket" : " on host " + host;
  text += ", port " + port;
  if (!user.empty()) text += ", user " + user;
  return text;
}

std::string redact_password(std::string message, const std::string& url) {
  auto params = parse_params(url);
  auto password = value_of(params, "password");
  if (password.empty()) return message;
  for (const auto& form :
       {value_of(params, "password (as written)"), password, percent_encode(password)}) {
    if (form.empty()) continue;
    for (auto at = message.find(form); at != std::string::npos; at = message.find(form, at + 3)) {
      message.replace(at, form.size(), "***");
    }
  }
  return message;
}

std::string with_connect_options(const std::string& url, std::chrono::seconds connect_timeout) {
  auto params = parse_params(url);
  std::map<std::string, std::string> extra;
  if (!params.contains("connect_timeout")) {
    extra["connect_timeout"] = std::to_string(connect_timeout.count());
  }
  if (!params.contains("fallback_application_name")) {
    extra["fallback_application_name"] = "driftgate";
  }
  std::string out = url;
  for (const auto& [key, value] : extra) {
    if (is_uri(url)) {
      char last = out.back();
      out += out.find('?') == std::string::npos ? "?" : (last == '?' || last == '&' ? "" : "&");
      out += key + "=" + value;
    } else {
      out += (out.empty() ? "" : " ") + key + "=" + value;
    }
  }
  return out;
}

std::string with_database(const std::string& url, const std::string& name) {
  if (is_uri(url)) {
    const char last = url.back();
    return url + (url.find('?') == std::string::npos ? "?" : (last == '?' || last == '&' ? "" : "&")) +
           "dbname=" + name;
  }
  return url + (url.empty() ? "" : " ") + "dbname=" + name;
}

}  // namespace driftgate::introspect
