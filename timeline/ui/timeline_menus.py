"""The timeline's menus: its options (lanes, contrast, background events, fit and zoom), and
the list of the events in a cluster too dense to part by zooming."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from timeline.domain.event import Event
from timeline.present.calendar_text import event_date_text
from timeline.present.grouping import Grouping
from timeline.present.story import KeyEvents
from timeline.present.view_state import TimelineViewState
from timeline.ui.i18n import tr

CLUSTER_MENU_LIMIT = 40


class ViewOptionsTarget(Protocol):
    """What the options menu reads and changes: the timeline view."""

    @property
    def state(self) -> TimelineViewState: ...
    def set_grouping(self, grouping: Grouping) -> None: ...
    def set_high_contrast(self, enabled: bool) -> None: ...
    def set_key_events(self, setting: KeyEvents) -> None: ...
    def fit_story(self) -> None: ...
    def fit_all(self) -> None: ...
    def zoom_to_selection(self) -> None: ...


def add_view_options(view: ViewOptionsTarget, menu: QMenu, *, navigation: bool = True) -> None:
    """The timeline's options (lanes, high contrast, background events; with `navigation`,
    fit and zoom to selection) in a menu, ticked as the view's state is when it opens."""
    lanes = menu.addMenu(tr("Timeline &lanes"))
    lanes.setAccessibleName(tr("Split the timeline into lanes"))
    group = QActionGroup(lanes)
    for grouping in Grouping:
        action = lanes.addAction(grouping.label)
        action.setCheckable(True)
        action.setActionGroup(group)
        action.setChecked(grouping is view.state.grouping)
        action.triggered.connect(lambda _=False, g=grouping: view.set_grouping(g))

    def tick_current_grouping() -> None:
        for action in group.actions():
            action.setChecked(action.text() == view.state.grouping.label)

    lanes.aboutToShow.connect(tick_current_grouping)
    contrast = menu.addAction(tr("High-contrast timeline"))
    contrast.setCheckable(True)
    contrast.setChecked(view.state.high_contrast)
    contrast.toggled.connect(view.set_high_contrast)
    menu.aboutToShow.connect(lambda: contrast.setChecked(view.state.high_contrast))
    if navigation:
        menu.addAction(tr("Fit the story (Home)"), view.fit_story)
        menu.addAction(tr("Fit all events (Shift+Home)"), view.fit_all)
    background = menu.addAction(tr("Show background events"))
    background.setCheckable(True)
    background.setChecked(view.state.key_events.show_background)
    background.toggled.connect(
        lambda on: view.set_key_events(replace(view.state.key_events, show_background=on)))
    menu.aboutToShow.connect(lambda: background.setChecked(view.state.key_events.show_background))
    if navigation:
        zoom = menu.addAction(tr("Zoom to selection (Z)"), view.zoom_to_selection)
        menu.aboutToShow.connect(lambda: zoom.setEnabled(bool(view.state.selected)))


def cluster_menu(parent: QWidget, events: Sequence[Event], total: int, choose: Callable[[str], None]) -> QMenu:
    """The events of a cluster (the first CLUSTER_MENU_LIMIT of `total`), each chosen by a click."""
    menu = QMenu(parent)
    menu.setAccessibleName(tr("Events in this cluster"))
    for event in events:
        action = menu.addAction(f"{event.label} — {event_date_text(event)}")
        action.triggered.connect(lambda _=False, e=event.event_id: choose(e))
    if total > CLUSTER_MENU_LIMIT:
        more = menu.addAction(tr("{} more…").format(total - CLUSTER_MENU_LIMIT))
        more.setEnabled(False)
    return menu
