"""Two windows on one project never lose a save silently; a clean quit leaves no journal; a crafted
view state costs only the view."""

from __future__ import annotations

import pytest
from test_project_actions import make_window, rename_busiest, wait_corpus

from timeline.analysis import seeds_folder
from timeline.store import open_project
from timeline.store.config_location import recovery_dir
from timeline.ui.view_state import restore_view_state


def test_a_second_window_opens_the_project_read_only_and_cannot_overwrite_the_first(qtbot, tmp_path):
    first, _ = make_window(qtbot)
    wait_corpus(qtbot, first, lambda: first.session.load_paths([seeds_folder()]))
    path = tmp_path / "case.timeline"
    assert first.projects.save_as(path)
    second, prompts = make_window(qtbot)
    wait_corpus(qtbot, second, lambda: second.projects.open_project(path))

    assert "(read-only)" in second.windowTitle()
    assert any("another Timeline window" in note for note in prompts.informed)
    rename_busiest(qtbot, first, "First window's label")
    assert first.projects.save()
    rename_busiest(qtbot, second, "Second window's label")
    assert not second.projects.save()
    assert "read-only" in prompts.errors[-1]
    labels = [getattr(edit, "label", None) for edit in open_project(path).edits]
    assert labels == ["First window's label"]  # nothing lost, nothing overwritten


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_clean_quit_right_after_loading_leaves_no_journal(qtbot):
    window, _prompts = make_window(qtbot)
    wait_corpus(qtbot, window, lambda: window.session.load_paths([seeds_folder()]))
    window.show()
    assert window.close()  # perhaps while the journal is still being written ahead
    window.session.wait_until_idle()
    from timeline.ui.background import wait_for_all

    wait_for_all()
    assert not recovery_dir().exists() or list(recovery_dir().iterdir()) == []


def test_a_view_state_with_numbers_no_view_can_show_restores_what_it_can(qtbot):
    window, _ = make_window(qtbot)
    wait_corpus(qtbot, window, lambda: window.session.load_paths([seeds_folder()]))
    before = window.timeline_view.viewport()

    restore_view_state(window, {"visible": [1e308, 1.7e308], "key_events": {"top": 1e308, "only": True},
                                "filter": {"min_sources": 1e308}})

    assert window.timeline_view.viewport() == before
    assert window.timeline_view.key_events.only
