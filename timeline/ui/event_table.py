"""The events as a sortable, filterable table beside the timeline, linked by selection.

EventTable is the view over ui/event_table_model.py's models, with `event_selected(str)` out
and `select_event(str)` / `set_filter` / `set_key_events` in. Column widths are measured
once on a sample of rows, never by measuring every row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from timeline.domain.event import Event
from timeline.present.event_filter import EventFilter
from timeline.present.story import KeyEvents
from timeline.ui.event_table_model import (
    COLUMNS,
    CONFLICT,
    DATE,
    EVENT,
    EVENT_ID_ROLE,
    IMPORTANCE,
    PRECISION,
    SAMPLE_ROWS,
    SOURCES,
    EventFilterProxy,
    EventTableModel,
)
from timeline.ui.i18n import tr


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
        changes = self.source_model.set_events(events)
        accepts = self.proxy.accepts
        if self.proxy.key_events().only or (changes is not None and any(
                accepts(before) != accepts(now) for before, now in changes.replaced)):
            # The key events may be others, or an event changed in place is now filtered
            # otherwise (the proxy is not dynamic: see EventFilterProxy).
            self.proxy.refresh()
        self._fit_columns(None if changes is None else changes.new_cells)
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
