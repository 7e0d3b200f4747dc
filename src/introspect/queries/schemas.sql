-- Schemas that can hold user objects, one row each. Left out: the system's (every name starting
-- with pg_ is reserved for it: pg_catalog, pg_toast*, pg_temp_*, pg_toast_temp_*), the
-- information_schema, and schemas an extension created (pg_depend deptype 'e').
-- has_usage tells introspect_schemas.cpp whether the role may use the schema.
-- implicit marks the public schema initdb creates in every database (oid 2200) while it still
-- has initdb's comment: a definition never creates it, so it is no model object (its objects
-- are read all the same). A public schema that was recreated or given a comment of its own is.
SELECT n.oid,
       n.nspname AS name,
       has_schema_privilege(n.oid, 'USAGE') AS has_usage,
       n.oid = 2200 AND coalesce(d.description, 'standard public schema') = 'standard public schema'
         AS implicit,
       d.description AS comment
FROM pg_namespace n
LEFT JOIN pg_description d
       ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%'
  AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                  WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
ORDER BY n.nspname
