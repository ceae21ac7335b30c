"""Progress of a long command on standard error: a bar with counts and time left, only for a person.

tqdm draws the bar (rate, elapsed and time left, redrawn a few times a second at most).
Nothing is drawn when standard error is not a terminal (a pipe, a log file, CI) or with
--quiet, so scripts reading the output never see it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any


def add_quiet_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar on standard error")


def wants_progress(quiet: bool, stream: IO[str] | None = None) -> bool:
    target = sys.stderr if stream is None else stream
    isatty = getattr(target, "isatty", None)
    return not quiet and isatty is not None and bool(isatty())


class Progress:
    """`progress(done, total)` moves the bar; `progress.phase(text)` names the step under way.

    `then`: the step that follows the counted one, named on the bar once the count is full
    (the events of a corpus are built after its last article is read).
    """

    def __init__(self, bar: Any | None, then: str | None = None) -> None:
        self._bar = bar
        self._then = then

    def __call__(self, done: int, total: int) -> None:
        bar = self._bar
        if bar is None:
            return
        if bar.total != total:
            bar.total = total
        bar.update(done - bar.n)
        if done >= total and self._then is not None:
            self.phase(self._then)

    def phase(self, description: str) -> None:
        if self._bar is not None:
            self._bar.set_description_str(description)


@contextmanager
def progress_bar(description: str, *, quiet: bool = False, unit: str = "article", then: str | None = None,
                 stream: IO[str] | None = None) -> Iterator[Progress]:
    """A Progress that draws the bar, or does nothing when no one reads it."""
    if not wants_progress(quiet, stream):
        yield Progress(None)
        return
    from tqdm import tqdm

    # No monitor thread (it only tunes how often a stalled bar redraws): with this process's
    # one thread, the reading pool can fork its workers rather than spawn them (analysis/pool.py).
    tqdm.monitor_interval = 0
    bar = tqdm(total=0, desc=description, unit=f" {unit}s", file=stream or sys.stderr, dynamic_ncols=True,
               leave=False, mininterval=0.2)
    try:
        yield Progress(bar, then)
    finally:
        bar.close()  # `leave=False`: the line is cleared, the command's own output stays readable


__all__ = ["Progress", "add_quiet_option", "progress_bar", "wants_progress"]
