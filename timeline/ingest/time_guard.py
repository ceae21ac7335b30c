"""Runs one file's reading with a wall-clock limit, so a pathological file cannot stall a load.

Parsing libraries cannot be interrupted from outside, so the work runs in a daemon thread
that is abandoned (left to finish in the background) when the limit passes; the load moves
on with a clear reason for that file.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


POLL_SECONDS = 0.05


class TookTooLong(Exception):
    """The work did not finish within its limit."""


class StopRequested(Exception):
    """The caller asked to stop while the work was still running."""


def run_with_limit(
    work: Callable[[], T], seconds: float, should_stop: Callable[[], bool] | None = None
) -> T:
    """The work's result; TookTooLong past the limit, StopRequested when should_stop says so."""
    results: list[T] = []
    failures: list[BaseException] = []

    def target() -> None:
        try:
            results.append(work())
        except BaseException as error:  # handed to the caller's thread, re-raised there
            failures.append(error)

    thread = threading.Thread(target=target, name="timeline-read-document", daemon=True)
    thread.start()
    deadline = time.monotonic() + seconds
    while thread.is_alive():
        left = deadline - time.monotonic()
        if left <= 0:
            raise TookTooLong
        if should_stop is not None and should_stop():
            raise StopRequested
        thread.join(min(left, POLL_SECONDS) if should_stop is not None else left)
    if failures:
        raise failures[0]
    return results[0]
