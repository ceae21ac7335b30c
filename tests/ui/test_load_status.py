"""The status bar's load progress: shown as reports come, but repainted at most every REFRESH_SECONDS."""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar

from timeline.ui.load_status import REFRESH_SECONDS, LoadStatus


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_reports_coming_faster_than_the_refresh_show_the_first_then_the_latest(qtbot):
    bar = QStatusBar()
    qtbot.addWidget(bar)
    said: list[str] = []
    clock = Clock()
    status = LoadStatus(bar, lambda: None, said.append, clock)
    status.show_busy(True)
    for done in range(1, 40):  # a burst of files read within one refresh
        status.show_progress(done, 1460, busy=True)
    assert status.progress_bar.value() == 1
    assert said[-1] == "Reading 1 of 1,460 articles…"
    clock.now += REFRESH_SECONDS + 0.01
    status.show_progress(40, 1460, busy=True)
    assert status.progress_bar.value() == 40
    assert status.label.text().startswith("40 / 1,460 articles")
    assert said[-1] == "Reading 40 of 1,460 articles…"
    status.show_progress(1460, 1460, busy=True)  # the last file: shown at once
    assert status.progress_bar.value() == 1460
    assert said[-1] == "Placing the events of 1,460 articles on the timeline…"


def test_a_new_load_shows_its_first_report_at_once(qtbot):
    bar = QStatusBar()
    qtbot.addWidget(bar)
    clock = Clock()
    status = LoadStatus(bar, lambda: None, lambda _text: None, clock)
    status.show_busy(True)
    status.show_progress(5, 10, busy=True)
    status.show_busy(False)
    status.show_busy(True)
    status.show_progress(1, 300, busy=True)  # same moment, another load
    assert status.progress_bar.value() == 1
    assert status.progress_bar.maximum() == 300
