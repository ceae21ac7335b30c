"""Saving and opening a project file: one SQLite database, validated whole before anything is used.

A file is built in memory and written with one atomic replace. Opening reads the bytes
into memory, checks SQLite's integrity, the application id, the tables, the format
version and a digest over every stored value; only then are rows turned into values.
So a damaged file is reported and nothing of it is loaded, and opening never writes
beside the project (no journal or lock files).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from timeline import __version__
from timeline.domain.edits import Edit
from timeline.store.analysis_cache import AnalysisCache, SavedAnalysis, read_cache, write_cache
from timeline.store.article_codec import ARTICLE_COLUMNS, article_from_row, article_to_row
from timeline.store.atomic_write import write_bytes_atomically
from timeline.store.edit_codec import edit_from_json, edit_to_json
from timeline.store.errors import (
    NotAProject,
    ProjectDamaged,
    ProjectError,
    ProjectTooNew,
    ProjectWriteError,
    describe_os_error,
)
from timeline.store.project import Project
from timeline.store.schema import (
    APPLICATION_ID,
    REQUIRED_TABLES,
    SCHEMA_VERSION,
    migrate,
    read_version,
)

PROJECT_SUFFIX = ".timeline"
SQLITE_MAGIC = b"SQLite format 3\x00"
_DIGEST_KEY = "content_digest"

# What a damaged file can raise while being read; all of it means "damaged".
_DECODE_ERRORS = (sqlite3.Error, ValueError, TypeError, KeyError, UnicodeError, OverflowError)


@dataclass(frozen=True, slots=True)
class StoredProject:
    """A project as read from disk, with the digest that names exactly what was read."""

    project: Project
    digest: str
    format_version: int  # the version the file was written in (before any migration)
    analysis: AnalysisCache | None = None  # the analysis saved with it, if any (analysis_cache.py)


def project_to_bytes(project: Project, analysis: SavedAnalysis | None = None) -> tuple[bytes, str]:
    """The complete file content for `project`, and its content digest; with `analysis` (the
    corpus's analyses and edit base), reopening it need not extract again."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate(connection, 0)
        with connection:
            placeholders = ", ".join("?" for _ in ARTICLE_COLUMNS)
            connection.executemany(
                f"INSERT INTO articles (position, {', '.join(ARTICLE_COLUMNS)}) VALUES (?, {placeholders})",
                ((index, *article_to_row(a)) for index, a in enumerate(project.articles)),
            )
            connection.executemany(
                "INSERT INTO edits (position, edit) VALUES (?, ?)",
                ((index, _edit_text(edit)) for index, edit in enumerate(project.edits)),
            )
            connection.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("undo_cursor", str(project.undo_cursor)),
                    ("view_state", json.dumps(project.view_state, sort_keys=True)),
                    ("saved_by", f"timeline {__version__}"),
                ],
            )
            if analysis is not None:
                write_cache(connection, *analysis)
        digest = _content_digest(connection)
        with connection:
            connection.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (_DIGEST_KEY, digest))
        return connection.serialize(), digest
    finally:
        connection.close()


def save_project(path: str | Path, project: Project, analysis: SavedAnalysis | None = None) -> str:
    """Write `project` to `path` atomically; returns its digest.

    Raises ProjectWriteError (one line: full disk, read-only place, ...) and leaves
    whatever was at `path` before untouched.
    """
    target = Path(path)
    data, digest = project_to_bytes(project, analysis)
    try:
        write_bytes_atomically(target, data)
    except OSError as error:
        raise ProjectWriteError(describe_os_error(error, str(target))) from error
    return digest


def open_project(path: str | Path) -> Project:
    return read_project_file(path).project


def read_project_file(path: str | Path) -> StoredProject:
    """Read and validate a whole project file; raises a ProjectError subclass on any fault."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except FileNotFoundError as error:
        raise ProjectError(f"{source} does not exist") from error
    except IsADirectoryError as error:
        raise ProjectError(f"{source} is a folder, not a project file") from error
    except OSError as error:
        raise ProjectError(f"cannot read {source}: {error.strerror or error}") from error
    return project_from_bytes(data, name=str(source))


def project_from_bytes(data: bytes, *, name: str = "the project") -> StoredProject:
    if not data:
        raise ProjectDamaged(f"{name} is empty")
    if not data.startswith(SQLITE_MAGIC):
        raise NotAProject(f"{name} is not a Timeline project (not an SQLite database)")
    connection = sqlite3.connect(":memory:")
    try:
        return _read_connection(connection, data, name)
    except ProjectError:
        raise
    except _DECODE_ERRORS as error:
        raise ProjectDamaged(f"{name} is damaged and was not opened: {error}") from error
    finally:
        connection.close()


def _read_connection(connection: sqlite3.Connection, data: bytes, name: str) -> StoredProject:
    connection.deserialize(data)
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
    if problems != ["ok"]:
        raise ProjectDamaged(f"{name} is damaged and was not opened: {problems[0]}")
    (application_id,) = connection.execute("PRAGMA application_id").fetchone()
    if application_id != APPLICATION_ID:
        raise NotAProject(f"{name} is an SQLite database, but not a Timeline project")
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = REQUIRED_TABLES - tables
    if missing:
        raise ProjectDamaged(f"{name} is damaged: tables missing: {', '.join(sorted(missing))}")
    version = read_version(connection)
    if version > SCHEMA_VERSION:
        raise ProjectTooNew(name, version, SCHEMA_VERSION)
    stored_digest = _meta(connection).get(_DIGEST_KEY)
    digest = _content_digest(connection)
    if stored_digest != digest:
        raise ProjectDamaged(f"{name} is damaged and was not opened: its content does not match its checksum")
    if version < SCHEMA_VERSION:
        migrate(connection, version)  # in memory only: the file on disk stays as it was
    return StoredProject(_decode(connection), digest, version, read_cache(connection))


def _decode(connection: sqlite3.Connection) -> Project:
    meta = _meta(connection)
    articles = tuple(
        article_from_row(row)
        for row in connection.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles ORDER BY position")
    )
    edits = tuple(
        edit_from_json(json.loads(_text(text)))
        for (text,) in connection.execute("SELECT edit FROM edits ORDER BY position")
    )
    cursor = int(meta["undo_cursor"])
    view_state = json.loads(meta["view_state"])
    if not isinstance(view_state, dict):
        raise ValueError("the view state is not a JSON object")
    return Project(articles, edits, cursor, view_state)


def _meta(connection: sqlite3.Connection) -> dict[str, str]:
    return {_text(key): _text(value) for key, value in connection.execute("SELECT key, value FROM meta")}


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected text, found {type(value).__name__}")
    return value


def _edit_text(edit: Edit) -> str:
    # ASCII escapes: a label with a lone surrogate still round-trips exactly.
    return json.dumps(edit_to_json(edit), ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def _content_digest(connection: sqlite3.Connection) -> str:
    """SHA-256 over every stored value of every table, in a fixed order, except the digest itself.

    Written the same way for every format version, so it is checked before migrating.
    SQLite's integrity check finds broken pages; this finds a changed value in a page
    that is still well-formed (a flipped letter in an article, a changed date).
    """
    hasher = hashlib.sha256()
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    for table in tables:
        hasher.update(b"table " + table.encode() + b"\n")
        quoted = '"' + table.replace('"', '""') + '"'
        for row in connection.execute(f"SELECT * FROM {quoted} ORDER BY rowid"):
            if table == "meta" and row[0] == _DIGEST_KEY:
                continue
            hasher.update(b"".join([_digest_bytes(value) for value in row]) + b"\n")
    return hasher.hexdigest()


def _digest_bytes(value: object) -> bytes:
    """Each value with its kind and length in front, so no two different rows read the same."""
    if value is None:
        return b"N"
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        return b"S%d:" % len(data) + data
    if isinstance(value, int):
        return b"I%d;" % value
    if isinstance(value, bytes):
        return b"B%d:" % len(value) + value
    return b"F" + repr(value).encode() + b";"
