"""The analyst's event edits in the window: add, merge, split, rename, change date, hide/unhide, note.

Each dialog only builds an Edit (`dialog.edit()`, None when there is nothing to do); the
Event menu actions open them window-modal without blocking, and an accepted dialog hands
its edit to `session.apply_edit`, so every change is undoable and survives re-extraction
(edits name events by their mentions, see timeline/domain/edits.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.article import Article
from timeline.domain.edits import (
    AddEvent,
    AnnotateEvent,
    Edit,
    HideEvent,
    MergeEvents,
    RenameEvent,
    SetEventDate,
    SplitEvent,
)
from timeline.domain.event import Event, EventMention
from timeline.events import event_keys
from timeline.events.event_ids import added_event_id
from timeline.extract.timex_values import interval_for_value
from timeline.present.calendar_text import day_text, event_date_text, interval_text
from timeline.ui.i18n import tr
from timeline.ui.qt_dates import to_qdate

if TYPE_CHECKING:
    from timeline.ui.window_host import WindowHost

ITEM_ROLE = Qt.ItemDataRole.UserRole
DialogType = TypeVar("DialogType", bound=QDialog)


def event_line(event: Event) -> str:
    """One line naming an event: date, label, sources, conflict."""
    count = event.source_count
    sources = tr("{} sources").format(count) if count != 1 else tr("1 source")
    conflict = tr(" · dates disagree") if event.conflict else ""
    return f"{event_date_text(event)} — {event.label} ({sources}{conflict})"


def mention_line(item: EventMention, article: Article | None) -> str:
    title = article.title if article is not None else item.article_id
    published = day_text(article.date) if article is not None else tr("undated")
    sentence = " ".join(item.sentence.split())
    return f"{title} ({published}): “{item.mention.text}” = {item.mention.value} — {sentence}"


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _checked(widget: QListWidget) -> list[object]:
    return [widget.item(i).data(ITEM_ROLE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class MergeEventsDialog(QDialog):
    """Tick two or more events (the selected one ticked already) to make them one."""

    def __init__(self, events: Sequence[Event], chosen: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Merge events"))
        self.setObjectName("mergeEventsDialog")
        self._events = {e.event_id: e for e in events}
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Filter by label or date"))
        self.filter_edit.setAccessibleName(tr("Filter events"))
        self.event_list = QListWidget()
        self.event_list.setAccessibleName(tr("Events to merge"))
        for event in events:
            item = QListWidgetItem(event_line(event))
            item.setData(ITEM_ROLE, event.event_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if event.event_id in chosen else Qt.CheckState.Unchecked)
            self.event_list.addItem(item)
        self.buttons = _buttons(self, tr("Merge"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("The ticked events become one event with all their sources.")))
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.event_list)
        layout.addWidget(self.buttons)
        self.filter_edit.textChanged.connect(self._filter)
        self.event_list.itemChanged.connect(lambda _item: self._update())
        self.resize(720, 420)
        self._update()

    def chosen_ids(self) -> list[str]:
        return [str(i) for i in _checked(self.event_list)]

    def set_chosen(self, event_ids: Sequence[str]) -> None:
        for i in range(self.event_list.count()):
            item = self.event_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ITEM_ROLE) in event_ids else Qt.CheckState.Unchecked)

    def edit(self) -> MergeEvents | None:
        chosen = [self._events[i] for i in self.chosen_ids()]
        if len(chosen) < 2:
            return None
        rest = frozenset(k for event in chosen[1:] for k in event_keys(event))
        return MergeEvents(event_keys(chosen[0]), rest)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.event_list.count()):
            item = self.event_list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(len(self.chosen_ids()) >= 2)


class SplitEventDialog(QDialog):
    """Tick the mentions that report a different happening: they leave as an event of their own."""

    def __init__(self, event: Event, articles: dict[str, Article], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Split event"))
        self.setObjectName("splitEventDialog")
        self.mention_list = QListWidget()
        self.mention_list.setAccessibleName(tr("Mentions of the event"))
        self.mention_list.setWordWrap(True)
        for item in event.mentions:
            row = QListWidgetItem(mention_line(item, articles.get(item.article_id)))
            row.setData(ITEM_ROLE, (item.article_id, item.mention.start, item.mention.end))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.mention_list.addItem(row)
        self.buttons = _buttons(self, tr("Split off"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<b>{}</b><br>Tick the mentions that report something else; they become an event of "
                                   "their own.").format(event.label)))
        layout.addWidget(self.mention_list)
        layout.addWidget(self.buttons)
        self.mention_list.itemChanged.connect(lambda _item: self._update())
        self.resize(760, 420)
        self._update()

    def set_checked(self, rows: Sequence[int]) -> None:
        for i in range(self.mention_list.count()):
            self.mention_list.item(i).setCheckState(Qt.CheckState.Checked if i in rows else Qt.CheckState.Unchecked)

    def edit(self) -> SplitEvent | None:
        keys = _checked(self.mention_list)
        if not keys or len(keys) == self.mention_list.count():
            return None  # nothing leaves, or everything does: the event stays as it is
        return SplitEvent(frozenset(keys))  # type: ignore[arg-type]  # its items hold MentionKeys; Qt hands data back as object

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.edit() is not None)


class RenameEventDialog(QDialog):
    def __init__(self, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Rename event"))
        self.setObjectName("renameEventDialog")
        self._event = event
        self.label_edit = QLineEdit(event.label)
        self.label_edit.setAccessibleName(tr("Event label"))
        self.label_edit.selectAll()
        self.buttons = _buttons(self, tr("Rename"))
        form = QFormLayout(self)
        form.addRow(tr("Label:"), self.label_edit)
        form.addRow(self.buttons)
        self.label_edit.textChanged.connect(lambda _text: self._update())
        self.resize(520, 0)
        self._update()

    def edit(self) -> RenameEvent | None:
        label = " ".join(self.label_edit.text().split())
        if not label or label == self._event.label:
            return None
        return RenameEvent(event_keys(self._event), label)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.edit() is not None)


class EventDateDialog(QDialog):
    """Type a TIMEX3 value (2023-03-17, 2023-W11, 2023-03, 2023) or take one source's date."""

    def __init__(self, event: Event, articles: dict[str, Article], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change event date"))
        self.setObjectName("eventDateDialog")
        self._event = event
        self.value_edit = QLineEdit(event.value)
        self.value_edit.setAccessibleName(tr("Date value"))
        self.value_edit.setPlaceholderText(tr("2023-03-17, 2023-W11, 2023-03 or 2023"))
        self.meaning_label = QLabel()
        self.meaning_label.setObjectName("dateMeaning")
        self.source_list = QListWidget()
        self.source_list.setAccessibleName(tr("Dates the sources give"))
        for value, line in self._source_dates(articles):
            row = QListWidgetItem(line)
            row.setData(ITEM_ROLE, value)
            self.source_list.addItem(row)
        self.buttons = _buttons(self, tr("Set date"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(tr("Date:"), self.value_edit)
        form.addRow("", self.meaning_label)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("What each source says (click to use it):")))
        layout.addWidget(self.source_list)
        layout.addWidget(self.buttons)
        self.value_edit.textChanged.connect(lambda _text: self._update())
        self.source_list.itemClicked.connect(lambda row: self.value_edit.setText(str(row.data(ITEM_ROLE))))
        self.resize(620, 360)
        self._update()

    def _source_dates(self, articles: dict[str, Article]) -> list[tuple[str, str]]:
        seen: dict[str, list[str]] = {}
        for item in self._event.mentions:
            article = articles.get(item.article_id)
            seen.setdefault(item.mention.value, []).append(article.title if article is not None else item.article_id)
        lines = []
        for value, titles in seen.items():
            interval = interval_for_value(value)
            meaning = interval_text(interval) if interval is not None else value
            mentions = tr("{} mentions").format(len(titles)) if len(titles) != 1 else tr("1 mention")
            lines.append((value, f"{meaning} ({value}) — {mentions}: {'; '.join(dict.fromkeys(titles))}"))
        return lines

    def edit(self) -> SetEventDate | None:
        value = self.value_edit.text().strip()
        if interval_for_value(value) is None or (value == self._event.value and not self._event.conflict):
            return None
        return SetEventDate(event_keys(self._event), value)

    def _update(self) -> None:
        value = self.value_edit.text().strip()
        interval = interval_for_value(value)
        if interval is None:
            self.meaning_label.setText(tr("Not a date value: use 2023-03-17, 2023-W11, 2023-03 or 2023"))
        else:
            self.meaning_label.setText(f"{interval_text(interval)} ({interval.granularity.label})")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.edit() is not None)


class AddEventDialog(QDialog):
    """A happening no source dates: a label and a date, typed as a TIMEX3 value or picked on a calendar."""

    def __init__(self, taken_ids: Sequence[str], start: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add event"))
        self.setObjectName("addEventDialog")
        self._taken = frozenset(taken_ids)
        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(tr("Event label"))
        self.label_edit.setPlaceholderText(tr("Who did what, e.g. Xi leaves Moscow"))
        self.value_edit = QLineEdit()
        self.value_edit.setAccessibleName(tr("Date value"))
        self.value_edit.setPlaceholderText(tr("2023-03-17, 2023-W11, 2023-03 or 2023"))
        # The picker starts at a date of the corpus, never at the computer's clock.
        self.date_picker = QDateEdit(start)
        self.date_picker.setAccessibleName(tr("Pick a day"))
        self.date_picker.setCalendarPopup(True)
        self.date_picker.setDisplayFormat("yyyy-MM-dd")
        self.meaning_label = QLabel()
        self.meaning_label.setObjectName("dateMeaning")
        self.buttons = _buttons(self, tr("Add"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(tr("Label:"), self.label_edit)
        form.addRow(tr("Date:"), self.value_edit)
        form.addRow(tr("or pick a day:"), self.date_picker)
        form.addRow("", self.meaning_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.label_edit.textChanged.connect(lambda _text: self._update())
        self.value_edit.textChanged.connect(lambda _text: self._update())
        self.date_picker.dateChanged.connect(lambda day: self.value_edit.setText(day.toString("yyyy-MM-dd")))
        self.resize(480, 200)
        self._update()

    def edit(self) -> AddEvent | None:
        label = " ".join(self.label_edit.text().split())
        value = self.value_edit.text().strip()
        if not label or interval_for_value(value) is None:
            return None
        return AddEvent(added_event_id(label, value, self._taken), label, value)

    def _update(self) -> None:
        value = self.value_edit.text().strip()
        interval = interval_for_value(value) if value else None
        if not value:
            self.meaning_label.setText(tr("Type a date value or pick a day"))
        elif interval is None:
            self.meaning_label.setText(tr("Not a date value: use 2023-03-17, 2023-W11, 2023-03 or 2023"))
        else:
            self.meaning_label.setText(f"{interval_text(interval)} ({interval.granularity.label})")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.edit() is not None)


class EventNoteDialog(QDialog):
    def __init__(self, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Event note"))
        self.setObjectName("eventNoteDialog")
        self._event = event
        self.note_edit = QPlainTextEdit(event.note)
        self.note_edit.setAccessibleName(tr("Note"))
        self.tags_edit = QLineEdit(", ".join(event.tags))
        self.tags_edit.setAccessibleName(tr("Tags"))
        self.tags_edit.setPlaceholderText(tr("comma-separated, e.g. verify, key date"))
        self.buttons = _buttons(self, tr("Save note"))
        form = QFormLayout(self)
        form.addRow(QLabel(tr("<b>{}</b>").format(event.label)))
        form.addRow(tr("Note:"), self.note_edit)
        form.addRow(tr("Tags:"), self.tags_edit)
        form.addRow(self.buttons)
        self.resize(520, 300)

    def edit(self) -> AnnotateEvent | None:
        note = self.note_edit.toPlainText().strip()
        tags = tuple(dict.fromkeys(t.strip() for t in self.tags_edit.text().split(",") if t.strip()))
        if note == self._event.note and tags == self._event.tags:
            return None
        return AnnotateEvent(event_keys(self._event), note, tags)


class HiddenEventsDialog(QDialog):
    """The hidden events, to tick and show again."""

    def __init__(self, events: Sequence[Event], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Hidden events"))
        self.setObjectName("hiddenEventsDialog")
        self._events = {e.event_id: e for e in events}
        self.event_list = QListWidget()
        self.event_list.setAccessibleName(tr("Hidden events"))
        for event in events:
            row = QListWidgetItem(event_line(event))
            row.setData(ITEM_ROLE, event.event_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.event_list.addItem(row)
        self.buttons = _buttons(self, tr("Show again"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Tick the events to show on the timeline again.")
                                if events else tr("No event is hidden.")))
        layout.addWidget(self.event_list)
        layout.addWidget(self.buttons)
        self.event_list.itemChanged.connect(lambda _item: self._update())
        self.resize(640, 360)
        self._update()

    def set_checked(self, event_ids: Sequence[str]) -> None:
        for i in range(self.event_list.count()):
            item = self.event_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ITEM_ROLE) in event_ids else Qt.CheckState.Unchecked)

    def edits(self) -> list[HideEvent]:
        return [HideEvent(event_keys(self._events[str(i)]), hidden=False) for i in _checked(self.event_list)]

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.edits()))


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
        return self._open(MergeEventsDialog(visible, [event.event_id], self.window), lambda d: [d.edit()])

    def open_add(self) -> AddEventDialog:
        events = self.session.corpus.events
        near = self.selected_event() or (events[0] if events else None)
        start = to_qdate(near.interval.first_day if near is not None else date(2000, 1, 1))
        dialog = AddEventDialog([e.event_id for e in events], start, self.window)
        return self._open(dialog, lambda d: [d.edit()])

    def open_split(self) -> SplitEventDialog | None:
        event = self.selected_event()
        if event is None or len(event.mentions) < 2:
            return None
        return self._open(SplitEventDialog(event, self._articles(), self.window), lambda d: [d.edit()])

    def open_rename(self) -> RenameEventDialog | None:
        event = self.selected_event()
        if event is None:
            return None
        return self._open(RenameEventDialog(event, self.window), lambda d: [d.edit()])

    def open_date(self) -> EventDateDialog | None:
        event = self.selected_event()
        if event is None:
            return None
        return self._open(EventDateDialog(event, self._articles(), self.window), lambda d: [d.edit()])

    def open_note(self) -> EventNoteDialog | None:
        event = self.selected_event()
        if event is None:
            return None
        return self._open(EventNoteDialog(event, self.window), lambda d: [d.edit()])

    def open_hidden(self) -> HiddenEventsDialog:
        hidden = [e for e in self.session.corpus.events if e.hidden]
        return self._open(HiddenEventsDialog(hidden, self.window), lambda d: list(d.edits()))

    def hide_selected(self) -> None:
        event = self.selected_event()
        if event is not None and not event.hidden:
            self.session.apply_edit(HideEvent(event_keys(event)))
            self.session.select_event("")

    def _open(self, dialog: DialogType, edits_of: Callable[[DialogType], Sequence[Edit | None]]) -> DialogType:
        """Window-modal, not blocking; accepting applies the dialog's edits, each undoable."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def apply() -> None:
            for edit in edits_of(dialog):
                if edit is not None:
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
    "EventDateDialog",
    "EventEditing",
    "EventNoteDialog",
    "HiddenEventsDialog",
    "MergeEventsDialog",
    "RenameEventDialog",
    "SplitEventDialog",
    "install_event_editing",
]
