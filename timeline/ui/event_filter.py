"""The search bar over the events: text, article, date range, minimum sources, key events.

It only builds an EventFilter (timeline.present.event_filter) and emits it as
`filter_changed(object)`; the timeline and the table both apply that same value. The
Key events control (`key_events`, see key_events_control) sits in the same bar and emits
its own setting.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from timeline.domain.article import Article
from timeline.present.event_filter import NO_FILTER, EventFilter
from timeline.ui.i18n import tr
from timeline.ui.key_events_control import KeyEventsControl
from timeline.ui.qt_dates import from_qdate, to_qdate

TYPING_PAUSE_MS = 180  # filter once typing pauses, not on every key of a long corpus
NO_DATE = QDate(1000, 1, 1)  # a date edit at its minimum means "no bound" (shows "any")


class EventFilterBar(QWidget):
    filter_changed = Signal(object)  # EventFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventFilterBar")
        self.setAccessibleName(tr("Filter events"))
        self._current = NO_FILTER

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search events…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search events by text"))
        self.article = QComboBox()
        self.article.setAccessibleName(tr("Only events from this article"))
        self.article.addItem(tr("All articles"), "")
        self.first_day = self._date_edit(tr("Events from (first day)"))
        self.last_day = self._date_edit(tr("Events until (last day)"))
        self.min_sources = QSpinBox()
        self.min_sources.setRange(1, 99)
        self.min_sources.setSpecialValueText(tr("any"))
        self.min_sources.setAccessibleName(tr("Minimum number of sources"))
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.setAccessibleName(tr("Clear the filter"))
        self.key_events = KeyEventsControl()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("Events matching the filter"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.article, 2)
        for text, widget in ((tr("From"), self.first_day), (tr("to"), self.last_day),
                             (tr("Sources ≥"), self.min_sources)):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.key_events)
        layout.addWidget(self.count_label)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._emit)
        self.search.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(self._emit)
        self.article.currentIndexChanged.connect(self._emit)
        self.first_day.dateChanged.connect(self._emit)
        self.last_day.dateChanged.connect(self._emit)
        self.min_sources.valueChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

    @staticmethod
    def _date_edit(name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(tr("any"))
        edit.setDate(NO_DATE)
        return edit

    # -- reading and setting ---------------------------------------------------------------
    def current_filter(self) -> EventFilter:
        return self._current

    def set_articles(self, articles: Iterable[Article]) -> None:
        """The article choices; keeps the chosen one when it is still there."""
        chosen = self.article.currentData()
        with QSignalBlocker(self.article):
            self.article.clear()
            self.article.addItem(tr("All articles"), "")
            for article in articles:
                self.article.addItem(article.title or article.path, article.article_id)
            found = self.article.findData(chosen)
            self.article.setCurrentIndex(max(found, 0))
        if found < 0 and chosen:
            self._emit()

    def set_match_count(self, shown: int, total: int) -> None:
        self.count_label.setText(
            tr("{} of {}").format(shown, total) if shown != total else tr("{} events").format(total))

    def set_filter(self, criteria: EventFilter) -> None:
        """Show this filter in the controls (e.g. restored from a project) and emit it."""
        blockers = [QSignalBlocker(w) for w in (self.search, self.article, self.first_day,
                                                self.last_day, self.min_sources)]
        self.search.setText(criteria.text)
        article = next(iter(criteria.article_ids), "")
        self.article.setCurrentIndex(max(self.article.findData(article), 0))
        self.first_day.setDate(_qdate(criteria.first_day))
        self.last_day.setDate(_qdate(criteria.last_day))
        self.min_sources.setValue(max(criteria.min_sources, 1))
        del blockers
        self._emit()

    def clear(self) -> None:
        self.set_filter(NO_FILTER)

    # -- internals -------------------------------------------------------------------------
    def _read(self) -> EventFilter:
        article = self.article.currentData() or ""
        return EventFilter(
            text=self.search.text().strip(),
            article_ids=frozenset({article}) if article else frozenset(),
            first_day=_day(self.first_day.date()),
            last_day=_day(self.last_day.date()),
            min_sources=self.min_sources.value() if self.min_sources.value() > 1 else 0,
        )

    def _emit(self) -> None:
        self._typing.stop()
        criteria = self._read()
        if criteria != self._current:
            self._current = criteria
            self.filter_changed.emit(criteria)


def _day(value: QDate) -> date | None:
    if value == NO_DATE or not value.isValid():
        return None
    return from_qdate(value)


def _qdate(value: date | None) -> QDate:
    return NO_DATE if value is None else to_qdate(value)


__all__ = ["EventFilterBar"]
