"""The analyst's event edit dialogs: merge, split, rename, change date, add, note, show hidden.

Each only builds edits (`dialog.edit()` / `dialog.edits()`, see EditDialog); the window's
Event menu (ui/event_editing.py) opens them and applies what an accepted one built. Edits
name events by their mentions (timeline/domain/edits.py), so they survive re-extraction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
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
    MentionKey,
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
from timeline.ui.edit_dialog import ITEM_ROLE, EditDialog, checked_data, date_meaning
from timeline.ui.i18n import tr


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


def _tickable(text: str, data: object, *, ticked: bool = False) -> QListWidgetItem:
    row = QListWidgetItem(text)
    row.setData(ITEM_ROLE, data)
    row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    row.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
    return row


class MergeEventsDialog(EditDialog):
    """Tick two or more events (the selected one ticked already) to make them one."""

    def __init__(self, events: Sequence[Event], chosen: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(tr("Merge events"), "mergeEventsDialog", tr("Merge"), parent)
        self._events = {e.event_id: e for e in events}
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Filter by label or date"))
        self.filter_edit.setAccessibleName(tr("Filter events"))
        self.event_list = QListWidget()
        self.event_list.setAccessibleName(tr("Events to merge"))
        for event in events:
            self.event_list.addItem(_tickable(event_line(event), event.event_id, ticked=event.event_id in chosen))
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
        return [str(i) for i in checked_data(self.event_list)]

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


class SplitEventDialog(EditDialog):
    """Tick the mentions that report a different happening: they leave as an event of their own."""

    def __init__(self, event: Event, articles: dict[str, Article], parent: QWidget | None = None) -> None:
        super().__init__(tr("Split event"), "splitEventDialog", tr("Split off"), parent)
        self.mention_list = QListWidget()
        self.mention_list.setAccessibleName(tr("Mentions of the event"))
        self.mention_list.setWordWrap(True)
        for item in event.mentions:
            key: MentionKey = (item.article_id, item.mention.start, item.mention.end)
            self.mention_list.addItem(_tickable(mention_line(item, articles.get(item.article_id)), key))
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
        # Qt hands the rows' data back as object: each is the MentionKey stored above.
        keys = [cast(MentionKey, key) for key in checked_data(self.mention_list)]
        if not keys or len(keys) == self.mention_list.count():
            return None  # nothing leaves, or everything does: the event stays as it is
        return SplitEvent(frozenset(keys))


class RenameEventDialog(EditDialog):
    def __init__(self, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(tr("Rename event"), "renameEventDialog", tr("Rename"), parent)
        self._event = event
        self.label_edit = QLineEdit(event.label)
        self.label_edit.setAccessibleName(tr("Event label"))
        self.label_edit.selectAll()
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


class EventDateDialog(EditDialog):
    """Type a TIMEX3 value (2023-03-17, 2023-W11, 2023-03, 2023) or take one source's date."""

    def __init__(self, event: Event, articles: dict[str, Article], parent: QWidget | None = None) -> None:
        super().__init__(tr("Change event date"), "eventDateDialog", tr("Set date"), parent)
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

    def _show_feedback(self) -> None:
        self.meaning_label.setText(date_meaning(self.value_edit.text().strip())[1])


class AddEventDialog(EditDialog):
    """A happening no source dates: a label and a date, typed as a TIMEX3 value or picked on a calendar."""

    def __init__(self, taken_ids: Sequence[str], start: QDate, parent: QWidget | None = None) -> None:
        super().__init__(tr("Add event"), "addEventDialog", tr("Add"), parent)
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

    def _show_feedback(self) -> None:
        value = self.value_edit.text().strip()
        self.meaning_label.setText(date_meaning(value)[1] if value else tr("Type a date value or pick a day"))


class EventNoteDialog(EditDialog):
    """A note and tags on the event. OK is always on: saving an unchanged note changes nothing."""

    def __init__(self, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(tr("Event note"), "eventNoteDialog", tr("Save note"), parent)
        self._event = event
        self.note_edit = QPlainTextEdit(event.note)
        self.note_edit.setAccessibleName(tr("Note"))
        self.tags_edit = QLineEdit(", ".join(event.tags))
        self.tags_edit.setAccessibleName(tr("Tags"))
        self.tags_edit.setPlaceholderText(tr("comma-separated, e.g. verify, key date"))
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


class HiddenEventsDialog(EditDialog):
    """The hidden events, to tick and show again."""

    def __init__(self, events: Sequence[Event], parent: QWidget | None = None) -> None:
        super().__init__(tr("Hidden events"), "hiddenEventsDialog", tr("Show again"), parent)
        self._events = {e.event_id: e for e in events}
        self.event_list = QListWidget()
        self.event_list.setAccessibleName(tr("Hidden events"))
        for event in events:
            self.event_list.addItem(_tickable(event_line(event), event.event_id))
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

    def edits(self) -> list[Edit]:
        return [HideEvent(event_keys(self._events[str(i)]), hidden=False) for i in checked_data(self.event_list)]
