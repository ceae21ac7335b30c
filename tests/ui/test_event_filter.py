"""The filter bar builds one EventFilter; the timeline and the table both follow it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from timeline.domain.article import Article
from timeline.present.event_filter import EventFilter
from timeline.present.synthetic_events import make_event
from timeline.ui.event_filter import EventFilterBar
from timeline.ui.event_table import EventTable
from timeline.ui.timeline_view import TimelineView

EVENTS = [
    make_event("warrant", "ICC issues arrest warrant", date(2023, 3, 17), sources=3,
               articles=("001", "002", "003")),
    make_event("meeting", "Putin and Xi meet", date(2023, 3, 20), sources=5),
    make_event("election", "Presidential election", date(2024, 3, 1), articles=("000",)),
]


def article(article_id: str, title: str) -> Article:
    return Article(article_id, f"{article_id}.txt", title, "", None, None)


@pytest.fixture
def bar(qtbot):
    widget = EventFilterBar()
    qtbot.addWidget(widget)
    widget.set_articles([article("000", "Reuters"), article("001", "AP")])
    return widget


def test_typing_filters_once_typing_pauses(bar, qtbot):
    with qtbot.waitSignal(bar.filter_changed, timeout=2000) as blocker:
        qtbot.keyClicks(bar.search, "xi meet")
    assert blocker.args == [EventFilter(text="xi meet")]


def test_each_control_adds_its_criterion(bar, qtbot):
    with qtbot.waitSignal(bar.filter_changed):
        bar.article.setCurrentIndex(bar.article.findData("001"))
    with qtbot.waitSignal(bar.filter_changed):
        bar.first_day.setDate(QDate(2023, 3, 1))
    with qtbot.waitSignal(bar.filter_changed):
        bar.last_day.setDate(QDate(2023, 3, 31))
    with qtbot.waitSignal(bar.filter_changed) as blocker:
        bar.min_sources.setValue(2)
    assert blocker.args == [EventFilter(article_ids=frozenset({"001"}),
                                        first_day=date(2023, 3, 1), last_day=date(2023, 3, 31),
                                        min_sources=2)]


def test_clear_resets_every_control(bar, qtbot):
    bar.set_filter(EventFilter(text="x", min_sources=3, first_day=date(2020, 1, 1)))
    with qtbot.waitSignal(bar.filter_changed) as blocker:
        bar.clear_button.click()
    assert blocker.args == [EventFilter()]
    assert bar.search.text() == "" and bar.first_day.text() == "any"


def test_every_control_has_an_accessible_name(bar):
    for control in (bar.search, bar.article, bar.first_day, bar.last_day, bar.min_sources,
                    bar.clear_button):
        assert control.accessibleName()


def test_timeline_and_table_follow_the_bar(bar, qtbot):
    view = TimelineView()
    table = EventTable()
    for widget in (view, table):
        qtbot.addWidget(widget)
        widget.set_events(EVENTS)
    bar.filter_changed.connect(view.set_filter)
    bar.filter_changed.connect(table.set_filter)
    with qtbot.waitSignal(bar.filter_changed):
        bar.article.setCurrentIndex(bar.article.findData("001"))
    assert [e.event_id for e in view.shown_events()] == ["warrant"]
    assert table.model().rowCount() == 1
    assert "1 article" in view.accessibleDescription()
