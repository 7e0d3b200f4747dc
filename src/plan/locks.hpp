#pragma once

// The table lock modes a plan step names (PostgreSQL's words, as pg_locks shows them without
// "Lock"): what other sessions wait for while the step runs.

namespace driftgate::plan {

/// ALTER TABLE's default: blocks reads and writes.
inline constexpr const char* kAccessExclusive = "ACCESS EXCLUSIVE";
/// ADD FOREIGN KEY, on both tables: blocks writes.
inline constexpr const char* kShareRowExclusive = "SHARE ROW EXCLUSIVE";
/// CREATE INDEX: blocks writes for the whole build.
inline constexpr const char* kShare = "SHARE";
/// CREATE INDEX CONCURRENTLY, COMMENT, VALIDATE CONSTRAINT: blocks only schema changes.
inline constexpr const char* kShareUpdateExclusive = "SHARE UPDATE EXCLUSIVE";

}  // namespace driftgate::plan
