"""Undo and redo over the analyst's edits: a list of edits and a cursor into it."""

from __future__ import annotations

from timeline.domain.edits import Edit


class EditHistory:
    """Edits in the order made; those past the cursor are undone and can be redone.

    It also remembers the point last saved (as Qt's QUndoStack does with its clean
    index), so undoing back to exactly what is on disk counts as unmodified.
    """

    def __init__(self, edits: tuple[Edit, ...] = (), *, cursor: int | None = None) -> None:
        self._edits: list[Edit] = list(edits)
        if cursor is None:
            cursor = len(self._edits)
        if not 0 <= cursor <= len(self._edits):
            raise ValueError(f"undo cursor {cursor} outside 0..{len(self._edits)}")
        self._cursor = cursor
        self._clean: int | None = cursor

    @property
    def edits(self) -> tuple[Edit, ...]:
        """The edits in force: made and not undone."""
        return tuple(self._edits[: self._cursor])

    @property
    def all_edits(self) -> tuple[Edit, ...]:
        """Every edit, including undone ones that redo would bring back (a project keeps them)."""
        return tuple(self._edits)

    @property
    def cursor(self) -> int:
        """How many of `all_edits` are in force."""
        return self._cursor

    @property
    def can_undo(self) -> bool:
        return self._cursor > 0

    @property
    def can_redo(self) -> bool:
        return self._cursor < len(self._edits)

    @property
    def is_clean(self) -> bool:
        """True when the edits in force are the ones last marked clean (saved)."""
        return self._clean == self._cursor

    def mark_clean(self) -> None:
        self._clean = self._cursor

    def push(self, edit: Edit) -> None:
        del self._edits[self._cursor :]  # a new edit forgets what was undone
        if self._clean is not None and self._clean > self._cursor:
            self._clean = None  # the saved state was among the forgotten edits: unreachable now
        self._edits.append(edit)
        self._cursor += 1

    def undo(self) -> Edit | None:
        if not self.can_undo:
            return None
        self._cursor -= 1
        return self._edits[self._cursor]

    def redo(self) -> Edit | None:
        if not self.can_redo:
            return None
        edit = self._edits[self._cursor]
        self._cursor += 1
        return edit
