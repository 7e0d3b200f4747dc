#include <catch2/catch.hpp>

#include "source/redact_url.hpp"

using driftgate::source::redact_url;

TEST_CASE("redact_url removes the password of a URL's user info", "[source][redact]") {
  CHECK(redact_url("postgresql://user:secret@host/db") == "postgresql://user@host/db");
  CHECK(redact_url("postgres://user:secret@host:5432/db") == "postgres://user@host:5432/db");
  CHECK(redact_url("postgresql://user:secret@host") == "postgresql://user@host");
  CHECK(redact_url("postgresql://user:@host/db") == "postgresql://user@host/db");
  CHECK(redact_url("postgresql://:secret@host/db") == "postgresql://host/db");
  CHECK(redact_url("postgresql://u:s@h1:5432,h2:5433/db") == "postgresql://u@h1:5432,h2:5433/db");
  CHECK(redact_url("postgresql://u:s@[::1]:5432/db") == "postgresql://u@[::1]:5432/db");
  CHECK(redact_url("postgresql://u:p%40ss@host/db") == "postgresql://u@host/db");
}

TEST_CASE("redact_url leaves URLs without a password as they are", "[source][redact]") {
  for (const char* url : {"postgresql://user@host/db", "postgresql://host/db", "postgresql:///db",
                          "postgresql://host:5432/db?sslmode=require", "postgresql://[::1]:5432/db",
                          "postgresql://postgres@/app?host=/tmp/sock&port=5432", "postgresql://"}) {
    CHECK(redact_url(url) == url);
  }
}

TEST_CASE("redact_url removes passwords that contain URL delimiters", "[source][redact]") {
  // libpq needs these percent-encoded, but people write them raw: never show them either way.
  CHECK(redact_url("postgresql://u:p@ss@host/db") == "postgresql://u@host/db");
  CHECK(redact_url("postgresql://u:pa?ss@host/db") == "postgresql://u@host/db");
  CHECK(redact_url("postgresql://u:pa#ss@host/db") == "postgresql://u@host/db");
  std::string slashed = redact_url("postgresql://u:pa/ss@host/db");
  CHECK(slashed.find("pa") == std::string::npos);
  CHECK(slashed.find("ss") == std::string::npos);
}

TEST_CASE("redact_url removes password query parameters", "[source][redact]") {
  CHECK(redact_url("postgresql://host/db?password=secret") == "postgresql://host/db");
  CHECK(redact_url("postgresql://host/db?user=u&password=secret&sslmode=require") ==
        "postgresql://host/db?user=u&sslmode=require");
  CHECK(redact_url("postgresql://host/db?password=secret&sslmode=require") ==
        "postgresql://host/db?sslmode=require");
  CHECK(redact_url("postgresql://host/db?PASSWORD=secret") == "postgresql://host/db");
  CHECK(redact_url("postgresql://u:a@host/db?password=b&x=1#frag") ==
        "postgresql://u@host/db?x=1#frag");
  CHECK(redact_url("postgresql://host/db?passwordless=1") == "postgresql://host/db?passwordless=1");
}

TEST_CASE("redact_url removes password pairs from keyword=value conninfo strings",
          "[source][redact]") {
  CHECK(redact_url("host=db user=app password=secret dbname=shop") ==
        "host=db user=app dbname=shop");
  CHECK(redact_url("password=secret host=db") == "host=db");
  CHECK(redact_url("host=db password = secret") == "host=db");
  CHECK(redact_url("host=db password='sec ret' port=5432") == "host=db port=5432");
  CHECK(redact_url("host=db password='it\\'s secret' port=5432") == "host=db port=5432");
  CHECK(redact_url("host=db password=sec\\ ret port=5432") == "host=db port=5432");
  CHECK(redact_url("host=db user=app") == "host=db user=app");
  CHECK(redact_url("host=db passfile=/x") == "host=db passfile=/x");
}

TEST_CASE("redact_url returns other text unchanged", "[source][redact]") {
  CHECK(redact_url("") == "");
  CHECK(redact_url("worktree") == "worktree");
  CHECK(redact_url("git:HEAD~1") == "git:HEAD~1");
}

TEST_CASE("redacted output never contains the password", "[source][redact]") {
  const std::string secret = "Sup3rS3cret";
  for (const std::string& url :
       {"postgresql://u:" + secret + "@h/db", "postgres://u:" + secret + "@h:1/db?sslmode=disable",
        "postgresql://h/db?password=" + secret, "host=h password=" + secret,
        "postgresql://u:x@h/db?password=" + secret + "&password=" + secret,
        "mysql://u:" + secret + "@h/db"}) {
    INFO(url);
    CHECK(redact_url(url).find(secret) == std::string::npos);
  }
}
