-- Columns of every table and materialized view of the included schemas ($1: their oids) in one
-- go, in position order; introspect_columns.cpp drops those of tables tables.sql left out and
-- keeps only the names (for index keys) of materialized views'.
-- Cost: format_type() runs once per distinct (type, typmod) pair, not once per column, and
-- pg_get_expr() only for columns that have a default or a generation expression. A plain
-- default is printed without its table as context (relid 0): PostgreSQL rejects column
-- references in DEFAULT, so the context could only name columns that cannot occur and the text
-- is the same; but given a relid, pg_get_expr opens the table, and opening every table (building
-- its relcache entry) is most of what the obvious query costs (see docs/introspection.md).
-- A generation expression does name columns, so it gets its table.
-- The collation is given only where it differs from the type's default, as SQL text
-- (quoted, schema-qualified unless in pg_catalog), as format_type prints names.
WITH cols AS (
  SELECT a.attrelid, a.attnum, a.attname, a.atttypid, a.atttypmod, a.attnotnull,
         a.attidentity, a.attgenerated, a.atthasdef, a.attcollation, t.typcollation
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_type t ON t.oid = a.atttypid
  WHERE c.relkind IN ('r', 'p', 'm')
    AND c.relnamespace = ANY ($1::oid[])
    AND a.attnum > 0
    AND NOT a.attisdropped
), types AS MATERIALIZED (
  SELECT atttypid, atttypmod, format_type(atttypid, atttypmod) AS type
  FROM (SELECT DISTINCT atttypid, atttypmod FROM cols) distinct_types
)
SELECT cols.attrelid AS table_oid,
       cols.attnum,
       cols.attname AS name,
       types.type,
       CASE WHEN cols.attcollation <> cols.typcollation AND cols.attcollation <> 0 THEN
         CASE WHEN cn.nspname = 'pg_catalog' THEN quote_ident(co.collname)
              ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
       END AS collation,
       cols.attcollation AS collation_oid,
       cols.attnotnull AS not_null,
       cols.attidentity AS identity,
       CASE WHEN cols.attgenerated = 's' THEN pg_get_expr(ad.adbin, ad.adrelid)
            WHEN cols.atthasdef THEN pg_get_expr(ad.adbin, 0) END AS expression,
       cols.attgenerated AS generated,
       d.description AS comment
FROM cols
JOIN types ON types.atttypid = cols.atttypid AND types.atttypmod = cols.atttypmod
LEFT JOIN pg_attrdef ad ON cols.atthasdef AND ad.adrelid = cols.attrelid AND ad.adnum = cols.attnum
LEFT JOIN pg_collation co ON cols.attcollation <> cols.typcollation AND co.oid = cols.attcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_description d
       ON d.objoid = cols.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = cols.attnum
ORDER BY cols.attrelid, cols.attnum
