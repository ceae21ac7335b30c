"""The start-up measurement: with TIMELINE_QUIT_AFTER_FIRST_PAINT set, the window reports the
time from start-up to its first painted timeline, then, once the load is done, how many
events the whole corpus gave, and closes (packaging/measure_startup.py, benchmarks/view.py
and the wheel test read those lines)."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer

from timeline import IMPORTED_AT
from timeline.ui.window_host import WindowHost

QUIT_AFTER_FIRST_PAINT = "TIMELINE_QUIT_AFTER_FIRST_PAINT"


def install_first_paint_report(host: WindowHost) -> FirstPaintWatcher | None:
    """Watch the timeline's first paint when the environment asks for it; None otherwise."""
    if not os.environ.get(QUIT_AFTER_FIRST_PAINT):
        return None
    watcher = FirstPaintWatcher(host)
    host.timeline_view.installEventFilter(watcher)
    return watcher


class FirstPaintWatcher(QObject):
    """Prints the first paint's time and event count, then the loaded count, then closes.

    The load streams: the first paint may show a preview of the articles read so far (how
    many depends on the machine's load), so the final count is reported on its own line.
    """

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self._host = host

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        session = self._host.session
        if event.type() == QEvent.Type.Paint and session.corpus.events:
            elapsed = time.perf_counter() - IMPORTED_AT
            print(f"first paint of {len(session.corpus.events)} events after {elapsed:.3f} s", flush=True)
            watched.removeEventFilter(self)
            if session.is_busy:
                session.busy_changed.connect(self._load_done)
            else:
                self._load_done(False)
        return False

    def _load_done(self, busy: bool) -> None:
        if not busy:
            # The session says it is idle before it shows the finished corpus: report after.
            QTimer.singleShot(0, self._report_loaded)

    def _report_loaded(self) -> None:
        print(f"loaded {len(self._host.session.corpus.events)} events", flush=True)
        self._host.window().close()
