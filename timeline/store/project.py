"""A project as a value: the articles, every analyst edit with the undo cursor, and the view state."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from timeline.domain.article import Article
from timeline.domain.edits import Edit


@dataclass(frozen=True, slots=True)
class Project:
    """Everything a project file holds; self-contained (the article text is inside).

    `edits` keeps undone edits too, so redo works after reopening; the first `cursor`
    of them are in force. `view_state` is whatever JSON object the window hands over
    (visible range, selection, filter); the store keeps it without reading it.
    Notes, tags and hand-added events are edits (AnnotateEvent, AddEvent).
    """

    articles: tuple[Article, ...] = ()
    edits: tuple[Edit, ...] = ()
    cursor: int | None = None  # None: every edit is in force
    view_state: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.cursor is None:
            object.__setattr__(self, "cursor", len(self.edits))
        elif not 0 <= self.cursor <= len(self.edits):
            raise ValueError(f"undo cursor {self.cursor} outside 0..{len(self.edits)}")
        try:
            json.dumps(self.view_state)
        except (TypeError, ValueError) as error:
            raise ValueError(f"view state is not plain JSON data: {error}") from error

    @property
    def edits_in_force(self) -> tuple[Edit, ...]:
        return self.edits[: self.undo_cursor]

    @property
    def undo_cursor(self) -> int:
        """The cursor as a plain int (never None once built)."""
        assert self.cursor is not None
        return self.cursor
