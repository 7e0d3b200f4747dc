-- The names index and exclusion keys refer to by oid (indexes.sql gives raw pg_index arrays):
-- every operator class (with whether it is the default for its type and method), every
-- collation, and the operators exclusion constraints use. A few hundred rows, read once, so no
-- name has to be looked up per index key. Names are SQL text the way pg_get_indexdef prints
-- them with search_path = pg_catalog: quoted where needed, schema-qualified unless in pg_catalog;
-- an operator outside pg_catalog as OPERATOR(schema.op).
SELECT 'opclass' AS kind,
       c.oid,
       CASE WHEN n.nspname = 'pg_catalog' THEN quote_ident(c.opcname)
            ELSE quote_ident(n.nspname) || '.' || quote_ident(c.opcname) END AS name,
       c.opcdefault AS is_default
FROM pg_opclass c
JOIN pg_namespace n ON n.oid = c.opcnamespace
UNION ALL
SELECT 'collation',
       c.oid,
       CASE WHEN n.nspname = 'pg_catalog' THEN quote_ident(c.collname)
            ELSE quote_ident(n.nspname) || '.' || quote_ident(c.collname) END,
       false
FROM pg_collation c
JOIN pg_namespace n ON n.oid = c.collnamespace
UNION ALL
SELECT 'operator',
       o.oid,
       CASE WHEN n.nspname = 'pg_catalog' THEN o.oprname
            ELSE 'OPERATOR(' || quote_ident(n.nspname) || '.' || o.oprname || ')' END,
       false
FROM pg_operator o
JOIN pg_namespace n ON n.oid = o.oprnamespace
WHERE o.oid IN (SELECT unnest(conexclop) FROM pg_constraint WHERE contype = 'x')
ORDER BY 1, 2
