#!/usr/bin/env python3
"""Writes the catalog floor script: the statements driftgate sends to read a database, in its
order and in one REPEATABLE READ READ ONLY transaction, for psql to run on a fresh connection.
The queries are taken from src/introspect/queries/*.sql with the version variants resolved as
query_text.cpp resolves them, and $1 replaced by the oids of the non-system schemas (what
introspect_schemas.cpp builds from schemas.sql's rows).

    catalog_floor.py QUERIES_DIR SERVER_VERSION_NUM SCHEMA_OIDS   -> the script on stdout
    (SCHEMA_OIDS: comma-separated, e.g. 2200,16385)
"""
import os
import re
import sys

# read_catalog.cpp's order.
QUERY_ORDER = ["schemas", "extensions", "enums", "tables", "views", "columns", "sequences",
               "key_names", "indexes", "constraints"]
MARKER = re.compile(r"--@(since|before) (\d+)\s*$")


def for_version(text, version):
    """Keeps the lines meant for this server version (see query_text.cpp)."""
    kept = []
    for line in text.split("\n"):
        m = MARKER.search(line)
        if m and (version < int(m.group(2)) if m.group(1) == "since" else version >= int(m.group(2))):
            continue
        kept.append(line)
    return "\n".join(kept)


def floor_script(queries_dir, version, oids):
    out = [
        "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;",
        "SET LOCAL statement_timeout = 60000;",
        "SELECT current_setting('search_path'), current_setting('DateStyle'), "
        "current_setting('IntervalStyle'), current_setting('TimeZone'), "
        "current_setting('extra_float_digits');",
        "SELECT set_config('search_path', 'pg_catalog', true), "
        "set_config('DateStyle', 'ISO, YMD', true), set_config('IntervalStyle', 'postgres', true), "
        "set_config('TimeZone', 'UTC', true), set_config('extra_float_digits', '1', true);",
    ]
    for name in QUERY_ORDER:
        with open(os.path.join(queries_dir, name + ".sql"), encoding="utf-8") as f:
            text = for_version(f.read(), version).rstrip().rstrip(";")
        out.append(text.replace("$1", "'{" + oids + "}'") + ";")
    out.append("COMMIT;")
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: catalog_floor.py QUERIES_DIR SERVER_VERSION_NUM SCHEMA_OIDS")
    sys.stdout.write(floor_script(sys.argv[1], int(sys.argv[2]), sys.argv[3]))


if __name__ == "__main__":
    main()
