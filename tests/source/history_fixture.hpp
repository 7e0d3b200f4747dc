#pragma once

#include <filesystem>
#include <string>

#include "support/temp_dir.hpp"

namespace driftgate::test {

/// The table file as the first commit writes it, and as the second one changes it.
inline const std::string kUsersV1 = "CREATE TABLE users (id int PRIMARY KEY);\n";
inline const std::string kUsersV2 = "CREATE TABLE users (id int PRIMARY KEY, email text);\n";
inline const std::string kEmailIndex = "CREATE INDEX users_email ON users (email);\n";

/// A repository (`origin`, branch main) with three commits: (1) add schema/tables/users.sql,
/// plus files no definition glob matches; (2) add a column to it; (3) add
/// schema/indexes/users_email.sql. Tags: `v1` (annotated) on 1, `light` (lightweight) on 2.
struct HistoryFixture {
  HistoryFixture();

  TempDir temp;
  std::filesystem::path origin;
  std::string first;   ///< SHA of commit 1
  std::string second;  ///< SHA of commit 2
  std::string third;   ///< SHA of commit 3 (HEAD)
};

}  // namespace driftgate::test
