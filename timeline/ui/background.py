"""Runs a plain function on Qt's thread pool and delivers its result on the GUI thread."""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

# A code, not a message: owners match it ("Cancelled" in it, as a cancelled job's failure has) and say their own words.
CANCELLED_AFTER_FINISHING = "Cancelled:already-finished"


class _Relay(QObject):
    """Signals cross threads safely; the relay lives on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int)
    previewed = Signal(object)  # a partial result while the work goes on


class BackgroundTask(QRunnable):
    """One call of `work(report_progress, should_cancel)` off the GUI thread.

    `cancel()` only raises a flag: the work polls `should_cancel` and stops itself,
    because Python threads cannot be killed safely. A cancelled task always ends with
    `failed`, whether the work stopped or had already finished.
    """

    def __init__(self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps a reference to cancel it
        self._work = work
        self._cancelled = threading.Event()
        self.relay = _Relay()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._report_progress, self._cancelled.is_set)
        except Exception as error:  # reported to the user, never lost in a thread
            if not self.is_cancelled:
                traceback.print_exc()
            self._emit(self.relay.failed, f"{type(error).__name__}: {error}")
            return
        if self.is_cancelled:
            # Cancelled while the work was finishing: its result is not delivered, but the owner
            # still hears that it ended (else it waits for ever).
            self._emit(self.relay.failed, CANCELLED_AFTER_FINISHING)
            return
        self._emit(self.relay.succeeded, result)

    def _report_progress(self, done: int, total: int) -> None:
        self._emit(self.relay.progressed, done, total)

    def report_preview(self, partial: object) -> None:
        """From the work's thread: a partial result to show while it goes on."""
        self._emit(self.relay.previewed, partial)

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        # At shutdown the relay can be deleted under a running task; its result is moot then.
        if self.is_cancelled and signal is not self.relay.failed:
            return
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


def start(task: BackgroundTask) -> None:
    QThreadPool.globalInstance().start(task)


def take_back(task: BackgroundTask) -> bool:
    """Whether `task` was still waiting for a thread and is now withdrawn (it will never run)."""
    return QThreadPool.globalInstance().tryTake(task)


def wait_for_all(timeout_ms: int = 5_000) -> bool:
    """At shutdown: let running tasks notice their cancel flag and finish."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
