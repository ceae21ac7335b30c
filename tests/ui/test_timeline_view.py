"""The timeline widget driven like an analyst would: wheel, drag, keys, clicks, filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from timeline.domain.granularity import Granularity
from timeline.present.event_filter import EventFilter
from timeline.present.grouping import Grouping
from timeline.present.level_of_detail import index_of_shown
from timeline.present.synthetic_events import make_event
from timeline.present.time_scale import SECONDS_PER_DAY, to_seconds
from timeline.present.viewport import MIN_SPAN, Viewport
from timeline.ui.overview_strip import OverviewStrip
from timeline.ui.timeline_view import TimelineView

EVENTS = [
    make_event("warrant", "ICC issues arrest warrant", date(2023, 3, 17), sources=3),
    make_event("meeting", "Putin and Xi meet", date(2023, 3, 20), sources=5),
    make_event("talks", "Broader talks", date(2023, 3, 21), sources=3, implied=True),
    make_event("election", "Presidential election", date(2024, 3, 1), Granularity.MONTH,
               last=date(2024, 3, 31), sources=4),
    make_event("proposal", "Peace proposal", date(2023, 2, 1), Granularity.MONTH,
               last=date(2023, 2, 28), sources=2, conflict=True),
]
TIME_ORDER = ["proposal", "warrant", "meeting", "talks", "election"]


def seconds(day: date) -> float:
    return to_seconds(datetime.combine(day, datetime.min.time()))


@pytest.fixture
def view(qtbot):
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.set_events(EVENTS)
    return widget


def wheel(widget: QWidget, x: float, notches: float, *, horizontal: bool = False) -> None:
    delta = QPoint(int(120 * notches), 0) if horizontal else QPoint(0, int(120 * notches))
    position = QPointF(x, 100)
    event = QWheelEvent(position, QPointF(widget.mapToGlobal(position)), QPoint(), delta,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def mark_centre(view: TimelineView, event_id: str) -> QPoint:
    mark = view.current_layout().find_mark(event_id)
    assert mark is not None, f"{event_id} is not drawn"
    return QPoint(int(mark.xp), int(mark.y + view.current_layout().lane_height / 2))


def test_first_events_are_fitted(view):
    shown = view.viewport()
    assert shown.start <= seconds(date(2023, 2, 1))
    assert shown.end >= seconds(date(2024, 4, 1))


def test_wheel_zooms_around_the_pointer(view):
    before = view.viewport()
    under_pointer = before.time_at(250, view.width())
    wheel(view, 250, 2)
    after = view.viewport()
    assert after.span < before.span * 0.8
    assert after.x_of(under_pointer, view.width()) == pytest.approx(250, abs=0.01)
    wheel(view, 250, -2)
    assert view.viewport().span == pytest.approx(before.span)


def test_horizontal_scroll_pans(view):
    before = view.viewport()
    wheel(view, 500, -1, horizontal=True)
    after = view.viewport()
    assert after.span == pytest.approx(before.span)
    assert after.start > before.start


def test_drag_pans_with_the_pointer_without_selecting(view, qtbot):
    before = view.viewport()
    with qtbot.assertNotEmitted(view.event_selected):
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(500, 380))
        qtbot.mouseMove(view, QPoint(600, 380))
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(600, 380))
    after = view.viewport()
    assert after.start == pytest.approx(before.start - 100 * before.span / view.width())
    assert after.span == pytest.approx(before.span)


def test_clicking_an_event_selects_it(view, qtbot):
    target = mark_centre(view, "meeting")
    with qtbot.waitSignal(view.event_selected) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=target)
    assert blocker.args == ["meeting"]
    assert view.selected_event_id() == "meeting"
    assert "Putin and Xi meet" in view.accessibleDescription()
    assert "5 sources" in view.accessibleDescription()


def test_clicking_empty_space_clears_the_selection(view, qtbot):
    view.select_event("meeting")
    with qtbot.waitSignal(view.event_selected) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(5, 300))
    assert blocker.args == [""]


def test_fitting_leaves_room_for_the_last_label(qtbot):
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(800, 300)
    last = make_event("last", "A rather long label for the very last event of all", date(2023, 3, 31))
    widget.set_events([make_event("first", "First", date(2023, 3, 1)), last])
    widget.fit_all()
    mark = widget.current_layout().find_mark("last")
    assert mark is not None and mark.right <= widget.width()


def test_ctrl_click_adds_to_the_selection_and_takes_out_again(view, qtbot):
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=mark_centre(view, "warrant"))
    with qtbot.waitSignal(view.selection_changed), qtbot.waitSignal(view.event_selected) as current:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, ctrl, pos=mark_centre(view, "meeting"))
    assert current.args == ["meeting"]  # the last one added is the one whose sources show
    assert view.selected_event_ids() == ("meeting", "warrant")
    with qtbot.waitSignal(view.selection_changed):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, ctrl, pos=mark_centre(view, "meeting"))
    assert view.selected_event_ids() == ("warrant",)
    # A plain click selects one again; Escape clears them all.
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, ctrl, pos=mark_centre(view, "talks"))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=mark_centre(view, "meeting"))
    assert view.selected_event_ids() == ("meeting",)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, ctrl, pos=mark_centre(view, "talks"))
    view.setFocus()
    with qtbot.waitSignal(view.selection_changed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected_event_ids() == ()


def test_events_selected_besides_the_current_one_are_framed(view, qtbot):
    view.resize(1000, 400)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=mark_centre(view, "meeting"))
    mark = view.current_layout().find_mark("warrant")
    before = view.grab().toImage()
    view.toggle_selected("warrant")
    after = view.grab().toImage()
    y = int(mark.y + 1)
    changed = [x for x in range(max(0, int(mark.left) - 4), int(mark.right) + 4)
               if before.pixel(x, y) != after.pixel(x, y)]
    assert changed, "the added event is not framed"


def test_tab_and_arrows_step_through_events_in_time_order(view, qtbot):
    view.setFocus()
    visited = []
    view.event_selected.connect(visited.append)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert visited == [*TIME_ORDER[:4], "meeting", "talks"]


def test_down_steps_through_one_days_events_from_the_top_lane_down(qtbot):
    day = date(2023, 3, 20)
    same_day = [make_event(f"{name}-id", f"{name} on the day", day) for name in ("zulu", "mike", "alpha")]
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.set_events([EVENTS[0], *same_day])
    marks = {m.event_id: m.y for m in widget.current_layout().marks}
    drawn_top_down = sorted((e.event_id for e in same_day), key=marks.__getitem__)
    widget.setFocus()
    visited = []
    widget.event_selected.connect(visited.append)
    for _ in range(4):
        qtbot.keyClick(widget, Qt.Key.Key_Down)
    assert visited == ["warrant", *drawn_top_down]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so on show()
def test_tab_past_the_last_event_leaves_the_timeline(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    view = TimelineView()
    after = QLineEdit()
    layout = QVBoxLayout(host)
    layout.addWidget(view)
    layout.addWidget(after)
    host.resize(1000, 500)
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    view.set_events(EVENTS)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.select_event("election")
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    assert view.selected_event_id() == "election"


def test_stepping_onto_an_off_screen_event_brings_it_into_view(view, qtbot):
    view.set_viewport(Viewport(seconds(date(2023, 3, 19)), seconds(date(2023, 3, 22))))
    view.select_event("meeting")
    qtbot.keyClick(view, Qt.Key.Key_Down)  # talks: on screen already
    qtbot.keyClick(view, Qt.Key.Key_Down)  # election: a year later
    assert view.selected_event_id() == "election"
    assert view.current_layout().find_mark("election") is not None


def test_keyboard_zoom_pan_home_and_zoom_to_selection(view, qtbot):
    fitted = view.viewport()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.viewport().span == pytest.approx(fitted.span / 1.5)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.viewport().span == pytest.approx(fitted.span)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.viewport().start > fitted.start
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.viewport() == fitted
    view.select_event("meeting")
    qtbot.keyClick(view, Qt.Key.Key_Z)
    zoomed = view.viewport()
    assert zoomed.span < 3 * SECONDS_PER_DAY
    assert zoomed.start < seconds(date(2023, 3, 20)) < seconds(date(2023, 3, 21)) < zoomed.end


def test_select_event_from_outside_does_not_echo(view, qtbot):
    with qtbot.assertNotEmitted(view.event_selected):
        view.select_event("talks")
    assert view.selected_event_id() == "talks"


def crowd(count: int) -> list:
    return [make_event(f"c{k}", f"Crowded event {k}", date(2022, 5, 10)) for k in range(count)]


def test_clicking_a_cluster_zooms_onto_its_events(qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(800, 180)
    view.set_events([*crowd(12), make_event("far", "Far away", date(2022, 12, 1))])
    [cluster] = [c for c in view.current_layout().clusters if c.count > 1]
    before = view.viewport()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(cluster.x0 + 4), int(cluster.y + 8)))
    after = view.viewport()
    assert after.span < before.span / 10
    assert after.start <= seconds(date(2022, 5, 10)) and seconds(date(2022, 5, 11)) <= after.end


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen popup
def test_a_cluster_that_zooming_cannot_part_lists_its_events(qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(800, 180)
    view.set_events(crowd(12))
    day = seconds(date(2022, 5, 10))
    view.set_viewport(Viewport(day + 10 * 3600, day + 10 * 3600 + MIN_SPAN))
    [cluster] = view.current_layout().clusters
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(cluster.x0 + 4), int(cluster.y + 8)))
    assert view.cluster_menu is not None
    labels = [a.text() for a in view.cluster_menu.actions()]
    assert len(labels) == cluster.count
    with qtbot.waitSignal(view.event_selected) as blocker:
        view.cluster_menu.actions()[0].trigger()
    assert blocker.args[0].startswith("c")
    view.cluster_menu.close()


def test_filter_hides_events_and_drops_a_hidden_selection(view, qtbot):
    view.select_event("warrant")
    with qtbot.waitSignal(view.events_changed):
        view.set_filter(EventFilter(min_sources=4))
    assert {e.event_id for e in view.shown_events()} == {"meeting", "election"}
    assert view.selected_event_id() == ""
    drawn = {m.event_id for m in view.current_layout().marks}
    assert drawn <= {"meeting", "election"}
    view.set_filter(EventFilter())
    assert len(view.shown_events()) == len(EVENTS)


def ink_rows(image: QImage, background: QColor, rows: range) -> set[int]:
    """The rows of the image holding any pixel other than the background."""
    return {y for y in rows for x in range(0, image.width(), 2) if image.pixelColor(x, y) != background}


def test_an_empty_timeline_invites_articles_instead_of_drawing_an_arbitrary_axis(qtbot):
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(800, 300)
    strip = OverviewStrip(widget)
    qtbot.addWidget(strip)
    strip.resize(800, 36)
    background = widget.timeline_style().background
    assert not widget.has_events()
    empty = widget.grab().toImage()
    inked = ink_rows(empty, background, range(empty.height()))
    assert inked and max(inked) < 180 and min(inked) > 120, "only the centred message is drawn"
    strip_image = strip.grab().toImage()
    shade = widget.timeline_style().band_shade
    assert not ink_rows(strip_image, shade, range(strip_image.height())), "no ticks in an empty overview"

    widget.set_events(EVENTS)
    assert widget.has_events()
    filled = widget.grab().toImage()
    assert ink_rows(filled, background, range(240, 300)), "an axis once there are events"
    widget.set_events([])
    assert ink_rows(widget.grab().toImage(), background, range(300)) == inked


def test_a_prebuilt_index_of_exactly_the_events_is_used_and_any_other_ignored(qtbot):
    widget = TimelineView()
    qtbot.addWidget(widget)
    hidden = replace(EVENTS[0], hidden=True)
    index = index_of_shown([hidden, *EVENTS[1:]])
    assert len(index) == len(EVENTS) - 1 and index.find(hidden.event_id) is None
    shown = list(EVENTS[1:])
    widget.set_events(shown, index=index)
    assert widget.event_index() is index
    copies = [replace(e) for e in shown]  # equal, but not the objects indexed
    widget.set_events(copies, index=index)
    assert widget.event_index() is not index
    assert widget.event_index().find("meeting") is copies[0]
    widget.set_filter(EventFilter(text="talks"))
    widget.set_events(shown, index=index)  # filtered: an index of the filtered events
    assert [e.event_id for e in widget.event_index().events] == ["talks"]


def test_lanes_by_tag_make_one_band_per_tag(view):
    tagged = [make_event("a", "A", date(2023, 1, 5), tags=("diplomacy",)),
              make_event("b", "B", date(2023, 1, 6), tags=("war",)),
              make_event("c", "C", date(2023, 1, 7))]
    view.set_events(tagged)
    view.set_grouping(Grouping.TAG)
    titles = [band.title for band in view.current_layout().bands]
    assert sorted(titles) == ["(untagged)", "diplomacy", "war"]


def test_dark_palette_and_high_contrast_change_the_look(view):
    light = view.timeline_style().background.lightness()
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    view.setPalette(palette)
    assert view.timeline_style().background.lightness() < light
    view.set_high_contrast(True)
    assert view.timeline_style().high_contrast
    assert view.timeline_style().background == QColor("#000000")


def test_paints_every_device_pixel_at_twice_the_pixel_ratio(view):
    hidpi = QImage(2000, 800, QImage.Format.Format_ARGB32_Premultiplied)
    hidpi.setDevicePixelRatio(2.0)
    hidpi.fill(0)
    view.render(hidpi)
    # Logical 1000 x 400 fills all 2000 x 800 device pixels, background to the far corner.
    assert hidpi.pixelColor(1999, 10).alpha() == 255
    assert hidpi.pixelColor(10, 799).alpha() == 255


def test_overview_strip_marks_the_window_and_drags_it(view, qtbot):
    strip = OverviewStrip(view)
    qtbot.addWidget(strip)
    strip.resize(1000, 44)
    view.set_viewport(Viewport(seconds(date(2023, 3, 1)), seconds(date(2023, 4, 1))))
    window = strip.window_rect()
    full = strip.full_range()
    assert full.start <= seconds(date(2023, 2, 1)) and full.end >= seconds(date(2024, 4, 1))
    assert window.left() == pytest.approx(full.x_of(seconds(date(2023, 3, 1)), 1000))
    span = view.viewport().span
    grab = window.center().toPoint()
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(strip, grab + QPoint(100, 0))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=grab + QPoint(100, 0))
    moved = view.viewport()
    assert moved.span == pytest.approx(span)
    assert moved.start - seconds(date(2023, 3, 1)) == pytest.approx(
        100 * full.span / 1000, rel=0.02)
    assert "Showing" in strip.accessibleDescription()


def test_view_menu_actions_switch_lanes_and_contrast(view):
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    view.add_view_actions(menu)
    lanes = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in lanes.actions() if a.text() == Grouping.TAG.label).trigger()
    assert view.grouping is Grouping.TAG
    next(a for a in menu.actions() if a.text() == "High-contrast timeline").trigger()
    assert view.high_contrast
