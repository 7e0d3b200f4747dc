#pragma once

#include <string>

#include "model/catalog.hpp"
#include "model/ddl.hpp"

// The ALTER and DROP statements that fix drift, one function per statement. Like model/ddl.hpp
// (which creates objects), every function is pure, quotes every identifier and returns one
// statement ending in `;`.

namespace driftgate::diff {

/// `DROP SCHEMA s;` (without CASCADE: whatever is still in it is reported on its own).
std::string drop_schema_sql(const std::string& schema);
/// `DROP EXTENSION e;`
std::string drop_extension_sql(const std::string& extension);
/// `ALTER EXTENSION e SET SCHEMA s;`
std::string alter_extension_schema_sql(const std::string& extension, const std::string& schema);
/// `ALTER EXTENSION e UPDATE TO 'v';`
std::string alter_extension_version_sql(const std::string& extension, const std::string& version);
/// `DROP TYPE s.t;`
std::string drop_type_sql(const model::QualifiedName& type);
/// `ALTER TYPE s.t ADD VALUE [IF NOT EXISTS] 'x' BEFORE 'y';` (or AFTER `neighbour` when
/// `before` is false; neither when `neighbour` is empty).
std::string add_enum_value_sql(const model::QualifiedName& type, const std::string& label,
                               const std::string& neighbour, bool before,
                               model::Existing existing = model::Existing::Fail);
/// `DROP SEQUENCE s.q;`
std::string drop_sequence_sql(const model::QualifiedName& sequence);
/// `ALTER SEQUENCE s.q AS type INCREMENT BY … MINVALUE … MAXVALUE … START WITH … CACHE …
/// [NO] CYCLE;` stating every option.
std::string alter_sequence_options_sql(const model::Sequence& sequence);
/// `ALTER SEQUENCE s.q OWNED BY NONE;`
std::string sequence_owned_by_none_sql(const model::QualifiedName& sequence);
/// `DROP TABLE s.t;`
std::string drop_table_sql(const model::QualifiedName& table);
/// `ALTER TABLE parent DETACH PARTITION s.t;`
std::string detach_partition_sql(const model::QualifiedName& parent,
                                 const model::QualifiedName& partition);
/// `ALTER TABLE parent ATTACH PARTITION s.t FOR VALUES …;`
std::string attach_partition_sql(const model::QualifiedName& parent, const model::Table& partition);
/// `ALTER TABLE s.t ADD COLUMN [IF NOT EXISTS] <definition>;`
std::string add_column_sql(const model::QualifiedName& table, const model::Column& column,
                           model::Existing existing = model::Existing::Fail);
/// `ALTER TABLE s.t DROP COLUMN c;`
std::string drop_column_sql(const model::QualifiedName& table, const std::string& column);
/// `ALTER TABLE s.t ALTER COLUMN c TYPE type [COLLATE coll];`: COLLATE when the column has a
/// collation of its own, or `COLLATE "default"` when `reset_collation` (fixing a collation the
/// target has and the definition does not; only collatable types get there).
std::string alter_column_type_sql(const model::QualifiedName& table, const model::Column& column,
                                  bool reset_collation = false);
/// `ALTER TABLE s.t ALTER COLUMN c SET NOT NULL;` or `… DROP NOT NULL;`
std::string alter_column_nullability_sql(const model::QualifiedName& table,
                                         const model::Column& column);
/// `ALTER TABLE s.t ALTER COLUMN c SET DEFAULT expr;` or `… DROP DEFAULT;`
std::string alter_column_default_sql(const model::QualifiedName& table,
                                     const model::Column& column);
/// `… DROP IDENTITY;`, `… ADD GENERATED … AS IDENTITY [(options)];` or `… SET GENERATED …;`
/// bringing identity `from` to the column's.
std::string alter_column_identity_sql(const model::QualifiedName& table,
                                      const model::Column& column, model::IdentityKind from);
/// `ALTER TABLE s.t ALTER COLUMN c SET INCREMENT BY … SET MINVALUE … … SET [NO] CYCLE;`
std::string alter_identity_options_sql(const model::QualifiedName& table,
                                       const model::Column& column);
/// `ALTER TABLE s.t ALTER COLUMN c DROP EXPRESSION;`
std::string drop_expression_sql(const model::QualifiedName& table, const std::string& column);
/// `ALTER TABLE s.t DROP CONSTRAINT c;`
std::string drop_constraint_sql(const model::QualifiedName& table, const std::string& constraint);
/// `ALTER TABLE s.t VALIDATE CONSTRAINT c;`
std::string validate_constraint_sql(const model::QualifiedName& table,
                                    const std::string& constraint);
/// `DROP INDEX s.i;`
std::string drop_index_sql(const model::QualifiedName& index);
/// `DROP VIEW s.v;` or `DROP MATERIALIZED VIEW s.v;`
std::string drop_view_sql(const model::View& view);
/// `CREATE OR REPLACE VIEW s.v AS …;` (plain views only).
std::string replace_view_sql(const model::View& view);

}  // namespace driftgate::diff
