-- Enum types of the included schemas ($1: their oids), one row per label in sort order (one row
-- with a NULL label for an enum without labels). Types an extension owns are left out.
SELECT t.oid,
       n.nspname AS schema,
       t.typname AS name,
       e.enumlabel AS label,
       d.description AS comment
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_enum e ON e.enumtypid = t.oid
LEFT JOIN pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
WHERE t.typtype = 'e'
  AND t.typnamespace = ANY ($1::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend x
                  WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY n.nspname, t.typname, e.enumsortorder
