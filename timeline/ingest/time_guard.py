"""Runs one file's reading with a wall-clock limit, so a pathological file cannot stall a load.

Parsing libraries cannot be interrupted from outside, so the work runs in a daemon thread
that is abandoned (left to finish in the background) when the limit passes; the load moves
on with a clear reason for that file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class TookTooLong(Exception):
    """The work did not finish within its limit."""


def run_with_limit(work: Callable[[], T], seconds: float) -> T:
    results: list[T] = []
    failures: list[BaseException] = []

    def target() -> None:
        try:
            results.append(work())
        except BaseException as error:  # handed to the caller's thread, re-raised there
            failures.append(error)

    thread = threading.Thread(target=target, name="timeline-read-document", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise TookTooLong
    if failures:
        raise failures[0]
    return results[0]
