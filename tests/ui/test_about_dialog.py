"""The About dialog: version, licence, the dependency table and the Help menu entry."""

from __future__ import annotations

import pytest
from foreign_window import translated_main_window
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

import timeline
from timeline.dependency_licences import APP_LICENCE, DependencyLicence, collect_licences
from timeline.ui.about_dialog import AboutDialog, install_about_action

FAKE = [
    DependencyLicence("made-up-package", "9.9", "Frobnitz-1.0", ("timeline",)),
    DependencyLicence("other-thing", "0.1", "MIT", ("made-up-package",)),
]


def test_shows_version_and_licence(qtbot):
    dialog = AboutDialog(dependencies=FAKE)
    qtbot.addWidget(dialog)
    assert timeline.__version__ in dialog.title.text()
    assert APP_LICENCE in dialog.summary.text()


def test_lists_each_dependency_with_version_licence_and_parent(qtbot):
    dialog = AboutDialog(dependencies=FAKE)
    qtbot.addWidget(dialog)
    rows = [
        [dialog.table.topLevelItem(row).text(column) for column in range(4)]
        for row in range(dialog.table.topLevelItemCount())
    ]
    assert rows == [
        ["made-up-package", "9.9", "Frobnitz-1.0", "timeline"],
        ["other-thing", "0.1", "MIT", "made-up-package"],
    ]


def test_package_without_licence_file_shows_its_declared_licence(qtbot):
    dialog = AboutDialog(dependencies=FAKE)
    qtbot.addWidget(dialog)
    dialog.select_package("made-up-package")
    assert "Frobnitz-1.0" in dialog.licence_text.toPlainText()


def test_real_dependencies_show_their_licence_text(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    names = {dialog.table.topLevelItem(r).text(0) for r in range(dialog.table.topLevelItemCount())}
    assert {"dateparser", "shiboken6"} <= names
    dialog.select_package("dateparser")
    text = dialog.licence_text.toPlainText()
    assert "LICENSE" in text
    assert len(text) > 200  # the licence itself, not the fallback sentence
    assert len(dialog.dependencies) == len(collect_licences())


class MenuWindow(QMainWindow):
    """A window that hands out its menus by English title, made on first use, as the main window does."""

    def __init__(self, titles: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.menus: dict[str, QMenu] = {}
        for title in titles:
            self.menu(title)

    def menu(self, title: str) -> QMenu:
        if title not in self.menus:
            self.menus[title] = self.menuBar().addMenu(f"&{title}")
        return self.menus[title]


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen, on show()
def test_help_menu_gets_about_entry_that_opens_the_dialog(qtbot):
    window = MenuWindow(("File", "Help"))
    qtbot.addWidget(window)
    action = install_about_action(window)

    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Help"], "the existing Help menu is reused, not duplicated"
    help_menu = window.menuBar().actions()[1].menu()
    assert action in help_menu.actions()

    action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is None)


def test_help_menu_is_created_when_the_window_has_none(qtbot):
    window = MenuWindow()
    qtbot.addWidget(window)
    install_about_action(window)
    assert [a.text() for a in window.menuBar().actions()] == ["&Help"]


def test_a_translated_window_has_one_help_menu_holding_about(qtbot):
    window = translated_main_window(qtbot)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.count("Ü&Help") == 1, titles
    assert window.findChild(QAction, "aboutAction") in window.menu("Help").actions()
