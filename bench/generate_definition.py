#!/usr/bin/env python3
"""Writes a deterministic synthetic definition of TABLES tables into DIR/schema/ (the benchmark's
sizes: 100, 500, 2,000, 5,000). Each table has 20 columns and the mix of a real application:
an identity primary key, foreign keys with their indexes, a UNIQUE constraint, unique expression
and partial indexes, CHECKs, defaults, enum columns and comments. Tables are spread over four
schemas (in blocks, so every foreign key points at an earlier table of the same file or an
earlier file), one file per 50 tables, each ending with a view over its tables (every other one
selecting `a.*`).

    generate_definition.py TABLES DIR     -> prints the number of bytes written
"""
import os
import sys

SCHEMAS = ["app", "billing", "catalog", "audit"]
TABLES_PER_FILE = 50
EXTRA_COLUMNS = [
    "integer", "text", "boolean NOT NULL DEFAULT false", "jsonb NOT NULL DEFAULT '{}'",
    "date", "uuid", "smallint", "double precision", "varchar(40)", "bytea",
]


def table_name(i):
    return f"t{i:05d}"


def schema_of(i, tables):
    """Tables are assigned to schemas in equal consecutive blocks."""
    per_schema = -(-tables // len(SCHEMAS))
    return SCHEMAS[i // per_schema]


def create_table(i, tables):
    schema = schema_of(i, tables)
    name = table_name(i)
    qualified = f"{schema}.{name}"
    parent = i - 1 if i > 0 and schema_of(i - 1, tables) == schema else None
    owner = i - 7 if i >= 7 and i % 3 == 0 and schema_of(i - 7, tables) == schema else None
    cols = ["    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"]
    if parent is not None:
        cols.append(f"    parent_id bigint NOT NULL REFERENCES {schema}.{table_name(parent)} (id) ON DELETE CASCADE")
    else:
        cols.append("    parent_id bigint")
    if owner is not None:
        cols.append(f"    owner_id bigint REFERENCES {schema}.{table_name(owner)} (id) ON DELETE SET NULL")
    else:
        cols.append("    owner_id bigint")
    cols += [
        "    code varchar(32) NOT NULL UNIQUE",
        "    name varchar(120) NOT NULL",
        "    email text",
        f"    status {schema}.status NOT NULL DEFAULT 'new'",
        f"    priority {schema}.priority",
        "    amount numeric(12, 2) NOT NULL DEFAULT 0 CHECK (amount >= 0)",
        "    created_at timestamptz NOT NULL DEFAULT now()",
    ]
    for c in range(20 - len(cols)):
        cols.append(f"    attr_{c} {EXTRA_COLUMNS[(c + i) % len(EXTRA_COLUMNS)]}")
    out = [f"CREATE TABLE {qualified} (\n" + ",\n".join(cols)]
    if i % 4 == 0:
        out[0] += ",\n    CONSTRAINT " + name + "_dates_check CHECK (created_at > '2000-01-01')"
    out[0] += "\n);\n"
    if parent is not None:
        out.append(f"CREATE INDEX {name}_parent_id_idx ON {qualified} (parent_id);\n")
    if owner is not None:
        out.append(f"CREATE INDEX {name}_owner_id_idx ON {qualified} (owner_id);\n")
    out.append(f"CREATE INDEX {name}_active_idx ON {qualified} (created_at DESC) WHERE status = 'active';\n")
    if i % 5 == 0:
        out.append(f"CREATE UNIQUE INDEX {name}_email_key ON {qualified} (lower(email));\n")
    if i % 2 == 0:
        out.append(f"CREATE INDEX {name}_name_status_idx ON {qualified} (name, status);\n")
    out.append(f"COMMENT ON TABLE {qualified} IS 'synthetic table {i}';\n")
    if i % 4 == 0:
        out.append(f"COMMENT ON COLUMN {qualified}.code IS 'business key of {name}';\n")
    return "".join(out)


def create_view(first, last, tables):
    """A view over up to three tables of one block (a join along the parent foreign key)."""
    schema = schema_of(last, tables)
    base = last
    while base > first and schema_of(base - 1, tables) == schema and base - last < 2:
        base -= 1
    a = f"{schema}.{table_name(last)}"
    # Every other view selects `a.*`, which PostgreSQL expands when it stores the view: only
    # the shadow database can compare those, so the benchmark times it too.
    columns = "a.*" if (last // TABLES_PER_FILE) % 2 == 0 else "a.id, a.code, a.name, a.status, a.amount"
    if base < last:
        b = f"{schema}.{table_name(last - 1)}"
        query = (f"SELECT {columns}, b.name AS parent_name\n"
                 f"  FROM {a} a JOIN {b} b ON b.id = a.parent_id\n"
                 f"  WHERE a.status <> 'archived'")
    else:
        query = f"SELECT id, code, name, status, amount FROM {a} WHERE status <> 'archived'"
    return f"CREATE VIEW {schema}.v{last:05d} AS\n  {query};\n"


def preamble(tables):
    used = sorted({schema_of(i, tables) for i in range(tables)}, key=SCHEMAS.index)
    out = []
    for schema in used:
        out.append(f"CREATE SCHEMA {schema};\n")
        out.append(f"COMMENT ON SCHEMA {schema} IS 'synthetic schema {schema}';\n")
        out.append(f"CREATE TYPE {schema}.status AS ENUM ('new', 'active', 'suspended', 'archived');\n")
        out.append(f"CREATE TYPE {schema}.priority AS ENUM ('low', 'normal', 'high', 'urgent');\n")
    return "".join(out)


def write_definition(tables, directory):
    """Writes the files; returns the total number of bytes."""
    schema_dir = os.path.join(directory, "schema")
    os.makedirs(schema_dir, exist_ok=True)
    files = {"00_preamble.sql": preamble(tables)}
    for first in range(0, tables, TABLES_PER_FILE):
        last = min(first + TABLES_PER_FILE, tables) - 1
        body = "".join(create_table(i, tables) for i in range(first, last + 1))
        body += create_view(first, last, tables)
        files[f"{10 + SCHEMAS.index(schema_of(first, tables))}_{schema_of(first, tables)}_{first:05d}.sql"] = body
    total = 0
    for name, text in files.items():
        with open(os.path.join(schema_dir, name), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
    return total


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: generate_definition.py TABLES DIR")
    print(write_definition(int(sys.argv[1]), sys.argv[2]))


if __name__ == "__main__":
    main()
