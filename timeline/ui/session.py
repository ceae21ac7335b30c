"""The window's state: the corpus, the analyst's edits with undo, and what is selected.

Loading and re-analysis run off the GUI thread; results arrive through signals, and a
result that a newer request has overtaken is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from timeline.analysis import Cancelled, analyse, load_corpus, reanalyse
from timeline.domain.article import Article
from timeline.domain.corpus import Corpus
from timeline.domain.edits import Edit
from timeline.domain.event import Event
from timeline.present.level_of_detail import EventIndex, index_of_shown
from timeline.store.history import EditHistory
from timeline.ui.background import BackgroundTask, start

EMPTY_CORPUS = Corpus((), ())


class Session(QObject):
    corpus_changed = Signal()
    corpus_loaded = Signal()  # after corpus_changed, when new articles came in (not after an edit)
    event_selected = Signal(str)  # event id, "" for none
    mention_selected = Signal(str, int, int)  # article id, start, end
    article_selected = Signal(str)
    busy_changed = Signal(bool)
    progress = Signal(int, int)
    failed = Signal(str)
    history_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.corpus: Corpus = EMPTY_CORPUS
        self.history = EditHistory()
        self.selected_event_id = ""
        # The shown events indexed for the timeline, built with the corpus off the GUI thread.
        self.timeline_index: EventIndex | None = None
        self._events_by_id: dict[str, Event] = {}
        self._task: BackgroundTask | None = None
        self._generation = 0

    # -- reading ---------------------------------------------------------------------------
    @property
    def edits(self) -> tuple[Edit, ...]:
        return self.history.edits

    @property
    def is_busy(self) -> bool:
        return self._task is not None

    def find_event(self, event_id: str) -> Event | None:
        return self._events_by_id.get(event_id)

    def article(self, article_id: str) -> Article | None:
        for item in self.corpus.analyses:
            if item.article.article_id == article_id:
                return item.article
        return None

    # -- loading ---------------------------------------------------------------------------
    def load_paths(self, paths: Sequence[str | Path]) -> None:
        """Replace the corpus with these files and folders, in the background."""
        paths = list(paths)
        edits = self.edits
        self._run(lambda progress, cancelled: load_corpus(
            paths, edits, on_progress=progress, should_cancel=cancelled), loads_articles=True)

    def add_articles(self, articles: Sequence[Article]) -> None:
        """Add articles (pasted text, dropped files) to the corpus already loaded."""
        combined = [*self.corpus.articles, *articles]
        edits = self.edits
        self._run(lambda progress, cancelled: analyse(
            combined, edits, on_progress=progress, should_cancel=cancelled), loads_articles=True)

    def add_paths(self, paths: Sequence[str | Path]) -> None:
        from timeline.ingest import load_paths

        existing = list(self.corpus.articles)
        known = {a.article_id for a in existing}
        edits = self.edits
        paths = list(paths)

        def work(progress, cancelled):  # noqa: ANN001, ANN202 - matches BackgroundTask
            new = [a for a in load_paths(paths, should_cancel=cancelled) if a.article_id not in known]
            return analyse([*existing, *new], edits, on_progress=progress, should_cancel=cancelled)

        self._run(work, loads_articles=True)

    def set_corpus(self, corpus: Corpus, *, timeline_index: EventIndex | None = None) -> None:
        self.corpus = corpus
        self.timeline_index = timeline_index
        self._events_by_id = {event.event_id: event for event in corpus.events}
        if self.selected_event_id and self.selected_event_id not in self._events_by_id:
            self.selected_event_id = ""
        self.corpus_changed.emit()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    # -- editing ---------------------------------------------------------------------------
    def apply_edit(self, edit: Edit) -> None:
        self.history.push(edit)
        self._after_history_change()

    def undo(self) -> None:
        if self.history.undo() is not None:
            self._after_history_change()

    def redo(self) -> None:
        if self.history.redo() is not None:
            self._after_history_change()

    def replace_history(self, history: EditHistory) -> None:
        """A project was opened: its edits become the session's."""
        self.history = history
        self._after_history_change()

    def load_project(self, articles: Sequence[Article], history: EditHistory) -> None:
        """A project was opened or recovered: its articles and edits replace the session's,
        analysed afresh in the background (edits re-apply over the new extraction)."""
        self.history = history
        self.history_changed.emit()
        articles = list(articles)
        edits = self.edits
        # Not `loads_articles`: a project brings its own view, which the project actions restore.
        self._run(lambda progress, cancelled: analyse(
            articles, edits, on_progress=progress, should_cancel=cancelled))

    def _after_history_change(self) -> None:
        self.history_changed.emit()
        corpus = self.corpus
        edits = self.edits
        self._run(lambda progress, cancelled: reanalyse(corpus, edits))

    # -- selection -------------------------------------------------------------------------
    def select_event(self, event_id: str) -> None:
        if event_id == self.selected_event_id:
            return
        self.selected_event_id = event_id
        self.event_selected.emit(event_id)

    def select_mention(self, article_id: str, start: int, end: int) -> None:
        self.mention_selected.emit(article_id, start, end)

    def select_article(self, article_id: str) -> None:
        self.article_selected.emit(article_id)

    # -- background ------------------------------------------------------------------------
    def _run(self, work, *, loads_articles: bool = False) -> None:  # noqa: ANN001 - a BackgroundTask work function
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        task = BackgroundTask(lambda progress, cancelled: _with_timeline_index(work(progress, cancelled)))
        task.relay.progressed.connect(self.progress)
        task.relay.succeeded.connect(lambda result: self._finished(generation, result, loads_articles))
        task.relay.failed.connect(lambda message: self._failed(generation, message))
        self._task = task
        self.busy_changed.emit(True)
        start(task)

    def _finished(self, generation: int, result: tuple[Corpus, EventIndex], loads_articles: bool) -> None:
        if generation != self._generation:
            return  # overtaken by a newer request
        self._task = None
        self.busy_changed.emit(False)
        corpus, index = result
        self.set_corpus(corpus, timeline_index=index)
        if loads_articles:
            self.corpus_loaded.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.busy_changed.emit(False)
        if "Cancelled" not in message:
            self.failed.emit(message)

    def wait_until_idle(self, timeout_ms: int = 30_000) -> bool:
        """For tests and the self-test: block until background work is done."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThreadPool

        deadline = QDeadlineTimer(timeout_ms)
        while self._task is not None and not deadline.hasExpired():
            QThreadPool.globalInstance().waitForDone(20)
            QCoreApplication.processEvents()
        return self._task is None


def _with_timeline_index(corpus: Corpus) -> tuple[Corpus, EventIndex]:
    """In the background task: the timeline's sorting and indexing, done with the analysis."""
    return corpus, index_of_shown(corpus.events)


__all__ = ["EMPTY_CORPUS", "Cancelled", "Session"]
