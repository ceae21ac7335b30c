"""Starting an autosave journal with the whole unsaved state, possibly ahead of need on a worker thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.domain.article import Article
from timeline.domain.edits import Edit
from timeline.store.article_codec import article_to_row
from timeline.store.edit_codec import edit_to_json
from timeline.store.errors import describe_os_error
from timeline.store.journal import EditJournal, JournalHeader


@dataclass(frozen=True, slots=True)
class Baseline:
    """Everything unsaved, to start a journal that does not rely on anything before it."""

    articles: tuple[Article, ...] | None  # None: the project file holds them
    edits: tuple[Edit, ...]
    cursor: int
    view_state: dict[str, object]

    def write(self, journal: EditJournal) -> None:
        if self.articles is not None:
            for entry in articles_entries(self.articles):
                journal.append(entry, durable=False)
        history = {"edits": [edit_to_json(edit) for edit in self.edits], "cursor": self.cursor}
        journal.append({"op": "history", **history}, durable=False)
        if self.view_state:
            journal.append({"op": "view", "state": self.view_state}, durable=False)
        journal.append({"op": "checkpoint"}, durable=True)


class PreparedJournal:
    """A journal being started ahead of need; `write()` may run on a worker thread.

    `cancel()` (the window closing, another project opened) makes sure the journal does
    not outlive the need: removed now if written, or as soon as `write()` finishes.
    """

    def __init__(self, directory: Path, header: JournalHeader, baseline: Baseline) -> None:
        self._directory = directory
        self._header = header
        self.baseline = baseline
        self.journal: EditJournal | None = None
        self.problem: str | None = None
        self._lock = threading.Lock()
        self._cancelled = False

    def write(self) -> PreparedJournal:
        try:
            journal = EditJournal.create(self._directory, self._header)
            try:
                self.baseline.write(journal)
            except BaseException:
                journal.discard()
                raise
        except OSError as error:
            self.problem = describe_os_error(error, "the autosave journal")
            return self
        with self._lock:
            if self._cancelled:
                journal.discard()
            else:
                self.journal = journal
        return self

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self.journal is not None:
                self.journal.discard()
                self.journal = None


def articles_entries(articles: Sequence[Article]) -> Iterator[dict[str, Any]]:
    """One line per article after a line giving their number: many small JSON encodings
    let a worker thread hand the GIL back to the window between them."""
    yield {"op": "articles", "count": len(articles)}
    for article in articles:
        yield {"op": "article", "row": list(article_to_row(article))}
