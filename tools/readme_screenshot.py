"""Opens the real window on the demo corpus, selects its best-supported event, and saves a
screenshot of the window for the README: python tools/readme_screenshot.py docs/screenshot.png
(run under a display, e.g. Xvfb, for a real window)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from timeline.analysis import seeds_folder
from timeline.ui.application import configure_application
from timeline.ui.main_window import MainWindow


def main(out: str) -> int:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    window = MainWindow()
    window.resize(1600, 960)
    window.show()

    def select_and_shoot() -> None:
        events = window.session.corpus.events
        best = max(events, key=lambda e: (e.source_count, -len(e.label)))
        window.session.select_event(best.event_id)
        QTimer.singleShot(800, shoot)

    def shoot() -> None:
        window.grab().save(out)
        print(f"wrote {out}")
        window.close()

    window.session.corpus_loaded.connect(lambda: QTimer.singleShot(500, select_and_shoot))
    window.session.load_paths([seeds_folder()])
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
