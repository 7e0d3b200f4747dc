-- Primary key, unique, foreign key, check and exclusion constraints of every table of the included
-- schemas ($1: their oids). NOT NULL is a column attribute (and a contype of its own from
-- PostgreSQL 18 on, hence the explicit list). Left out: constraints a partition inherits from its
-- parent (conparentid <> 0: PK/unique/FK clones; NOT conislocal: inherited checks).
-- The constrained columns come as attnums (`{1,2}`, resolved against the names columns.sql
-- read), the referenced ones of a foreign key as a JSON array of names (the referenced table may
-- be outside the schemas read). INCLUDE columns, NULLS NOT DISTINCT and exclusion elements are
-- read from the backing index by indexes.sql (conindid).
-- Version variants: a line ending in `--@since N` is sent only to servers whose
-- server_version_num is >= N, one ending in `--@before N` only to older ones (query_text.cpp).
-- confdelsetcols (ON DELETE SET NULL (a, b)) exists from PostgreSQL 15 on.
SELECT c.oid,
       c.conrelid AS table_oid,
       c.conname AS name,
       c.contype,
       c.conkey::text AS attnums,
       rn.nspname AS ref_schema,
       r.relname AS ref_table,
       CASE WHEN c.contype = 'f' THEN
         array_to_json(ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum
                             ORDER BY k.ord))::text
       END AS ref_columns,
       c.confmatchtype AS match_type,
       c.confupdtype AS on_update,
       c.confdeltype AS on_delete,
       c.confdelsetcols::text AS on_delete_attnums, --@since 150000
       NULL::text AS on_delete_attnums, --@before 150000
       CASE WHEN c.contype = 'c' THEN pg_get_expr(c.conbin, c.conrelid) END AS check_expression,
       c.condeferrable AS deferrable,
       c.condeferred AS initially_deferred,
       NOT c.convalidated AS not_valid,
       c.contype = 'c' AND c.connoinherit AS no_inherit,
       d.description AS comment
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid
LEFT JOIN pg_class r ON c.contype = 'f' AND r.oid = c.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
LEFT JOIN pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_constraint'::regclass AND d.objsubid = 0
WHERE t.relkind IN ('r', 'p')
  AND t.relnamespace = ANY ($1::oid[])
  AND c.contype IN ('p', 'u', 'f', 'c', 'x')
  AND c.conparentid = 0
  AND c.conislocal
ORDER BY c.conrelid, c.conname
