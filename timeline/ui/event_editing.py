"""The Event menu: add, merge, split, rename, change date, hide/unhide and note the selected event.

The dialogs (ui/event_dialogs.py) only build edits; the menu's actions open them
window-modal without blocking, and an accepted dialog's edits go to `session.apply_edit`,
so every change is undoable and survives re-extraction (edits name events by their
mentions, see timeline/domain/edits.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from timeline.domain.article import Article
from timeline.domain.edits import HideEvent, MergeEvents
from timeline.domain.event import Event
from timeline.events import event_keys
from timeline.ui.edit_dialog import EditDialog
from timeline.ui.event_dialogs import (
    AddEventDialog,
    EventDateDialog,
    EventNoteDialog,
    HiddenEventsDialog,
    MergeEventsDialog,
    RenameEventDialog,
    SplitEventDialog,
    event_line,
    mention_line,
)
from timeline.ui.i18n import tr
from timeline.ui.qt_dates import to_qdate

if TYPE_CHECKING:
    from timeline.ui.window_host import WindowHost

DialogType = TypeVar("DialogType", bound=EditDialog)


class EventEditing(QObject):
    """The Event menu's editing actions, enabled when an event is selected."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.window = host.window()  # the parent of the actions and dialogs
        self.session = host.session
        menu = host.menu("Event")
        self.merge_action = self._action(tr("&Merge events…"), self.open_merge, "Ctrl+M",
                                         tr("Make the selected event and others one event"), name="MergeEventsAction")
        self.split_action = self._action(tr("&Split event…"), self.open_split, None,
                                         tr("Take some mentions out of the selected event"), name="SplitEventAction")
        self.rename_action = self._action(tr("&Rename event…"), self.open_rename, "F2",
                                          tr("Give the selected event a label"), name="RenameEventAction")
        self.date_action = self._action(tr("Change &date…"), self.open_date, None,
                                        tr("Set the date of the selected event"), name="ChangeDateAction")
        self.hide_action = self._action(tr("&Hide event"), self.hide_selected, "Ctrl+H",
                                        tr("Take the selected event off the timeline"), name="HideEventAction")
        self.unhide_action = self._action(tr("Hidden e&vents…"), self.open_hidden, None,
                                          tr("Show hidden events again"), name="HiddenEventsAction")
        self.note_action = self._action(tr("&Note…"), self.open_note, None,
                                        tr("Write a note or tags on the selected event"), name="NoteAction")
        self.add_action = self._action(tr("&Add event…"), self.open_add, None,
                                       tr("Add an event no source dates, with a label and a date"),
                                       name="AddEventAction")
        menu.addAction(self.add_action)
        for action in (self.merge_action, self.split_action, self.rename_action, self.date_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.hide_action, self.unhide_action, self.note_action):
            menu.addAction(action)
        self.dialog: QDialog | None = None
        self.session.event_selected.connect(lambda _event_id: self._update())
        host.timeline_view.selection_changed.connect(self._update)
        self.session.corpus_changed.connect(self._update)
        self._update()

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None, tip: str, *, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)  # not made from the text: a translation would rename it
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- state ---------------------------------------------------------------------------------
    def selected_event(self) -> Event | None:
        return self.session.find_event(self.session.selected_event_id) if self.session.selected_event_id else None

    def selected_ids(self) -> list[str]:
        """The timeline's multi-selection (Ctrl+click), current event first; else the one selected event."""
        ids = [i for i in self.host.timeline_view.selected_event_ids() if self.session.find_event(i) is not None]
        if not ids and self.session.selected_event_id:
            ids = [self.session.selected_event_id]
        return ids

    def _articles(self) -> dict[str, Article]:
        return {a.article_id: a for a in self.session.corpus.articles}

    def _update(self) -> None:
        event = self.selected_event()
        for action in (self.rename_action, self.date_action, self.note_action):
            action.setEnabled(event is not None)
        self.merge_action.setEnabled(event is not None or len(self.selected_ids()) >= 2)
        self.split_action.setEnabled(event is not None and len(event.mentions) > 1)
        self.hide_action.setEnabled(event is not None and not event.hidden)
        self.unhide_action.setEnabled(any(e.hidden for e in self.session.corpus.events))

    # -- actions -------------------------------------------------------------------------------
    def open_merge(self) -> MergeEventsDialog | None:
        """Two or more events selected on the timeline merge at once (undoable); else tick them in a list."""
        chosen = [e for e in (self.session.find_event(i) for i in self.selected_ids()) if e is not None]
        if len(chosen) >= 2:
            rest = frozenset(k for event in chosen[1:] for k in event_keys(event))
            self.session.apply_edit(MergeEvents(event_keys(chosen[0]), rest))
            return None
        event = self.selected_event()
        if event is None:
            return None
        visible = [e for e in self.session.corpus.events if not e.hidden]
        return self._open(MergeEventsDialog(visible, [event.event_id], self.window))

    def open_add(self) -> AddEventDialog:
        events = self.session.corpus.events
        near = self.selected_event() or (events[0] if events else None)
        start = to_qdate(near.interval.first_day if near is not None else date(2000, 1, 1))
        dialog = AddEventDialog([e.event_id for e in events], start, self.window)
        return self._open(dialog)

    def open_split(self) -> SplitEventDialog | None:
        event = self.selected_event()
        if event is None or len(event.mentions) < 2:
            return None
        return self._open(SplitEventDialog(event, self._articles(), self.window))

    def open_rename(self) -> RenameEventDialog | None:
        event = self.selected_event()
        if event is None:
            return None
        return self._open(RenameEventDialog(event, self.window))

    def open_date(self) -> EventDateDialog | None:
        event = self.selected_event()
        if event is None:
            return None
        return self._open(EventDateDialog(event, self._articles(), self.window))

    def open_note(self) -> EventNoteDialog | None:
        event = self.selected_event()
        if event is None:
            return None
        return self._open(EventNoteDialog(event, self.window))

    def open_hidden(self) -> HiddenEventsDialog:
        hidden = [e for e in self.session.corpus.events if e.hidden]
        return self._open(HiddenEventsDialog(hidden, self.window))

    def hide_selected(self) -> None:
        event = self.selected_event()
        if event is not None and not event.hidden:
            self.session.apply_edit(HideEvent(event_keys(event)))
            self.session.select_event("")

    def _open(self, dialog: DialogType) -> DialogType:
        """Window-modal, not blocking; accepting applies the dialog's edits, each undoable."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def apply() -> None:
            for edit in dialog.edits():
                self.session.apply_edit(edit)

        dialog.accepted.connect(apply)
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, _result: int) -> None:
        self.dialog = None


def install_event_editing(window: WindowHost) -> EventEditing:
    """Event ▸ Add, Merge, Split, Rename (F2), Change date, Hide (Ctrl+H), Hidden events, Note."""
    return EventEditing(window)


__all__ = [
    "AddEventDialog",
    "EditDialog",
    "EventDateDialog",
    "EventEditing",
    "EventNoteDialog",
    "HiddenEventsDialog",
    "MergeEventsDialog",
    "RenameEventDialog",
    "SplitEventDialog",
    "event_line",
    "install_event_editing",
    "mention_line",
]
