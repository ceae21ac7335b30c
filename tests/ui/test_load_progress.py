"""The status bar's loading line: done / total, the recent rate, the time left; a new job starts afresh."""

from __future__ import annotations

from timeline.ui.load_progress import LoadProgress


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_rate_and_time_left_come_from_recent_reports() -> None:
    clock = Clock()
    progress = LoadProgress(clock)
    assert progress.report(0, 1000) == "0 / 1,000 articles"
    clock.now += 2.0
    assert progress.report(200, 1000) == "200 / 1,000 articles · 100/s · 8 s left"
    clock.now += 10.0  # the first reports fall out of the window: the rate is the recent one
    assert progress.report(400, 1000) == "400 / 1,000 articles · 20/s · 30 s left"


def test_the_end_of_reading_and_a_new_job() -> None:
    clock = Clock()
    progress = LoadProgress(clock)
    progress.report(500, 600)
    clock.now += 1.0
    assert progress.report(600, 600) == "600 articles read · placing their events…"
    clock.now += 1.0
    progress.report(0, 50)  # counting from zero again: the old rate is forgotten
    clock.now += 1.0
    assert progress.report(10, 50) == "10 / 50 articles · 10/s · 4 s left"
