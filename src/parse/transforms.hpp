#pragma once

#include <pg_query/pg_query.pb-c.h>

#include "parse/load_context.hpp"

// One transform per statement kind: each turns one libpg_query statement into model changes.
// They throw a StatementError for input PostgreSQL would reject; the loader adds the location.

namespace driftgate::parse {

/// Dispatches one top-level statement to its transform, or records it as skipped or warned.
void transform_statement(LoadContext& context, const PgQuery__Node& statement);

/// CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role] [elements…].
void transform_create_schema(LoadContext& context, const PgQuery__CreateSchemaStmt& statement);
/// CREATE EXTENSION [IF NOT EXISTS] name [SCHEMA s] [VERSION v].
void transform_create_extension(LoadContext& context, const PgQuery__CreateExtensionStmt& statement);
/// CREATE TYPE name AS ENUM (…).
void transform_create_enum(LoadContext& context, const PgQuery__CreateEnumStmt& statement);
/// ALTER TYPE name ADD VALUE [IF NOT EXISTS] v [BEFORE|AFTER n] / RENAME VALUE a TO b.
void transform_alter_enum(LoadContext& context, const PgQuery__AlterEnumStmt& statement);
/// CREATE SEQUENCE [IF NOT EXISTS] name [options].
void transform_create_sequence(LoadContext& context, const PgQuery__CreateSeqStmt& statement);
/// ALTER SEQUENCE name [options] [OWNED BY t.c | NONE].
void transform_alter_sequence(LoadContext& context, const PgQuery__AlterSeqStmt& statement);
/// CREATE TABLE, including PARTITION BY and PARTITION OF.
void transform_create_table(LoadContext& context, const PgQuery__CreateStmt& statement);
/// CREATE [UNIQUE] INDEX.
void transform_create_index(LoadContext& context, const PgQuery__IndexStmt& statement);
/// CREATE [OR REPLACE] VIEW.
void transform_create_view(LoadContext& context, const PgQuery__ViewStmt& statement);
/// CREATE MATERIALIZED VIEW (and a warning for CREATE TABLE AS).
void transform_create_table_as(LoadContext& context, const PgQuery__CreateTableAsStmt& statement);
/// ALTER TABLE / ALTER INDEX … ATTACH PARTITION.
void transform_alter_table(LoadContext& context, const PgQuery__AlterTableStmt& statement);
/// COMMENT ON ….
void transform_comment(LoadContext& context, const PgQuery__CommentStmt& statement);
/// SET / RESET (search_path changes name resolution; the rest is skipped).
void transform_variable_set(LoadContext& context, const PgQuery__VariableSetStmt& statement);
/// SELECT (pg_dump's `SELECT pg_catalog.set_config('search_path', '', false)`; others skipped).
void transform_select(LoadContext& context, const PgQuery__SelectStmt& statement);

// Migration replay only (StatementSet::Migration): statements that remove or rename objects.

/// DROP TABLE / INDEX / TYPE / SEQUENCE / VIEW / SCHEMA / EXTENSION [IF EXISTS].
void transform_drop(LoadContext& context, const PgQuery__DropStmt& statement);
/// ALTER … RENAME: tables, columns, indexes, constraints, enum types.
void transform_rename(LoadContext& context, const PgQuery__RenameStmt& statement);
/// ALTER TABLE … DROP COLUMN: the column, and the constraints and indexes that used it.
void drop_table_column(LoadContext& context, model::Table& table, const std::string& column, bool missing_ok);
/// ALTER TABLE … DROP CONSTRAINT.
void drop_table_constraint(LoadContext& context, model::Table& table, const std::string& constraint, bool missing_ok);

}  // namespace driftgate::parse
