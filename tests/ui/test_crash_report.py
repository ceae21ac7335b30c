"""An error nobody caught in the window: the work is kept first, the log has it, the user is told."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from timeline import app_logging
from timeline.ui import crash_report
from timeline.ui.crash_report import CrashHandler, crash_dialog


@pytest.fixture
def log_path():
    path = app_logging.configure_logging()
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_timeline", False):
            root.removeHandler(handler)
            handler.close()


def raised() -> tuple[type[BaseException], BaseException, object]:
    try:
        {}["the missing key"]
    except KeyError:
        return sys.exc_info()  # type: ignore[return-value]
    raise AssertionError


def test_the_journal_is_written_before_anything_else_and_the_log_has_the_traceback(qapp, log_path):
    order: list[str] = []

    def keep_work() -> None:
        order.append("journal")
        assert "the missing key" not in log_path.read_text(encoding="utf-8")

    handler = CrashHandler(lambda: None, keep_work)
    handler.handle(*raised())
    assert order == ["journal"]
    logged = log_path.read_text(encoding="utf-8")
    assert "uncaught exception" in logged and "Traceback" in logged and "the missing key" in logged
    assert handler.dialog is None  # offscreen: nobody to answer a dialog, so none waits


def test_a_failure_to_keep_the_work_does_not_hide_the_error(qapp, log_path):
    def broken_journal() -> None:
        raise OSError("disk full")

    CrashHandler(lambda: None, broken_journal).handle(*raised())
    logged = log_path.read_text(encoding="utf-8")
    assert "could not write the autosave journal" in logged and "the missing key" in logged


def test_the_dialog_names_the_log_and_copies_a_report(qtbot, tmp_path):
    kind, error, trace = raised()
    report = crash_report.crash_report(kind, error, trace)
    assert report.startswith("Timeline ") and "KeyError: 'the missing key'" in report
    box = crash_dialog(None, error, report, tmp_path / "timeline.log")
    qtbot.addWidget(box)
    assert str(tmp_path / "timeline.log") in box.informativeText()
    assert box.detailedText() == report
    [copy] = [b for b in box.buttons() if b.text().replace("&", "").startswith("Copy report")]
    QGuiApplication.clipboard().clear()
    copy.click()
    assert QGuiApplication.clipboard().text() == report
    assert box.icon() == QMessageBox.Icon.Critical


def test_qt_warnings_go_to_the_log(qapp, log_path):
    previous = crash_report.route_qt_messages_to_log()
    try:
        qWarning("a font that would not load")
    finally:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(previous)  # type: ignore[arg-type]
    assert "WARNING qt: a font that would not load" in log_path.read_text(encoding="utf-8")
