#!/usr/bin/env python3
"""The Alembic peer: reflects every user schema of the database at URL with SQLAlchemy, then runs
Alembic's compare_metadata of that metadata against the same database (what `alembic revision
--autogenerate` does), and prints the number of tables and of differences found.

    alembic_compare.py URL     (a SQLAlchemy URL, e.g. postgresql+psycopg2://postgres@/db?host=/sock)
"""
import sys
import threading

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext


def main():
    # Reflecting a table reflects the tables its foreign keys reference, recursively: a long
    # chain of foreign keys (the generated schemas have hundreds) needs a deep stack.
    sys.setrecursionlimit(1_000_000)
    if len(sys.argv) != 2:
        sys.exit("usage: alembic_compare.py URL")
    engine = sa.create_engine(sys.argv[1])
    metadata = sa.MetaData()
    with engine.connect() as conn:
        schemas = [s for s in sa.inspect(conn).get_schema_names()
                   if s != "information_schema" and not s.startswith("pg_")]
        for schema in schemas:
            metadata.reflect(bind=conn, schema=None if schema == "public" else schema, views=True)
        context = MigrationContext.configure(conn, opts={
            "include_schemas": True,
            "compare_type": True,
        })
        diffs = compare_metadata(context, metadata)
    print(f"{len(metadata.tables)} tables reflected, {len(diffs)} differences")


if __name__ == "__main__":
    threading.stack_size(512 * 1024 * 1024)
    worker = threading.Thread(target=main)
    worker.start()
    worker.join()
