"""The View menu's navigation, Edit → Find, and the window's layout actions.

Zoom uses the platform's standard keys (QKeySequence.StandardKey: Ctrl++ / Ctrl+- on Linux
and Windows, Cmd on macOS) anywhere in the window. The timeline's own single keys (Home,
Shift+Home, Z) act only while the timeline has the focus, so they never take a key from
the search field or the tables, and the menu shows them all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from timeline.ui.i18n import tr

if TYPE_CHECKING:
    from timeline.ui.main_window import MainWindow

RESET_ZOOM_KEY = "Ctrl+0"  # no StandardKey for it; Ctrl+0 is the convention of browsers and editors


def install_view_menu(window: MainWindow) -> None:
    view = window.timeline_view
    menu = window.menu("View")
    window.zoom_in_action = _window_action(window, menu, tr("Zoom &in"), view.zoom_in, QKeySequence.StandardKey.ZoomIn)
    window.zoom_out_action = _window_action(
        window, menu, tr("Zoom &out"), view.zoom_out, QKeySequence.StandardKey.ZoomOut)
    window.reset_zoom_action = _window_action(
        window, menu, tr("&Reset zoom (the story)"), view.fit_story, QKeySequence(RESET_ZOOM_KEY))
    menu.addSeparator()
    window.fit_story_action = _timeline_action(window, menu, tr("Fit the &story"), view.fit_story, "Home")
    window.fit_all_action = _timeline_action(window, menu, tr("Fit &all events"), view.fit_all, "Shift+Home")
    window.fit_selection_action = _timeline_action(
        window, menu, tr("Fit the s&election"), view.zoom_to_selection, "Z")
    menu.aboutToShow.connect(lambda: window.fit_selection_action.setEnabled(bool(view.selected_event_id())))
    menu.addSeparator()
    view.add_view_actions(menu, navigation=False)
    menu.addSeparator()
    menu.addAction(window.articles_dock.toggleViewAction())
    menu.addAction(window.unanchored_dock.toggleViewAction())
    window.reset_layout_action = _window_action(window, menu, tr("Reset &layout"), window.window_layout.reset)

    edit = window.menu("Edit")
    edit.addSeparator()
    window.find_action = _window_action(
        window, edit, tr("&Find events…"), window.focus_search, QKeySequence.StandardKey.Find)


def _window_action(window: MainWindow, menu: QMenu, text: str, slot: Callable[[], object],
                   shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
    action = QAction(text, window)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)  # every binding the platform has (Ctrl++ and Ctrl+=)
    elif shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    window.addAction(action)  # its shortcut works whether or not a menu is open
    return action


def _timeline_action(window: MainWindow, menu: QMenu, text: str, slot: Callable[[], object], key: str) -> QAction:
    action = QAction(text, window)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    window.timeline_view.addAction(action)  # the key works while the timeline has the focus
    return action
