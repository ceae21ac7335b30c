"""Opens a project file's bytes as SQLite without letting the file run anything.

A project file may come from anyone. SQLite will happily compute generated columns,
views, triggers, CHECK constraints and defaults that a crafted file declares, and a few
kilobytes of such schema can cost minutes and gigabytes. So, before any query touches a
row: the application id is read from the header bytes, the schema (the very tables and
columns, nothing else) is compared with what some version of Timeline wrote,
`trusted_schema` is off, writes are refused and no value may exceed a length cap.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from functools import cache

from timeline.store.errors import NotAProject, ProjectDamaged, ProjectTooNew
from timeline.store.schema import APPLICATION_ID, MIGRATIONS, REQUIRED_TABLES, SCHEMA_VERSION, migrate

SQLITE_MAGIC = b"SQLite format 3\x00"
# Longest single value SQLite will hand back (an article's text is capped far below this).
MAX_VALUE_BYTES = 64 * 1024 * 1024

SchemaShape = tuple[tuple[str, str, str, tuple[tuple[object, ...], ...]], ...]


def application_id_of(data: bytes) -> int:
    """The application id from the database header (bytes 68-71), without SQLite."""
    return int.from_bytes(data[68:72], "big") if len(data) >= 100 else 0


def open_untrusted(data: bytes, name: str) -> sqlite3.Connection:
    """An in-memory, read-only connection on `data` that runs nothing the file declares."""
    if not data:
        raise ProjectDamaged(f"{name} is empty")
    if not data.startswith(SQLITE_MAGIC):
        raise NotAProject(f"{name} is not a Timeline project (not an SQLite database)")
    if application_id_of(data) != APPLICATION_ID:
        raise NotAProject(f"{name} is an SQLite database, but not a Timeline project")
    connection = sqlite3.connect(":memory:")
    try:
        # Functions in a view, trigger or generated column may not run from the schema.
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        connection.deserialize(data)
        connection.execute("PRAGMA query_only = ON")
    except BaseException:
        connection.close()
        raise
    return connection


def _shape(connection: sqlite3.Connection) -> SchemaShape:
    """Every schema object with its whitespace-free SQL, and each table's columns as
    SQLite reports them (type, NOT NULL, default, key, hidden: generated columns show)."""
    entries = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    shape = []
    for kind, name, _table, sql in entries:
        columns: tuple[tuple[object, ...], ...] = ()
        if kind == "table":
            quoted = '"' + str(name).replace('"', '""') + '"'
            columns = tuple(
                tuple(row) for row in connection.execute(f"PRAGMA table_xinfo({quoted})")
            )
        shape.append((str(kind), str(name), "".join(str(sql).split()) if sql else "", columns))
    return tuple(shape)


@cache
def _expected_shapes() -> dict[SchemaShape, int]:
    """The schema each format version creates, built by running its migrations; each also
    with the analysis cache's two tables beside it (store/analysis_cache.py)."""
    from timeline.store.analysis_cache import create_cache_tables

    shapes = {}
    for version in range(1, SCHEMA_VERSION + 1):
        for with_cache in (False, True):
            connection = sqlite3.connect(":memory:")
            try:
                migrate(connection, 0, MIGRATIONS[:version])
                if with_cache:
                    create_cache_tables(connection)
                shapes[_shape(connection)] = version
            finally:
                connection.close()
    return shapes


def check_schema(connection: sqlite3.Connection, name: str) -> int:
    """The format version whose schema the file has exactly; raises when it has no such schema."""
    shape = _shape(connection)
    version = _expected_shapes().get(shape)
    if version is not None:
        return version
    newer = _newer_version(connection, shape)
    if newer is not None:
        raise ProjectTooNew(name, newer, SCHEMA_VERSION)
    present = {f"{kind} {entry_name}" for kind, entry_name, _sql, _columns in shape}
    known = _known_entries()
    tables = {entry.split(" ", 1)[1] for entry in present if entry.startswith("table ")}
    missing = sorted(REQUIRED_TABLES - tables)
    extras = sorted(present - known)
    if extras:
        detail = f"unexpected {', '.join(extras[:3])}"
    elif missing:
        detail = f"tables missing: {', '.join(missing)}"
    else:
        detail = "its tables or columns are not the ones Timeline writes"
    raise ProjectDamaged(f"{name} is damaged or not a Timeline project and was not opened: {detail}")


def _known_entries() -> set[str]:
    return {f"{kind} {entry}" for shape in _expected_shapes() for kind, entry, _sql, _columns in shape}


def _newer_version(connection: sqlite3.Connection, shape: SchemaShape) -> int | None:
    """A file written by a later Timeline: its version table is ours, its number higher.

    Read only when that table is exactly the one Timeline creates (so reading it runs
    nothing); the rest of the schema is not this version's to judge.
    """
    version_table = _version_table_entry()
    if version_table not in shape:
        return None
    rows: Sequence[tuple[object, ...]] = connection.execute("SELECT version FROM schema_version LIMIT 2").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], int) or isinstance(rows[0][0], bool):
        return None
    version = rows[0][0]
    return version if version > SCHEMA_VERSION else None


@cache
def _version_table_entry() -> tuple[str, str, str, tuple[tuple[object, ...], ...]]:
    for shape in _expected_shapes():
        for entry in shape:
            if entry[1] == "schema_version":
                return entry
    raise AssertionError("every format version has a schema_version table")


__all__ = ["MAX_VALUE_BYTES", "SQLITE_MAGIC", "application_id_of", "check_schema", "open_untrusted"]
