"""Saving and opening a project file: one SQLite database, validated whole before anything is used.

A file is built in memory and written with one atomic replace. Opening reads the bytes
into memory and, in this order: checks the application id in the header, the schema
(exactly the tables and columns some version wrote: nothing for SQLite to compute, see
untrusted_file), SQLite's integrity, the format version, the size of every stored value
and a digest over every raw stored value; only then are rows turned into values. So a
damaged or crafted file is refused quickly and nothing of it is loaded, and opening
never writes beside the project.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline import __version__
from timeline.domain.edits import Edit
from timeline.ingest.bounded_json import loads_json
from timeline.ingest.limits import MAX_TEXT_CHARS
from timeline.store.analysis_cache import AnalysisCache, SavedAnalysis, read_cache, write_cache
from timeline.store.article_codec import ARTICLE_COLUMNS, article_from_row, article_to_row
from timeline.store.atomic_write import write_bytes_atomically
from timeline.store.edit_codec import edit_from_json, edit_to_json
from timeline.store.errors import (
    ProjectDamaged,
    ProjectError,
    ProjectTooNew,
    ProjectWriteError,
    describe_os_error,
)
from timeline.store.project import Project
from timeline.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate, read_version
from timeline.store.untrusted_file import check_schema, open_untrusted

PROJECT_SUFFIX = ".timeline"
_DIGEST_KEY = "content_digest"

# What a damaged file can raise while being read; all of it means "damaged".
_DECODE_ERRORS = (sqlite3.Error, ValueError, TypeError, KeyError, UnicodeError, OverflowError, RecursionError)

# The longest value each stored field may hold, in characters: an article's text is cut
# to MAX_TEXT_CHARS when read; nothing else we write comes near MAX_FIELD_CHARS.
MAX_FIELD_CHARS = 4_000_000
_FIELD_LIMITS = {
    ("articles", "text"): MAX_TEXT_CHARS,
    # The saved analysis holds a whole corpus's events in one value (SQLite's own cap,
    # untrusted_file.MAX_VALUE_BYTES, still bounds it).
    ("analysis_events", "automatic"): 64 * 1024 * 1024,
    ("analysis_events", "extras"): 64 * 1024 * 1024,
}


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
    data, digest = project_to_bytes(project, analysis)
    write_project_bytes(path, data)
    return digest


def write_project_bytes(path: str | Path, data: bytes) -> None:
    """Replace the file at `path` with `data` atomically; ProjectWriteError says why not."""
    target = Path(path)
    try:
        write_bytes_atomically(target, data)
    except OSError as error:
        raise ProjectWriteError(describe_os_error(error, str(target))) from error


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
    connection = open_untrusted(data, name)
    try:
        return _read_connection(connection, name)
    except ProjectError:
        raise
    except _DECODE_ERRORS as error:
        raise ProjectDamaged(f"{name} is damaged and was not opened: {_one_line(error)}") from error
    finally:
        connection.close()


def read_stored_digest(path: str | Path) -> str | None:
    """The digest a project file says it has, read cheaply (no integrity check or hashing);
    None when the file is missing or is not a project. Enough to tell whether the file
    is one this program saved (recovery compares it with a digest it wrote itself)."""
    try:
        data = Path(path).read_bytes()
        connection = open_untrusted(data, str(path))
    except (OSError, ProjectError, sqlite3.Error):
        return None
    try:
        check_schema(connection, str(path))
        row = connection.execute("SELECT value FROM meta WHERE key = ?", (_DIGEST_KEY,)).fetchone()
    except (ProjectError, *_DECODE_ERRORS):
        return None
    finally:
        connection.close()
    return row[0] if row is not None and isinstance(row[0], str) else None


def _read_connection(connection: sqlite3.Connection, name: str) -> StoredProject:
    version = check_schema(connection, name)  # before any row is read: nothing to compute
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
    if problems != ["ok"]:
        raise ProjectDamaged(f"{name} is damaged and was not opened: {_one_line(problems[0])}")
    found = read_version(connection)
    if found > SCHEMA_VERSION:  # a later version that left the tables as they were
        raise ProjectTooNew(name, found, SCHEMA_VERSION)
    if found != version:
        raise ProjectDamaged(f"{name} is damaged: its format version does not match its tables")
    stored_digest = _meta(connection).get(_DIGEST_KEY)
    digest = _content_digest(connection, checked=True)
    if stored_digest != digest:
        raise ProjectDamaged(f"{name} is damaged and was not opened: its content does not match its checksum")
    if version < SCHEMA_VERSION:
        # In memory only (the file on disk stays as it was); the copy must be writable.
        connection.execute("PRAGMA query_only = OFF")
        migrate(connection, version)
    return StoredProject(_decode(connection), digest, version, read_cache(connection))


def _one_line(error: object) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 200 else text[:199] + "…"


def _decode(connection: sqlite3.Connection) -> Project:
    meta = _meta(connection)
    articles = tuple(
        article_from_row(row)
        for row in connection.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles ORDER BY position")
    )
    edits = tuple(
        edit_from_json(loads_json(_text(text)))
        for (text,) in connection.execute("SELECT edit FROM edits ORDER BY position")
    )
    cursor = int(meta["undo_cursor"])
    view_state = _view_state(meta["view_state"])
    return Project(articles, edits, cursor, view_state)


def _view_state(text: str) -> dict[str, object]:
    """The saved view, or the default view when it cannot be shown: a view state that is
    no JSON object, nests too deeply or holds an unreal number costs only the view."""
    try:
        state = loads_json(text)
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


def _meta(connection: sqlite3.Connection) -> dict[str, str]:
    return {_text(key): _text(value) for key, value in connection.execute("SELECT key, value FROM meta")}


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected text, found {type(value).__name__}")
    return value


def _edit_text(edit: Edit) -> str:
    # ASCII escapes: a label with a lone surrogate still round-trips exactly.
    return json.dumps(edit_to_json(edit), ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def _content_digest(connection: sqlite3.Connection, *, checked: bool = False) -> str:
    """SHA-256 over every stored value of every table, in a fixed order, except the digest itself.

    Written the same way for every format version, so it is checked before migrating.
    SQLite's integrity check finds broken pages; this finds a changed value in a page
    that is still well-formed (a flipped letter in an article, a changed date). With
    `checked`, each raw value is held to its size limit on the way (ValueError).
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
        cursor = connection.execute(f"SELECT * FROM {quoted} ORDER BY rowid")
        limits = [_FIELD_LIMITS.get((table, column[0]), MAX_FIELD_CHARS) for column in cursor.description]
        for row in cursor:
            if table == "meta" and row[0] == _DIGEST_KEY:
                continue
            if checked:
                _check_sizes(table, cursor.description, row, limits)
            hasher.update(b"".join([_digest_bytes(value) for value in row]) + b"\n")
    return hasher.hexdigest()


def _check_sizes(table: str, description: Sequence[Sequence[object]], row: tuple[object, ...],
                 limits: list[int]) -> None:
    for index, value in enumerate(row):
        if isinstance(value, str | bytes) and len(value) > limits[index]:
            column = description[index][0]
            raise ValueError(f"{table}.{column} holds {len(value):,} characters (limit {limits[index]:,})")


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
