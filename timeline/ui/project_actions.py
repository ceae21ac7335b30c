"""Projects in the window: File→New/Open/Save/Save As/Open Recent, Edit→Undo/Redo, autosave and recovery.

The window's session holds the corpus and the edit history; a ProjectDocument (store)
follows that history, journals every change as it happens and writes the project file.
The title shows the project's name with "*" while there is unsaved work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from timeline.domain.edits import Edit
from timeline.store import (
    PROJECT_SUFFIX,
    ProjectDocument,
    ProjectError,
    RecoveryOffer,
    discard_recovery,
    find_recoverable,
)
from timeline.store.articles_as_read import SourceArticles
from timeline.store.config_location import recovery_dir
from timeline.store.edit_summary import describe_edit, name_edit
from timeline.store.errors import ProjectChangedOnDisk
from timeline.store.journal_start import PreparedJournal
from timeline.store.project_reading import open_or_error, recover_or_error
from timeline.store.recent_projects import forget_project, load_recent, remember_project
from timeline.ui.background import BackgroundTask, start
from timeline.ui.i18n import tr
from timeline.ui.project_prompts import ProjectPrompts, RecoveryAnswer, SaveAnswer
from timeline.ui.view_state import restore_view_state, view_state_of

if TYPE_CHECKING:
    from timeline.ui.window_host import WindowHost

AUTOSAVE_VIEW_MS = 15_000  # edits are journaled at once; the view (pan, zoom) only this often
CONFLICT_CHECK_DELAY_MS = 1_000


class ProjectController(QObject):
    """Keeps the window's session and the project document in step.

    Project files and journals are read off the window's thread (a large or crafted file
    must not freeze it): `open_finished(bool)` tells when an open has ended.
    """

    open_finished = Signal(bool)

    def __init__(self, host: WindowHost, prompts: ProjectPrompts | None = None) -> None:
        window = host.window()
        super().__init__(window)
        self.host = host
        self.window = window  # the widget: parent of the actions, title and close event
        self.session = host.session
        self.prompts = prompts if prompts is not None else ProjectPrompts(window, host.statusBar())
        self.document = ProjectDocument()
        self.document.track_history(self.session.history)  # share the session's (empty) history
        self.conflicts: tuple[Edit, ...] = ()
        self._journal_tasks: dict[QObject, tuple[BackgroundTask, ProjectDocument, PreparedJournal]] = {}
        self._reading_tasks: dict[QObject, BackgroundTask] = {}  # project files and journals being read
        self._conflict_timer = QTimer(self)
        self._conflict_timer.setSingleShot(True)
        self._conflict_timer.setInterval(CONFLICT_CHECK_DELAY_MS)
        self._conflict_timer.timeout.connect(self._check_conflicts)
        self._pending_view: dict[str, object] | None = None
        self._articles_from: tuple[object, ...] | None = None  # the analyses the document's articles came from
        self._source_articles = SourceArticles()  # the articles as read, remembered by object
        self._journal_warned = False

        self._build_actions()
        self.session.history_changed.connect(self._on_history_changed)
        self.session.corpus_changed.connect(self._on_corpus_changed)
        window.installEventFilter(self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_VIEW_MS)
        self.autosave_timer.timeout.connect(self.store_view_state)
        self.autosave_timer.start()
        self._refresh()

    # -- menus -----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        window = self.window
        file_menu = self.host.menu("File")
        first = file_menu.actions()[0] if file_menu.actions() else None
        self.new_action = self._action(tr("&New project"), self.new_project, QKeySequence.StandardKey.New)
        # The platform's Open key opens a project; adding articles is Ctrl+Shift+O.
        self.open_action = self._action(tr("&Open project…"), self.open_project, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = self._action(tr("&Save project"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(
            tr("Save project &as…"), self.save_as, QKeySequence("Ctrl+Shift+S"))
        if first is None:  # the window's File menu has its own entries; these go first
            first = file_menu.addSeparator()
        file_menu.insertActions(first, [self.new_action, self.open_action])
        file_menu.insertMenu(first, self.recent_menu)
        file_menu.insertActions(first, [self.save_action, self.save_as_action])
        file_menu.insertSeparator(first)

        edit_menu = self.host.menu("Edit")
        first_edit = edit_menu.actions()[0] if edit_menu.actions() else edit_menu.addSeparator()
        self.undo_action = self._action(tr("&Undo"), self.session.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(tr("&Redo"), self.session.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.conflicts_action = self._action(tr("Edits that no longer &match…"), self.show_conflicts)
        edit_menu.insertActions(first_edit, [self.undo_action, self.redo_action])
        edit_menu.insertSeparator(first_edit)
        edit_menu.insertAction(first_edit, self.conflicts_action)

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        self.window.addAction(action)  # its shortcut works whether or not a menu is open
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = load_recent()
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_project(p))
        if not recent:
            self.recent_menu.addAction(tr("No recent projects")).setEnabled(False)

    # -- commands --------------------------------------------------------------------------
    def new_project(self) -> bool:
        if not self.maybe_save_changes():
            return False
        self._switch_to(ProjectDocument())
        return True

    def open_project(self, path: Path | None = None) -> bool:
        """Start opening a project file; False when nothing is to be opened. The file is read
        and checked off the window's thread; a damaged or too-new file is reported and
        nothing changes; `open_finished` says how it ended."""
        if not self.maybe_save_changes():
            return False
        path = path if path is not None else self.prompts.open_path()
        if path is None:
            return False
        self._read_off_thread(lambda: open_or_error(path), lambda result: self._opened(path, result))
        return True

    def _opened(self, path: Path, result: object) -> None:
        """`result`: the document, or a ProjectError saying why it could not be read."""
        if not isinstance(result, ProjectDocument):
            self.prompts.error(tr("Could not open the project"), str(result))
            if not Path(path).exists():
                forget_project(path)
            self.open_finished.emit(False)
            return
        remember_project(path)
        self._switch_to(result)
        if result.read_only_reason:
            self.prompts.inform(tr("Opened read-only"), [
                tr("{} is {}.").format(result.display_name, result.read_only_reason),
                tr("Edits here can be saved under another name (Save As)."),
            ])
        self.open_finished.emit(True)

    def _read_off_thread(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        task = BackgroundTask(lambda _progress, _cancelled: work())
        task.relay.succeeded.connect(lambda result: self._reading_done(task, done, result))
        task.relay.failed.connect(lambda message: self._reading_done(task, done, ProjectError(message)))
        self._reading_tasks[task.relay] = task
        start(task)

    def _reading_done(self, task: BackgroundTask, done: Callable[[object], None], result: object) -> None:
        self._reading_tasks.pop(task.relay, None)
        done(result)

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(None)

    def save_as(self, path: Path | None = None) -> bool:
        if path is None:
            suggested = str(self.document.path) if self.document.path else tr("Untitled") + PROJECT_SUFFIX
            path = self.prompts.save_path(suggested)
            if path is None:
                return False
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path | None) -> bool:
        self.store_view_state()
        try:
            analysis = self.session.analysis_snapshot()
            try:
                saved = self.document.save(path, analysis=analysis)
            except ProjectChangedOnDisk as changed:
                # Another window or program saved this file since: never overwrite that unasked.
                if not self.prompts.overwrite_changed_file(self.document.display_name, str(changed)):
                    raise
                saved = self.document.save(path, analysis=analysis, overwrite=True)
        except ProjectError as error:
            # The work stays open (and in the journal): the analyst can free space or Save As.
            self.prompts.error(tr("Could not save the project"), tr("{}\nYour work is still open.").format(error))
            return False
        remember_project(saved)
        self.host.statusBar().showMessage(tr("Saved {}").format(saved), 5_000)
        self._refresh()
        return True

    def maybe_save_changes(self) -> bool:
        """True when it is fine to drop the current project (saved, or the analyst said so)."""
        if not self.document.is_modified:
            return True
        answer = self.prompts.save_changes(self.document.display_name)
        if answer == "save":
            return self.save()
        if answer == "keep":
            self.document.release()  # the journal stays: offered for recovery at the next start
            return True
        return answer == "discard"

    def offer_recovery(self) -> None:
        """At start: offer the newest work a crashed session left. Journals are read off the
        window's thread (one may be large); a bad journal hides no other."""
        self._read_off_thread(lambda: find_recoverable(recovery_dir()), self._offer_found)

    def _offer_found(self, offers: object) -> None:
        if not isinstance(offers, list) or not offers:
            return
        offer: RecoveryOffer = offers[0]
        answer = self.prompts.recover(offer, len(offers) - 1)
        if answer == "discard":
            discard_recovery(offer)
            return
        if answer != "recover":
            return
        self._read_off_thread(lambda: recover_or_error(offer), self._recovered)

    def _recovered(self, result: object) -> None:
        if not isinstance(result, tuple):
            self.prompts.error(tr("Could not recover the work"), str(result))
            return
        document, notes = result
        self._switch_to(document, keep_old_journal=False)
        if notes:
            self.prompts.inform(tr("Recovered with remarks"), notes)

    def show_conflicts(self) -> None:
        if not self.conflicts:
            self.prompts.inform(tr("Edits"), [tr("Every edit applies to the current extraction.")])
            return
        lines = [
            tr("{} edit(s) no longer match anything in the articles "
               "(their mentions are gone). They are kept in the project:").format(len(self.conflicts)),
            *(f"• {describe_edit(edit)}" for edit in self.conflicts),
        ]
        self.prompts.inform(tr("Edits that no longer match"), lines)

    # -- the window closing ----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            if not self.maybe_save_changes():
                event.ignore()
                return True
            self.document.close()  # a clean close: nothing left to recover
            for _task, _document, prepared in self._journal_tasks.values():
                prepared.cancel()  # a journal still being written ahead goes too
        return False

    # -- following the session -------------------------------------------------------------
    def _switch_to(self, document: ProjectDocument, *, keep_old_journal: bool = False) -> None:
        if not keep_old_journal:
            self.document.close()
        for _task, _document, prepared in self._journal_tasks.values():
            prepared.cancel()  # written ahead for the project being left
        self.document = document
        self._articles_from = None  # the new document learns the session's articles on the next change
        self.conflicts = ()
        self._pending_view = dict(document.view_state)
        self.session.load_project(document.articles, document.history, cached=document.analysis_cache)
        self._refresh()

    def _on_history_changed(self) -> None:
        self.document.track_history(self.session.history)
        self._refresh()

    def _on_corpus_changed(self) -> None:
        corpus = self.session.corpus
        if corpus.analyses is not self._articles_from:  # an edit of events leaves the articles as they are
            self._articles_from = corpus.analyses
            self.document.set_articles(self._source_articles(corpus.articles, self.document.articles))
        if self._pending_view is not None:
            restore_view_state(self.host, self._pending_view)
            self._pending_view = None
        # Finding conflicts means building every event again: wait until edits settle.
        self._conflict_timer.start()
        self._prepare_journal()
        self._refresh()

    def _prepare_journal(self) -> None:
        """Write the start of the autosave journal (all the articles just loaded) off the GUI
        thread, so that the first edit only adds its own line."""
        prepared = self.document.prepare_journal()
        if prepared is None:
            return
        task = BackgroundTask(lambda _progress, _cancelled: prepared.write())
        task.relay.succeeded.connect(self._journal_prepared)
        self._journal_tasks[task.relay] = (task, self.document, prepared)
        start(task)

    def _journal_prepared(self, prepared: PreparedJournal) -> None:
        _task, document, _prepared = self._journal_tasks.pop(self.sender(), (None, None, None))
        if document is self.document:
            self.document.adopt_prepared_journal(prepared)
        elif prepared.journal is not None:
            prepared.journal.discard()  # another project was opened meanwhile
        self._refresh()

    def _check_conflicts(self) -> None:
        """Which edits found nothing to apply to: the analysis reports them with the events."""
        self._set_conflicts(self.session.corpus.unapplied_edits if self.session.edits else ())

    def _set_conflicts(self, found: tuple[Edit, ...]) -> None:
        grew = len(found) > len(self.conflicts)
        self.conflicts = found
        self._refresh()
        if grew:
            self.host.statusBar().showMessage(
                tr("{} edit(s) no longer match the articles: see Edit → Edits that no longer "
                   "match").format(len(found)), 15_000)

    def store_view_state(self) -> None:
        self.document.set_view_state(view_state_of(self.host))

    def _refresh(self) -> None:
        document = self.document
        window = self.window
        name = document.display_name
        if document.read_only_reason:
            name = tr("{} (read-only)").format(name)
        window.setWindowTitle(tr("{}[*] — Timeline").format(name))
        window.setWindowModified(document.is_modified)
        history = self.session.history
        self.undo_action.setEnabled(history.can_undo)
        self.redo_action.setEnabled(history.can_redo)
        self.undo_action.setText(_with_edit(tr("&Undo"), history.edits[-1] if history.can_undo else None))
        self.redo_action.setText(
            _with_edit(tr("&Redo"), history.all_edits[history.cursor] if history.can_redo else None))
        self.conflicts_action.setEnabled(bool(self.conflicts))
        self.conflicts_action.setText(
            tr("Edits that no longer &match ({})…").format(len(self.conflicts)) if self.conflicts
            else tr("Edits that no longer &match…"))
        if document.journal_problem and not self._journal_warned:
            self._journal_warned = True
            self.host.statusBar().showMessage(
                tr("Autosave is off: {}. Save the project to keep your work.").format(document.journal_problem), 30_000)
        elif not document.journal_problem:
            self._journal_warned = False


def _with_edit(verb: str, edit: Edit | None) -> str:
    return verb if edit is None else f"{verb} {name_edit(edit)}"


def install_project_actions(window: WindowHost, prompts: ProjectPrompts | None = None) -> ProjectController:
    """Add the project menus to the window; at start, offer work a crashed session left behind."""
    controller = ProjectController(window, prompts)
    # Once the event loop runs, so the question has the window behind it (and a test can
    # swap in its own prompts first).
    QTimer.singleShot(0, controller.offer_recovery)
    return controller


__all__ = [
    "ProjectController", "ProjectPrompts", "RecoveryAnswer", "SaveAnswer",
    "install_project_actions", "restore_view_state", "view_state_of",
]
