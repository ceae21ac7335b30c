"""Shares of one step run side by side in forked copies of this process (events.spread.Spread).

After the pool of readers, grouping and naming the events run in one process while the
other cores wait. A forked copy of the process already holds everything the step reads
(the evidence, its vectors, the groups), so it needs nothing sent: it works out its share
and sends back only the result (pairs of groups, labels), pickled through a pipe. Forking
is only safe from a process with one thread (see `fork_is_safe`); elsewhere, and whenever
a copy fails, its share is worked out here, so the results never depend on it. A copy at
the lowest priority may also work ahead (`ForkedSpread.ahead`) on what the shares leave idle.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
import struct
import sys
import threading
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from timeline.analysis.cycle_collection import copy_forked_without_collection, cycle_collection_paused
from timeline.ingest.child_processes import die_with_forking_parent

_Result = TypeVar("_Result")
_Part = TypeVar("_Part")
_FAILED = b""  # what a copy sends when its share raised: the parent works it out itself


# Threads that only wait (on a pipe, on a queue of progress reports) and whose locks a forked
# process (a copy that works out its share, a pool's reading worker) never takes: the
# analysis worker's watchdog and its queue's feeder.
WAITING_THREADS = frozenset({"timeline-parent-watch", "QueueFeederThread"})


def fork_is_safe(*, waiting_threads: frozenset[str] = frozenset()) -> bool:
    """Forking copies only the thread that forks: a lock another thread held stays locked in
    the copy forever, and Qt's threads are not even known to `threading`. So only from the
    main thread of a process with no other Python thread (but daemon threads named in
    `waiting_threads`) and no Qt loaded, on Linux (macOS's system libraries are not safe to
    use after a fork)."""
    if not (sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
            and threading.current_thread() is threading.main_thread()
            and not any(name.startswith("PySide6") for name in sys.modules)):
        return False
    if threading.active_count() == 1:
        return True
    others = [thread for thread in threading.enumerate() if thread is not threading.main_thread()]
    return all(thread.daemon and thread.name in waiting_threads for thread in others)


@dataclass(frozen=True, slots=True)
class ForkedSpread:
    """Runs the shares of a step in `processes` processes: this one and forked copies of it."""

    processes: int

    def __call__(self, work: Callable[[int, int], _Result], /) -> list[_Result]:
        shares = self.processes
        # A copy runs only its share and leaves at once (os._exit): threads that merely wait
        # may stay behind in this process.
        if shares <= 1 or not fork_is_safe(waiting_threads=WAITING_THREADS):
            return [work(0, 1)]
        copies: list[tuple[int, int]] = []  # (process id, read end of its pipe), for shares 1...
        try:
            for share in range(1, shares):
                copies.append(_fork_share(work, share, shares))
            results = [work(0, shares)]
            for share, (pid, pipe) in enumerate(copies, start=1):
                payload = _read_all(pipe)
                os.close(pipe)
                _, status = os.waitpid(pid, 0)
                copies[share - 1] = (0, -1)
                if payload == _FAILED or not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
                    results.append(work(share, shares))  # the copy failed: the same share, here
                else:
                    with cycle_collection_paused():  # many small objects, no cycles
                        results.append(pickle.loads(payload))
            return results
        finally:  # on an error or Ctrl-C here: no copy outlives the step
            for pid, pipe in copies:
                if pid:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                if pipe >= 0:
                    os.close(pipe)
            _reap_stopped()  # a copy that worked ahead of these shares has ended by now, as a rule

    def ahead(self, work: Callable[[], Iterable[_Part]], /) -> _ForkedAhead[_Part] | None:
        """The parts `work()` yields, worked out in a forked copy at the lowest priority
        (events.spread.work_ahead): the steps after run in this process and in copies at the
        usual priority, and leave a processor idle between their shares (grouping's set-up and
        merges, about 0.5 s of bpoil's 1.5 s), which this copy takes. None (no work ahead)
        without processors for the shares (`processes` > 1) or where forking is unsafe."""
        if self.processes <= 1 or not fork_is_safe(waiting_threads=WAITING_THREADS) or not hasattr(os, "memfd_create"):
            return None
        return _ForkedAhead(work)


_PART_HEADER = struct.Struct("<Q")  # the length of the pickled part that follows


class _ForkedAhead(Generic[_Part]):
    """A copy working ahead, writing each part, as it is done, to a file in memory that it
    shares with this process. `result` stops the copy outright (it runs at the lowest
    priority: waiting for it to notice a word to stop, this process waited on whatever else the
    machine ran) and reads the parts written whole; `close` only stops it."""

    def __init__(self, work: Callable[[], Iterable[_Part]]) -> None:
        _reap_stopped()
        self._file = os.memfd_create("timeline-work-ahead")
        try:
            self._pid = _fork_idle(work, self._file)
        except BaseException:
            os.close(self._file)
            raise

    def result(self) -> list[_Part]:
        if not self._stop():
            return []
        try:
            written = os.pread(self._file, os.fstat(self._file).st_size, 0)
        finally:
            os.close(self._file)
        parts: list[_Part] = []
        at = 0
        with cycle_collection_paused():  # many small objects, no cycles
            while at + _PART_HEADER.size <= len(written):
                (size,) = _PART_HEADER.unpack_from(written, at)
                at += _PART_HEADER.size
                if at + size > len(written):
                    break  # the part the copy was writing when it was stopped
                parts.append(pickle.loads(written[at : at + size]))
                at += size
        return parts

    def close(self) -> None:
        if self._stop():
            os.close(self._file)

    def _stop(self) -> bool:
        """Ends the copy; False when it was ended before. Not waited for: at the lowest priority
        its exit (giving back a copy of this process's memory) waits on everything else the
        machine runs, and so did this process (0.5 s on a busy machine). What it wrote whole is
        read as it stands; it is reaped later (`_reap_stopped`), after the shares that follow."""
        if self._pid == 0:
            return False
        pid, self._pid = self._pid, 0
        with contextlib.suppress(ProcessLookupError):  # (it may have finished its work)
            os.kill(pid, signal.SIGKILL)
        _stopped.append(pid)
        return True


_stopped: list[int] = []  # copies working ahead that were stopped but not reaped yet


def _reap_stopped() -> None:
    for pid in list(_stopped):
        try:
            done, _status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:  # reaped elsewhere
            done = pid
        if done:
            _stopped.remove(pid)


def _fork_idle(work: Callable[[], Iterable[Any]], file: int) -> int:
    """A forked copy at the lowest priority that writes each part `work()` yields to `file`,
    each after its length; its process id."""
    parent = os.getpid()
    with warnings.catch_warnings(), copy_forked_without_collection():
        warnings.filterwarnings("ignore", message=".*multi-threaded.*fork", category=DeprecationWarning)
        pid = os.fork()
    if pid == 0:
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
            die_with_forking_parent(parent)
            os.nice(19)  # only what the others leave
            for part in work():
                payload = pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL)
                _write_all(file, _PART_HEADER.pack(len(payload)) + payload, close=False)
        finally:
            os._exit(0)  # what was written whole is the result, whatever stopped it
    return pid


def _fork_share(work: Callable[[int, int], Any], share: int, shares: int) -> tuple[int, int]:
    return _fork(lambda: work(share, shares))


def _fork(work: Callable[[], Any]) -> tuple[int, int]:
    """A forked copy that runs `work` and sends back what it returns (pickled) or _FAILED: its
    process id and the read end of its pipe."""
    read_end, write_end = os.pipe()
    parent = os.getpid()
    # The copy's cycle collector stays off: a collection would touch, and so copy, every page
    # of the parent's heap.
    with warnings.catch_warnings(), copy_forked_without_collection():
        # Python 3.12 warns of any fork with threads; fork_is_safe let only waiting ones be.
        warnings.filterwarnings("ignore", message=".*multi-threaded.*fork", category=DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the copy: its share, sent back, then gone without running any exit handler
        code = 1
        try:
            os.close(read_end)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
            die_with_forking_parent(parent)
            payload = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
            code = 0
        except BaseException:
            payload = _FAILED
        try:
            _write_all(write_end, payload)
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def _write_all(fd: int, payload: bytes, *, close: bool = True) -> None:
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view):]
    if close:
        os.close(fd)


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


__all__ = ["WAITING_THREADS", "ForkedSpread", "fork_is_safe"]
