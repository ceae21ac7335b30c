"""What the status bar says while articles load: how many are done, how fast, and how long is left."""

from __future__ import annotations

import time
from collections.abc import Callable

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
            return "Reading the articles…"
        if done >= total:
            return f"{total:,} articles read · placing their events…"
        text = f"{done:,} / {total:,} articles"
        first_time, first_done = samples[0]
        elapsed = now - first_time
        if elapsed <= 0 or done <= first_done:
            return text
        rate = (done - first_done) / elapsed
        return f"{text} · {rate:,.0f}/s · {_duration((total - done) / rate)} left"


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


__all__ = ["LoadProgress"]
