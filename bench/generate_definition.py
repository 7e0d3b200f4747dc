#!/usr/bin/env python3
"""Writes a deterministic synthetic definition of about SIZE bytes (default 1 MB) to stdout:
tables of ~20 columns with identity keys, foreign keys, CHECKs, unique and partial indexes,
comments and enums. Used to measure parse throughput (see README, Benchmark)."""
import sys

target = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
out = []
size = 0
out.append("CREATE TYPE status AS ENUM ('new', 'active', 'archived');\n")
i = 0
while size < target:
    cols = [
        "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        f"    parent_id bigint REFERENCES t{max(i - 1, 0)} (id) ON DELETE CASCADE" if i else "    parent_id bigint",
        "    name varchar(120) NOT NULL",
        "    email text UNIQUE",
        "    status status NOT NULL DEFAULT 'new'",
        "    amount numeric(12, 2) CHECK (amount >= 0)",
        "    created_at timestamptz NOT NULL DEFAULT now()",
    ]
    for c in range(13):
        cols.append(f"    attr_{c} {['integer', 'text', 'boolean DEFAULT false', 'jsonb', 'date'][c % 5]}")
    stmt = f"CREATE TABLE t{i} (\n" + ",\n".join(cols) + "\n);\n"
    stmt += f"CREATE INDEX ON t{i} (parent_id);\n"
    stmt += f"CREATE INDEX t{i}_active_idx ON t{i} (created_at DESC) WHERE status = 'active';\n"
    stmt += f"COMMENT ON TABLE t{i} IS 'synthetic table {i}';\n"
    out.append(stmt)
    size += len(stmt)
    i += 1
sys.stdout.write("".join(out))
