"""What the status bar says while articles load: how many are done, how fast, and how long is left."""

from __future__ import annotations

import time
from collections.abc import Callable

from timeline.ui.i18n import tr

# The rate is measured over the last few seconds, so a slow start (workers starting) or a
# run of large files does not skew the time left for long.
WINDOW_SECONDS = 5.0


class LoadProgress:
    """Fed each (done, total) report with the time it came; says done/total, rate and time left."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._samples: list[tuple[float, int]] = []

    def restart(self) -> None:
        self._samples.clear()

    def report(self, done: int, total: int) -> str:
        now = self._clock()
        samples = self._samples
        if samples and done < samples[-1][1]:
            samples.clear()  # a new job counts from zero
        samples.append((now, done))
        while len(samples) > 2 and now - samples[1][0] >= WINDOW_SECONDS:
            samples.pop(0)
        if total <= 0:
            return tr("Reading the articles…")
        if done >= total:
            return tr("{} articles read · placing their events…").format(f"{total:,}")
        text = tr("{} / {} articles").format(f"{done:,}", f"{total:,}")
        first_time, first_done = samples[0]
        elapsed = now - first_time
        if elapsed <= 0 or done <= first_done:
            return text
        rate = (done - first_done) / elapsed
        return tr("{} · {}/s · {} left").format(text, f"{rate:,.0f}", _duration((total - done) / rate))


def _duration(seconds: float) -> str:
    if seconds < 60:
        return tr("{} s").format(max(1, round(seconds)))
    minutes, rest = divmod(round(seconds), 60)
    if minutes < 60:
        return tr("{} min {:02d} s").format(minutes, rest)
    return tr("{} h {:02d} min").format(minutes // 60, minutes % 60)


__all__ = ["LoadProgress"]
