"""The project being worked on: its articles, edit history and view state, its file and its journal.

Every change is written to the autosave journal before the call returns (see journal.py),
so a crash loses nothing made up to then; a clean save or close removes the journal.
No Qt here: the window drives a ProjectDocument, and so can a script or a test.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from timeline.domain.article import Article
from timeline.domain.edits import Edit
from timeline.store.analysis_cache import AnalysisCache, SavedAnalysis
from timeline.store.edit_codec import edit_to_json
from timeline.store.errors import describe_os_error
from timeline.store.history import EditHistory
from timeline.store.journal import EditJournal, JournalHeader
from timeline.store.journal_start import Baseline, PreparedJournal, articles_entries
from timeline.store.project import Project
from timeline.store.project_file import project_to_bytes, read_project_file, write_project_bytes
from timeline.store.project_lock import FileClaim


class ProjectDocument:
    """A project open for editing. `history` may be shared with the window's session.

    `journal_problem` holds a one-line reason when the journal cannot be written (full
    disk): editing goes on in memory, and the window should say that crash safety is off.
    """

    def __init__(
        self,
        project: Project | None = None,
        *,
        path: str | Path | None = None,
        digest: str | None = None,
        recovery_directory: Path | None = None,
        lock: bool = True,
    ) -> None:
        """`lock`: take the project's advisory lock (when another window holds it, the
        document is read-only: `read_only_reason` says who has it)."""
        project = project if project is not None else Project()
        self.path: Path | None = Path(path) if path is not None else None
        self._claim = FileClaim(self.path, lock=lock)
        self.history = EditHistory(project.edits, cursor=project.undo_cursor)
        self.articles: tuple[Article, ...] = project.articles
        self.view_state: dict[str, object] = dict(project.view_state)
        self.journal_problem: str | None = None
        self._digest = digest
        self._recovery_directory = recovery_directory
        unsaved = self.path is None and bool(project.articles or project.edits)
        self._articles_saved = not unsaved
        self._history_replaced = unsaved
        self._journal: EditJournal | None = None
        # True when some unsaved state is in no journal (a journal write failed, or the
        # document was built from data not on disk): the next journal must start whole.
        self._baseline_missing = unsaved
        self._suspended = False
        self._recorded_edits = self.history.all_edits
        self._recorded_cursor = self.history.cursor
        # The analysis saved with the file, if any: reopening uses what still holds.
        self.analysis_cache: AnalysisCache | None = None

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: str | Path, *, recovery_directory: Path | None = None, lock: bool = True
    ) -> ProjectDocument:
        """Read a project file (ProjectError subclasses say why it cannot be opened). Reading
        a large file takes a while: the window calls this off its thread."""
        stored = read_project_file(path)
        document = cls(stored.project, path=path, digest=stored.digest, recovery_directory=recovery_directory,
                       lock=lock)
        document.analysis_cache = stored.analysis
        return document

    @property
    def read_only_reason(self) -> str | None:
        """Why Save cannot write this project's file (another window has it), or None."""
        holder = self._claim.holder
        return None if holder is None else f"open in {holder.describe()}"


    # -- state -----------------------------------------------------------------------------
    @property
    def is_modified(self) -> bool:
        """True when there is work that Save would write and that would be lost without it.

        View changes alone do not count, nor do the articles of an untitled project with no
        edits: reading the same files again gives them back.
        """
        if self._history_replaced or not self.history.is_clean:
            return True
        return not self._articles_saved and self.path is not None

    @property
    def digest(self) -> str | None:
        """The content digest of the file last saved or opened; None for a new project."""
        return self._digest

    @property
    def display_name(self) -> str:
        return self.path.name if self.path is not None else "Untitled"

    @property
    def journal_path(self) -> Path | None:
        return self._journal.path if self._journal is not None else None

    def snapshot(self) -> Project:
        return Project(self.articles, self.history.all_edits, self.history.cursor, dict(self.view_state))

    # -- changes ---------------------------------------------------------------------------
    def apply_edit(self, edit: Edit) -> None:
        self.history.push(edit)
        self.record_history()

    def undo(self) -> Edit | None:
        edit = self.history.undo()
        self.record_history()
        return edit

    def redo(self) -> Edit | None:
        edit = self.history.redo()
        self.record_history()
        return edit

    def track_history(self, history: EditHistory) -> None:
        """Someone (the window's session) now holds a different history object: follow it."""
        if history is self.history:
            self.record_history()
            return
        if history.all_edits == self.history.all_edits and history.cursor == self.history.cursor:
            # The same edits in a new object (the window starting up): nothing changed.
            if self.history.is_clean:
                history.mark_clean()
            self.history = history
            return
        self.history = history
        self._history_replaced = True
        self._record({"op": "history", **_history_entry(history)})
        self._recorded_edits = history.all_edits
        self._recorded_cursor = history.cursor

    def record_history(self) -> None:
        """Journal whatever happened to `history` since the last call: a new edit, undo or redo."""
        edits = self.history.all_edits
        cursor = self.history.cursor
        before, before_cursor = self._recorded_edits, self._recorded_cursor
        if cursor == before_cursor and _same(edits, before):
            return
        if _same(edits, before):
            entry: dict[str, Any] = {"op": "cursor", "value": cursor}
        elif (
            len(edits) == before_cursor + 1
            and cursor == len(edits)
            and _same(edits[:before_cursor], before[:before_cursor])
        ):
            entry = {"op": "push", "edit": edit_to_json(edits[-1])}
        else:
            entry = {"op": "history", **_history_entry(self.history)}
        self._recorded_edits, self._recorded_cursor = edits, cursor
        self._record(entry)

    def set_articles(self, articles: Sequence[Article]) -> None:
        """New articles; for a saved project they are in the journal before this returns."""
        articles = tuple(articles)
        if _same(articles, self.articles):
            return
        self.articles = articles
        self._articles_saved = False
        if self._suspended:
            return
        if self._journal is not None:
            if self.path is not None or self.history.all_edits:
                self._append_all(articles_entries(articles), durable=True)
                return
            # An untitled project with no edits yet holds nothing that reading the files again
            # would not give back: its journal starts again, ahead and off the GUI thread (see
            # below), instead of writing thousands of articles here each time a load streams in
            # a longer list (on 1,460 articles, 50-150 ms of the window's thread each time).
            self._journal.discard()
            self._journal = None
        self._baseline_missing = True
        if self.path is not None:
            # Articles added to a saved project are work the file lacks: durable first.
            self._start_journal({"op": "checkpoint"})
        # An untitled project's articles are not work to lose (reading the files again
        # gives them back): its journal starts with the first edit, or ahead of it off the
        # GUI thread (prepare_journal), so thousands of articles never stall the window.

    def set_view_state(self, state: Mapping[str, object]) -> None:
        """Remember what the window shows; journaled only alongside real work, and not fsynced."""
        state = dict(state)
        Project(view_state=state)  # refuses anything that is not plain JSON data
        if state == self.view_state:
            return
        self.view_state = state
        if self._journal is not None and not self._suspended:
            self._append({"op": "view", "state": state}, durable=False)

    # -- saving and closing ----------------------------------------------------------------
    def save(
        self, path: str | Path | None = None, *, analysis: SavedAnalysis | None = None, overwrite: bool = False
    ) -> Path:
        """Write the project atomically (to `path` for Save As). ProjectWriteError keeps all in
        memory; its subclasses ProjectInUse (another window has the file) and
        ProjectChangedOnDisk (someone changed it since; `overwrite` to write anyway) too.

        `analysis`: the corpus's analysis, kept in the file so reopening need not extract again.
        A kill at any instant leaves the old file and the journal (replayed whole), or the
        new file and a journal that names it as saved (nothing replayed twice).
        """
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("an untitled project needs a file name to be saved")
        self._claim.check_before_save(target, overwrite=overwrite)
        data, digest = project_to_bytes(self.snapshot(), analysis)
        self._note_save_begun(target, digest)
        write_project_bytes(target, data)
        self._claim.saved(target)
        self._digest = digest
        self.path = target
        self.history.mark_clean()
        self._history_replaced = False
        self._articles_saved = True
        self._baseline_missing = False
        if self._journal is not None:
            self._journal.discard()  # the file now holds everything the journal did
            self._journal = None
        return target

    def _note_save_begun(self, target: Path, digest: str) -> None:
        """Journal which file and content the save is about to write, before writing it: if
        the session dies after the rename but before the journal is removed, recovery sees
        the file holds that content and replays nothing twice."""
        if self._journal is None or self._suspended:
            return
        # On failure the journal is as it was (the line is taken back) and still holds the
        # work if the save fails too. Only a kill between the rename and the journal's
        # removal, on a disk that also refused this line, would offer saved edits again.
        with contextlib.suppress(OSError):
            self._journal.append({"op": "saving", "path": str(target.resolve()), "digest": digest})

    def close(self) -> None:
        """A clean end (after saving or choosing to discard): the journal and the lock go."""
        if self._journal is not None:
            self._journal.discard()
            self._journal = None
        self._claim.release()

    def release(self) -> None:
        """Let go of the journal but keep it on disk, as a crash would (tests, handing over)."""
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        self._claim.release()

    # -- the journal -----------------------------------------------------------------------
    @contextlib.contextmanager
    def replaying(self) -> Iterator[None]:
        """Changes made inside are not journaled (they come from a journal being replayed)."""
        self._suspended = True
        try:
            yield
        finally:
            self._suspended = False
            self._recorded_edits = self.history.all_edits
            self._recorded_cursor = self.history.cursor

    def adopt_journal(self, journal: EditJournal) -> None:
        """Carry on writing a recovered session's journal (its lines already hold this state)."""
        if self._journal is not None:
            self._journal.discard()
        self._journal = journal
        self._baseline_missing = False

    def mark_unsaved(self) -> None:
        """Nothing here is in a project file yet (recovered work): Save has something to write."""
        self._articles_saved = False

    def _record(self, entry: dict[str, Any]) -> None:
        if self._suspended:
            return
        if self._journal is None:
            self._start_journal(entry)
            return
        self._append(entry, durable=True)

    def _append(self, entry: dict[str, Any], *, durable: bool) -> None:
        assert self._journal is not None
        try:
            self._journal.append(entry, durable=durable)
        except OSError as error:
            # A journal with a gap would replay wrongly: drop it; the next change starts one whole.
            self._journal.discard()
            self._journal = None
            self._baseline_missing = True
            self.journal_problem = describe_os_error(error, "the autosave journal")

    def _append_all(self, entries: Iterable[dict[str, Any]], *, durable: bool) -> None:
        assert self._journal is not None
        try:
            for entry in entries:
                self._journal.append(entry, durable=False)
            if durable:
                self._journal.append({"op": "checkpoint"}, durable=True)
        except OSError as error:
            self._journal.discard()
            self._journal = None
            self._baseline_missing = True
            self.journal_problem = describe_os_error(error, "the autosave journal")

    def _header(self) -> JournalHeader:
        return JournalHeader(
            project_path=str(self.path.resolve()) if self.path is not None else None,
            base_digest=self._digest,
            started=time.time(),
        )

    def _journal_directory(self) -> Path:
        from timeline.store.config_location import recovery_dir

        return self._recovery_directory or recovery_dir()

    def _baseline(self) -> Baseline:
        return Baseline(
            articles=self.articles if (not self._articles_saved or self.path is None) else None,
            edits=self.history.all_edits,
            cursor=self.history.cursor,
            view_state=dict(self.view_state),
        )

    def _start_journal(self, entry: dict[str, Any]) -> None:
        """Begin a journal whose lines, replayed onto the project file, give the state after `entry`.

        Usually the state before `entry` is what is on disk, so the header and `entry` are
        enough (and replay puts the edit on top of the file even if another window saved it
        meanwhile). Otherwise the journal starts with the whole unsaved state.
        """
        try:
            journal = EditJournal.create(self._journal_directory(), self._header())
            self._journal = journal
            if self._baseline_missing:
                self._baseline().write(journal)
            else:
                journal.append(entry, durable=True)
        except OSError as error:
            if self._journal is not None:
                self._journal.discard()
                self._journal = None
            self._baseline_missing = True
            self.journal_problem = describe_os_error(error, "the autosave journal")
            return
        self._baseline_missing = False
        self.journal_problem = None

    # -- a journal started ahead, off the GUI thread -----------------------------------------
    def prepare_journal(self) -> PreparedJournal | None:
        """When the next change would have to write the whole unsaved state first (thousands
        of articles just loaded), that writing can be done now, on any thread: call `write()`
        on the result there, then `adopt_prepared_journal` here. None: nothing to prepare."""
        if self._journal is not None or not self._baseline_missing or self._suspended:
            return None
        return PreparedJournal(self._journal_directory(), self._header(), self._baseline())

    def adopt_prepared_journal(self, prepared: PreparedJournal) -> bool:
        """Use a journal written by `prepared.write()` if it still matches this document."""
        journal = prepared.journal
        if journal is None:
            return False
        baseline = prepared.baseline
        current = self._baseline()
        still_matches = (
            self._journal is None
            and self._baseline_missing
            and not self._suspended
            and (baseline.articles is None) == (current.articles is None)
            and (baseline.articles is None or _same(baseline.articles, self.articles))
            and _same(baseline.edits, current.edits)
            and baseline.cursor == current.cursor
        )
        if not still_matches:
            journal.discard()  # the document moved on; its next change writes its own
            return False
        self._journal = journal
        self._baseline_missing = False
        self._recorded_edits, self._recorded_cursor = self.history.all_edits, self.history.cursor
        if current.view_state != baseline.view_state:
            self._append({"op": "view", "state": current.view_state}, durable=False)
        return True


def _same(first: Sequence[object], second: Sequence[object]) -> bool:
    """Element-wise identity first (cheap, the usual case), then equality."""
    if len(first) != len(second):
        return False
    return all(a is b for a, b in zip(first, second, strict=True)) or tuple(first) == tuple(second)


def _history_entry(history: EditHistory) -> dict[str, Any]:
    return {"edits": [edit_to_json(edit) for edit in history.all_edits], "cursor": history.cursor}
