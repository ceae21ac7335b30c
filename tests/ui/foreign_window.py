"""A main window built under a translator that marks every string it translates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator


class ForeignTranslator(QTranslator):
    """Translates every string of the app's context to itself with a leading "Ü"."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"Ü{source}" if context == "Timeline" else ""


def translated_main_window(qtbot):
    """A MainWindow made while the marking translator is installed (removed again after)."""
    from timeline.ui.main_window import MainWindow

    translator = ForeignTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
    finally:
        QCoreApplication.removeTranslator(translator)
    return window
