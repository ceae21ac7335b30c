"""The base of the analyst's edit dialogs: a dialog that only builds edits, with OK on while there is one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QWidget

from timeline.domain.edits import Edit
from timeline.domain.interval import TimeInterval
from timeline.extract.timex_values import interval_for_value
from timeline.present.calendar_text import interval_text
from timeline.ui.i18n import tr

ITEM_ROLE = Qt.ItemDataRole.UserRole
OK = QDialogButtonBox.StandardButton.Ok


class EditDialog(QDialog):
    """Builds the analyst's edits and changes nothing itself: the window applies `edits()`
    when the dialog is accepted (each undoable). OK (labelled `ok_text`) is on only while
    there is an edit to make; a subclass calls `_update()` when its fields change."""

    def __init__(self, title: str, object_name: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(object_name)
        self.buttons = QDialogButtonBox(OK | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(OK).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def edit(self) -> Edit | None:
        """The one edit OK makes; None when there is nothing to do."""
        return None

    def edits(self) -> list[Edit]:
        """Every edit OK makes (a dialog that makes several overrides this)."""
        edit = self.edit()
        return [edit] if edit is not None else []

    def _update(self) -> None:
        self._show_feedback()
        self.buttons.button(OK).setEnabled(bool(self.edits()))

    def _show_feedback(self) -> None:
        """What the fields mean so far (a date value read back), shown before OK is judged."""


def checked_data(widget: QListWidget) -> list[object]:
    """The data of the ticked rows, top to bottom."""
    return [widget.item(i).data(ITEM_ROLE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def date_meaning(value: str) -> tuple[TimeInterval | None, str]:
    """A typed TIMEX3 value read back: its interval (None when it is no date) and what to say."""
    interval = interval_for_value(value)
    if interval is None:
        return None, tr("Not a date value: use 2023-03-17, 2023-W11, 2023-03 or 2023")
    return interval, f"{interval_text(interval)} ({interval.granularity.label})"
