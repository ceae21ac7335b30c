"""Shares of one step run side by side in forked copies of this process (events.spread.Spread).

After the pool of readers, grouping and naming the events run in one process while the
other cores wait. A forked copy of the process already holds everything the step reads
(the evidence, its vectors, the groups), so it needs nothing sent: it works out its share
and sends back only the result (pairs of groups, labels), pickled through a pipe. Forking
is only safe from a process with one thread (see `fork_is_safe`); elsewhere, and whenever
a copy fails, its share is worked out here, so the results never depend on it.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import sys
import threading
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from timeline.analysis.cycle_collection import copy_forked_without_collection, cycle_collection_paused
from timeline.ingest.child_processes import die_with_forking_parent

_Result = TypeVar("_Result")
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


def _fork_share(work: Callable[[int, int], Any], share: int, shares: int) -> tuple[int, int]:
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
            payload = pickle.dumps(work(share, shares), protocol=pickle.HIGHEST_PROTOCOL)
            code = 0
        except BaseException:
            payload = _FAILED
        try:
            _write_all(write_end, payload)
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view):]
    os.close(fd)


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


__all__ = ["WAITING_THREADS", "ForkedSpread", "fork_is_safe"]
