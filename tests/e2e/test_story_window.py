"""End to end: the story at first sight, and the panes that follow what the analyst chose.

The seeds' first view labels all five events of SEEDS.md whole; stepping with the arrows
stays within the filter and the key events; clicking an article shows its text; the
Sources pane never shows an event the filter took away; loading says what it does.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.e2e.test_analyst_journeys import new_window, wait_for_corpus
from timeline.analysis import seeds_folder
from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.present.event_filter import EventFilter
from timeline.present.story import KeyEvents, key_events
from timeline.ui.load_status import loading_text
from timeline.ui.main_window import MainWindow
from timeline.ui.timeline_frame import EMPTY_MESSAGE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def seeds_window(qtbot) -> MainWindow:
    window = new_window(qtbot)
    wait_for_corpus(qtbot, window, lambda: window.session.load_paths([seeds_folder()]))
    return window


def best_on(window: MainWindow, day: date, granularity: Granularity = Granularity.DAY) -> Event:
    found = [e for e in window.session.corpus.events
             if e.interval.first_day == day and e.interval.granularity == granularity]
    assert found, f"no event on {day}"
    return max(found, key=lambda e: (e.source_count, e.importance))


def test_the_first_view_labels_the_five_seed_events_whole(seeds_window):
    window = seeds_window
    five = [best_on(window, date(2023, 3, 17)),  # the ICC warrant
            best_on(window, date(2023, 3, 20)),  # the Kremlin meeting
            best_on(window, date(2023, 3, 21)),  # more talks
            best_on(window, date(2023, 3, 22)),  # the visit lasts until Wednesday
            best_on(window, date(2024, 3, 1), Granularity.MONTH)]  # the election
    layout = window.timeline_view.current_layout()
    for event in five:
        mark = layout.find_mark(event.event_id)
        assert mark is not None, f"{event.label!r} has no label (in a cluster?)"
        assert mark.label_x >= 0 and mark.label_x + mark.full_width <= layout.width, event.label
    assert not [c for c in layout.clusters
                if {e.event_id for e in five} & set(c.members)]


def test_arrows_step_in_time_order_within_the_filter_and_the_key_events(qtbot, seeds_window):
    window = seeds_window
    view = window.timeline_view
    window.filter_bar.key_events.top.setValue(5)
    window.filter_bar.key_events.only.setChecked(True)
    window.filter_bar.set_filter(EventFilter(min_sources=2))
    allowed = {e.event_id for e in key_events(
        [e for e in window.session.corpus.events if e.source_count >= 2], KeyEvents(top=5))}
    view.setFocus()
    seen: list[Event] = []
    for _ in range(len(allowed) + 3):  # more presses than events: the last one stays
        QTest.keyClick(view, Qt.Key.Key_Down)
        event = window.session.find_event(window.session.selected_event_id)
        assert event is not None and event.event_id in allowed
        # Selected, so drawn with its label: never hidden in a cluster or off screen.
        assert view.current_layout().find_mark(event.event_id) is not None
        if not seen or seen[-1].event_id != event.event_id:
            seen.append(event)
    starts = [e.interval.start for e in seen]
    assert starts == sorted(starts) and len(seen) == len({e.event_id for e in seen}) > 1
    for _ in range(len(seen) + 3):
        QTest.keyClick(view, Qt.Key.Key_Up)
    assert window.session.selected_event_id == seen[0].event_id  # never round in a loop


def test_clicking_an_article_shows_its_text_and_ctrl_d_still_dates_it(qtbot, seeds_window):
    window = seeds_window
    listing = window.article_list
    row = 2
    rect = listing.visualRect(listing.model().index(row, 0))
    QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    article = window.session.corpus.analyses[row].article
    assert window.lower_tabs.currentWidget() is window.article_reader
    assert window.article_reader.article_id == article.article_id
    assert article.text.split("\n")[0][:40] in window.article_reader.toPlainText()
    window.lower_tabs.setCurrentWidget(window.event_table)
    QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())  # the same article again: its text comes back to the front
    assert window.lower_tabs.currentWidget() is window.article_reader
    QTest.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      rect.center())
    assert window.lower_tabs.currentWidget() is window.article_reader  # no date dialog on top
    assert window.set_article_date_action.shortcut().toString() == "Ctrl+D"
    assert window.set_article_date_action in listing.actions()


def test_the_sources_pane_clears_when_the_filter_removes_its_event(qtbot, seeds_window):
    window = seeds_window
    meeting = best_on(window, date(2023, 3, 20))
    window.session.select_event(meeting.event_id)
    assert meeting.label in window.source_pane.toPlainText()
    window.filter_bar.set_filter(EventFilter(first_day=date(2024, 1, 1)))  # the election alone
    shown = window.source_pane.toPlainText()
    assert "hidden by the filter" in shown and "open in article" not in shown
    assert window.session.selected_event_id == "" and window.event_table.selected_event_id() == ""
    window.filter_bar.clear()
    window.session.select_event(meeting.event_id)
    window.filter_bar.key_events.min_importance.setValue(1.0)
    window.filter_bar.key_events.only.setChecked(True)  # the key events alone: the meeting stays
    assert meeting.label in window.source_pane.toPlainText()


def test_loading_says_what_it_is_doing_instead_of_inviting_a_drop(qtbot):
    window = new_window(qtbot)
    view = window.timeline_view
    with qtbot.waitSignal(window.session.corpus_changed, timeout=30_000):
        window.session.load_paths([seeds_folder()])
        assert view._loading_text.startswith("Reading")
        view.repaint()
    window.session.wait_until_idle()
    assert view._loading_text == ""
    assert loading_text(312, 1460) == "Reading 312 of 1,460 articles…"
    assert loading_text(0, 0) == "Reading the articles…"
    assert "Drop" not in loading_text(5, 5) and "Drop" in EMPTY_MESSAGE
