#pragma once

#include <optional>
#include <string>

#include "model/catalog.hpp"

// SQL that creates each kind of model object. Every function is pure (object in, text out),
// quotes every identifier with quote_ident, names constraints and indexes explicitly so their
// names survive, and returns one statement ending in `;` without a trailing newline.

namespace driftgate::model {

/// How a CREATE statement treats an object of the same name that already exists: fail (a
/// script for an empty database), or skip it (`IF NOT EXISTS`, or `CREATE OR REPLACE VIEW`:
/// a plan's statements are safe to run against any state).
enum class Existing { Fail, Skip };

/// `CREATE SCHEMA [IF NOT EXISTS] name;`
std::string create_schema_sql(const Schema& schema, Existing existing = Existing::Fail);
/// `CREATE EXTENSION [IF NOT EXISTS] name WITH SCHEMA s [VERSION 'v'];`
std::string create_extension_sql(const Extension& extension, Existing existing = Existing::Fail);
/// `CREATE TYPE s.name AS ENUM ('a', 'b');`
std::string create_enum_sql(const EnumType& enum_type);
/// `CREATE SEQUENCE s.name AS type …;` writing only the options that differ from what
/// PostgreSQL would choose by itself (so the resolved options come back identical).
std::string create_sequence_sql(const Sequence& sequence, Existing existing = Existing::Fail);
/// `ALTER SEQUENCE s.name OWNED BY s.table.column;`, or nullopt for a sequence owned by nothing.
std::optional<std::string> sequence_owned_by_sql(const Sequence& sequence);

/// One column as CREATE TABLE or ADD COLUMN writes it: name, type, COLLATE, DEFAULT or
/// GENERATED … (identity or stored expression), NOT NULL.
std::string column_definition_sql(const Column& column);
/// A constraint's body without its name or NOT VALID: `PRIMARY KEY (id)`, `FOREIGN KEY (a)
/// REFERENCES s.t(b) ON DELETE CASCADE`, `CHECK (x > 0) NO INHERIT`, `EXCLUDE USING gist (…)`.
std::string constraint_definition_sql(const Constraint& constraint);

/// Where a script that builds a whole model creates a constraint.
enum class ConstraintPlacement {
  InCreateTable,  ///< inline in CREATE TABLE
  AfterTables,    ///< ALTER TABLE … ADD CONSTRAINT once every table (and index) exists
};
/// Foreign keys (they may reference any table) and NOT VALID checks (CREATE TABLE would
/// validate them) come after the tables; everything else is inline.
ConstraintPlacement constraint_placement(const Constraint& constraint);

/// `CREATE TABLE s.name (columns, CONSTRAINT … for the InCreateTable constraints)
/// [PARTITION BY …];`. A partition is `CREATE TABLE s.name PARTITION OF parent [(its inline
/// constraints)] FOR VALUES …;`: its columns come from the parent and are not repeated.
std::string create_table_sql(const Table& table, Existing existing = Existing::Fail);
/// `ALTER TABLE s.table ADD CONSTRAINT name … [NOT VALID];`
std::string add_constraint_sql(const QualifiedName& table, const Constraint& constraint);

/// Whether an index build blocks writes (one transaction) or not (CONCURRENTLY, outside any
/// transaction block).
enum class IndexBuild { Blocking, Concurrent };

/// `CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON s.table <index_definition_sql>;`
std::string create_index_sql(const Index& index, Existing existing = Existing::Fail,
                             IndexBuild build = IndexBuild::Blocking);
/// What follows the table in CREATE INDEX: `USING method (keys) [INCLUDE (…)]
/// [NULLS NOT DISTINCT] [WHERE (…)]`.
std::string index_definition_sql(const Index& index);
/// `CREATE [MATERIALIZED] VIEW s.name AS <definition>;`; with Existing::Skip a view is
/// `CREATE OR REPLACE VIEW`, a materialized view `… IF NOT EXISTS`.
std::string create_view_sql(const View& view, Existing existing = Existing::Fail);

/// `COMMENT ON SCHEMA …`, or nullopt when the object has no comment.
std::optional<std::string> comment_sql(const Schema& schema);
/// `COMMENT ON EXTENSION …`, or nullopt when the object has no comment.
std::optional<std::string> comment_sql(const Extension& extension);
/// `COMMENT ON TYPE …`, or nullopt when the object has no comment.
std::optional<std::string> comment_sql(const EnumType& enum_type);
/// `COMMENT ON SEQUENCE …`, or nullopt when the object has no comment.
std::optional<std::string> comment_sql(const Sequence& sequence);
/// `COMMENT ON TABLE …` for the table itself, or nullopt when it has no comment.
std::optional<std::string> comment_sql(const Table& table);
/// `COMMENT ON COLUMN s.table.column …`, or nullopt when the column has no comment.
std::optional<std::string> comment_sql(const QualifiedName& table, const Column& column);
/// `COMMENT ON CONSTRAINT name ON s.table …`, or nullopt when the constraint has no comment.
std::optional<std::string> comment_sql(const QualifiedName& table, const Constraint& constraint);
/// `COMMENT ON INDEX …`, or nullopt when the index has no comment.
std::optional<std::string> comment_sql(const Index& index);
/// `COMMENT ON [MATERIALIZED] VIEW …`, or nullopt when the view has no comment.
std::optional<std::string> comment_sql(const View& view);

/// A script that builds the whole model in an empty database, in dependency order: schemas
/// (not `public`, which exists), extensions (not `plpgsql`, likewise), enums, sequences, tables
/// (partitioned parents before their partitions), sequence ownership, indexes of tables,
/// foreign keys and NOT VALID checks, views and materialized views in definition order
/// (source location, then name), indexes of materialized views, comments. Deterministic.
std::string catalog_to_sql(const Catalog& catalog);

}  // namespace driftgate::model
