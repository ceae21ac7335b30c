"""The events as a sortable, filterable table beside the timeline, linked by selection.

EventTableModel holds the events; EventFilterProxy sorts them (by real dates and counts,
not by the displayed text) and applies the same EventFilter as the timeline; EventTable
is the view, with `event_selected(str)` out and `select_event(str)` in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from timeline.domain.event import Event
from timeline.present.calendar_text import event_date_text
from timeline.present.event_filter import NO_FILTER, EventFilter, matches
from timeline.present.time_scale import to_seconds

SORT_ROLE = Qt.ItemDataRole.UserRole
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Event", "Date", "Precision", "Sources", "Conflict")
EVENT, DATE, PRECISION, SOURCES, CONFLICT = range(len(COLUMNS))

ModelIndex = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: tuple[Event, ...] = ()
        self._rows: dict[str, int] = {}

    def set_events(self, events: Sequence[Event]) -> None:
        self.beginResetModel()
        self._events = tuple(events)
        self._rows = {event.event_id: row for row, event in enumerate(self._events)}
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        return self._events[row]

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
            return COLUMNS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(event, column)
        if role == SORT_ROLE:
            return self._sort_key(event, column)
        if role == EVENT_ID_ROLE:
            return event.event_id
        if role == Qt.ItemDataRole.ToolTipRole and column == EVENT:
            return event.label
        if role == Qt.ItemDataRole.ToolTipRole and column == DATE and event.conflict:
            return "The sources disagree on this date; each source's date is kept with its mention."
        if role == Qt.ItemDataRole.ToolTipRole and column == DATE and event.date_set_by_analyst:
            return "The analyst set this date; the sources' own dates are kept with each mention."
        if role == Qt.ItemDataRole.ToolTipRole and column == DATE and event.is_implied:
            return "No source states this date outright: it was worked out from context."
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
        return "conflict" if event.conflict else ""

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
        return int(event.conflict)


class EventFilterProxy(QSortFilterProxyModel):
    """Sorts by the model's sort keys and keeps the rows the EventFilter accepts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._criteria = NO_FILTER
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filter(self, criteria: EventFilter) -> None:
        if criteria == self._criteria:
            return
        self.beginFilterChange()
        self._criteria = criteria
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self._criteria.is_empty:
            return True
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        return matches(model.event_at(source_row), self._criteria)


class EventTable(QTableView):
    event_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventTable")
        self.setAccessibleName("Events")
        self.setAccessibleDescription("Every shown event: label, date, precision, sources, conflict")
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
        header.setSectionResizeMode(EVENT, QHeaderView.ResizeMode.Stretch)
        for column in (DATE, PRECISION, SOURCES, CONFLICT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._quiet = False
        self.selectionModel().currentRowChanged.connect(self._on_current_row)

    def set_events(self, events: Sequence[Event]) -> None:
        selected = self.selected_event_id()
        self.source_model.set_events(events)
        if selected:
            self.select_event(selected)

    def set_filter(self, criteria: EventFilter) -> None:
        """Filter the rows; never select an event the analyst did not choose.

        Hiding the current row makes Qt move the current index to a neighbour; that move
        is silenced, then the chosen event is reselected if still shown, else nothing is.
        """
        selected = self.selected_event_id()
        self._quiet = True
        try:
            self.proxy.set_filter(criteria)
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

    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        self.event_selected.emit(str(current.siblingAtColumn(EVENT).data(EVENT_ID_ROLE)))


def _date_note(event: Event) -> str:
    """How the date is known: set by the analyst, implied by anchors, or (no note) stated; and any range."""
    note = " (set by analyst)" if event.date_set_by_analyst else " (implied)" if event.is_implied else ""
    if event.extent is not None:
        note += f", {event.extent.duration.days} days"
    return note
