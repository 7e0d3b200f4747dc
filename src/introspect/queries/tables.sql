-- Ordinary ('r') and partitioned ('p') tables of the included schemas ($1: their oids). Left out:
-- tables an extension owns and Alembic's bookkeeping table alembic_version.
-- A partition (relispartition) names its parent and its bound; a partitioned table its key.
SELECT c.oid,
       n.nspname AS schema,
       c.relname AS name,
       c.relkind,
       c.relispartition,
       pn.nspname AS parent_schema,
       p.relname AS parent_name,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       d.description AS comment
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
LEFT JOIN pg_class p ON p.oid = i.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = p.relnamespace
LEFT JOIN pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE c.relkind IN ('r', 'p')
  AND c.relnamespace = ANY ($1::oid[])
  AND c.relname <> 'alembic_version'
  AND NOT EXISTS (SELECT 1 FROM pg_depend x
                  WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.relname
