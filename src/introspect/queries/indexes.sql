-- Every index of the tables and materialized views of the included schemas ($1: their oids), one
-- row per index column in column order (key columns first, then INCLUDE columns), built from the
-- raw pg_index arrays instead of pg_get_indexdef() per index (the cheap way: measured at 2,000
-- tables, see introspect_indexes.cpp). Left out: indexes a partition inherited from its parent's
-- index (pg_inherits on the index). constraint_oid is set when the index backs a PK, unique or
-- exclusion constraint (introspect_constraints.cpp takes it from there); operator is that
-- exclusion constraint's operator for the column.
-- Per key: the column name, or for an expression key (attnum 0) the text pg_get_indexdef prints
-- for that column; the operator class only when it is not the default one for its type; the
-- collation when it is not the column's. For an expression key the expression's own collation is
-- not in the catalog, so full_definition (pg_get_indexdef, only for such keys) lets
-- introspect_indexes.cpp see whether PostgreSQL prints a COLLATE clause for it.
-- indoption bit 1 is DESC, bit 2 NULLS FIRST. The predicate and the comment come on the first row.
-- Version variants (see constraints.sql): indnullsnotdistinct exists from PostgreSQL 15 on.
WITH idx AS (
  SELECT i.indexrelid, i.indrelid, tn.nspname AS schema, ic.relname AS name, am.amname,
         i.indisunique, i.indnkeyatts, i.indkey, i.indclass, i.indcollation, i.indoption, i.indpred,
         i.indnullsnotdistinct AS nulls_not_distinct, --@since 150000
         false AS nulls_not_distinct, --@before 150000
         con.oid AS constraint_oid, con.conexclop
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_class t ON t.oid = i.indrelid
  JOIN pg_namespace tn ON tn.oid = t.relnamespace
  JOIN pg_am am ON am.oid = ic.relam
  LEFT JOIN pg_constraint con
         ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
  WHERE t.relkind IN ('r', 'p', 'm')
    AND t.relnamespace = ANY ($1::oid[])
    AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
)
SELECT idx.indexrelid AS index_oid,
       idx.indrelid AS table_oid,
       idx.schema,
       idx.name,
       idx.amname AS method,
       idx.indisunique AS is_unique,
       idx.nulls_not_distinct,
       idx.constraint_oid,
       k.ord AS position,
       k.ord > idx.indnkeyatts AS is_include,
       a.attname AS column_name,
       CASE WHEN k.attnum = 0 THEN pg_get_indexdef(idx.indexrelid, k.ord::int, false) END AS expression,
       CASE WHEN NOT opc.opcdefault THEN
         CASE WHEN opcn.nspname = 'pg_catalog' THEN quote_ident(opc.opcname)
              ELSE quote_ident(opcn.nspname) || '.' || quote_ident(opc.opcname) END
       END AS opclass,
       CASE WHEN k.collation_oid <> 0 AND (k.attnum = 0 OR k.collation_oid <> a.attcollation) THEN
         CASE WHEN colln.nspname = 'pg_catalog' THEN quote_ident(coll.collname)
              ELSE quote_ident(colln.nspname) || '.' || quote_ident(coll.collname) END
       END AS collation,
       CASE WHEN k.attnum = 0 AND k.collation_oid <> 0 THEN pg_get_indexdef(idx.indexrelid) END AS full_definition,
       coalesce(k.option & 1 <> 0, false) AS descending,
       coalesce(k.option & 2 <> 0, false) AS nulls_first,
       CASE WHEN op.oid IS NULL THEN NULL
            WHEN opn.nspname = 'pg_catalog' THEN op.oprname
            ELSE 'OPERATOR(' || quote_ident(opn.nspname) || '.' || op.oprname || ')' END AS operator,
       CASE WHEN k.ord = 1 THEN pg_get_expr(idx.indpred, idx.indrelid) END AS predicate,
       d.description AS comment
FROM idx
CROSS JOIN LATERAL unnest(idx.indkey::int2[], idx.indclass::oid[], idx.indcollation::oid[],
                          idx.indoption::int2[]) WITH ORDINALITY AS k(attnum, opclass, collation_oid, option, ord)
LEFT JOIN pg_attribute a ON k.attnum > 0 AND a.attrelid = idx.indrelid AND a.attnum = k.attnum
LEFT JOIN pg_opclass opc ON opc.oid = k.opclass
LEFT JOIN pg_namespace opcn ON opcn.oid = opc.opcnamespace
LEFT JOIN pg_collation coll ON coll.oid = k.collation_oid
LEFT JOIN pg_namespace colln ON colln.oid = coll.collnamespace
LEFT JOIN pg_operator op ON op.oid = idx.conexclop[k.ord]
LEFT JOIN pg_namespace opn ON opn.oid = op.oprnamespace
LEFT JOIN pg_description d
       ON k.ord = 1 AND d.objoid = idx.indexrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
ORDER BY idx.indrelid, idx.name, k.ord
