-- Sequences of the included schemas ($1: their oids) with their options, and the column each
-- belongs to: deptype 'a' is OWNED BY (serial columns), deptype 'i' makes it an identity
-- column's sequence, which introspect_sequences.cpp folds into that column. Sequences an
-- extension owns are left out.
SELECT c.oid,
       n.nspname AS schema,
       c.relname AS name,
       format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       dep.deptype AS owner_kind,
       dep.refobjid AS owner_table_oid,
       tn.nspname AS owner_schema,
       t.relname AS owner_table,
       a.attname AS owner_column,
       d.description AS comment
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_depend dep
       ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
      AND dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0
      AND dep.deptype IN ('a', 'i')
LEFT JOIN pg_class t ON t.oid = dep.refobjid
LEFT JOIN pg_namespace tn ON tn.oid = t.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
LEFT JOIN pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE c.relnamespace = ANY ($1::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend x
                  WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.relname
