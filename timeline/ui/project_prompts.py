"""The questions the project actions ask (save changes? recover? overwrite?), as dialogs."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from timeline.store import PROJECT_SUFFIX, RecoveryOffer
from timeline.ui.i18n import tr, translatable
from timeline.ui.last_folder import last_folder, remember_folder

SaveAnswer = Literal["save", "discard", "cancel", "keep"]  # keep: leave it for recovery next time
RecoveryAnswer = Literal["recover", "discard", "later"]
# A file dialog's filter; its names are looked up where shown: project_filter().
PROJECT_FILTER_TEXT = translatable("Timeline projects (*{});;All files (*)")


def project_filter() -> str:
    return tr(PROJECT_FILTER_TEXT).format(PROJECT_SUFFIX)


class ProjectPrompts:
    """The questions the project actions ask, as dialogs. Tests replace this object.

    Where nobody can answer (the offscreen platform: tests, headless runs) no dialog
    opens: unsaved work is kept for recovery, and messages go to the status bar.
    """

    def __init__(self, parent: QWidget, status_bar: QStatusBar) -> None:
        self._parent = parent
        self._status_bar = status_bar  # where a message goes when no one can be asked

    @staticmethod
    def can_ask() -> bool:
        return QGuiApplication.platformName() not in ("offscreen", "minimal")

    def open_path(self) -> Path | None:
        if not self.can_ask():
            return None
        path, _ = QFileDialog.getOpenFileName(self._parent, tr("Open project"), last_folder(), project_filter())
        if path:
            remember_folder(path)
        return Path(path) if path else None

    def save_path(self, suggested: str) -> Path | None:
        if not self.can_ask():
            return None
        start = suggested if Path(suggested).is_absolute() else str(Path(last_folder()) / suggested)
        path, _ = QFileDialog.getSaveFileName(self._parent, tr("Save project as"), start, project_filter())
        if path:
            remember_folder(path)
        return Path(path) if path else None

    def save_changes(self, name: str) -> SaveAnswer:
        if not self.can_ask():
            return "keep"
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self._parent, tr("Unsaved changes"), tr("Save the changes to {}?").format(name),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            return "save"
        return "discard" if answer == buttons.Discard else "cancel"

    def recover(self, offer: RecoveryOffer, others: int) -> RecoveryAnswer:
        if not self.can_ask():
            return "later"
        box = QMessageBox(self._parent)
        box.setWindowTitle(tr("Recover unsaved work"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(tr("Timeline stopped before this work was saved:\n{}.\nRecover it?").format(offer.title))
        if others:
            box.setInformativeText(tr("{} more will be offered next time.").format(others))
        recover_button = box.addButton(tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
        discard_button = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is recover_button:
            return "recover"
        return "discard" if box.clickedButton() is discard_button else "later"

    def overwrite_changed_file(self, name: str, reason: str) -> bool:
        """Someone changed the file since it was opened here: write over it anyway?"""
        if not self.can_ask():
            return False  # nobody to ask: never overwrite another window's save unasked
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.warning(
            self._parent, tr("The project changed on disk"),
            tr("{}.\nOverwrite {} with this window's work? (Cancel, then Save As, keeps both.)").format(reason, name),
            buttons.Save | buttons.Cancel, buttons.Cancel)
        return answer == buttons.Save

    def error(self, title: str, message: str) -> None:
        if not self.can_ask():
            self._status_bar.showMessage(f"{title}: {message}", 30_000)
            print(f"timeline: {title}: {message}", file=sys.stderr)
            return
        QMessageBox.warning(self._parent, title, message)

    def inform(self, title: str, lines: Sequence[str]) -> None:
        if not self.can_ask():
            self._status_bar.showMessage(f"{title}: {' '.join(lines)}", 30_000)
            return
        QMessageBox.information(self._parent, title, "\n".join(lines))


__all__ = ["ProjectPrompts", "RecoveryAnswer", "SaveAnswer", "project_filter"]
