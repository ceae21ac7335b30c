"""The autosave journal: an append-only file of a session's changes, fsynced line by line.

Each line is `<crc32 hex> <json>`; a line cut short by a crash or power cut fails its
checksum, and reading stops there, so a reader gets every change up to the last one
that reached the disk. The first line is a header naming the project the changes apply
to and the digest of that project file as it was when the journal began.

A live session holds an exclusive lock on its journal (where the platform has flock),
so a second window never offers to "recover" work that is still open elsewhere.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from timeline.ingest.bounded_json import loads_json
from timeline.store.atomic_write import fsync_directory

try:  # POSIX only; elsewhere a journal is simply never treated as in use
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]  # the module or None: checked before each use

JOURNAL_SUFFIX = ".journal"
JOURNAL_FORMAT = 1
# One line holds one change; the biggest is an article (a million characters, escaped) or a
# whole history. A longer line is damage or a trap, and is never read into memory whole.
MAX_LINE_BYTES = 64 * 1024 * 1024


class JournalInUse(OSError):
    """Another live session holds this journal."""


@dataclass(frozen=True, slots=True)
class JournalHeader:
    project_path: str | None
    base_digest: str | None  # digest of the project file the changes apply to; None: untitled
    started: float  # seconds since the epoch, only to label the recovery prompt


@dataclass(frozen=True, slots=True)
class JournalContents:
    header: JournalHeader
    entries: tuple[dict[str, Any], ...]
    torn_tail: bool  # the last line was cut short (the crash happened mid-write)
    intact_bytes: int  # length of the header and intact entries: where a new entry may go


def encode_line(entry: dict[str, Any]) -> bytes:
    # ASCII escapes: any Python string, even with a lone surrogate, survives the trip.
    payload = json.dumps(entry, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    data = payload.encode("utf-8")
    return b"%08x " % zlib.crc32(data) + data + b"\n"


def decode_line(line: bytes) -> dict[str, Any] | None:
    """The entry on one line, or None when the line is incomplete or damaged."""
    if not line.endswith(b"\n") or len(line) < 10 or line[8:9] != b" ":
        return None
    data = line[9:-1]
    try:
        if int(line[:8], 16) != zlib.crc32(data):
            return None
        entry = loads_json(data)
    except (ValueError, UnicodeDecodeError):  # TooComplex (deep nesting) is a ValueError
        return None
    return entry if isinstance(entry, dict) else None


def _intact_article_line(line: bytes) -> bool:
    """An article line whose checksum holds, recognised without parsing its JSON (sorted
    keys put "op" first in it): counting a session's work need not decode every article."""
    if not line.endswith(b"\n") or line[8:9] != b" " or not line.startswith(b'{"op":"article",', 9):
        return False
    try:
        return int(line[:8], 16) == zlib.crc32(line[9:-1])
    except ValueError:
        return False


class JournalReader:
    """Reads a journal line by line, so memory stays that of one line however long it is.

    The header is read at once (ValueError when unreadable); `entries()` then yields every
    intact entry in order and stops at the first damaged or cut-short line, after which
    `torn_tail` and `intact_bytes` tell what was found.
    """

    def __init__(self, path: Path, *, skip_article_rows: bool = False) -> None:
        self.path = path
        self.torn_tail = False
        self.intact_bytes = 0
        # Counting work needs no article's content: such lines are checked, not decoded.
        self._skip_article_rows = skip_article_rows
        with open(path, "rb") as stream:
            first = stream.readline(MAX_LINE_BYTES + 1)
        if not first:
            raise ValueError(f"{path} is empty")
        header_entry = decode_line(first)
        if header_entry is None or header_entry.get("op") != "header":
            raise ValueError(f"{path} has no readable header")
        if header_entry.get("format") != JOURNAL_FORMAT:
            raise ValueError(f"{path} is journal format {header_entry.get('format')!r}")
        started = header_entry.get("started", 0.0)
        self.header = JournalHeader(
            project_path=_optional_str(header_entry.get("project_path")),
            base_digest=_optional_str(header_entry.get("base_digest")),
            started=float(started) if isinstance(started, int | float) else 0.0,
        )
        self._header_bytes = len(first)

    def entries(self) -> Iterator[dict[str, Any]]:
        self.torn_tail = False
        self.intact_bytes = self._header_bytes
        with open(self.path, "rb") as stream:
            stream.seek(self._header_bytes)
            while True:
                line = stream.readline(MAX_LINE_BYTES + 1)
                if not line:
                    return
                if self._skip_article_rows and _intact_article_line(line):
                    entry: dict[str, Any] | None = {"op": "article"}
                else:
                    entry = decode_line(line)
                if entry is None:
                    self.torn_tail = True
                    return  # nothing after a damaged line can be trusted to follow from it
                self.intact_bytes += len(line)
                yield entry


def read_journal(path: Path) -> JournalContents:
    """Every intact entry in order, in memory (small journals, tests); ValueError when even
    the header is unreadable. Recovery streams with JournalReader instead."""
    reader = JournalReader(path)
    entries = tuple(reader.entries())
    return JournalContents(reader.header, entries, reader.torn_tail, reader.intact_bytes)


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def try_lock(stream: IO[bytes]) -> bool:
    """Take the journal's exclusive lock without waiting; False when a live session has it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class EditJournal:
    """One session's journal file, open for appending and locked while the session lives."""

    def __init__(self, path: Path, stream: IO[bytes]) -> None:
        self.path = path
        self._stream: IO[bytes] | None = stream

    @classmethod
    def create(cls, directory: Path, header: JournalHeader) -> EditJournal:
        """A new journal in `directory` holding only the header (made durable before returning)."""
        directory.mkdir(parents=True, exist_ok=True)
        now = time.localtime()  # digits only, so no strftime (see domain.calendar_words)
        stamp = f"{now.tm_year:04d}{now.tm_mon:02d}{now.tm_mday:02d}-{now.tm_hour:02d}{now.tm_min:02d}{now.tm_sec:02d}"
        name = f"{stamp}-{os.getpid()}-{os.urandom(4).hex()}{JOURNAL_SUFFIX}"
        path = directory / name
        stream = open(path, "xb")  # noqa: SIM115 - kept open for the session's lifetime
        try:
            try_lock(stream)
            journal = cls(path, stream)
            journal.append(
                {
                    "op": "header",
                    "format": JOURNAL_FORMAT,
                    "project_path": header.project_path,
                    "base_digest": header.base_digest,
                    "started": header.started,
                    "pid": os.getpid(),
                }
            )
            fsync_directory(directory)
        except BaseException:
            stream.close()
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        return journal

    @classmethod
    def adopt(cls, path: Path) -> EditJournal:
        """Continue a journal left by a crashed session (after its work was recovered)."""
        stream = open(path, "r+b")  # noqa: SIM115 - kept open for the session's lifetime
        if not try_lock(stream):
            stream.close()
            raise JournalInUse(f"{path} is in use by another Timeline window")
        try:
            reader = JournalReader(path, skip_article_rows=True)
            for _entry in reader.entries():
                pass
            if reader.torn_tail:
                # Cut the damaged tail, or new entries would sit unread behind it.
                stream.truncate(reader.intact_bytes)
                os.fsync(stream.fileno())
            stream.seek(0, os.SEEK_END)
        except BaseException:
            stream.close()
            raise
        return cls(path, stream)

    @property
    def is_open(self) -> bool:
        return self._stream is not None

    def append(self, entry: dict[str, Any], *, durable: bool = True) -> None:
        """Write one entry; with `durable`, return only once it is on the disk."""
        if self._stream is None:
            raise ValueError("the journal is closed")
        position = self._stream.tell()
        try:
            self._stream.write(encode_line(entry))
            self._stream.flush()
            if durable:
                os.fsync(self._stream.fileno())
        except OSError:
            # Take back what part of the line may have been written, so a later line does
            # not sit unreadable behind a torn one (best effort: the disk may refuse that too).
            with contextlib.suppress(OSError):
                self._stream.seek(position)
                self._stream.truncate(position)
            raise

    def close(self) -> None:
        """Stop writing and release the lock, keeping the file (it is still recoverable)."""
        if self._stream is not None:
            with contextlib.suppress(OSError):
                self._stream.close()
            self._stream = None

    def discard(self) -> None:
        """The work is saved or deliberately dropped: remove the journal."""
        self.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
