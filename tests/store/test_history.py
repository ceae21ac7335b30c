"""Undo and redo over edits, and knowing whether the edits in force are the saved ones."""

from __future__ import annotations

import pytest

from timeline.domain.edits import HideEvent, RenameEvent
from timeline.store.history import EditHistory

KEYS = frozenset({("a", 1, 2)})
A, B, C = RenameEvent(KEYS, "a"), RenameEvent(KEYS, "b"), HideEvent(KEYS)


def test_undo_and_redo_move_the_cursor_and_a_new_edit_forgets_the_undone():
    history = EditHistory()
    history.push(A)
    history.push(B)
    assert history.undo() == B
    assert history.edits == (A,) and history.all_edits == (A, B) and history.can_redo
    assert history.redo() == B
    history.undo()
    history.push(C)
    assert history.all_edits == (A, C) and not history.can_redo
    assert history.redo() is None


def test_a_history_can_start_part_undone():
    history = EditHistory((A, B), cursor=1)
    assert history.edits == (A,) and history.can_redo
    with pytest.raises(ValueError):
        EditHistory((A,), cursor=2)


def test_clean_follows_the_saved_point_like_a_qundostack():
    history = EditHistory((A,))
    assert history.is_clean
    history.push(B)
    assert not history.is_clean
    history.mark_clean()
    history.undo()
    assert not history.is_clean
    history.redo()
    assert history.is_clean
    history.undo()
    history.push(C)  # the saved state (A, B) can no longer be reached
    assert not history.is_clean
    history.undo()
    assert not history.is_clean
