"""Progress and cancellation for long exports: plain callbacks, usable from any thread."""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int], None]  # (done, total)
CancelCheck = Callable[[], bool]  # True: stop as soon as possible


class ExportCancelled(Exception):
    """The analyst stopped the export; no file was written."""


def check_cancelled(should_cancel: CancelCheck | None) -> None:
    if should_cancel is not None and should_cancel():
        raise ExportCancelled


def report(on_progress: ProgressCallback | None, done: int, total: int) -> None:
    if on_progress is not None:
        on_progress(done, total)
