"""Projects in the window: File→New/Open/Save/Save As/Open Recent, Edit→Undo/Redo, autosave and recovery.

The window's session holds the corpus and the edit history; a ProjectDocument (store)
follows that history, journals every change as it happens and writes the project file.
The title shows the project's name with "*" while there is unsaved work.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from timeline.domain.article import Article
from timeline.domain.edits import Edit
from timeline.present.event_filter import EventFilter
from timeline.present.grouping import Grouping
from timeline.present.story import DEFAULT_KEY_EVENTS, KeyEvents
from timeline.present.viewport import Viewport
from timeline.store import (
    PROJECT_SUFFIX,
    ProjectDocument,
    ProjectError,
    RecoveryOffer,
    discard_recovery,
    find_recoverable,
    recover,
)
from timeline.store.config_location import recovery_dir
from timeline.store.document import PreparedJournal
from timeline.store.edit_summary import describe_edit, name_edit
from timeline.store.recent_projects import forget_project, load_recent, remember_project
from timeline.ui.background import BackgroundTask, start
from timeline.ui.i18n import tr
from timeline.ui.last_folder import last_folder, remember_folder

if TYPE_CHECKING:
    from timeline.ui.main_window import MainWindow

AUTOSAVE_VIEW_MS = 15_000  # edits are journaled at once; the view (pan, zoom) only this often
CONFLICT_CHECK_DELAY_MS = 1_000
SaveAnswer = Literal["save", "discard", "cancel", "keep"]  # keep: leave it for recovery next time
RecoveryAnswer = Literal["recover", "discard", "later"]
PROJECT_FILTER = f"Timeline projects (*{PROJECT_SUFFIX});;All files (*)"


class ProjectPrompts:
    """The questions the project actions ask, as dialogs. Tests replace this object.

    Where nobody can answer (the offscreen platform: tests, headless runs) no dialog
    opens: unsaved work is kept for recovery, and messages go to the status bar.
    """

    def __init__(self, parent: QMainWindow) -> None:
        self._parent = parent

    @staticmethod
    def can_ask() -> bool:
        return QGuiApplication.platformName() not in ("offscreen", "minimal")

    def open_path(self) -> Path | None:
        if not self.can_ask():
            return None
        path, _ = QFileDialog.getOpenFileName(self._parent, tr("Open project"), last_folder(), PROJECT_FILTER)
        if path:
            remember_folder(path)
        return Path(path) if path else None

    def save_path(self, suggested: str) -> Path | None:
        if not self.can_ask():
            return None
        start = suggested if Path(suggested).is_absolute() else str(Path(last_folder()) / suggested)
        path, _ = QFileDialog.getSaveFileName(self._parent, tr("Save project as"), start, PROJECT_FILTER)
        if path:
            remember_folder(path)
        return Path(path) if path else None

    def save_changes(self, name: str) -> SaveAnswer:
        if not self.can_ask():
            return "keep"
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self._parent, tr("Unsaved changes"), tr("Save the changes to {}?").format(name),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")  # type: ignore[return-value]

    def recover(self, offer: RecoveryOffer, others: int) -> RecoveryAnswer:
        if not self.can_ask():
            return "later"
        box = QMessageBox(self._parent)
        box.setWindowTitle(tr("Recover unsaved work"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(tr("Timeline stopped before this work was saved:\n{}.\nRecover it?").format(offer.title))
        if others:
            box.setInformativeText(tr("{} more will be offered next time.").format(others))
        recover_button = box.addButton(tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
        discard_button = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is recover_button:
            return "recover"
        return "discard" if box.clickedButton() is discard_button else "later"

    def error(self, title: str, message: str) -> None:
        if not self.can_ask():
            self._parent.statusBar().showMessage(f"{title}: {message}", 30_000)
            print(f"timeline: {title}: {message}", file=sys.stderr)
            return
        QMessageBox.warning(self._parent, title, message)

    def inform(self, title: str, lines: Sequence[str]) -> None:
        if not self.can_ask():
            self._parent.statusBar().showMessage(f"{title}: {' '.join(lines)}", 30_000)
            return
        QMessageBox.information(self._parent, title, "\n".join(lines))


class ProjectController(QObject):
    """Keeps the window's session and the project document in step."""

    def __init__(self, window: MainWindow, prompts: ProjectPrompts | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.prompts = prompts if prompts is not None else ProjectPrompts(window)
        self.document = ProjectDocument()
        self.document.track_history(self.session.history)  # share the session's (empty) history
        self.conflicts: tuple[Edit, ...] = ()
        self._journal_tasks: dict[QObject, tuple[BackgroundTask, ProjectDocument]] = {}
        self._conflict_timer = QTimer(self)
        self._conflict_timer.setSingleShot(True)
        self._conflict_timer.setInterval(CONFLICT_CHECK_DELAY_MS)
        self._conflict_timer.timeout.connect(self._check_conflicts)
        self._pending_view: dict[str, object] | None = None
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
        file_menu = window.menu("File")
        first = file_menu.actions()[0] if file_menu.actions() else None
        self.new_action = self._action(tr("&New project"), self.new_project, QKeySequence.StandardKey.New)
        # The platform's Open key opens a project; adding articles is Ctrl+Shift+O.
        self.open_action = self._action(tr("&Open project…"), self.open_project, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = self._action(tr("&Save project"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(
            tr("Save project &as…"), self.save_as, QKeySequence("Ctrl+Shift+S"))
        file_menu.insertActions(first, [self.new_action, self.open_action])
        file_menu.insertMenu(first, self.recent_menu)
        file_menu.insertActions(first, [self.save_action, self.save_as_action])
        file_menu.insertSeparator(first)

        edit_menu = window.menu("Edit")
        first_edit = edit_menu.actions()[0] if edit_menu.actions() else None
        self.undo_action = self._action(tr("&Undo"), self.session.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(tr("&Redo"), self.session.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.conflicts_action = self._action(tr("Edits that no longer &match…"), self.show_conflicts)
        edit_menu.insertActions(first_edit, [self.undo_action, self.redo_action])
        edit_menu.insertSeparator(first_edit)
        edit_menu.insertAction(first_edit, self.conflicts_action)

    def _action(self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
                ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        self.window.addAction(action)  # its shortcut works whether or not a menu is open
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
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
        """Open a project file; a damaged or too-new file is reported and nothing changes."""
        if not self.maybe_save_changes():
            return False
        path = path if path is not None else self.prompts.open_path()
        if path is None:
            return False
        try:
            document = ProjectDocument.open(path)
        except ProjectError as error:
            self.prompts.error(tr("Could not open the project"), str(error))
            if not Path(path).exists():
                forget_project(path)
            return False
        remember_project(path)
        self._switch_to(document)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(None)

    def save_as(self, path: Path | None = None) -> bool:
        if path is None:
            suggested = str(self.document.path) if self.document.path else f"Untitled{PROJECT_SUFFIX}"
            path = self.prompts.save_path(suggested)
            if path is None:
                return False
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path | None) -> bool:
        self.store_view_state()
        try:
            saved = self.document.save(path, analysis=self.session.analysis_snapshot())
        except ProjectError as error:
            # The work stays open (and in the journal): the analyst can free space or Save As.
            self.prompts.error(tr("Could not save the project"), tr("{}\nYour work is still open.").format(error))
            return False
        remember_project(saved)
        self.window.statusBar().showMessage(tr("Saved {}").format(saved), 5_000)
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

    def offer_recovery(self) -> bool:
        """At start: offer the newest work a crashed session left. True when it was recovered."""
        offers = find_recoverable(recovery_dir())
        if not offers:
            return False
        offer = offers[0]
        answer = self.prompts.recover(offer, len(offers) - 1)
        if answer == "discard":
            discard_recovery(offer)
            return False
        if answer != "recover":
            return False
        try:
            document, notes = recover(offer.journal_path)
        except (OSError, ValueError, ProjectError) as error:
            self.prompts.error(tr("Could not recover the work"), str(error))
            return False
        self._switch_to(document, keep_old_journal=False)
        if notes:
            self.prompts.inform(tr("Recovered with remarks"), notes)
        return True

    def show_conflicts(self) -> None:
        if not self.conflicts:
            self.prompts.inform(tr("Edits"), [tr("Every edit applies to the current extraction.")])
            return
        lines = [
            f"{len(self.conflicts)} edit(s) no longer match anything in the articles "
            "(their mentions are gone). They are kept in the project:",
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
        return False

    # -- following the session -------------------------------------------------------------
    def _switch_to(self, document: ProjectDocument, *, keep_old_journal: bool = False) -> None:
        if not keep_old_journal:
            self.document.close()
        self.document = document
        self.conflicts = ()
        self._pending_view = dict(document.view_state)
        self.session.load_project(document.articles, document.history, cached=document.analysis_cache)
        self._refresh()

    def _on_history_changed(self) -> None:
        self.document.track_history(self.session.history)
        self._refresh()

    def _on_corpus_changed(self) -> None:
        corpus = self.session.corpus
        self.document.set_articles(source_articles(corpus.articles, self.document.articles))
        if self._pending_view is not None:
            restore_view_state(self.window, self._pending_view)
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
        self._journal_tasks[task.relay] = (task, self.document)
        start(task)

    def _journal_prepared(self, prepared: PreparedJournal) -> None:
        _task, document = self._journal_tasks.pop(self.sender(), (None, None))
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
            self.window.statusBar().showMessage(
                tr("{} edit(s) no longer match the articles: see Edit → Edits that no longer "
                   "match").format(len(found)), 15_000)

    def store_view_state(self) -> None:
        self.document.set_view_state(view_state_of(self.window))

    def _refresh(self) -> None:
        document = self.document
        window = self.window
        window.setWindowTitle(tr("{}[*] — Timeline").format(document.display_name))
        window.setWindowModified(document.is_modified)
        history = self.session.history
        self.undo_action.setEnabled(history.can_undo)
        self.redo_action.setEnabled(history.can_redo)
        self.undo_action.setText(_with_edit("&Undo", history.edits[-1] if history.can_undo else None))
        self.redo_action.setText(
            _with_edit("&Redo", history.all_edits[history.cursor] if history.can_redo else None))
        self.conflicts_action.setEnabled(bool(self.conflicts))
        self.conflicts_action.setText(
            tr("Edits that no longer &match ({})…").format(len(self.conflicts)) if self.conflicts
            else tr("Edits that no longer &match…"))
        if document.journal_problem and not self._journal_warned:
            self._journal_warned = True
            window.statusBar().showMessage(
                tr("Autosave is off: {}. Save the project to keep your work.").format(document.journal_problem), 30_000)
        elif not document.journal_problem:
            self._journal_warned = False


def _with_edit(verb: str, edit: Edit | None) -> str:
    return verb if edit is None else f"{verb} {name_edit(edit)}"


def source_articles(shown: Sequence[Article], known: Sequence[Article]) -> tuple[Article, ...]:
    """The articles as read, for the project file. The session's copies carry the analyst's
    dates (or, after an undo, a date put back from the candidates), which belong in the
    edits: where a copy differs from the article as read only in its date, keep the original."""
    originals = {article.article_id: article for article in known}
    result = []
    for article in shown:
        original = originals.get(article.article_id)
        if original is not None and (
            article is original
            or replace(article, date=original.date, date_source=original.date_source) == original
        ):
            result.append(original)
        else:
            result.append(article)
    return tuple(result)


# -- view state: plain JSON the store keeps without reading ----------------------------------
def view_state_of(window: MainWindow) -> dict[str, object]:
    view = window.timeline_view
    state: dict[str, object] = {"selected_event": window.session.selected_event_id}
    viewport = view.viewport()
    state["visible"] = [viewport.start, viewport.end]
    state["grouping"] = view.grouping.value
    criteria = getattr(view, "event_filter", None)
    if isinstance(criteria, EventFilter):
        state["filter"] = _filter_to_json(criteria)
    state["key_events"] = _key_events_to_json(view.key_events)
    return state


def restore_view_state(window: MainWindow, state: dict[str, object]) -> None:
    """Put back what was saved; anything unreadable is skipped (it is only the view)."""
    view = window.timeline_view
    grouping = state.get("grouping")
    if isinstance(grouping, str) and grouping in {g.value for g in Grouping}:
        view.set_grouping(Grouping(grouping))
    # A project saved before the Key events control has none: it opens with the default.
    view.set_key_events(_key_events_from_json(state.get("key_events")))  # the control follows
    criteria = _filter_from_json(state.get("filter"))
    if criteria is not None:
        filter_bar = getattr(window, "filter_bar", None)
        if filter_bar is not None:
            filter_bar.set_filter(criteria)  # shows it in the controls and applies it everywhere
        else:
            view.set_filter(criteria)
    selected = state.get("selected_event")
    if isinstance(selected, str) and selected and window.session.find_event(selected) is not None:
        window.session.select_event(selected)
    # After the selection, which scrolls the view to show it.
    visible = state.get("visible")
    if (isinstance(visible, list) and len(visible) == 2
            and all(isinstance(v, int | float) for v in visible) and visible[0] < visible[1]):
        view.set_viewport(Viewport(float(visible[0]), float(visible[1])))


def _key_events_to_json(setting: KeyEvents) -> dict[str, object]:
    return {"top": setting.top, "min_importance": setting.min_importance,
            "show_background": setting.show_background, "only": setting.only}


def _key_events_from_json(raw: object) -> KeyEvents:
    """The saved setting, or the default when there is none or it cannot be read."""
    if not isinstance(raw, dict):
        return DEFAULT_KEY_EVENTS
    try:
        return KeyEvents(
            top=int(raw.get("top", DEFAULT_KEY_EVENTS.top)),
            min_importance=float(raw.get("min_importance", 0.0)),
            show_background=bool(raw.get("show_background", False)),
            only=bool(raw.get("only", False)),
        )
    except (TypeError, ValueError):
        return DEFAULT_KEY_EVENTS


def _filter_to_json(criteria: EventFilter) -> dict[str, object]:
    return {
        "text": criteria.text,
        "article_ids": sorted(criteria.article_ids),
        "first_day": criteria.first_day.isoformat() if criteria.first_day else None,
        "last_day": criteria.last_day.isoformat() if criteria.last_day else None,
        "min_sources": criteria.min_sources,
    }


def _filter_from_json(raw: object) -> EventFilter | None:
    if not isinstance(raw, dict):
        return None
    try:
        return EventFilter(
            text=str(raw.get("text", "")),
            article_ids=frozenset(str(a) for a in raw.get("article_ids", [])),
            first_day=date.fromisoformat(raw["first_day"]) if raw.get("first_day") else None,
            last_day=date.fromisoformat(raw["last_day"]) if raw.get("last_day") else None,
            min_sources=int(raw.get("min_sources", 0)),
        )
    except (TypeError, ValueError):
        return None


def install_project_actions(window: MainWindow, prompts: ProjectPrompts | None = None) -> ProjectController:
    """Add the project menus to the window; at start, offer work a crashed session left behind."""
    controller = ProjectController(window, prompts)
    # Once the event loop runs, so the question has the window behind it (and a test can
    # swap in its own prompts first).
    QTimer.singleShot(0, controller.offer_recovery)
    return controller


__all__ = ["ProjectController", "ProjectPrompts", "install_project_actions"]
