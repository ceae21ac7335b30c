"""The Key events control in the filter bar: one setting for the view's labels, the table's
rows and the project file; on the demo corpus (the seeds) and hand-made events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from timeline.analysis import seeds_folder
from timeline.present.story import DEFAULT_KEY_EVENTS, KeyEvents, key_events
from timeline.store import open_project
from timeline.ui.event_table import EventTable
from timeline.ui.event_table_model import EVENT_ID_ROLE, IMPORTANCE
from timeline.ui.main_window import MainWindow
from timeline.ui.project_actions import restore_view_state, view_state_of

LOAD_TIMEOUT = 60_000


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 860)
    with qtbot.waitSignal(window.session.corpus_changed, timeout=LOAD_TIMEOUT):
        window.session.load_paths([seeds_folder()])
    window.session.wait_until_idle()
    return window


def labelled(window) -> set[str]:
    return {m.event_id for m in window.timeline_view.current_layout().marks}


def table_ids(table: EventTable) -> list[str]:
    proxy = table.proxy
    return [proxy.index(row, 0).data(EVENT_ID_ROLE) for row in range(proxy.rowCount())]


def test_the_default_labels_every_seed_event_and_the_table_lists_them_all(window):
    control = window.filter_bar.key_events
    assert control.current() == DEFAULT_KEY_EVENTS == window.timeline_view.key_events
    assert control.top.value() == DEFAULT_KEY_EVENTS.top
    events = window.session.corpus.events
    assert window.event_table.proxy.rowCount() == len(events)


def test_fewer_key_events_give_fewer_labels_the_most_important_first(window, qtbot):
    control = window.filter_bar.key_events
    before = labelled(window)
    with qtbot.waitSignal(window.timeline_view.key_events_changed):
        control.top.setValue(3)
    assert window.timeline_view.key_events.top == 3
    after = labelled(window)
    assert after < before and 0 < len(after) <= 6
    most = max(window.session.corpus.events, key=lambda e: e.importance)
    assert most.event_id in after
    assert window.event_table.proxy.rowCount() == len(window.session.corpus.events)  # not "only"


def test_only_lists_and_draws_just_the_key_events(window, qtbot):
    control = window.filter_bar.key_events
    control.top.setValue(4)
    control.only.setChecked(True)
    expected = {e.event_id for e in key_events(window.session.corpus.events, KeyEvents(top=4))}
    assert set(table_ids(window.event_table)) == expected
    assert {e.event_id for e in window.timeline_view.shown_events()} == expected
    assert window.filter_bar.count_label.text() == f"4 of {len(window.session.corpus.events)}"
    control.only.setChecked(False)
    assert window.event_table.proxy.rowCount() == len(window.session.corpus.events)


def test_a_minimum_importance_takes_the_labels_of_the_less_important(window, qtbot):
    window.filter_bar.key_events.min_importance.setValue(0.7)
    events = {e.event_id: e for e in window.session.corpus.events}
    shown = labelled(window)
    assert shown and all(events[i].importance >= 0.7 for i in shown)
    assert any(e.importance < 0.7 for e in events.values())


def test_the_background_toggle_in_the_view_menu_reaches_the_control(window):
    window.timeline_view.set_key_events(KeyEvents(top=7, show_background=True))
    control = window.filter_bar.key_events
    assert control.top.value() == 7 and control.current().show_background
    control.top.setValue(8)  # the control keeps the view's background choice
    assert window.timeline_view.key_events == KeyEvents(top=8, show_background=True)


def test_the_table_sorts_by_importance_as_numbers(window):
    table = window.event_table
    table.sortByColumn(IMPORTANCE, Qt.SortOrder.DescendingOrder)
    proxy = table.proxy
    events = {e.event_id: e for e in window.session.corpus.events}
    values = [events[i].importance for i in table_ids(table)]
    assert values == sorted(values, reverse=True)
    first = proxy.index(0, IMPORTANCE).data()
    assert first.startswith(f"{values[0]:.2f}") and "█" in first


def test_the_setting_is_saved_in_the_project_and_restored(window, qtbot, tmp_path):
    window.filter_bar.key_events.top.setValue(6)
    window.filter_bar.key_events.min_importance.setValue(0.35)
    window.filter_bar.key_events.only.setChecked(True)
    path = tmp_path / "story.timeline"
    assert window.projects.save_as(path)
    assert open_project(path).view_state["key_events"] == {
        "top": 6, "min_importance": 0.35, "show_background": False, "only": True}

    other = MainWindow()
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.session.corpus_changed, timeout=LOAD_TIMEOUT):
        other.projects.open_project(path)
    other.session.wait_until_idle()
    expected = KeyEvents(top=6, min_importance=0.35, only=True)
    assert other.timeline_view.key_events == expected
    assert other.filter_bar.key_events.current() == expected
    assert other.filter_bar.key_events.top.value() == 6 and other.filter_bar.key_events.only.isChecked()
    assert other.event_table.proxy.rowCount() == len(other.timeline_view.shown_events()) <= 6


def test_a_project_saved_before_the_control_opens_with_the_default(window):
    window.timeline_view.set_key_events(KeyEvents(top=3, only=True))
    state = view_state_of(window)
    del state["key_events"]
    restore_view_state(window, state)
    assert window.timeline_view.key_events == DEFAULT_KEY_EVENTS
    assert window.filter_bar.key_events.top.value() == DEFAULT_KEY_EVENTS.top
    restore_view_state(window, {**state, "key_events": {"top": "many"}})
    assert window.timeline_view.key_events == DEFAULT_KEY_EVENTS
