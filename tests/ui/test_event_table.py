"""The event table: a well-behaved model, real sort keys, the shared filter, linked selection."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLineEdit, QVBoxLayout, QWidget

from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.present.event_filter import EventFilter, filter_events
from timeline.present.synthetic_events import make_event, synthetic_events
from timeline.present.table_patch import table_patch
from timeline.ui.event_table import EventTable
from timeline.ui.event_table_model import (
    COLUMNS,
    DATE,
    EVENT,
    EVENT_ID_ROLE,
    IMPORTANCE,
    PRECISION,
    SAMPLE_ROWS,
    SOURCES,
    EventFilterProxy,
    EventTableModel,
    importance_text,
)
from timeline.ui.timeline_view import TimelineView

EVENTS = [
    make_event("warrant", "ICC issues arrest warrant", date(2023, 3, 17), sources=3),
    make_event("meeting", "Putin and Xi meet", date(2023, 3, 20), sources=10),
    make_event("talks", "Broader talks", date(2023, 3, 21), sources=9, implied=True),
    make_event("election", "Presidential election", date(2024, 3, 1), Granularity.MONTH,
               last=date(2024, 3, 31), sources=4, conflict=True),
]


@pytest.fixture
def table(qtbot):
    widget = EventTable()
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.set_events(EVENTS)
    return widget


def column_ids(table: EventTable) -> list[str]:
    model = table.model()
    return [model.index(row, EVENT).data(EVENT_ID_ROLE) for row in range(model.rowCount())]


def test_model_and_proxy_pass_the_model_tester(qtmodeltester):
    model = EventTableModel()
    model.set_events(synthetic_events(60, years=1))
    qtmodeltester.check(model)
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(EventFilter(min_sources=2))
    qtmodeltester.check(proxy)


def test_rows_show_label_date_precision_sources_and_conflict(table):
    model = table.source_model
    row = model.row_of("election")
    texts = [model.index(row, column).data() for column in range(model.columnCount())]
    assert texts == ["Presidential election", "March 2024", "month", "4", "0.00", "conflict"]
    talks = model.row_of("talks")
    assert model.index(talks, DATE).data() == "Tue 21 Mar 2023 (implied)"


def test_a_date_set_by_the_analyst_and_a_range_are_told_apart_from_implied_dates(qtbot):
    talks = next(e for e in EVENTS if e.event_id == "talks")
    extent = TimeInterval.for_dates(date(2023, 3, 21), date(2023, 3, 23), Granularity.DAY)
    model = EventTableModel()
    model.set_events([replace(talks, date_set_by_analyst=True, extent=extent)])
    assert model.index(0, DATE).data() == "Tue 21 Mar 2023 (set by analyst), 3 days"
    assert "analyst set" in model.index(0, DATE).data(Qt.ItemDataRole.ToolTipRole)


def test_a_disputed_date_reads_as_each_sources_date(qtbot):
    election = next(e for e in EVENTS if e.event_id == "election")
    march, april = (TimeInterval.for_dates(date(2024, m, 1), date(2024, m, d), Granularity.MONTH)
                    for m, d in ((3, 31), (4, 30)))
    claims = tuple(replace(item, mention=replace(item.mention, value=value, interval=interval))
                   for item, value, interval in zip(election.mentions[:2], ("2024-03", "2024-04"),
                                                    (march, april), strict=True))
    model = EventTableModel()
    model.set_events([replace(election, mentions=claims + election.mentions[2:])])
    assert model.index(0, DATE).data() == "March or April 2024"
    assert "disagree" in model.index(0, DATE).data(Qt.ItemDataRole.ToolTipRole)


def test_sorted_by_date_first_and_by_real_numbers_not_text(table):
    assert column_ids(table) == ["warrant", "meeting", "talks", "election"]
    table.sortByColumn(SOURCES, Qt.SortOrder.DescendingOrder)
    # "9" > "10" as text; as numbers 10 comes first.
    assert column_ids(table) == ["meeting", "talks", "election", "warrant"]


def test_sorting_keeps_the_selected_event_selected_without_emitting(table, qtbot):
    table.select_event("talks")
    with qtbot.assertNotEmitted(table.event_selected):
        table.sortByColumn(SOURCES, Qt.SortOrder.AscendingOrder)
    assert column_ids(table) == ["warrant", "election", "talks", "meeting"]
    assert table.selected_event_id() == "talks"
    table.set_events(list(reversed(EVENTS)))  # a new corpus keeps the chosen order
    assert column_ids(table) == ["warrant", "election", "talks", "meeting"]


def test_columns_are_sized_once_from_a_sample_not_by_measuring_every_row(qtbot):
    widget = EventTable()
    qtbot.addWidget(widget)
    widget.resize(2400, 400)  # wide enough that no column is capped
    widget.show()
    header = widget.horizontalHeader()
    assert all(header.sectionResizeMode(c) != QHeaderView.ResizeMode.ResizeToContents
               for c in range(len(COLUMNS)))
    model = widget.source_model
    calls = 0
    original = model.row_texts

    def counting(row: int) -> tuple[str, ...]:
        nonlocal calls
        calls += 1
        return original(row)

    model.row_texts = counting  # type: ignore[method-assign]
    widget.set_events(synthetic_events(3000, years=2))
    assert calls <= 2 * SAMPLE_ROWS
    metrics = widget.fontMetrics()
    for column in (DATE, PRECISION, SOURCES):
        sample = [model.index(row, column).data() for row in range(0, 3000, 15)]
        assert header.sectionSize(column) >= max(metrics.horizontalAdvance(t) for t in sample)


def test_a_narrow_table_keeps_room_for_the_event_labels(qtbot):
    widget = EventTable()
    qtbot.addWidget(widget)
    widget.resize(480, 300)
    widget.show()
    widget.set_events(synthetic_events(300, years=2))
    header = widget.horizontalHeader()
    assert header.sectionSize(EVENT) >= widget.viewport().width() // 4


def test_filter_keeps_the_same_events_as_the_timeline(table):
    criteria = EventFilter(text="talks")
    table.set_filter(criteria)
    assert column_ids(table) == [e.event_id for e in filter_events(EVENTS, criteria)]
    table.set_filter(EventFilter(min_sources=4))
    assert sorted(column_ids(table)) == ["election", "meeting", "talks"]


def test_choosing_a_row_emits_its_event(table, qtbot):
    index = table.model().index(1, EVENT)
    with qtbot.waitSignal(table.event_selected) as blocker:
        table.setCurrentIndex(index)
    assert blocker.args == ["meeting"]


def test_filtering_out_the_selected_event_selects_nothing_and_emits_nothing(table, qtbot):
    table.select_event("meeting")
    with qtbot.assertNotEmitted(table.event_selected):
        table.set_filter(EventFilter(text="election"))
    assert table.selected_event_id() == ""
    assert not table.currentIndex().isValid()


def test_filtering_keeps_the_selected_event_when_it_is_still_shown(table, qtbot):
    table.select_event("talks")
    with qtbot.assertNotEmitted(table.event_selected):
        table.set_filter(EventFilter(text="talks"))
    assert table.selected_event_id() == "talks"
    with qtbot.assertNotEmitted(table.event_selected):
        table.set_filter(EventFilter())
    assert table.selected_event_id() == "talks"


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so on show()
def test_tabbing_into_the_table_selects_nothing_and_keys_then_choose(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    widget = EventTable()
    layout = QVBoxLayout(host)
    layout.addWidget(QLineEdit())
    layout.addWidget(widget)
    widget.set_events(EVENTS)
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    with qtbot.assertNotEmitted(widget.event_selected):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
    assert widget.currentIndex().isValid(), "Qt made a row current on focus"
    assert widget.selected_event_id() == ""
    with qtbot.waitSignal(widget.event_selected) as blocker:
        qtbot.keyClick(widget, Qt.Key.Key_Down)
    assert blocker.args == [widget.selected_event_id()] and blocker.args[0]


def test_select_event_from_outside_does_not_echo(table, qtbot):
    with qtbot.assertNotEmitted(table.event_selected):
        table.select_event("election")
    assert table.selected_event_id() == "election"
    table.select_event("")
    assert table.selected_event_id() == ""


def test_selection_links_the_table_and_the_timeline_both_ways(table, qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.set_events(EVENTS)
    table.event_selected.connect(view.select_event)
    view.event_selected.connect(table.select_event)

    table.setCurrentIndex(table.model().index(2, EVENT))
    assert view.selected_event_id() == "talks"

    view.step_event(1)
    assert view.selected_event_id() == "election"
    assert table.selected_event_id() == "election"


def test_reloading_keeps_the_selected_event(table):
    table.select_event("talks")
    table.set_events(list(reversed(EVENTS)))
    assert table.selected_event_id() == "talks"
    assert not table.model().index(0, 0).parent().isValid()
    assert table.model().rowCount(QModelIndex()) == len(EVENTS)


def test_table_is_accessible(table):
    assert table.accessibleName() == "Events"
    header = table.model().headerData(DATE, Qt.Orientation.Horizontal,
                                      Qt.ItemDataRole.AccessibleTextRole)
    assert header == "Date"


def _apply_patch(old, new):
    """What EventTableModel.set_events does with a patch, on plain lists."""
    patch = table_patch(old, new)
    if patch is None:
        return None
    rows = list(old)
    for row in reversed(patch.removed):
        del rows[row]
    for row in patch.inserted:
        rows.insert(row, new[row])
    return [e.event_id for e in rows]


def test_a_table_patch_lines_rows_up_with_the_new_events_whatever_moved():
    import random

    events = synthetic_events(300, years=1)
    rng = random.Random(3)
    for _ in range(200):
        new = list(events)
        for _change in range(rng.randint(1, 4)):
            kind = rng.random()
            if kind < 0.3 and len(new) > 1:
                del new[rng.randrange(len(new))]
            elif kind < 0.6:
                new.insert(rng.randrange(len(new) + 1), replace(events[0], event_id=f"new{rng.random()}"))
            else:
                moving = new.pop(rng.randrange(len(new)))
                new.insert(rng.randrange(len(new) + 1), replace(moving, label="moved"))
        lined_up = _apply_patch(events, new)
        assert lined_up is None or lined_up == [e.event_id for e in new]
        assert lined_up is not None  # a handful of changes never needs a reset


def test_an_edit_of_one_event_updates_its_row_only_without_a_reset(qtbot):
    events = synthetic_events(400, years=1)
    table = EventTable()
    qtbot.addWidget(table)
    table.set_events(events)
    model = table.source_model
    table.select_event(events[100].event_id)
    resets, changed, removed = [], [], []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    renamed = [replace(e, label="Renamed", edited=True) if i == 7 else e for i, e in enumerate(events)]
    table.set_events(renamed)
    row = model.row_of(events[7].event_id)
    assert model.index(row, EVENT).data() == "Renamed"
    assert changed == [(row, row)] and not resets and not removed
    hidden = [e for i, e in enumerate(renamed) if i != 50]
    table.set_events(hidden)
    assert removed == [(model.row_of(events[49].event_id) + 1,) * 2] and not resets
    assert [model.event_at(r).event_id for r in range(model.rowCount())] == [e.event_id for e in hidden]
    assert table.selected_event_id() == events[100].event_id  # the selection followed its row


def test_rows_patched_in_place_keep_the_model_and_proxy_well_behaved(qtmodeltester):
    events = synthetic_events(120, years=1)
    model = EventTableModel()
    model.set_events(events)
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(EventFilter(min_sources=2))
    qtmodeltester.check(proxy)  # watches every later change too
    moved = replace(events[3], interval=events[90].interval, label="re-dated")
    merged = [e for i, e in enumerate(events) if i not in (3, 40, 41)]
    model.set_events([*merged, moved, replace(events[40], event_id="merged", label="merged")])
    qtmodeltester.check(proxy)
    assert model.row_of("merged") is not None and model.row_of(events[41].event_id) is None


def test_new_importances_everywhere_update_the_cells_without_asking_the_filter_again(qtbot, monkeypatch):
    """An article's new date can move every importance: the rows stay, their importance cells
    show the new numbers, and the filter is not run over every row (it reads no importance)."""
    events = synthetic_events(300, years=1)
    table = EventTable()
    qtbot.addWidget(table)
    table.set_events(events)
    table.set_filter(EventFilter(min_sources=2))
    listed = column_ids(table)
    asked: list[int] = []
    accepts = EventFilterProxy.filterAcceptsRow
    monkeypatch.setattr(EventFilterProxy, "filterAcceptsRow",
                        lambda proxy, row, parent: asked.append(row) or accepts(proxy, row, parent))
    resets: list[bool] = []
    table.source_model.modelReset.connect(lambda: resets.append(True))
    reranked = [replace(e, importance=round(e.importance * 0.8, 6)) for e in events]
    table.set_events(reranked)
    assert not asked and not resets
    assert column_ids(table) == listed
    model = table.source_model
    row = model.row_of(events[5].event_id)
    assert model.index(row, IMPORTANCE).data() == importance_text(reranked[5].importance)
    assert model.index(row, EVENT).data() == events[5].label


def test_an_event_changed_in_place_is_filtered_again_when_that_changes_whether_it_is_listed(qtbot):
    table = EventTable()
    qtbot.addWidget(table)
    table.set_events(EVENTS)
    table.set_filter(EventFilter(text="warrant"))
    assert column_ids(table) == ["warrant"]
    renamed = [replace(e, label="Warrant talks resume", edited=True) if e.event_id == "talks" else e for e in EVENTS]
    table.set_events(renamed)
    assert sorted(column_ids(table)) == ["talks", "warrant"]
    table.set_events(EVENTS)  # the rename undone: the talks' label and sentences name no warrant
    assert column_ids(table) == ["warrant"]


def test_rows_inserted_and_moved_show_in_the_models_order_through_the_filter(qtbot):
    """The proxy is not dynamic: rows the model inserts (a new event, one moved by a new date)
    are still filtered and listed in the model's order."""
    events = synthetic_events(200, years=1)
    table = EventTable()
    qtbot.addWidget(table)
    table.set_events(events)
    table.set_filter(EventFilter(min_sources=2))
    model = table.source_model
    moved = replace(events[10], interval=events[150].interval, extent=None)
    listed = next(e for e in events[100:] if e.source_count >= 2 and not e.background)
    came = replace(listed, event_id="came", label="A new one")
    table.set_events([*[e for i, e in enumerate(events) if i not in (10, 60)], moved, came])
    expected = [model.event_at(row).event_id for row in range(model.rowCount())
                if model.event_at(row).source_count >= 2 and not model.event_at(row).background]
    assert column_ids(table) == expected and "came" in expected


def test_a_new_importance_never_brings_back_an_older_copys_cells(qtbot):
    model = EventTableModel()
    model.set_events(EVENTS)
    assert model.row_texts(0)[EVENT] == "ICC issues arrest warrant"  # the first copy's cells, kept
    renamed = [replace(EVENTS[0], label="Court issues warrant"), *EVENTS[1:]]
    model.set_events(renamed)  # (no row_texts asked since: the kept cells are the first copy's)
    reranked = [replace(renamed[0], importance=0.5), *renamed[1:]]
    model.set_events(reranked)
    texts = model.row_texts(0)
    assert texts[EVENT] == "Court issues warrant" and texts[IMPORTANCE] == importance_text(0.5)
