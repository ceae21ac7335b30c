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
from timeline.store.journal import JOURNAL_SUFFIX, EditJournal, JournalReader, try_lock
from timeline.store.project import Project
from timeline.store.project_file import read_project_file, read_stored_digest


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
    change after its header, or whose work a save it names already holds (the session
    was killed between saving and removing its journal), is removed. One that cannot be
    read costs only itself: every other journal is still offered. Each is read line by
    line without decoding its articles; call this off the window's thread all the same.
    """
    offers = []
    for path in sorted(directory.glob(f"*{JOURNAL_SUFFIX}")):
        try:
            offer = _offer_for(path)
        except (OSError, ValueError):
            continue  # unreadable (a newer format, a damaged header): left as it is
        if offer is not None:
            offers.append(offer)
    return sorted(offers, key=lambda o: o.started, reverse=True)


@dataclass(slots=True)
class _WorkTally:
    """What a journal's entries after its last completed save amount to."""

    edits: int = 0  # pushes, and the edits of whole histories written
    changes_saved_project: bool = False  # added articles or undo/redo on a saved project

    def count(self, entry: dict[str, Any]) -> None:
        op = entry.get("op")
        if op == "push":
            self.edits += 1
        elif op == "history" and isinstance(entry.get("edits"), list):
            self.edits += len(entry["edits"])
        elif op in ("articles", "cursor"):
            self.changes_saved_project = True


def _offer_for(path: Path) -> RecoveryOffer | None:
    with open(path, "rb") as probe:
        if not try_lock(probe):
            return None  # the lock goes when `probe` closes
        reader = JournalReader(path, skip_article_rows=True)
        tally = _WorkTally()
        saves: list[tuple[int, str, str]] = []  # (entry index, path, digest) of each save begun
        for index, entry in enumerate(reader.entries()):
            if entry.get("op") == "saving":
                saves.append((index, str(entry.get("path")), str(entry.get("digest"))))
            tally.count(entry)
        completed = _last_completed_save(saves)
        project = reader.header.project_path
        if completed is not None:
            # Everything up to the save is in that file: count only what came after it.
            project = completed[1]
            tally = _WorkTally()
            for index, entry in enumerate(JournalReader(path, skip_article_rows=True).entries()):
                if index > completed[0]:
                    tally.count(entry)
        if not _has_work(tally, saved=project is not None):
            path.unlink()
            return None
    return RecoveryOffer(path, Path(project) if project else None, reader.header.started, tally.edits)


def _last_completed_save(saves: list[tuple[int, str, str]]) -> tuple[int, str, str] | None:
    """The last save the journal began that reached its file (the file holds its digest)."""
    for save in reversed(saves):
        if read_stored_digest(save[1]) == save[2]:
            return save
    return None


def _has_work(tally: _WorkTally, *, saved: bool) -> bool:
    if tally.edits > 0:
        return True
    # Without an edit, an untitled project holds nothing the files cannot give again (its
    # articles were journaled ahead, in case an edit came). A saved project's added articles
    # or undo/redo do change what its file says.
    return saved and tally.changes_saved_project


def read_recovered_work(journal_path: Path) -> RecoveredWork:
    """The project as it was at the journal's last intact line (without touching any file).

    Reads the journal line by line (it may be large): call it off the window's thread.
    """
    reader = JournalReader(journal_path, skip_article_rows=True)
    saves = [
        (index, str(entry.get("path")), str(entry.get("digest")))
        for index, entry in enumerate(reader.entries())
        if entry.get("op") == "saving"
    ]
    completed = _last_completed_save(saves)
    header = reader.header
    project_path = completed[1] if completed is not None else header.project_path
    base_digest = completed[2] if completed is not None else header.base_digest
    notes: list[str] = []
    base = Project()
    if project_path is not None:
        try:
            stored = read_project_file(project_path)
        except ProjectError as error:
            notes.append(f"The project file could not be read ({error}); only the unsaved work is recovered.")
        else:
            base = stored.project
            if base_digest is not None and stored.digest != base_digest:
                notes.append(
                    "The project file was changed after this work began; "
                    "the unsaved edits are applied to the file as it is now."
                )
    state = _ReplayState(base.articles, EditHistory(base.edits, cursor=base.undo_cursor), dict(base.view_state))
    first_unsaved = completed[0] + 1 if completed is not None else 0
    reader = JournalReader(journal_path)
    for index, entry in enumerate(reader.entries()):
        if index < first_unsaved:
            continue  # already in the file that save wrote
        try:
            state.apply(entry)
        except (KeyError, TypeError, ValueError) as error:
            notes.append(f"The journal is damaged after change {index}; later changes are lost ({error}).")
            break
    if state.articles_incomplete:
        notes.append("The session stopped while writing its list of articles; the earlier list is used.")
    if reader.torn_tail:
        notes.append("The last change was being written when the session stopped; it is incomplete and left out.")
    history = state.history
    project = Project(state.articles, history.all_edits, history.cursor, state.view_state)
    path = Path(project_path) if project_path is not None else None
    return RecoveredWork(project, path, base_digest, tuple(notes))


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
        elif op not in ("checkpoint", "saving"):  # a save that did not complete changes nothing
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
