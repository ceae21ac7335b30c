"""The View menu's navigation, Edit → Find, and the window's layout actions.

Zoom uses the platform's standard keys (QKeySequence.StandardKey: Ctrl++ / Ctrl+- on Linux
and Windows, Cmd on macOS) anywhere in the window. The timeline's own single keys (Home,
Shift+Home, Z) act only while the timeline has the focus, so they never take a key from
the search field or the tables, and the menu shows them all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from timeline.ui.i18n import tr

if TYPE_CHECKING:
    from timeline.ui.window_host import WindowHost

RESET_ZOOM_KEY = "Ctrl+0"  # no StandardKey for it; Ctrl+0 is the convention of browsers and editors


@dataclass(frozen=True, slots=True)
class ViewActions:
    zoom_in: QAction
    zoom_out: QAction
    reset_zoom: QAction
    fit_story: QAction
    fit_all: QAction
    fit_selection: QAction
    reset_layout: QAction
    find: QAction


def install_view_menu(window: WindowHost, *, dock_toggles: Sequence[QAction],
                      reset_layout: Callable[[], object], find: Callable[[], object]) -> ViewActions:
    """The View menu (zoom, fit, the timeline's options, the docks shown, Reset layout) and
    Edit → Find. `dock_toggles`: the docks' show/hide actions; `reset_layout` and `find`: the
    window's own commands behind Reset layout and Find."""
    view = window.timeline_view
    menu = window.menu("View")
    zoom_in = _window_action(window, menu, tr("Zoom &in"), view.zoom_in, QKeySequence.StandardKey.ZoomIn)
    zoom_out = _window_action(window, menu, tr("Zoom &out"), view.zoom_out, QKeySequence.StandardKey.ZoomOut)
    reset_zoom = _window_action(
        window, menu, tr("&Reset zoom (the story)"), view.fit_story, QKeySequence(RESET_ZOOM_KEY))
    menu.addSeparator()
    fit_story = _timeline_action(window, menu, tr("Fit the &story"), view.fit_story, "Home")
    fit_all = _timeline_action(window, menu, tr("Fit &all events"), view.fit_all, "Shift+Home")
    fit_selection = _timeline_action(window, menu, tr("Fit the s&election"), view.zoom_to_selection, "Z")
    menu.aboutToShow.connect(lambda: fit_selection.setEnabled(bool(view.selected_event_id())))
    menu.addSeparator()
    view.add_view_actions(menu, navigation=False)
    menu.addSeparator()
    for toggle in dock_toggles:
        menu.addAction(toggle)
    reset = _window_action(window, menu, tr("Reset &layout"), reset_layout)

    edit = window.menu("Edit")
    edit.addSeparator()
    find_action = _window_action(window, edit, tr("&Find events…"), find, QKeySequence.StandardKey.Find)
    return ViewActions(zoom_in, zoom_out, reset_zoom, fit_story, fit_all, fit_selection, reset, find_action)


def _window_action(window: WindowHost, menu: QMenu, text: str, slot: Callable[[], object],
                   shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
    action = QAction(text, window.window())
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)  # every binding the platform has (Ctrl++ and Ctrl+=)
    elif shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    window.addAction(action)  # its shortcut works whether or not a menu is open
    return action


def _timeline_action(window: WindowHost, menu: QMenu, text: str, slot: Callable[[], object], key: str) -> QAction:
    action = QAction(text, window.window())
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    window.timeline_view.addAction(action)  # the key works while the timeline has the focus
    return action
