"""The event table's models: EventTableModel holds the events and sorts them itself (by real
dates, counts and importance, not by the displayed text: one Python sort, where a sorting
proxy would call back into Python for every comparison), and applies a new list of events
as a patch of removed and inserted rows, not a reset; EventFilterProxy applies the same
EventFilter and Key events setting as the timeline (background events only when shown there,
only the key events when the setting says so). The view is ui/event_table.py.
"""


from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from timeline.domain.event import Event
from timeline.present.calendar_text import event_date_text
from timeline.present.event_filter import NO_FILTER, EventFilter, matches
from timeline.present.story import DEFAULT_KEY_EVENTS, KeyEvents, key_events
from timeline.present.table_patch import only_importance_differs, runs_of, table_patch
from timeline.present.time_scale import to_seconds
from timeline.ui.i18n import tr, translatable

SORT_ROLE = Qt.ItemDataRole.UserRole
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Header texts, looked up where shown: tr(COLUMNS[column]).
COLUMNS = (translatable("Event"), translatable("Date"), translatable("Precision"), translatable("Sources"),
           translatable("Importance"), translatable("Conflict"))
EVENT, DATE, PRECISION, SOURCES, IMPORTANCE, CONFLICT = range(len(COLUMNS))

SAMPLE_ROWS = 200  # rows measured to size the columns, however many there are
MAX_CHANGED_RUNS = 64  # more stretches of changed rows than this: one dataChanged over them all

ModelIndex = QModelIndex | QPersistentModelIndex
_START = attrgetter("interval.start")  # the date column's sort key, read in C (every row, every edit)


@dataclass(frozen=True, slots=True)
class RowChanges:
    """What EventTableModel.set_events changed, short of a reset."""

    new_cells: list[int]  # rows inserted or showing other text than the importance's: to measure
    replaced: list[tuple[Event, Event]]  # (before, now) of the rows updated in place with more than importance


class EventTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: tuple[Event, ...] = ()
        self._rows: dict[str, int] = {}
        # event id -> (the event, its cells), made when first shown; an event replaced by an
        # edit is a new object, so its cells are made again.
        self._texts: dict[str, tuple[Event, tuple[str, ...]]] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_events(self, events: Sequence[Event]) -> RowChanges | None:
        """Show these events. After an edit most rows hold the very same events: only the
        rows that changed are removed, inserted or updated (a reset would make the views
        and the filter go over every row again). Returns what changed, or None when the
        model was reset (every row did)."""
        new = self._sorted(tuple(events))
        touched = table_patch(self._events, new)
        if touched is None:
            self.beginResetModel()
            self._events = new
            self._index_rows()
            self.endResetModel()
            return None
        for first, last in reversed(runs_of(touched.removed)):
            self.beginRemoveRows(QModelIndex(), first, last)
            self._events = self._events[:first] + self._events[last + 1:]
            self.endRemoveRows()
        for first, last in runs_of(touched.inserted):
            self.beginInsertRows(QModelIndex(), first, last)
            self._events = self._events[:first] + new[first:last + 1] + self._events[first:]
            self.endInsertRows()
        changed: list[int] = []
        replaced: list[tuple[Event, Event]] = []  # (before, now) of rows showing more than a new importance
        texts = self._texts
        for row, (shown, event) in enumerate(zip(self._events, new, strict=True)):
            if shown is event:
                continue
            changed.append(row)
            if only_importance_differs(shown, event):
                known = texts.get(event.event_id)
                # The other cells as they were, when they are the shown event's (an entry of an
                # older copy, never measured since, is left for row_texts to make again).
                if known is not None and known[0] is shown:
                    cells = known[1]
                    texts[event.event_id] = (event, (*cells[:IMPORTANCE], self._text(event, IMPORTANCE),
                                                     *cells[IMPORTANCE + 1:]))
            else:
                replaced.append((shown, event))
        self._events = new
        self._rows = {event.event_id: row for row, event in enumerate(new)}
        for gone in touched.gone_ids:
            texts.pop(gone, None)
        runs = runs_of(changed)
        # Many scattered changes (every importance moved): one signal, not thousands.
        for first, last in runs if len(runs) <= MAX_CHANGED_RUNS else [(runs[0][0], runs[-1][1])]:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        measured = {*touched.inserted, *(self._rows[now.event_id] for _before, now in replaced)}
        return RowChanges(sorted(measured), replaced)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by the column's real values; selections follow their rows."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self._events
        self._events = self._sorted(before)
        self._index_rows()
        moved = self.persistentIndexList()
        new_rows = [self._rows[before[index.row()].event_id] for index in moved]
        self.changePersistentIndexList(
            moved, [self.index(row, index.column()) for row, index in zip(new_rows, moved, strict=True)])
        self.layoutChanged.emit()

    def sort_order(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    def _sorted(self, events: tuple[Event, ...]) -> tuple[Event, ...]:
        if self._sort is None:
            return events
        column, order = self._sort
        # Stable, so ties keep the events' own order (by date); ids break what is left.
        key = _START if column == DATE else (lambda e: self._sort_key(e, column))
        return tuple(sorted(events, key=key, reverse=order == Qt.SortOrder.DescendingOrder))

    def _index_rows(self) -> None:
        self._rows = {event.event_id: row for row, event in enumerate(self._events)}
        self._texts = {}

    def row_texts(self, row: int) -> tuple[str, ...]:
        event = self._events[row]
        known = self._texts.get(event.event_id)
        if known is not None and known[0] is event:
            return known[1]
        texts = tuple(self._text(event, column) for column in range(len(COLUMNS)))
        self._texts[event.event_id] = (event, texts)
        return texts

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def events(self) -> tuple[Event, ...]:
        return self._events

    def row_of(self, event_id: str) -> int | None:
        return self._rows.get(event_id)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        wanted = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if wanted and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.row_texts(index.row())[column]
        if role == SORT_ROLE:
            return self._sort_key(event, column)
        if role == EVENT_ID_ROLE:
            return event.event_id
        if role == Qt.ItemDataRole.ToolTipRole and column == EVENT:
            return event.label
        if role == Qt.ItemDataRole.ToolTipRole and column == DATE and event.conflict:
            return tr("The sources disagree on this date; each source's date is kept with its mention.")
        if role == Qt.ItemDataRole.ToolTipRole and column == DATE and event.date_set_by_analyst:
            return tr("The analyst set this date; the sources' own dates are kept with each mention.")
        if role == Qt.ItemDataRole.ToolTipRole and column == DATE and event.is_implied:
            return tr("No source states this date outright: it was worked out from context.")
        if role == Qt.ItemDataRole.ToolTipRole and column == IMPORTANCE:
            return (tr("Importance {:.2f} of 1: how much the articles make of this event").format(event.importance)
                    + (tr(" (background: history far from the story)") if event.background else ""))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SOURCES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(event: Event, column: int) -> str:
        if column == EVENT:
            return event.label
        if column == DATE:
            return event_date_text(event) + _date_note(event)
        if column == PRECISION:
            return event.interval.granularity.label
        if column == SOURCES:
            return str(event.source_count)
        if column == IMPORTANCE:
            return importance_text(event.importance)
        return tr("conflict") if event.conflict else ""

    @staticmethod
    def _sort_key(event: Event, column: int) -> Any:
        if column == EVENT:
            return event.label.casefold()
        if column == DATE:
            return to_seconds(event.interval.start)
        if column == PRECISION:
            return int(event.interval.granularity)
        if column == SOURCES:
            return event.source_count
        if column == IMPORTANCE:
            return event.importance
        return int(event.conflict)


class EventFilterProxy(QSortFilterProxyModel):
    """Keeps the rows the EventFilter and the Key events setting accept, in the model's order;
    sorting is the model's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._criteria = NO_FILTER
        self._key_events = DEFAULT_KEY_EVENTS
        self._key_ids: frozenset[str] | None = None  # with `only`: the key events' ids
        self.setSortRole(SORT_ROLE)
        # Not dynamic: a dynamic proxy asks filterAcceptsRow (Python) of every row a dataChanged
        # spans, and an article's new date can change every row's importance (3,600 rows on
        # bpoil), which no filter reads. Rows inserted are filtered all the same; a row
        # changed in place that may now be filtered otherwise is the view's to check (`accepts`).
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The model sorts (one Python sort); the proxy stays unsorted and keeps its order.
        model = self.sourceModel()
        if isinstance(model, EventTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_filter(self, criteria: EventFilter) -> None:
        if criteria == self._criteria:
            return
        self._refilter(criteria, self._key_events)

    def set_key_events(self, setting: KeyEvents) -> None:
        if setting == self._key_events:
            return
        self._refilter(self._criteria, setting)

    def key_events(self) -> KeyEvents:
        return self._key_events

    def refresh(self) -> None:
        """The model's events changed: the key events among them may be others."""
        self._refilter(self._criteria, self._key_events)

    def _refilter(self, criteria: EventFilter, setting: KeyEvents) -> None:
        self.beginFilterChange()
        self._criteria = criteria
        self._key_events = setting
        self._key_ids = None
        model = self.sourceModel()
        if setting.only and isinstance(model, EventTableModel):
            # The key events among those the filter keeps: the timeline draws the same ones.
            kept = (e for e in model.events() if criteria.is_empty or matches(e, criteria))
            self._key_ids = frozenset(e.event_id for e in key_events(kept, setting))
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        return self.accepts(model.event_at(source_row))

    def accepts(self, event: Event) -> bool:
        """Whether a row showing this event is listed."""
        if self._key_ids is not None:
            return event.event_id in self._key_ids
        if event.background and not self._key_events.show_background:
            return False
        return self._criteria.is_empty or matches(event, self._criteria)


def importance_text(importance: float) -> str:
    """The number and a short bar: the bar reads at a glance down the column, the number
    compares (digits are all one width, so the bars start level; five blocks for 1.0)."""
    eighths = round(max(0.0, min(importance, 1.0)) * 40)
    bar = "█" * (eighths // 8) + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[eighths % 8]
    return f"{importance:.2f} {bar}".rstrip()


def _date_note(event: Event) -> str:
    """How the date is known: set by the analyst, implied by anchors, or (no note) stated; and any range."""
    note = tr(" (set by analyst)") if event.date_set_by_analyst else tr(" (implied)") if event.is_implied else ""
    if event.extent is not None:
        note += tr(", {} days").format(event.extent.duration.days)
    return note
