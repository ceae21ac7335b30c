"""Reads each file in a child process with a hard memory limit and a hard time limit.

Parsing libraries (lxml, pypdf, python-docx, trafilatura) can be driven by a crafted file
into gigabytes of memory or minutes of work, and none can be interrupted from outside. So
files are read in a reader process whose address space is capped with
`resource.setrlimit(RLIMIT_AS)`: an allocation past the cap fails there (MemoryError,
reported as that file's reason) instead of swapping the machine. A file that takes
longer than its limit is stopped by killing the reader process; the next file gets a
fresh one. A reader also dies with its parent (parent_watch), so none is ever orphaned.

One reader process is kept between files and loads (starting one costs about a second of
imports); it reads the files one after another. Where a process cannot be started (a
platform without it, TIMELINE_READERS=thread), files are read in the calling process with
the old time guard, which abandons a slow file but cannot stop it.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.domain.article import Article
from timeline.ingest.child_processes import die_with_parent, main_module_hidden
from timeline.ingest.limits import MEMORY_PER_READER, SECONDS_PER_FILE, describe_size
from timeline.ingest.manifest import Declaration
from timeline.ingest.reading import failed_article, read_article_here, read_article_in_process
from timeline.ingest.time_guard import StopRequested

READERS_VARIABLE = "TIMELINE_READERS"  # "thread": read in this process (debugging)
POLL_SECONDS = 0.05
START_SECONDS = 60.0  # a reader that cannot import its libraries in this long never will

# What a reader process runs for one file: a top-level function, so it can be named to a
# child process. Tests hand in their own (a parser that hangs, one that eats memory).
ReadOne = Callable[[Path, str, Declaration | None], Article]


@dataclass(frozen=True, slots=True)
class _Request:
    path: bytes  # os.fsencode: a name that is not UTF-8 survives the trip
    article_id: str
    declaration: Declaration | None


def _serve(connection: Any, read_one: ReadOne, memory_bytes: int, from_main_thread: bool) -> None:
    """The reader process: read files as they are asked for, until the pipe closes."""
    die_with_parent(started_from_main_thread=from_main_thread)
    _cap_memory(memory_bytes)
    connection.send("ready")
    while True:
        try:
            request: _Request = connection.recv()
        except (EOFError, OSError):
            return
        path = Path(os.fsdecode(request.path))
        try:
            article = read_one(path, request.article_id, request.declaration)
        except MemoryError:
            limit = describe_size(memory_bytes)
            reason = f"too large to read: it needs more than {limit} of memory"
            article = failed_article(path, request.article_id, reason)
        connection.send(article)


def _cap_memory(memory_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows: the time limit still holds
        return
    # The parsers are imported on first use, inside the budget: a reader that only ever
    # sees text files starts quickly (the window's first paint waits for it).
    used = _address_space_in_use()
    limit = used + memory_bytes
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _address_space_in_use() -> int:
    try:
        with open("/proc/self/statm") as stream:
            return int(stream.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 256 * 1024 * 1024  # a generous guess for an interpreter with its parsers


class ReaderPool:
    """Reads files in a reader process; thread-safe (one file at a time per pool)."""

    def __init__(
        self,
        *,
        read_one: ReadOne = read_article_here,
        seconds: float = SECONDS_PER_FILE,
        memory_bytes: int = MEMORY_PER_READER,
    ) -> None:
        self._read_one = read_one
        self.seconds = seconds
        self.memory_bytes = memory_bytes
        self._lock = threading.Lock()
        self._process: Any = None
        self._connection: Any = None
        self._ready = False  # the reader said it is ready (imports done, memory capped)

    def read(
        self,
        path: Path,
        article_id: str,
        declaration: Declaration | None,
        should_stop: Callable[[], bool] | None = None,
    ) -> Article:
        """The file as an Article (its error says why not); StopRequested when asked to stop."""
        request = _Request(os.fsencode(path), article_id, declaration)
        with self._lock:
            connection = self._ready_connection(should_stop)
            try:
                connection.send(request)
            except OSError:  # the reader died since the last file: start another
                self._stop_reader()
                connection = self._ready_connection(should_stop)
                connection.send(request)
            deadline = time.monotonic() + self.seconds
            while not connection.poll(POLL_SECONDS):
                if should_stop is not None and should_stop():
                    self._stop_reader()
                    raise StopRequested
                if time.monotonic() > deadline:
                    self._stop_reader()
                    return failed_article(
                        path, article_id, f"gave up after {self.seconds:.0f} s: the file is too slow to read"
                    )
                if not self._process.is_alive():
                    break
            try:
                return connection.recv()
            except (EOFError, OSError):
                return failed_article(path, article_id, self._why_reader_died())

    def _why_reader_died(self) -> str:
        process = self._process
        code = None
        if process is not None:
            process.join(2)
            code = process.exitcode
        self._stop_reader()
        limit = describe_size(self.memory_bytes)
        if code is not None and code < 0:
            return f"reading it stopped the reader (signal {-code}): it may need more than {limit} of memory"
        return f"reading it stopped the reader (exit {code}): it may need more than {limit} of memory"

    def warm_up(self) -> None:
        """Start the reader now (it takes a moment to import), so the first file need not wait
        for it; the window calls this while it builds itself."""
        with self._lock:
            if self._process is None:
                with contextlib.suppress(ReaderUnavailable):  # the first read will say so
                    self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")
        mine, theirs = context.Pipe()
        from_main_thread = threading.current_thread() is threading.main_thread()
        process = context.Process(
            target=_serve, args=(theirs, self._read_one, self.memory_bytes, from_main_thread),
            # Daemonic: multiprocessing ends it when this program exits, before anyone waits on it.
            name="timeline-reader", daemon=True,
        )
        try:
            with main_module_hidden():
                process.start()
        except (AssertionError, OSError) as error:  # inside a daemonic process, or no fork/spawn here
            raise ReaderUnavailable(f"no reader process can start here: {error}") from None
        theirs.close()
        self._process, self._connection, self._ready = process, mine, False

    def _ready_connection(self, should_stop: Callable[[], bool] | None) -> Any:
        if self._process is None or not self._process.is_alive():
            self._stop_reader()
            self._start()
        if self._ready:
            return self._connection
        process, connection = self._process, self._connection
        deadline = time.monotonic() + START_SECONDS
        while not connection.poll(POLL_SECONDS):
            if should_stop is not None and should_stop():
                raise StopRequested  # the reader goes on starting, for the next load
            if not process.is_alive() or time.monotonic() > deadline:
                self._stop_reader()
                raise ReaderUnavailable("the reader process did not start")
        if connection.recv() != "ready":
            self._stop_reader()
            raise ReaderUnavailable("the reader process did not start")
        self._ready = True
        return connection

    def _stop_reader(self) -> None:
        process, connection = self._process, self._connection
        self._process = self._connection = None
        if connection is not None:
            with contextlib.suppress(OSError):
                connection.close()
        if process is not None:
            if process.is_alive():
                process.kill()  # the only way to stop a parser stuck in native code
            process.join(5)
            with contextlib.suppress(ValueError):
                process.close()

    def close(self) -> None:
        with self._lock:
            self._stop_reader()


class ReaderUnavailable(RuntimeError):
    """No reader process can be started here: read in this process instead."""


_shared: ReaderPool | None = None
_shared_lock = threading.Lock()
_processes_unavailable = False


def shared_reader_pool() -> ReaderPool | None:
    """This process's reader pool, or None when files must be read in this process."""
    global _shared
    if _processes_unavailable or os.environ.get(READERS_VARIABLE) == "thread":
        return None
    with _shared_lock:
        if _shared is None:
            _shared = ReaderPool()
            atexit.register(_shared.close)
        return _shared


def read_isolated(
    path: Path, article_id: str, declaration: Declaration | None, should_stop: Callable[[], bool] | None
) -> Article:
    """In this process's reader, or here where no reader process can start."""
    global _processes_unavailable
    pool = shared_reader_pool()
    if pool is not None:
        try:
            return pool.read(path, article_id, declaration, should_stop)
        except ReaderUnavailable:
            _processes_unavailable = True  # this platform cannot: stop trying for every file
    return read_article_in_process(path, article_id, declaration, should_stop)


__all__ = ["READERS_VARIABLE", "ReaderPool", "ReaderUnavailable", "read_isolated", "shared_reader_pool"]
