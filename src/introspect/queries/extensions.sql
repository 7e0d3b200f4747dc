-- Installed extensions. Those initdb put into every database (plpgsql: oid below
-- FirstNormalObjectId, 16384) are left out, as pg_dump leaves them out. The version is read;
-- diff compares it only where a definition pins one (CREATE EXTENSION … VERSION). The comment
-- an extension's own script sets (its control file's comment, which pg_available_extensions()
-- reads) is not a comment the definition gives, so only a different one is kept.
SELECT e.extname AS name,
       n.nspname AS schema,
       e.extversion AS version,
       nullif(d.description, a.comment) AS comment
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
LEFT JOIN pg_available_extensions() AS a(name, default_version, comment) ON a.name = e.extname
LEFT JOIN pg_description d
       ON d.objoid = e.oid AND d.classoid = 'pg_extension'::regclass AND d.objsubid = 0
WHERE e.oid >= 16384
ORDER BY e.extname
