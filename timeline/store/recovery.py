"""Finding work left by a session that crashed or was killed, and rebuilding it from its journal."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.domain.article import Article
from timeline.store.article_codec import article_from_row
from timeline.store.document import ProjectDocument
from timeline.store.edit_codec import edit_from_json
from timeline.store.errors import ProjectError
from timeline.store.history import EditHistory
from timeline.store.journal import JOURNAL_SUFFIX, EditJournal, JournalContents, read_journal, try_lock
from timeline.store.project import Project
from timeline.store.project_file import read_project_file


@dataclass(frozen=True, slots=True)
class RecoveryOffer:
    """One journal with unsaved work, described for the recovery prompt."""

    journal_path: Path
    project_path: Path | None  # None: the work was never saved
    started: float
    edit_count: int  # edits made in that session (pushes), for the prompt

    @property
    def title(self) -> str:
        name = self.project_path.name if self.project_path is not None else "an untitled project"
        if self.edit_count == 0:
            return f"{name}: changes not saved"
        plural = "" if self.edit_count == 1 else "s"
        return f"{name}: {self.edit_count} unsaved edit{plural}"


@dataclass(frozen=True, slots=True)
class RecoveredWork:
    project: Project
    project_path: Path | None
    base_digest: str | None
    notes: tuple[str, ...]  # what the analyst should know (base file changed or unreadable, ...)


def find_recoverable(directory: Path) -> list[RecoveryOffer]:
    """Journals with work in them whose session is gone, newest first.

    A journal still locked belongs to a live window and is left alone; one with no
    change after its header recorded nothing worth offering and is removed.
    """
    offers = []
    for path in sorted(directory.glob(f"*{JOURNAL_SUFFIX}")):
        with contextlib.suppress(OSError):
            offer = _offer_for(path)
            if offer is not None:
                offers.append(offer)
    return sorted(offers, key=lambda o: o.started, reverse=True)


def _offer_for(path: Path) -> RecoveryOffer | None:
    with open(path, "rb") as probe:
        if not try_lock(probe):
            return None  # the lock goes when `probe` closes
        try:
            contents = read_journal(path)
        except ValueError:
            contents = None
        if contents is None or not _has_work(contents):
            path.unlink()
            return None
    project = contents.header.project_path
    return RecoveryOffer(path, Path(project) if project else None, contents.header.started, _edit_count(contents))


def _edit_count(contents: JournalContents) -> int:
    pushes = sum(1 for e in contents.entries if e.get("op") == "push")
    for entry in contents.entries:
        if entry.get("op") == "history" and isinstance(entry.get("edits"), list):
            pushes += len(entry["edits"])
    return pushes


def _has_work(contents: JournalContents) -> bool:
    if _edit_count(contents) > 0:
        return True
    # Without an edit, an untitled project holds nothing the files cannot give again (its
    # articles were journaled ahead, in case an edit came). A saved project's added articles
    # or undo/redo do change what its file says.
    saved = contents.header.project_path is not None
    return saved and any(e.get("op") in ("articles", "cursor") for e in contents.entries)


def read_recovered_work(journal_path: Path) -> RecoveredWork:
    """The project as it was at the journal's last intact line (without touching any file)."""
    contents = read_journal(journal_path)
    header = contents.header
    notes: list[str] = []
    base = Project()
    if header.project_path is not None:
        try:
            stored = read_project_file(header.project_path)
        except ProjectError as error:
            notes.append(f"The project file could not be read ({error}); only the unsaved work is recovered.")
        else:
            base = stored.project
            if header.base_digest is not None and stored.digest != header.base_digest:
                notes.append(
                    "The project file was changed after this work began; "
                    "the unsaved edits are applied to the file as it is now."
                )
    state = _ReplayState(base.articles, EditHistory(base.edits, cursor=base.undo_cursor), dict(base.view_state))
    for index, entry in enumerate(contents.entries):
        try:
            state.apply(entry)
        except (KeyError, TypeError, ValueError) as error:
            notes.append(f"The journal is damaged after change {index}; later changes are lost ({error}).")
            break
    if state.articles_incomplete:
        notes.append("The session stopped while writing its list of articles; the earlier list is used.")
    if contents.torn_tail:
        notes.append("The last change was being written when the session stopped; it is incomplete and left out.")
    history = state.history
    project = Project(state.articles, history.all_edits, history.cursor, state.view_state)
    path = Path(header.project_path) if header.project_path is not None else None
    return RecoveredWork(project, path, header.base_digest, tuple(notes))


@dataclass(slots=True)
class _ReplayState:
    articles: tuple[Article, ...]
    history: EditHistory
    view_state: dict[str, object]
    _incoming: tuple[int, list[Article]] | None = None  # a list of articles being read

    def _take_articles_if_complete(self) -> None:
        assert self._incoming is not None
        count, received = self._incoming
        if len(received) == count:
            self.articles = tuple(received)
            self._incoming = None

    @property
    def articles_incomplete(self) -> bool:
        return self._incoming is not None

    def apply(self, entry: dict[str, Any]) -> None:
        op = entry["op"]
        if op == "push":
            self.history.push(edit_from_json(entry["edit"]))
        elif op == "cursor":
            target = entry["value"]
            if not isinstance(target, int) or not 0 <= target <= len(self.history.all_edits):
                raise ValueError(f"bad undo position {target!r}")
            while self.history.cursor > target:
                self.history.undo()
            while self.history.cursor < target:
                self.history.redo()
        elif op == "history":
            edits = tuple(edit_from_json(e) for e in entry["edits"])
            self.history = EditHistory(edits, cursor=entry["cursor"])
        elif op == "articles":
            count = entry["count"]
            if not isinstance(count, int) or count < 0:
                raise ValueError(f"bad article count {count!r}")
            self._incoming = (count, [])
            self._take_articles_if_complete()
        elif op == "article":
            if self._incoming is None:
                raise ValueError("an article outside a list of articles")
            self._incoming[1].append(article_from_row(tuple(entry["row"])))
            self._take_articles_if_complete()
        elif op == "view":
            state = entry["state"]
            if not isinstance(state, dict):
                raise ValueError("bad view state")
            self.view_state = state
        elif op != "checkpoint":
            raise ValueError(f"unknown journal entry {op!r}")


def recover(journal_path: Path, *, recovery_directory: Path | None = None) -> tuple[ProjectDocument, tuple[str, ...]]:
    """A ProjectDocument holding the recovered work, writing on to the same journal; and notes.

    The document counts as modified: the work is in no project file until saved.
    """
    work = read_recovered_work(journal_path)
    journal = EditJournal.adopt(journal_path)
    document = ProjectDocument(
        work.project, path=work.project_path, digest=work.base_digest, recovery_directory=recovery_directory
    )
    document.mark_unsaved()
    document.adopt_journal(journal)
    return document, work.notes


def discard_recovery(offer: RecoveryOffer) -> None:
    """The analyst chose not to recover this work."""
    with contextlib.suppress(FileNotFoundError):
        offer.journal_path.unlink()
