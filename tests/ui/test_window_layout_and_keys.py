"""The window as a desktop app: standard keys, a View menu that shows every key, and its
size and arrangement kept between runs (View → Reset layout puts the first one back)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from timeline.analysis import seeds_folder
from timeline.ui.main_window import MainWindow
from timeline.ui.settings import SETTINGS_FILE_NAME, app_settings

# The offscreen platform says so when a window is shown.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def make_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def loaded(qtbot):
    window = make_window(qtbot)
    window.show()
    with qtbot.waitSignal(window.session.corpus_changed, timeout=60_000):
        window.session.load_paths([seeds_folder()])
    return window


def menu_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.menu() is not None:
                walk(action.menu().actions())
            elif not action.isSeparator():
                found.append(action)

    walk(window.menuBar().actions())
    return found


def test_open_find_and_zoom_use_the_platforms_standard_keys(qtbot):
    window = make_window(qtbot)
    standard = {
        window.projects.open_action: QKeySequence.StandardKey.Open,
        window.find_action: QKeySequence.StandardKey.Find,
        window.zoom_in_action: QKeySequence.StandardKey.ZoomIn,
        window.zoom_out_action: QKeySequence.StandardKey.ZoomOut,
    }
    for action, key in standard.items():
        assert action.shortcut() == QKeySequence.keyBindings(key)[0], action.text()
    assert window.reset_zoom_action.shortcut() == QKeySequence("Ctrl+0")


def test_every_menu_key_is_shown_once_and_no_two_actions_share_one(qtbot):
    window = make_window(qtbot)
    actions = menu_actions(window)
    texts = [a.text().replace("&", "") for a in actions]
    for wanted in ("Zoom in", "Zoom out", "Fit the story", "Fit all events", "Fit the selection",
                   "Reset layout", "Find events…", "Open project…"):
        assert wanted in texts
    keys = Counter(seq.toString() for a in actions for seq in a.shortcuts() if not seq.isEmpty())
    assert [key for key, count in keys.items() if count > 1] == []
    # Window-wide actions (their keys work with the menus closed) are all in some menu.
    in_menus = set(actions)
    assert [a.text() for a in window.actions() if a not in in_menus and not a.shortcut().isEmpty()] == []


def test_find_puts_the_cursor_in_the_search_field(loaded, qtbot):
    loaded.filter_bar.search.setText("Kremlin")
    loaded.timeline_view.setFocus()
    loaded.find_action.trigger()
    assert loaded.filter_bar.search.hasFocus() or QApplication.focusWidget() is loaded.filter_bar.search
    assert loaded.filter_bar.search.selectedText() == "Kremlin"


def test_zoom_actions_zoom_the_timeline_and_reset_returns_to_the_story(loaded):
    view = loaded.timeline_view
    story = view.viewport()
    loaded.zoom_in_action.trigger()
    zoomed = view.viewport()
    assert zoomed.span < story.span
    loaded.zoom_out_action.trigger()
    assert view.viewport().span > zoomed.span
    loaded.zoom_in_action.trigger()
    loaded.reset_zoom_action.trigger()
    assert view.viewport() == story


def test_the_timelines_single_keys_act_only_where_the_timeline_has_the_focus(loaded, qtbot):
    view = loaded.timeline_view
    story = view.viewport()
    loaded.zoom_in_action.trigger()
    zoomed = view.viewport()
    loaded.filter_bar.search.setFocus()
    qtbot.keyClick(loaded.filter_bar.search, Qt.Key.Key_Home)
    assert view.viewport() == zoomed  # Home moved the search field's cursor, not the timeline
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.viewport() == story


def test_size_and_docks_are_restored_at_the_next_start(qtbot):
    first = make_window(qtbot)
    first.show()
    first.resize(1200, 700)
    first.unanchored_dock.hide()
    first.close()
    assert (app_settings().fileName()).endswith(SETTINGS_FILE_NAME)

    second = make_window(qtbot)
    second.show()
    # Qt keeps a restored window on its screen: the offscreen screen is narrower than the
    # window's minimum width, so the width comes back clamped, the height as saved.
    assert second.height() == 700
    assert second.minimumSizeHint().width() <= second.width() <= 1200
    assert not second.unanchored_dock.isVisible()
    assert second.articles_dock.isVisible()

    second.reset_layout_action.trigger()
    assert second.unanchored_dock.isVisible()
    assert (second.width(), second.height()) == (1400, 860)


def test_a_layout_saved_by_another_layout_version_is_ignored(qtbot):
    settings = app_settings()
    settings.setValue("window/version", 0)
    settings.setValue("window/geometry", b"garbage")
    settings.sync()
    window = make_window(qtbot)
    assert window.window_layout.restore() is False


def test_settings_live_in_timelines_own_config_folder(isolated_config_dir):
    settings = app_settings()
    settings.setValue("probe", 1)
    settings.sync()
    assert (isolated_config_dir / SETTINGS_FILE_NAME).is_file()
    assert settings.format() == QSettings.Format.IniFormat
