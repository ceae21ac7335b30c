"""The project file's tables, its format version and the ordered migrations between versions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

# Marks the SQLite file as a Timeline project ("TLNP"), so another app's database is refused.
APPLICATION_ID = 0x544C4E50

Migration = Callable[[sqlite3.Connection], None]


def _run_statements(connection: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, which would split a migration in two.
    for statement in script.split(";"):
        if statement.strip():
            connection.execute(statement)


def _create_version_1(connection: sqlite3.Connection) -> None:
    _run_statements(
        connection,
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE articles (
            position INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL,
            path TEXT NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            date TEXT,
            date_source TEXT,
            candidates TEXT NOT NULL,
            warnings TEXT NOT NULL,
            error TEXT,
            outlet TEXT,
            metadata_spans TEXT NOT NULL
        );
        CREATE TABLE edits (
            position INTEGER PRIMARY KEY,
            edit TEXT NOT NULL
        );
        """,
    )


def _add_boilerplate_spans(connection: sqlite3.Connection) -> None:
    # Articles read before boilerplate was marked have none: an empty list, not a guess.
    connection.execute("ALTER TABLE articles ADD COLUMN boilerplate_spans TEXT NOT NULL DEFAULT '[]'")


def _add_locale_hint(connection: sqlite3.Connection) -> None:
    # Articles read before locale hints were kept have none: unknown, as for a file that declares none.
    connection.execute("ALTER TABLE articles ADD COLUMN locale_hint TEXT")


# MIGRATIONS[n] takes a file from format n to format n + 1 (0 is an empty database).
# Append only: a released step is never changed, so every old file follows the same path.
MIGRATIONS: tuple[Migration, ...] = (_create_version_1, _add_boilerplate_spans, _add_locale_hint)
SCHEMA_VERSION = len(MIGRATIONS)

REQUIRED_TABLES: frozenset[str] = frozenset({"schema_version", "meta", "articles", "edits"})


def read_version(connection: sqlite3.Connection) -> int:
    """The format version recorded in the file; ValueError when there is none or it is garbled."""
    rows = connection.execute("SELECT version FROM schema_version").fetchall()
    if len(rows) != 1:
        raise ValueError(f"the version table has {len(rows)} rows")
    (version,) = rows[0]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(f"bad format version {version!r}")
    return version


def migrate(
    connection: sqlite3.Connection,
    from_version: int,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> int:
    """Run every step from `from_version` up to the newest, in one transaction; returns it."""
    with connection:
        if from_version == 0:
            connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            connection.execute("INSERT INTO schema_version (version) VALUES (0)")
        for version in range(from_version, len(migrations)):
            migrations[version](connection)
            connection.execute("UPDATE schema_version SET version = ?", (version + 1,))
    return len(migrations)
