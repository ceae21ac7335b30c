"""The window's state: the corpus, the analyst's edits with undo, and what is selected.

Loading and re-analysis run in the analysis worker process (a background thread waits for
each job); results arrive through signals, and a result that a newer request has overtaken
is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from timeline.analysis import Cancelled
from timeline.analysis.cycle_collection import (
    cycle_collection_paused,
    pause_cycle_collection,
    set_aside_from_collection,
)
from timeline.analysis.incremental import EditReplay
from timeline.analysis.redate import Redated
from timeline.domain.article import Article
from timeline.domain.corpus import Corpus
from timeline.domain.edits import Edit, MentionKey
from timeline.domain.event import Event
from timeline.jobs.analysis_worker import (
    JobResult,
    analyse_job,
    extend_job,
    load_job,
    reanalyse_job,
    restore_job,
    shared_worker,
)
from timeline.jobs.edit_ready import EditReady, ready_for_edits
from timeline.jobs.redating import KeptAnalysesGone, fingerprint, redate_job, unpack
from timeline.present.level_of_detail import EventIndex, index_of_shown
from timeline.store.analysis_cache import AnalysisCache, SavedAnalysis
from timeline.store.history import EditHistory
from timeline.ui.background import BackgroundTask, start

EMPTY_CORPUS = Corpus((), ())
# Articles from which a whole corpus that arrives is set aside from cycle collection.
SET_ASIDE_FROM = 200
# An article date change says it is busy only when it takes longer than this: most come back
# in tens of milliseconds, and showing then hiding the status bar's busy bar, Cancel button
# and label each time was a flicker and a relayout in the turn that paints the change.
DATE_CHANGE_BUSY_AFTER_MS = 400
# An article date change holds the cycle collector off from the keypress until this long after
# its result is painted (the frame goes out in the turn that takes the result in). Resumed
# there, the collection its objects were due (the result unpickled, the events patched in,
# every view's update: 1-4 ms on bpoil, 7 ms when it reached the older generation) ran
# before the frame.
COLLECT_AFTER_PAINT_MS = 50


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
        self._event_of_mention: dict[MentionKey, str] | None = None  # built on first use
        self._task: BackgroundTask | None = None
        # Applies edits to the last analysis without redoing it (None: no analysis to build on).
        self._replay: EditReplay | None = None
        self._loading = False  # the running job reads articles (edits wait for it)
        self._previews = 0  # partial corpora shown by the running job
        self._before_load: tuple[Corpus, EventIndex | None, EditReplay | None] = (EMPTY_CORPUS, None, None)
        self._generation = 0
        self._busy_shown = False  # busy_changed(True) was emitted for the running task
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(self._show_busy)
        self._worker = shared_worker()
        self._worker.warm_up()
        # Ends the collector's pause an article date change holds (see COLLECT_AFTER_PAINT_MS).
        self._collection_held: Callable[[], None] | None = None

    # -- reading ---------------------------------------------------------------------------
    @property
    def edits(self) -> tuple[Edit, ...]:
        return self.history.edits

    @property
    def is_busy(self) -> bool:
        return self._task is not None

    def find_event(self, event_id: str) -> Event | None:
        return self._events_by_id.get(event_id)

    def event_for_mention(self, article_id: str, start: int, end: int) -> str | None:
        """The id of the event a mention supports, if any."""
        if self._event_of_mention is None:
            self._event_of_mention = {
                (item.article_id, item.mention.start, item.mention.end): event.event_id
                for event in self.corpus.events for item in event.mentions
            }
        return self._event_of_mention.get((article_id, start, end))

    def article(self, article_id: str) -> Article | None:
        try:
            return self.corpus.analysis(article_id).article
        except KeyError:
            return None

    # -- loading ---------------------------------------------------------------------------
    def load_paths(self, paths: Sequence[str | Path]) -> None:
        """Replace the corpus with these files and folders, in the background."""
        self._run(load_job, (list(paths), self.edits), loads_articles=True)

    def add_articles(self, articles: Sequence[Article]) -> None:
        """Add articles (pasted text, dropped files) to the corpus already loaded."""
        self._run(analyse_job, ([*self.corpus.articles, *articles], self.edits), loads_articles=True)

    def add_paths(self, paths: Sequence[str | Path]) -> None:
        self._run(extend_job, (list(self.corpus.articles), list(paths), self.edits), loads_articles=True)

    def set_corpus(self, corpus: Corpus, *, timeline_index: EventIndex | None = None,
                   replay: EditReplay | None = None) -> None:
        """Show this corpus; `replay`: how later edits apply to it (none: they re-analyse it)."""
        self.corpus = corpus
        self.timeline_index = timeline_index
        self._replay = replay
        self._events_by_id = {event.event_id: event for event in corpus.events}
        self._event_of_mention = None
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

    def load_project(self, articles: Sequence[Article], history: EditHistory,
                     cached: AnalysisCache | None = None) -> None:
        """A project was opened or recovered: its articles and edits replace the session's,
        analysed in the background (edits re-apply over the new extraction); with `cached`,
        the analysis saved with it is used where it still holds."""
        self.history = history
        self.history_changed.emit()
        # Not `loads_articles`: a project brings its own view, which the project actions restore.
        if cached is not None:
            # Decoding here beats sending a whole corpus back from the worker process.
            self._run(restore_job, (list(articles), self.edits, cached), in_thread=True)
        else:
            self._run(analyse_job, (list(articles), self.edits))

    def analysis_snapshot(self) -> SavedAnalysis | None:
        """The analysis to keep in the project file (None while one is under way)."""
        if self._replay is None or self._task is not None:
            return None
        return self._replay.analyses, self._replay.base

    def _after_history_change(self) -> None:
        replay = self._replay
        if self._task is not None and self._loading:
            self.history_changed.emit()
            return  # applied when the load finishes (see _finished): a load is never thrown away
        if replay is not None and self._task is None and replay.can_replay(self.edits):
            self.history_changed.emit()
            # Renames, merges, hides, undo and redo: only what the edit touches is recomputed,
            # here and now (tens of milliseconds), no copy of the corpus goes to the worker.
            corpus = replay.corpus(self.edits)
            self._generation += 1
            # No index here: the timeline indexes what it shows itself (background events
            # usually left out), and one index per edit is what fits in a frame or two.
            self.set_corpus(corpus, replay=replay)
            return
        # The worker is asked first: what listens to the history (the journal's write to disk,
        # 3-6 ms) is done while the worker works out the new dates.
        self._reanalyse(self.corpus)
        self.history_changed.emit()

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
    def _reanalyse(self, corpus: Corpus) -> None:
        """After an article's date changed: the worker works out what that changes in the
        analysis it already holds (jobs/redating.py), which the replay patches in when it
        comes; or, when the worker holds other analyses, it analyses these sent to it."""
        if self._collection_held is None:
            self._collection_held = pause_cycle_collection()
        replay = self._replay
        # What the worker holds is what the replay was made from: the replay's own analyses.
        analyses = replay.analyses if replay is not None else corpus.analyses
        # ... and its automatic events, whose sources the result may refer to.
        automatic = replay.base.automatic if replay is not None else ()
        edits, worker = self.edits, self._worker

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> JobResult | Redated:
            if worker.uses_process:
                try:
                    packed = worker.run(redate_job, (fingerprint(analyses), edits), progress,  # type: ignore[arg-type]
                                        cancelled)
                    result = unpack(packed, analyses, automatic)  # type: ignore[arg-type]  # redate_job packs
                    if isinstance(result, Redated) and (replay is None or replay.analyses is not analyses):
                        raise KeptAnalysesGone  # pragma: no cover  # nothing to patch it into
                    return result
                except KeptAnalysesGone:
                    pass
            return worker.run(reanalyse_job, (Corpus(analyses, ()), edits), progress, cancelled)

        self._run(reanalyse_job, (), work=work, replay=replay)

    def _run(self, job: Callable[..., JobResult], args: tuple[object, ...], *, loads_articles: bool = False,
             in_thread: bool = False,
             work: Callable[[Callable[[int, int], None], Callable[[], bool]], JobResult | Redated] | None = None,
             replay: EditReplay | None = None) -> None:
        """`work(progress, cancelled)`, when given, runs instead of `job` with `args`; `replay`:
        the one a `Redated` result it gives patches."""
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        worker = self._worker
        edits = self.edits
        if work is not None:
            given = work
            task = BackgroundTask(lambda progress, cancelled: _ready(given(progress, cancelled), edits, cancelled))
        elif in_thread:
            task = BackgroundTask(lambda progress, cancelled: _ready(job(progress, cancelled, *args), edits, cancelled))
        else:
            task = BackgroundTask(lambda progress, cancelled: _ready(
                worker.run(job, args, progress, cancelled, preview=task.report_preview, set_aside_from=SET_ASIDE_FROM),
                edits, cancelled))
        task.relay.progressed.connect(self.progress)
        task.relay.previewed.connect(lambda partial: self._previewed(generation, partial, loads_articles))
        task.relay.succeeded.connect(lambda result: self._redated(generation, result, replay)
                                     if isinstance(result, Redated)
                                     else self._finished(generation, result, loads_articles, edits))
        task.relay.failed.connect(lambda message: self._failed(generation, message))
        self._task = task
        self._loading = loads_articles
        self._previews = 0
        # What a cancelled load gives back, once its partial views have replaced it.
        self._before_load = (self.corpus, self.timeline_index, self._replay)
        if work is not None:  # an article date change: busy only if it takes a while
            self._busy_timer.start(DATE_CHANGE_BUSY_AFTER_MS)
        else:
            self._show_busy()
        start(task)

    def _show_busy(self) -> None:
        self._busy_timer.stop()
        if self._task is not None:
            self._busy_shown = True
            self.busy_changed.emit(True)

    def _busy_ended(self) -> None:
        self._busy_timer.stop()
        if self._busy_shown:
            self._busy_shown = False
            self.busy_changed.emit(False)

    def _release_collection(self, after_ms: int = 0) -> None:
        """The collector's pause held since an article date change was asked ends (`after_ms`
        later: after the frame that shows its result)."""
        resume, self._collection_held = self._collection_held, None
        if resume is None:
            return
        if after_ms:
            QTimer.singleShot(after_ms, resume)
        else:
            resume()

    def _previewed(self, generation: int, partial: JobResult, loads_articles: bool) -> None:
        """What a load has read so far: shown while it goes on (edits wait for the whole corpus)."""
        if generation != self._generation:
            return
        corpus, index, _base = partial
        self.set_corpus(corpus, timeline_index=index)
        self._previews += 1
        if loads_articles and self._previews == 1:
            self.corpus_loaded.emit()  # the first view fits what is there; later ones keep the view

    def _finished(self, generation: int, result: EditReady, loads_articles: bool,
                  edits: tuple[Edit, ...]) -> None:
        if generation != self._generation:
            return  # overtaken by a newer request
        if self._task is not None and self._task.is_cancelled:
            # Cancelled after the work had finished but before its result got here (the
            # result was on its way to this thread): what was asked for is the cancel.
            self._failed(generation, "Cancelled")
            return
        self._task = None
        self._loading = False
        self._busy_ended()
        self._release_collection(COLLECT_AFTER_PAINT_MS)
        # The replay comes ready from the task's thread: the first edit costs what any other does.
        corpus, index, replay = result
        if edits != self.edits:
            # The analyst edited while the articles loaded: apply those edits now.
            if replay.can_replay(self.edits):
                corpus = replay.corpus(self.edits)
                index = index_of_shown(corpus.events)
            else:
                self.set_corpus(corpus, timeline_index=index, replay=replay)
                self._reanalyse(corpus)
                return
        self.set_corpus(corpus, timeline_index=index, replay=replay)
        # The corpus and its replay live until the next analysis: no collection walks them
        # again (one took 130 ms, in the middle of an edit).
        _set_aside_if_large(corpus)
        if loads_articles:
            self.corpus_loaded.emit()  # the whole corpus: the view fits its story

    def _redated(self, generation: int, change: Redated, replay: EditReplay | None) -> None:
        """What an article date change changed, worked out by the worker: patched into the
        replay it was asked for, then the edits in force shown as any edit is."""
        if generation != self._generation:
            return  # overtaken (the worker moved on: the next request finds it holds other analyses)
        if self._task is not None and self._task.is_cancelled:
            self._failed(generation, "Cancelled")  # as _finished: what was asked for is the cancel
            return
        self._task = None
        self._loading = False
        self._busy_ended()
        if replay is None or replay is not self._replay:
            self._reanalyse(self.corpus)  # pragma: no cover  # a newer corpus came meanwhile
            return
        # The collector held off while the change is patched in and every view takes it: a
        # collection every few hundred new objects walked the young ones (the views' lists of
        # thousands among them) again and again; what is left is walked once, after.
        # (The pause taken when the change was asked goes on until the frame is out.)
        with cycle_collection_paused():
            replay.redated(change.analyses, change.base_after(replay.base), change.gone, change.came)
            if replay.can_replay(self.edits):
                self.set_corpus(replay.corpus(self.edits), replay=replay)
                self._release_collection(COLLECT_AFTER_PAINT_MS)
                return
        self._reanalyse(self.corpus)  # the dates moved again meanwhile

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._release_collection()
        self._task = None
        self._loading = False
        if self._previews:
            # A partial corpus is not what was asked for: back to the corpus before the load.
            corpus, index, replay = self._before_load
            self._previews = 0
            self.set_corpus(corpus, timeline_index=index, replay=replay)
        self._busy_ended()
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


def _ready(result: JobResult | Redated, edits: Sequence[Edit], cancelled: Callable[[], bool]) -> EditReady | Redated:
    """The job's result made ready for edits (a `Redated` one is patched in by the window);
    Cancelled when the task was cancelled meanwhile (a cancelled task's success is never
    delivered: its failure tells the session it ended)."""
    if isinstance(result, Redated):
        if cancelled():
            raise Cancelled
        return result
    # The collector held off while the replay is made ready, and what it holds set aside before
    # it comes back on, as `_finished` sets the corpus aside: its first collections after walked
    # the replay and the corpus just made (about 55 ms on bpoil) on the way to them shown.
    with cycle_collection_paused():
        ready = ready_for_edits(result, edits)
        _set_aside_if_large(ready.corpus)
    if cancelled():
        raise Cancelled
    return ready


def _set_aside_if_large(corpus: Corpus) -> None:
    """Set a large corpus aside from the cycle collector (SET_ASIDE_FROM articles or more). Only a
    large one: what is set aside is never collected, cycles of windows closed before it included."""
    if len(corpus.analyses) >= SET_ASIDE_FROM:
        set_aside_from_collection()


__all__ = ["EMPTY_CORPUS", "Cancelled", "Session"]
