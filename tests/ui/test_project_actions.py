"""Projects in the window: save, open, recent, undo/redo keys, the "*" in the title, recovery at start."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from timeline.analysis import seeds_folder
from timeline.domain.edits import HideEvent, RenameEvent, SetArticleDate
from timeline.events import event_keys
from timeline.present.event_filter import EventFilter
from timeline.present.viewport import Viewport
from timeline.store import ProjectDocument, find_recoverable, open_project, save_project
from timeline.store.config_location import recovery_dir
from timeline.store.project import Project
from timeline.store.recent_projects import load_recent
from timeline.ui.main_window import MainWindow

LOAD_TIMEOUT = 20_000


@dataclass
class FakePrompts:
    """Answers the project actions' questions without dialogs and remembers what was asked."""

    open_answer: Path | None = None
    save_answer: Path | None = None
    changes_answer: str = "cancel"
    recover_answer: str = "recover"
    overwrite_answer: bool = False
    errors: list[str] = field(default_factory=list)
    informed: list[str] = field(default_factory=list)
    asked_changes: int = 0

    def open_path(self):
        return self.open_answer

    def save_path(self, suggested):
        return self.save_answer

    def save_changes(self, name):
        self.asked_changes += 1
        return self.changes_answer

    def recover(self, offer, others):
        return self.recover_answer

    def overwrite_changed_file(self, name, reason):
        self.informed.append(reason)
        return self.overwrite_answer

    def error(self, title, message):
        self.errors.append(message)

    def inform(self, title, lines):
        self.informed.append("\n".join(lines))


def make_window(qtbot) -> tuple[MainWindow, FakePrompts]:
    window = MainWindow()
    qtbot.addWidget(window)
    prompts = FakePrompts()
    window.projects.prompts = prompts  # before the event loop runs the recovery offer
    return window, prompts


def wait_corpus(qtbot, window, action) -> None:
    with qtbot.waitSignal(window.session.corpus_changed, timeout=LOAD_TIMEOUT):
        action()
    window.session.wait_until_idle()


@pytest.fixture
def window(qtbot):
    window, _prompts = make_window(qtbot)
    wait_corpus(qtbot, window, lambda: window.session.load_paths([seeds_folder()]))
    return window


def busiest(window):
    return max(window.session.corpus.events, key=lambda e: e.source_count)


def rename_busiest(qtbot, window, label: str) -> None:
    edit = RenameEvent(event_keys(busiest(window)), label)
    wait_corpus(qtbot, window, lambda: window.session.apply_edit(edit))


def test_menus_and_standard_shortcuts(window):
    projects = window.projects
    file_texts = [a.text().replace("&", "") for a in window.menu("File").actions()]
    for text in ("New project", "Open project…", "Open recent", "Save project", "Save project as…"):
        assert text in file_texts
    assert projects.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in projects.redo_action.shortcuts()
    assert projects.undo_action in window.menu("Edit").actions()
    assert not projects.undo_action.isEnabled()


def test_title_shows_unsaved_work_and_saving_clears_it(window, qtbot, tmp_path):
    assert window.windowTitle() == "Untitled[*] — Timeline"
    assert not window.isWindowModified()  # the demo corpus alone is not work to lose
    rename_busiest(qtbot, window, "Kremlin summit")
    assert window.isWindowModified()
    assert window.projects.undo_action.isEnabled()
    assert "Kremlin summit" in window.projects.undo_action.text()

    assert window.projects.save_as(tmp_path / "case")  # the suffix is added
    path = tmp_path / "case.timeline"
    assert path.exists()
    assert window.windowTitle() == "case.timeline[*] — Timeline"
    assert not window.isWindowModified()
    assert load_recent()[0] == path

    wait_corpus(qtbot, window, window.projects.undo_action.trigger)
    assert window.isWindowModified()
    wait_corpus(qtbot, window, window.projects.redo_action.trigger)
    assert not window.isWindowModified()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so on show()
def test_ctrl_z_and_ctrl_shift_z_undo_and_redo(window, qtbot):
    rename_busiest(qtbot, window, "Kremlin summit")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.timeline_view.setFocus()
    wait_corpus(qtbot, window, lambda: qtbot.keyClick(window.timeline_view, Qt.Key.Key_Z,
                                                      Qt.KeyboardModifier.ControlModifier))
    assert window.session.edits == ()
    assert "Kremlin summit" not in {e.label for e in window.session.corpus.events}
    wait_corpus(qtbot, window, lambda: qtbot.keyClick(
        window.timeline_view, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
    assert "Kremlin summit" in {e.label for e in window.session.corpus.events}


def test_a_saved_project_reopens_with_its_edits_articles_and_view(window, qtbot, tmp_path):
    rename_busiest(qtbot, window, "Kremlin summit")
    article_id = window.session.corpus.articles[3].article_id
    wait_corpus(qtbot, window, lambda: window.session.apply_edit(SetArticleDate(article_id, date(2023, 3, 27))))
    summit = next(e for e in window.session.corpus.events if e.label == "Kremlin summit")
    window.session.select_event(summit.event_id)
    window.filter_bar.set_filter(EventFilter(text="Kremlin", min_sources=2))
    window.timeline_view.set_viewport(Viewport(1_678_000_000.0, 1_680_000_000.0))
    shown = window.timeline_view.viewport()
    path = tmp_path / "case.timeline"
    assert window.projects.save_as(path)
    stored = open_project(path)
    assert stored.articles[3].date == date(2023, 3, 20)  # as read; the analyst's date is an edit
    assert stored.articles[3].date_source == "manifest"

    edits = window.session.edits
    assert window.projects.new_project()  # lets go of the project (a second window would get it read-only)
    other, prompts = make_window(qtbot)
    wait_corpus(qtbot, other, lambda: other.projects.open_project(path))
    assert other.session.edits == edits
    assert other.session.corpus.analysis(article_id).article.date == date(2023, 3, 27)
    assert "Kremlin summit" in {e.label for e in other.session.corpus.events}
    assert other.session.selected_event_id == summit.event_id
    assert other.timeline_view.viewport() == shown
    assert other.timeline_view.event_filter == EventFilter(text="Kremlin", min_sources=2)
    assert other.filter_bar.search.text() == "Kremlin"
    assert other.windowTitle() == "case.timeline[*] — Timeline" and not other.isWindowModified()
    assert prompts.errors == []


def test_open_recent_lists_saved_projects(window, qtbot, tmp_path):
    rename_busiest(qtbot, window, "Kremlin summit")
    window.projects.save_as(tmp_path / "case.timeline")
    window.projects._fill_recent_menu()
    actions = window.projects.recent_menu.actions()
    assert [a.text() for a in actions] == ["case.timeline"]
    window.projects.new_project()
    window.session.wait_until_idle()
    assert window.session.edits == () and window.windowTitle() == "Untitled[*] — Timeline"
    wait_corpus(qtbot, window, actions[0].trigger)
    assert len(window.session.edits) == 1


def test_a_damaged_project_is_reported_and_nothing_changes(window, qtbot, tmp_path):
    rename_busiest(qtbot, window, "Kremlin summit")
    broken = tmp_path / "broken.timeline"
    save_project(broken, Project(window.session.corpus.articles))
    data = bytearray(broken.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = b"\x00" * 64
    broken.write_bytes(bytes(data))
    prompts = window.projects.prompts
    prompts.changes_answer = "discard"
    with qtbot.waitSignal(window.projects.open_finished, timeout=LOAD_TIMEOUT) as opening:
        window.projects.open_project(broken)
    assert opening.args == [False]
    assert len(prompts.errors) == 1 and "broken.timeline" in prompts.errors[0]
    assert len(window.session.edits) == 1  # the open work is untouched


def test_a_full_disk_keeps_the_work_open_and_says_so(window, qtbot, tmp_path, monkeypatch):
    rename_busiest(qtbot, window, "Kremlin summit")

    def disk_full(descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("timeline.store.atomic_write.os.fsync", disk_full)
    assert not window.projects.save_as(tmp_path / "case.timeline")
    assert "disk is full" in window.projects.prompts.errors[0]
    assert window.isWindowModified() and len(window.session.edits) == 1
    assert not (tmp_path / "case.timeline").exists()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_closing_with_unsaved_work_asks_first(window, qtbot):
    rename_busiest(qtbot, window, "Kremlin summit")
    window.show()
    prompts = window.projects.prompts
    prompts.changes_answer = "cancel"
    assert not window.close()
    assert window.isVisible() and prompts.asked_changes == 1
    prompts.changes_answer = "discard"
    assert window.close()
    assert find_recoverable(recovery_dir()) == []  # discarded on purpose: nothing to offer


def test_work_left_by_a_crash_is_offered_and_recovered_at_start(qtbot, tmp_path):
    seeds = MainWindow()
    qtbot.addWidget(seeds)
    wait_corpus(qtbot, seeds, lambda: seeds.session.load_paths([seeds_folder()]))
    keys = event_keys(busiest(seeds))
    crashed = ProjectDocument()
    crashed.set_articles(seeds.session.corpus.articles)
    crashed.apply_edit(RenameEvent(keys, "Kremlin summit"))
    crashed.apply_edit(HideEvent(keys))
    crashed.undo()
    crashed.release()  # what SIGKILL leaves behind

    window, _prompts = make_window(qtbot)
    with qtbot.waitSignal(window.session.corpus_changed, timeout=LOAD_TIMEOUT):
        pass  # the offer runs from the event loop once the window is up
    window.session.wait_until_idle()
    assert window.session.history.all_edits == (RenameEvent(keys, "Kremlin summit"), HideEvent(keys))
    assert window.session.edits == (RenameEvent(keys, "Kremlin summit"),)
    assert "Kremlin summit" in {e.label for e in window.session.corpus.events}
    assert window.isWindowModified()
    assert window.projects.redo_action.isEnabled()


def test_an_edit_that_no_longer_matches_is_listed(window, qtbot, tmp_path):
    orphan = RenameEvent(frozenset({("gone.txt", 1, 5)}), "Lost event")
    path = tmp_path / "case.timeline"
    save_project(path, Project(window.session.corpus.articles, (orphan,)))
    wait_corpus(qtbot, window, lambda: window.projects.open_project(path))
    qtbot.waitUntil(lambda: window.projects.conflicts == (orphan,), timeout=LOAD_TIMEOUT)
    assert window.projects.conflicts_action.isEnabled()
    window.projects.conflicts_action.trigger()
    assert "Lost event" in window.projects.prompts.informed[-1]


def test_undoing_an_article_date_in_a_saved_project_leaves_it_unmodified(window, qtbot, tmp_path):
    assert window.projects.save_as(tmp_path / "case.timeline")
    article_id = window.session.corpus.articles[3].article_id
    wait_corpus(qtbot, window, lambda: window.session.apply_edit(SetArticleDate(article_id, date(2023, 3, 27))))
    assert window.isWindowModified()
    wait_corpus(qtbot, window, window.projects.undo_action.trigger)
    assert not window.isWindowModified()  # the article as read is what the file holds
    assert window.projects.document.articles == open_project(tmp_path / "case.timeline").articles
