"""The window's status while articles load: a progress bar, done / total with the rate and
the time left, a Cancel button, and what the empty timeline says meanwhile."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from timeline.ui.i18n import tr
from timeline.ui.load_progress import LoadProgress


def loading_text(done: int, total: int) -> str:
    """What the empty timeline says while a load runs: how far it has got."""
    if total <= 0:
        return tr("Reading the articles…")
    if done >= total:
        if total == 1:
            return tr("Placing the events of 1 article on the timeline…")
        return tr("Placing the events of {:,} articles on the timeline…").format(total)
    return tr("Reading {:,} of {:,} articles…").format(done, total)


# The bar, its text and the empty timeline's text change at most this often: the worker reports
# every file read (1,460 on bpoil), and QProgressBar repaints at once on each new value, which
# took the window's process about 0.3 s of processor time during a load, taken from the readers.
REFRESH_SECONDS = 0.1


class LoadStatus(QObject):
    """Shown in the status bar while a load runs; `show_busy` and `show_progress` follow the
    session, `say` puts the text the empty timeline shows (the view's set_loading_text)."""

    def __init__(self, status_bar: QStatusBar, cancel: Callable[[], None], say: Callable[[str], None],
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(status_bar)
        self._say = say
        self._clock = clock
        self._shown: tuple[float, int] | None = None  # when progress was last shown, and of what total
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(tr("Loading progress"))
        self.progress_bar.setMaximumWidth(240)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel loading"))
        self.cancel_button.clicked.connect(cancel)
        self.label = QLabel()  # while loading: done / total, rate, time left
        self.label.setAccessibleName(tr("Loading status"))
        self._progress = LoadProgress()
        self._busy = False
        status_bar.addPermanentWidget(self.label)
        status_bar.addPermanentWidget(self.progress_bar)
        status_bar.addPermanentWidget(self.cancel_button)
        self.show_busy(False)

    def show_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.label.setVisible(busy)
        self._progress.restart()
        self._shown = None
        self.label.setText("")
        if busy:
            self.progress_bar.setRange(0, 0)
        # The empty timeline says what is happening rather than asking for articles.
        self._say(loading_text(0, 0) if busy else "")

    def show_progress(self, done: int, total: int, *, busy: bool) -> None:
        text = self._progress.report(done, total)  # every report counts towards the rate
        now = self._clock()
        shown = self._shown
        if shown is not None and shown[1] == total and done < total and now - shown[0] < REFRESH_SECONDS:
            return  # shown a moment ago: the next report will be
        self._shown = (now, total)
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.label.setText(text)
        if busy:
            self._say(loading_text(done, total))
