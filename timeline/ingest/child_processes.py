"""Worker processes started safely: they never rerun the program's main script, and they die
with the process that started them, however that one ends (even SIGKILL).

Worker processes (the file readers here, the window's analysis worker) wait on a pipe for
work; when their parent is killed nobody closes that pipe's other end cleanly, and they
would wait forever, each holding its memory. Two guards, so every platform is covered:

- a watchdog thread that waits on multiprocessing's parent sentinel (a pipe on POSIX, a
  process handle on Windows: it becomes ready when the parent is gone), or polls the
  parent's id where there is no sentinel, then ends this process at once;
- on Linux, also the kernel's parent-death signal (prctl PR_SET_PDEATHSIG through ctypes):
  SIGKILL the moment the parent goes, even while this process is stuck in native code
  that never lets the watchdog run. The kernel sends it when the parent *thread* that
  started the process ends, so it is only asked for when that was the main thread.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5


def die_with_parent(*, started_from_main_thread: bool, forked_by_server: bool = False) -> None:
    """Call first thing in a worker process started through multiprocessing.

    `forked_by_server`: the worker was forked by multiprocessing's fork server, so the
    kernel's parent is that server (one thread; it ends when the process that asked for
    the worker does), not the process multiprocessing names as the parent."""
    parent = multiprocessing.parent_process()
    parent_pid = parent.pid if parent is not None else os.getppid()
    if (started_from_main_thread or forked_by_server) and sys.platform.startswith("linux"):
        kernel_parent = os.getppid() if forked_by_server else parent_pid
        _ask_kernel_for_parent_death_signal()
        if os.getppid() != kernel_parent:
            os._exit(1)  # the parent was gone before the signal was asked for
    sentinel = parent.sentinel if parent is not None else None
    watchdog = threading.Thread(
        target=_watch, args=(sentinel, parent_pid), name="timeline-parent-watch", daemon=True
    )
    watchdog.start()


def die_with_forking_parent(parent_pid: int) -> None:
    """Call first thing in a process forked by hand (os.fork) from the main thread of
    `parent_pid`: on Linux it is killed when that process ends. (Such a copy is short-lived
    and writes to a pipe its parent reads, so it needs no watchdog: with the parent gone,
    its write fails.)"""
    if sys.platform.startswith("linux"):
        _ask_kernel_for_parent_death_signal()
    if os.getppid() != parent_pid:
        os._exit(1)  # the parent was gone before the signal was asked for


def _ask_kernel_for_parent_death_signal() -> None:
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watchdog still covers it, within POLL_SECONDS


def _watch(sentinel: int | None, parent_pid: int) -> None:
    if sentinel is not None:
        from multiprocessing.connection import wait

        try:
            wait([sentinel])
        except OSError:
            pass  # an unusable sentinel: fall back to polling below
        else:
            os._exit(1)
    while True:
        time.sleep(POLL_SECONDS)
        if os.getppid() != parent_pid:
            os._exit(1)


@contextlib.contextmanager
def main_module_hidden() -> Iterator[None]:
    """While a worker starts: keep it from running the program's main script again.

    A spawned process re-imports `__main__` (by module name or file) before it runs
    anything; a script that opens a window without an `if __name__ == "__main__"` guard
    would then open one in the worker too. The workers need only Timeline's modules.
    """
    main = sys.modules.get("__main__")
    if main is None or getattr(sys, "frozen", False):
        yield
        return
    saved: dict[str, object] = {name: main.__dict__[name] for name in ("__file__", "__spec__") if name in main.__dict__}
    main.__dict__.pop("__file__", None)
    main.__dict__["__spec__"] = None
    try:
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


__all__ = ["die_with_parent", "main_module_hidden"]
