// Describing a connection URL without its credentials.
#include <cstdlib>
#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "introspect/connection_target.hpp"

using namespace driftgate::introspect;

TEST_CASE("a URI's host, port, database and user are read; the password never", "[introspect]") {
  auto t =
      parse_connection_target("postgresql://app:s3cr%40t@db.example.com:6432/shop?sslmode=require");
  CHECK(t.host == "db.example.com");
  CHECK(t.port == "6432");
  CHECK(t.database == "shop");
  CHECK(t.user == "app");
  auto text = describe_target(t);
  CHECK(text == "database \"shop\" on host db.example.com, port 6432, user app");
  CHECK(text.find("s3cr") == std::string::npos);
}

TEST_CASE("URI forms: query parameters, IPv6, several hosts, percent-encoding", "[introspect]") {
  auto q = parse_connection_target("postgresql://postgres@/dg_1?host=/tmp/pg/socket&port=5433");
  CHECK(q.host == "/tmp/pg/socket");
  CHECK(q.port == "5433");
  CHECK(q.database == "dg_1");
  auto v6 = parse_connection_target("postgres://[::1]:5432/my%20db");
  CHECK(v6.host == "::1");
  CHECK(v6.database == "my db");
  auto multi = parse_connection_target("postgresql://a:1,b:2/x");
  CHECK(multi.host == "a,b");
  CHECK(multi.port == "1,2");
  auto later_wins = parse_connection_target("postgresql://h/one?dbname=two");
  CHECK(later_wins.database == "two");
}

TEST_CASE("key=value connection strings are read too", "[introspect]") {
  auto t = parse_connection_target("host=10.0.0.5 port = 5433 dbname='my db' user=u password=pw");
  CHECK(t.host == "10.0.0.5");
  CHECK(t.port == "5433");
  CHECK(t.database == "my db");
  CHECK(t.user == "u");
  CHECK(describe_target(t).find("pw") == std::string::npos);
}

TEST_CASE("passwords are scrubbed from messages in every spelling", "[introspect]") {
  const std::string url = "postgresql://app:p%40ss word@h/db";
  CHECK(redact_password("bad URI \"postgresql://app:p%40ss word@h/db\"", url) ==
        "bad URI \"postgresql://app:***@h/db\"");
  CHECK(redact_password("got p@ss word here", url) == "got *** here");
  CHECK(redact_password("nothing secret", "postgresql://h/db") == "nothing secret");
  CHECK(redact_password("x hunter2 y", "host=h password=hunter2") == "x *** y");
}

TEST_CASE("connect options are added in the URL's own form unless it sets them", "[introspect]") {
  using std::chrono::seconds;
  CHECK(with_connect_options("postgresql://h/db", seconds(7)) ==
        "postgresql://h/db?connect_timeout=7&fallback_application_name=driftgate");
  CHECK(with_connect_options("postgresql://h/db?sslmode=require", seconds(7)) ==
        "postgresql://h/db?sslmode=require&connect_timeout=7&fallback_application_name=driftgate");
  CHECK(with_connect_options("postgresql://h/db?connect_timeout=2", seconds(7)) ==
        "postgresql://h/db?connect_timeout=2&fallback_application_name=driftgate");
  CHECK(with_connect_options("host=h dbname=d", seconds(10)) ==
        "host=h dbname=d connect_timeout=10 fallback_application_name=driftgate");
}

TEST_CASE("parts the URL leaves out are described as libpq fills them", "[introspect]") {
  // set for this check only; whatever the environment held before is put back
  struct ScopedEnv {
    std::string name;
    std::optional<std::string> saved;
    ScopedEnv(std::string n, const char* value) : name(std::move(n)) {
      if (const char* old = std::getenv(name.c_str())) saved = old;
      ::setenv(name.c_str(), value, 1);
    }
    ~ScopedEnv() {
      if (saved)
        ::setenv(name.c_str(), saved->c_str(), 1);
      else
        ::unsetenv(name.c_str());
    }
  };
  std::string text;
  {
    ScopedEnv host("PGHOST", "envhost");
    ScopedEnv database("PGDATABASE", "envdb");
    text = describe_target(parse_connection_target("postgresql://"));
  }
  CHECK(text.find("envhost") != std::string::npos);
  CHECK(text.find("\"envdb\"") != std::string::npos);
}
