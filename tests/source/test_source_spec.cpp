#include <catch2/catch.hpp>

#include "source/source_spec.hpp"
#include "support/git_fixture.hpp"

using driftgate::source::describe_source;
using driftgate::source::parse_source_spec;
using driftgate::source::SourceKind;
using driftgate::test::input_error_message;

TEST_CASE("parse_source_spec reads every source form", "[source][spec]") {
  struct Case {
    const char* argument;
    SourceKind kind;
    const char* text;
  };
  for (const Case& c :
       {Case{"git:HEAD", SourceKind::Git, "HEAD"},
        Case{"git:origin/main", SourceKind::Git, "origin/main"},
        Case{"git:HEAD~2", SourceKind::Git, "HEAD~2"},
        Case{"git:a1b2c3d", SourceKind::Git, "a1b2c3d"}, Case{"worktree", SourceKind::Worktree, ""},
        Case{"env:staging", SourceKind::Environment, "staging"},
        Case{"postgres://u@h/db", SourceKind::DatabaseUrl, "postgres://u@h/db"},
        Case{"postgresql://u:pw@h/db", SourceKind::DatabaseUrl, "postgresql://u:pw@h/db"},
        Case{"alembic:HEAD", SourceKind::Alembic, "HEAD"},
        Case{"snapshot:saved/model.json", SourceKind::Snapshot, "saved/model.json"},
        Case{"git:refs/tags/v1:odd", SourceKind::Git, "refs/tags/v1:odd"}}) {
    INFO(c.argument);
    auto spec = parse_source_spec(c.argument);
    CHECK(spec.kind == c.kind);
    CHECK(spec.text == c.text);
  }
}

TEST_CASE("parse_source_spec refuses unknown forms and lists the accepted ones", "[source][spec]") {
  std::string message = input_error_message([] { parse_source_spec("HEAD"); });
  CHECK_THAT(message, Catch::Contains("unknown source 'HEAD'"));
  for (const char* form : {"git:REV", "worktree", "env:NAME", "postgres://", "postgresql://",
                           "alembic:REV", "snapshot:FILE"}) {
    CHECK_THAT(message, Catch::Contains(form));
  }
  CHECK_THAT(message, Catch::Contains("git:HEAD"));  // the likely fix
  CHECK_THAT(input_error_message([] { parse_source_spec("Worktree"); }),
             Catch::Contains("unknown source"));
  CHECK_THAT(input_error_message([] { parse_source_spec("svn:12"); }),
             Catch::Contains("unknown source 'svn:12'"));
  CHECK_THAT(input_error_message([] { parse_source_spec(""); }), Catch::Contains("empty source"));
}

TEST_CASE("parse_source_spec requires something after a prefix", "[source][spec]") {
  CHECK_THAT(input_error_message([] { parse_source_spec("git:"); }), Catch::Contains("git:HEAD"));
  CHECK_THAT(input_error_message([] { parse_source_spec("env:"); }),
             Catch::Contains("missing what follows env:"));
  CHECK_THAT(input_error_message([] { parse_source_spec("alembic:"); }),
             Catch::Contains("alembic:"));
  CHECK_THAT(input_error_message([] { parse_source_spec("snapshot:"); }),
             Catch::Contains("snapshot:"));
}

TEST_CASE("source errors and descriptions never show a password", "[source][spec]") {
  std::string message =
      input_error_message([] { parse_source_spec("mysql://root:hunter2@db/app"); });
  CHECK(message.find("hunter2") == std::string::npos);
  CHECK_THAT(message, Catch::Contains("only PostgreSQL URLs"));
  message = input_error_message([] { parse_source_spec("host=db password=hunter2"); });
  CHECK(message.find("hunter2") == std::string::npos);
  CHECK(describe_source(parse_source_spec("postgresql://app:hunter2@db/shop")) ==
        "postgresql://app@db/shop");
  CHECK(describe_source(parse_source_spec("git:HEAD~1")) == "git:HEAD~1");
  CHECK(describe_source(parse_source_spec("worktree")) == "worktree");
  CHECK(describe_source(parse_source_spec("env:prod")) == "env:prod");
}
