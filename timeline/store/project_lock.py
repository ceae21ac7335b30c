"""An advisory lock held while a window has a project open, so a second window knows who has it.

The lock is a small file in Timeline's own folder (never beside the project), one per
project, named after a hash of the project's real path and locked with flock: the
operating system lets go of it when the holder exits or is killed, so a crash never
leaves a project locked. The file says who holds it (process, host, since when), for
the message the second window shows. Where flock does not exist the lock is always
granted; the check on the file's stamp before each save (document.py) still prevents a
silent overwrite.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from timeline.domain.calendar_words import clock_text

try:  # POSIX only
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]  # the module or None: checked before each use

MAX_HOLDER_BYTES = 4096


@dataclass(frozen=True, slots=True)
class LockHolder:
    pid: int
    host: str
    since: float

    def describe(self) -> str:
        local = time.localtime(self.since)
        when = clock_text(local.tm_hour, local.tm_min) if self.since else "earlier"
        here = "" if self.host == socket.gethostname() else f" on {self.host}"
        return f"another Timeline window (process {self.pid}{here}, open since {when})"


def _lock_path(project: Path) -> Path:
    from timeline.store.config_location import lock_dir

    key = os.path.normcase(os.path.realpath(project)).encode("utf-8", "surrogatepass")
    return lock_dir() / f"{hashlib.sha256(key).hexdigest()[:32]}.lock"


class ProjectLock:
    """A held lock; `release()` lets go (the OS does so too when the process ends)."""

    def __init__(self, path: Path, stream: IO[bytes]) -> None:
        self.path = path
        self._stream: IO[bytes] | None = stream

    @classmethod
    def acquire(cls, project: Path) -> ProjectLock | LockHolder:
        """The lock, or who holds it now."""
        path = _lock_path(project)
        path.parent.mkdir(parents=True, exist_ok=True)
        stream = open(path, "a+b")  # noqa: SIM115 - held for as long as the project is open
        if fcntl is not None:
            try:
                fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read_holder(stream)
                stream.close()
                return holder
        try:
            stream.seek(0)
            stream.truncate()
            description = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time(),
                           "project": str(project)}
            stream.write(json.dumps(description).encode("utf-8", "surrogatepass"))
            stream.flush()
        except OSError:
            pass  # the lock holds without its description
        return cls(path, stream)

    def release(self) -> None:
        if self._stream is not None:
            with contextlib.suppress(OSError):
                self._stream.close()  # closing lets go of the flock
            self._stream = None


def _read_holder(stream: IO[bytes]) -> LockHolder:
    try:
        stream.seek(0)
        raw = json.loads(stream.read(MAX_HOLDER_BYTES).decode("utf-8", "replace"))
        pid, host, since = int(raw["pid"]), str(raw["host"])[:100], float(raw["since"])
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return LockHolder(0, socket.gethostname(), 0.0)
    return LockHolder(pid, host, since)


FileStamp = tuple[int, int, int]  # inode, size, modification time in ns


def file_stamp(path: Path) -> FileStamp | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_ino, status.st_size, status.st_mtime_ns)


class FileClaim:
    """What a document knows of its file: the lock it holds, or who holds it (then the
    document is read-only), and the file's stamp when this window last read or wrote it."""

    def __init__(self, path: Path | None, *, lock: bool) -> None:
        self.path = path
        self.holder: LockHolder | None = None
        self._lock: ProjectLock | None = None
        self._wants_lock = lock
        self._stamp = file_stamp(path) if path is not None else None
        if path is not None and lock:
            self._take(path)

    @property
    def read_only(self) -> bool:
        return self.holder is not None

    def _take(self, path: Path) -> None:
        try:
            taken = ProjectLock.acquire(path)
        except OSError:
            return  # no place for locks (read-only home): the stamp check still guards saves
        if isinstance(taken, LockHolder):
            self.holder = taken
        else:
            self._lock = taken

    def check_before_save(self, target: Path, *, overwrite: bool) -> None:
        """ProjectInUse or ProjectChangedOnDisk when saving to `target` would lose someone's work."""
        from timeline.store.errors import ProjectChangedOnDisk, ProjectInUse

        same_file = self.path is not None and os.path.realpath(target) == os.path.realpath(self.path)
        if same_file and self.holder is not None:
            raise ProjectInUse(
                f"{target.name} is open in {self.holder.describe()}: it was opened read-only here. "
                "Save under another name, or close it there first."
            )
        if not same_file and self._wants_lock:
            try:
                taken = ProjectLock.acquire(target)
            except OSError:
                taken = None
            if isinstance(taken, LockHolder):
                raise ProjectInUse(f"{target.name} is open in {taken.describe()}: choose another name")
            if taken is not None:
                taken.release()  # taken for good once the save is done (saved())
        if same_file and not overwrite and self._stamp is not None and file_stamp(target) != self._stamp:
            raise ProjectChangedOnDisk(
                f"{target.name} was changed by another window or program since it was opened here; "
                "saving would overwrite that change"
            )

    def saved(self, target: Path) -> None:
        """The file at `target` is now what this window wrote: it is this document's file."""
        if self.path is None or os.path.realpath(target) != os.path.realpath(self.path):
            self.release()
            self.holder = None
            self.path = target
            if self._wants_lock:
                self._take(target)
        self._stamp = file_stamp(target)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None


__all__ = ["FileClaim", "FileStamp", "LockHolder", "ProjectLock", "file_stamp"]
