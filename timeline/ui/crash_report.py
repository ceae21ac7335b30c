"""What the window does with an error nobody caught: keep the work, log it, tell the user.

An exception in a slot or an event handler would otherwise go to a stderr that nobody sees
when Timeline starts from the menu. The hook first writes the view into the autosave journal
(edits are journaled as they happen), logs the traceback to the log file, then shows a dialog
with what happened, where the log is, and a report to copy into a bug report. Qt's own
warnings go to the log as well.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from timeline import __version__
from timeline.app_logging import log_file
from timeline.ui.i18n import tr

log = logging.getLogger("timeline.crash")
qt_log = logging.getLogger("qt")

# Platforms without a person in front of them: the report is logged, no dialog waits.
HEADLESS_PLATFORMS = ("offscreen", "minimal")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def crash_report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    """Plain text for a bug report: versions, platform, the traceback (no article text)."""
    lines = [
        f"Timeline {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, {platform.platform()}",
        "",
        *traceback.format_exception(kind, error, trace),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def crash_dialog(parent: QWidget | None, error: BaseException, report: str, log_path: Path | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Timeline — unexpected error"))
    box.setText(tr("Something went wrong: {}: {}").format(type(error).__name__, error))
    where = tr("The details are in the log file:\n{}").format(log_path) if log_path else tr(
        "No log file could be written.")
    box.setInformativeText(
        tr("Your work up to the last change is kept in the autosave journal and is offered back if Timeline has to "
           "close.\n\n{}").format(where))
    box.setDetailedText(report)
    # Every message-box button closes it: this one copies first.
    copy = box.addButton(tr("Copy report and close"), QMessageBox.ButtonRole.AcceptRole)
    copy.setAccessibleName(tr("Copy the error report to the clipboard"))
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
    box.addButton(QMessageBox.StandardButton.Close)
    return box


class CrashHandler:
    """sys.excepthook (and threading.excepthook) for the window's lifetime."""

    def __init__(self, parent: Callable[[], QWidget | None], keep_work: Callable[[], None]) -> None:
        self._parent = parent
        self._keep_work = keep_work
        self._showing = False
        self.dialog: QMessageBox | None = None  # the last one shown, for tests

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        self.handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        try:
            self._keep_work()  # first: whatever happens next, the work is on disk
        except Exception:
            log.exception("could not write the autosave journal after an error")
        log.error("uncaught exception", exc_info=(kind, error, trace))
        report = crash_report(kind, error, trace)
        if self._showing or QGuiApplication.platformName() in HEADLESS_PLATFORMS:
            return  # an error inside the dialog must not open another one
        if threading.current_thread() is not threading.main_thread():
            return  # widgets only on the GUI thread; the log has it
        self._showing = True
        try:
            self.dialog = crash_dialog(self._parent(), error, report, log_file())
            self.dialog.exec()
        finally:
            self._showing = False


def install_crash_handler(window: QMainWindow, keep_work: Callable[[], None]) -> CrashHandler:
    """For the running application: uncaught errors reported over `window`."""
    handler = CrashHandler(lambda: window, keep_work)
    handler.install()
    return handler


def route_qt_messages_to_log() -> object:
    """Qt's warnings (a failed font, a platform plugin's complaint) into the log file.
    Returns the handler it replaced (None for Qt's own), to put back."""

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)

    return qInstallMessageHandler(handler)
