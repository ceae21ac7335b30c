"""Undo and redo over the analyst's edits: a list of edits and a cursor into it."""

from __future__ import annotations

from timeline.domain.edits import Edit


class EditHistory:
    """Edits in the order made; those past the cursor are undone and can be redone."""

    def __init__(self, edits: tuple[Edit, ...] = ()) -> None:
        self._edits: list[Edit] = list(edits)
        self._cursor = len(self._edits)

    @property
    def edits(self) -> tuple[Edit, ...]:
        """The edits in force: made and not undone."""
        return tuple(self._edits[: self._cursor])

    @property
    def can_undo(self) -> bool:
        return self._cursor > 0

    @property
    def can_redo(self) -> bool:
        return self._cursor < len(self._edits)

    def push(self, edit: Edit) -> None:
        del self._edits[self._cursor :]  # a new edit forgets what was undone
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
