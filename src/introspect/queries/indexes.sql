-- Every index of the tables and materialized views of the included schemas ($1: their oids), one
-- row per index. Left out: indexes a partition inherited from its parent's index (pg_inherits on
-- the index) and INVALID ones. constraint_oid is set when the index backs a PK, unique or
-- exclusion constraint (introspect_constraints.cpp takes it from there).
-- Keys come as the raw pg_index vectors (`1 0 3`: attnum, 0 for an expression; opclass,
-- collation and option oids/bits per key column), which introspect_indexes.cpp resolves against
-- the column names columns.sql read and the names key_names.sql read. PostgreSQL's printing
-- functions run only where there is no raw form: the text of each expression key (as
-- pg_get_indexdef prints that column), the predicate, and, for indexes with a collatable
-- expression key, the whole definition, from which introspect_indexes.cpp learns whether
-- PostgreSQL prints a COLLATE clause for the key (the expression's own collation is not stored).
-- An index on plain columns costs no function call at all: measured at 2,000 tables, see
-- docs/introspection.md.
-- Version variants (see constraints.sql): indnullsnotdistinct exists from PostgreSQL 15 on.
SELECT i.indexrelid AS index_oid,
       i.indrelid AS table_oid,
       tn.nspname AS schema,
       ic.relname AS name,
       am.amname AS method,
       i.indisunique AS is_unique,
       i.indnullsnotdistinct AS nulls_not_distinct, --@since 150000
       false AS nulls_not_distinct, --@before 150000
       i.indnkeyatts AS key_count,
       i.indkey::text AS attnums,
       i.indclass::text AS opclasses,
       i.indcollation::text AS collations,
       i.indoption::text AS options,
       con.oid AS constraint_oid,
       CASE WHEN con.contype = 'x' THEN con.conexclop::text END AS operators,
       CASE WHEN i.indexprs IS NOT NULL THEN
         array_to_json(ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, false)
                             FROM generate_series(1, i.indnkeyatts::int) AS k
                             WHERE i.indkey[k - 1] = 0 ORDER BY k))::text
       END AS expressions,
       CASE WHEN i.indexprs IS NOT NULL
             AND EXISTS (SELECT 1 FROM generate_series(1, i.indnkeyatts::int) AS k
                         WHERE i.indkey[k - 1] = 0 AND i.indcollation[k - 1] <> 0)
            THEN pg_get_indexdef(i.indexrelid) END AS definition,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       d.description AS comment
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace tn ON tn.oid = t.relnamespace
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN pg_constraint con
       ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
LEFT JOIN pg_description d
       ON d.objoid = i.indexrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE t.relkind IN ('r', 'p', 'm')
  AND t.relnamespace = ANY ($1::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
  -- An index a failed CREATE INDEX CONCURRENTLY left INVALID neither serves queries nor
  -- enforces uniqueness: it is not there (the gate reports it missing, apply rebuilds it).
  AND (i.indisvalid OR con.oid IS NOT NULL)
ORDER BY i.indrelid, ic.relname
