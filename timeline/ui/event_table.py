"""The events as a sortable, filterable table beside the timeline, linked by selection.

EventTableModel holds the events and sorts them itself (by real dates, counts and
importance, not by the displayed text: one Python sort, where a sorting proxy would call
back into Python for every comparison); EventFilterProxy applies the same EventFilter and
Key events setting as the timeline (background events only when shown there, only the key
events when the setting says so); EventTable is the view, with `event_selected(str)` out
and `select_event(str)` / `set_filter` / `set_key_events` in.
Column widths are measured once on a sample of rows, never by measuring every row.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from timeline.domain.event import Event
from timeline.present.calendar_text import event_date_text
from timeline.present.event_filter import NO_FILTER, EventFilter, matches
from timeline.present.story import DEFAULT_KEY_EVENTS, KeyEvents, key_events
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


class EventTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: tuple[Event, ...] = ()
        self._rows: dict[str, int] = {}
        # event id -> (the event, its cells), made when first shown; an event replaced by an
        # edit is a new object, so its cells are made again.
        self._texts: dict[str, tuple[Event, tuple[str, ...]]] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_events(self, events: Sequence[Event]) -> list[int] | None:
        """Show these events. After an edit most rows hold the very same events: only the
        rows that changed are removed, inserted or updated (a reset would make the views
        and the filter go over every row again). Returns the rows that are new or changed,
        or None when the model was reset (every row is)."""
        new = self._sorted(tuple(events))
        touched = table_patch(self._events, new)
        if touched is None:
            self.beginResetModel()
            self._events = new
            self._index_rows()
            self.endResetModel()
            return None
        for first, last in reversed(_runs(touched.removed)):
            self.beginRemoveRows(QModelIndex(), first, last)
            self._events = self._events[:first] + self._events[last + 1:]
            self.endRemoveRows()
        for first, last in _runs(touched.inserted):
            self.beginInsertRows(QModelIndex(), first, last)
            self._events = self._events[:first] + new[first:last + 1] + self._events[first:]
            self.endInsertRows()
        changed = [row for row, (shown, event) in enumerate(zip(self._events, new, strict=True)) if shown is not event]
        self._events = new
        self._rows = {event.event_id: row for row, event in enumerate(new)}
        for gone in touched.gone_ids:
            self._texts.pop(gone, None)
        runs = _runs(changed)
        # Many scattered changes (every importance moved): one signal, not thousands.
        for first, last in runs if len(runs) <= MAX_CHANGED_RUNS else [(runs[0][0], runs[-1][1])]:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        return sorted({*touched.inserted, *changed})

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
        key = (lambda e: e.interval.start) if column == DATE else (lambda e: self._sort_key(e, column))
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


@dataclass(frozen=True, slots=True)
class TablePatch:
    """How to turn one list of rows into another by removing and inserting a few."""

    removed: list[int]  # rows of the old list, removed first (from the bottom up)
    inserted: list[int]  # rows of the new list, inserted next (from the top down)
    gone_ids: set[str]  # events no longer listed


def table_patch(old: Sequence[Event], new: Sequence[Event]) -> TablePatch | None:
    """The rows to remove from `old` and to insert from `new` (by event id) so that what is
    left lines up with `new` row for row; None when a reset is the better way (no rows
    before or after, ids not unique, or most rows would move)."""
    if not old or not new:
        return None
    new_ids = [event.event_id for event in new]
    new_set = set(new_ids)
    old_ids = [event.event_id for event in old]
    if len(new_set) != len(new_ids) or len(set(old_ids)) != len(old_ids):
        return None
    kept = [event_id for event_id in old_ids if event_id in new_set]
    kept_set = set(kept)
    in_new_order = [event_id for event_id in new_ids if event_id in kept_set]
    if kept != in_new_order:
        # Some kept events moved (a new date): the most that can stay in place stay (the
        # longest run in the same order in both), the others go out and come back in.
        new_row = {event_id: row for row, event_id in enumerate(new_ids)}
        kept_set = {kept[k] for k in _longest_increasing([new_row[event_id] for event_id in kept])}
    removed = [row for row, event_id in enumerate(old_ids) if event_id not in kept_set]
    inserted = [row for row, event_id in enumerate(new_ids) if event_id not in kept_set]
    if len(removed) + len(inserted) > max(len(old), len(new)) // 2:
        return None
    return TablePatch(removed, inserted, set(old_ids) - new_set)


def _longest_increasing(values: Sequence[int]) -> list[int]:
    """The positions of a longest strictly increasing subsequence of `values` (patience sort)."""
    tails: list[int] = []  # tails[k]: the smallest last value of an increasing run of length k + 1
    tail_at: list[int] = []  # ... and its position
    before = [-1] * len(values)
    for position, value in enumerate(values):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(position)
        else:
            tails[k] = value
            tail_at[k] = position
        before[position] = tail_at[k - 1] if k else -1
    chosen = []
    position = tail_at[-1] if tail_at else -1
    while position >= 0:
        chosen.append(position)
        position = before[position]
    return chosen[::-1]


def _runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted rows as runs of consecutive ones, (first, last) each."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class EventFilterProxy(QSortFilterProxyModel):
    """Keeps the rows the EventFilter and the Key events setting accept, in the model's order;
    sorting is the model's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._criteria = NO_FILTER
        self._key_events = DEFAULT_KEY_EVENTS
        self._key_ids: frozenset[str] | None = None  # with `only`: the key events' ids
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

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
        event = model.event_at(source_row)
        if self._key_ids is not None:
            return event.event_id in self._key_ids
        if event.background and not self._key_events.show_background:
            return False
        return self._criteria.is_empty or matches(event, self._criteria)


class EventTable(QTableView):
    event_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventTable")
        self.setAccessibleName(tr("Events"))
        self.setAccessibleDescription(
            tr("Every shown event: label, date, precision, sources, importance, conflict"))
        self.source_model = EventTableModel(self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.source_model)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setDefaultSectionSize(60)  # small columns start small and widen to their content
        header.setSectionResizeMode(EVENT, QHeaderView.ResizeMode.Stretch)
        for column in (DATE, PRECISION, SOURCES, IMPORTANCE, CONFLICT):
            # ResizeToContents would measure every row on every change: thousands of calls.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self._fit_columns()
        self._quiet = False
        self.selectionModel().selectionChanged.connect(self._on_selection)

    def set_events(self, events: Sequence[Event]) -> None:
        selected = self.selected_event_id()
        touched = self.source_model.set_events(events)
        if self.proxy.key_events().only:
            self.proxy.refresh()
        self._fit_columns(touched)
        if selected:
            self.select_event(selected)

    def _fit_columns(self, rows: Sequence[int] | None = None) -> None:
        """Widen the small columns to their header and a sample of rows (of `rows` only, the
        new and changed ones, when given); never narrow them (the analyst may have widened
        one), and never measure every row."""
        model = self.source_model
        chosen = range(model.rowCount()) if rows is None else rows
        step = max(1, len(chosen) // SAMPLE_ROWS)
        sample = [model.row_texts(row) for row in chosen[::step]]
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12
        # The event's label is what the analyst reads: no small column may take more than a
        # share of a narrow table (its cell shows the rest as a tooltip-able ellipsis).
        cap = max(60, int(self.viewport().width() * 0.15))
        for column in (DATE, PRECISION, SOURCES, IMPORTANCE, CONFLICT):
            texts = [tr(COLUMNS[column]), *(cells[column] for cells in sample)]
            wanted = min(cap, max(metrics.horizontalAdvance(text) for text in texts) + pad)
            if wanted > header.sectionSize(column):
                header.resizeSection(column, wanted)

    def set_filter(self, criteria: EventFilter) -> None:
        """Filter the rows; never select an event the analyst did not choose.

        Hiding the current row makes Qt move the current index to a neighbour; that move
        is silenced, then the chosen event is reselected if still shown, else nothing is.
        """
        self._keeping_selection(lambda: self.proxy.set_filter(criteria))

    def set_key_events(self, setting: KeyEvents) -> None:
        """List only the key events when the setting says so; background ones only when shown."""
        self._keeping_selection(lambda: self.proxy.set_key_events(setting))

    def _keeping_selection(self, change: Callable[[], None]) -> None:
        """Change which rows show with Qt's move of the current row silenced, then reselect
        the chosen event if it is still shown."""
        selected = self.selected_event_id()
        self._quiet = True
        try:
            change()
        finally:
            self._quiet = False
        self._restore_selection(selected)

    def _restore_selection(self, event_id: str) -> None:
        row = self.source_model.row_of(event_id) if event_id else None
        index = (self.proxy.mapFromSource(self.source_model.index(row, EVENT))
                 if row is not None else QModelIndex())
        if index.isValid():
            self.select_event(event_id)
            return
        self._quiet = True
        try:
            self.selectionModel().clear()  # no current row either: the next click is a choice
        finally:
            self._quiet = False

    def selected_event_id(self) -> str:
        current = self.currentIndex()
        if not current.isValid() or not self.selectionModel().isRowSelected(current.row()):
            return ""
        return str(current.siblingAtColumn(EVENT).data(EVENT_ID_ROLE) or "")

    def select_event(self, event_id: str) -> None:
        """Select from outside (timeline, session): scrolls to it, does not re-emit."""
        self._quiet = True
        try:
            row = self.source_model.row_of(event_id) if event_id else None
            index = (self.proxy.mapFromSource(self.source_model.index(row, EVENT))
                     if row is not None else QModelIndex())
            if index.isValid():
                self.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.scrollTo(index)
            else:
                self.selectionModel().clearSelection()
        finally:
            self._quiet = False

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        # A row the analyst chose (click, keys). Not the row Qt makes current, unselected,
        # when the table merely gets the focus: that is no choice of the analyst's.
        rows = selected.indexes()
        if self._quiet or not rows:
            return
        self.event_selected.emit(str(rows[0].siblingAtColumn(EVENT).data(EVENT_ID_ROLE)))


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
