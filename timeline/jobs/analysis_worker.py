"""Runs analysis jobs in a worker process, so the window's thread never waits for Python's GIL.

Extraction and event building are pure Python; in a thread of the window's process they
hold the GIL for hundreds of milliseconds at a time and the window stalls. One worker
process (spawned, never forked: the parent runs Qt threads) takes every job in turn.
Progress comes back through a queue and cancelling sets a shared flag the job polls. A job
that crashes the worker (say a parser's native code) costs that job only: the next one
starts a fresh worker. This module imports no Qt: the worker process imports it too.

Set TIMELINE_ANALYSIS=thread to run jobs in the calling thread instead (debugging, or a
platform where processes cannot be started).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from timeline.analysis import (
    Analysed,
    Cancelled,
    analyse_article,
    analyse_articles,
    analyses_corpus,
    load_analysed,
    reanalyse_corpus,
)
from timeline.analysis.cycle_collection import cycle_collection_paused, set_aside_from_collection
from timeline.analysis.pool import start_worker_server
from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.domain.edits import Edit
from timeline.events.label_memo import LabelMemo
from timeline.extract.rulebook import master_pattern
from timeline.ingest import article_from_text, load_paths
from timeline.ingest.child_processes import die_with_parent, main_module_hidden
from timeline.jobs.redating import JobResult, PackedResult, keep, without_prepared
from timeline.present.level_of_detail import index_of_shown

if TYPE_CHECKING:  # (restoring runs in the window's thread: the worker never needs the store)
    from timeline.store.analysis_cache import AnalysisCache

ProgressCallback = Callable[..., None]  # (done, total) or (done, total, preview)
CancelCheck = Callable[[], bool]
PreviewCallback = Callable[[JobResult], None]

_CANCEL_SLOTS = 1024  # task ids wrap around this many shared cancel flags
_POLL_SECONDS = 0.05
PROGRESS_SECONDS = 0.05  # counts sent at most this often (see _ProgressSender)

# -- jobs: top-level functions, so the worker process can unpickle them ----------------------


def load_job(progress: ProgressCallback, cancelled: CancelCheck, paths: Sequence[str | Path],
             edits: Sequence[Edit]) -> JobResult:
    """The corpus of the files under `paths`; on the way, previews of the articles read so far
    go out with the progress (`progress(done, total, preview)`), so the timeline fills in."""
    previews = _Previews(progress, edits)
    return _unindexed(load_analysed(paths, edits, on_progress=previews.progress, should_cancel=cancelled,
                                    on_result=previews.add, labels=previews.labels))


class _Previews:
    """When to show what is read so far: once ten articles are in (or 0.8 s have passed), then
    at a hundred, then four times as many each time, while at most a quarter is read (each
    preview costs building its events, and the whole corpus comes soon after)."""

    FIRST_SIZE = 10
    FIRST_AFTER_SECONDS = (0.3, 0.8)  # with FIRST_SIZE articles at least, with any
    SECOND_FROM = 25  # the second preview comes at GROWTH times this many at least
    GROWTH = 4
    UP_TO_SHARE = 0.25

    def __init__(self, progress: ProgressCallback, edits: Sequence[Edit]) -> None:
        self._progress = progress
        self._edits = edits
        self._started = time.monotonic()
        self._read: dict[int, ArticleAnalysis] = {}
        self._last_size = 0
        # The label choices each preview's naming worked out: the next preview and the whole
        # corpus name much of the same evidence (a pool's worker sends none, events.prepare).
        self.labels = LabelMemo()

    def add(self, position: int, analysis: ArticleAnalysis) -> None:
        self._read[position] = analysis

    def progress(self, done: int, total: int) -> None:
        read = len(self._read)
        if self._last_size:
            due = read >= self.GROWTH * max(self._last_size, self.SECOND_FROM)
        else:
            elapsed = time.monotonic() - self._started
            soon, latest = self.FIRST_AFTER_SECONDS
            due = (read >= self.FIRST_SIZE and elapsed >= soon) or elapsed >= latest
        if not due or read == 0 or done >= total or (read > total * self.UP_TO_SHARE and self._last_size):
            self._progress(done, total)
            return
        self._last_size = read
        analyses = [self._read[position] for position in sorted(self._read)]
        self._progress(done, total, _indexed(analyses_corpus(analyses, self._edits, labels=self.labels)))


def analyse_job(progress: ProgressCallback, cancelled: CancelCheck, articles: Sequence[Article],
                edits: Sequence[Edit]) -> JobResult:
    return _unindexed(analyse_articles(articles, edits, on_progress=progress, should_cancel=cancelled))


def extend_job(progress: ProgressCallback, cancelled: CancelCheck, existing: Sequence[Article],
               paths: Sequence[str | Path], edits: Sequence[Edit]) -> JobResult:
    """The articles already loaded plus those of `paths` not among them."""
    known = {article.article_id for article in existing}
    new = [a for a in load_paths(paths, should_cancel=cancelled) if a.article_id not in known]
    return analyse_job(progress, cancelled, [*existing, *new], edits)


def restore_job(progress: ProgressCallback, cancelled: CancelCheck, articles: Sequence[Article],
                edits: Sequence[Edit], cached: AnalysisCache) -> JobResult:
    """A reopened project: the analysis saved with it where it still holds (see store.analysis_cache)."""
    # Imported here: the store's modules cost the worker about 40 ms of its start, on the way to
    # the first load (which waits for the worker's warm-up when asked as the window opens).
    from timeline.store.analysis_cache import restore

    analysed, _extracted = restore(articles, edits, cached)
    # (run in the window's own thread, so nothing pickles it on the way: the build's evidence,
    # needed only by a worker's grouping state, is left out here)
    return without_prepared(_unindexed(analysed))


def reanalyse_job(progress: ProgressCallback, cancelled: CancelCheck, corpus: Corpus,
                  edits: Sequence[Edit]) -> JobResult:
    return _unindexed(reanalyse_corpus(corpus, edits))


def _indexed(analysed: Analysed) -> JobResult:
    """A preview with the timeline's sorting and indexing, done with the analysis rather than
    in the window (which shows a preview as it comes)."""
    return analysed.corpus, index_of_shown(analysed.corpus.events), analysed.base


def _unindexed(analysed: Analysed) -> JobResult:
    """A job's result, without the timeline's index: the window indexes the corpus it shows as
    it makes the result ready for edits (jobs.edit_ready), from the edit replay's own events.
    One made here was thrown away there, after costing its making, pickling and unpickling
    on the way to a whole corpus shown (on bpoil about 0.04 s, 0.01 s and 0.1 s)."""
    return analysed.corpus, None, analysed.base


# -- the worker process side --------------------------------------------------------------------

_progress_queue: Any = None
_cancel_flags: Any = None


def _start_worker(progress_queue: Any, cancel_flags: Any, from_main_thread: bool = False) -> None:
    global _progress_queue, _cancel_flags
    # Killed with the window, however the window ends: no orphan holding memory (and, with
    # it gone, multiprocessing's resource tracker sees its last user leave and ends too).
    die_with_parent(started_from_main_thread=from_main_thread)
    _progress_queue, _cancel_flags = progress_queue, cancel_flags


def _run_in_worker(task_id: int, job: Callable[..., JobResult], args: tuple[Any, ...]) -> PackedResult | _Pickled:
    slot = task_id % _CANCEL_SLOTS

    def cancelled() -> bool:
        return bool(_cancel_flags[slot])

    # The collector held off from the job's start to its result sent, and what the result holds
    # set aside from collection before it comes back on: the worker keeps it until the next job
    # (`keep`, which set it aside after building its grouping state anyway). The steps' own
    # pauses (reading, building events) each ended in a collection that walked all they had
    # made: on bpoil 75 and 25 ms on the way to the corpus shown, for nothing to collect.
    with cycle_collection_paused():
        result = job(_ProgressSender(task_id, _progress_queue), cancelled, *args)
        if isinstance(result, PackedResult):
            return result  # the caller unpacks it (see redating.py)
        payload = pickle.dumps(without_prepared(result), protocol=pickle.HIGHEST_PROTOCOL)
        set_aside_from_collection()
    # Where an article date change starts from: its grouping state is built on a thread of
    # this process, started only now. Started before the pickling, it took turns with it for
    # Python's global lock (0.2 s of pickling took 0.35-0.45 s), on the way to the corpus shown.
    keep(result[0].analyses, result[2])
    return _Pickled(payload)


class _ProgressSender:
    """A job's progress, sent to the window: every preview, the first and last count, and the
    counts between at most every PROGRESS_SECONDS (a load counts every file: 1,460 reports on
    bpoil, each pickled here and unpickled and handed to the window's thread there, for a
    status bar that shows ten a second)."""

    def __init__(self, task_id: int, sent_to: Any, clock: Callable[[], float] = time.monotonic) -> None:
        self._task_id = task_id
        self._queue = sent_to
        self._clock = clock
        self._last: float | None = None

    def __call__(self, done: int, total: int, preview: JobResult | None = None) -> None:
        now = self._clock()
        if preview is None and done < total and self._last is not None and now - self._last < PROGRESS_SECONDS:
            return
        self._last = now
        self._queue.put((self._task_id, done, total, preview if preview is None else without_prepared(preview)))


class _Pickled(NamedTuple):
    """A job's result as bytes, unpickled by the window's waiting thread with the cycle
    collector held off (see `_unpickled`), not by the pool's own thread with it running."""

    payload: bytes


def _unpickled(result: Any, set_aside_from: int | None = None) -> Any:
    """The corpus of 1,460 articles is about a million objects: unpickled with the cycle
    collector running, it took 0.75 s of the window's process (with the GIL held), 0.3 s without.
    A corpus of `set_aside_from` articles or more is set aside from collection before the
    collector comes back on: its first collection after walked all of it (about 40 ms on bpoil)."""
    if not isinstance(result, _Pickled):
        return result
    with cycle_collection_paused():
        unpickled = pickle.loads(result.payload)
        if set_aside_from is not None and len(unpickled[0].analyses) >= set_aside_from:
            set_aside_from_collection()
        return unpickled


# Two sentences of the analyst's kind, read as pasted text at warm-up (see _warm_up).
_WARM_UP_TEXT = ("Talks resumed in Geneva on Monday, 4 March 2024, the ministry said.\n"
                 "A first round had ended without agreement on 12 February.\n")


def _warm_up() -> bool:
    """Importing this module in the worker was most of the point. Then one tiny article is
    read, extracted and made into events: the rules, patterns and word lists that compile on
    first use (about 0.15 s) do so now, while the window builds, not after the first load
    was asked, on the way to its first events. (Pure caches only: results do not change.)"""
    analyses_corpus([analyse_article(article_from_text(_WARM_UP_TEXT, article_id="warm-up"))])
    master_pattern().compile_every_rule()  # the rules the two sentences did not use
    start_worker_server()  # a load's reading workers then fork from it at once
    return True


# -- the window's side ----------------------------------------------------------------------------


class AnalysisWorker:
    """One worker process shared by every session of the application."""

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self._progress_queue: Any = None
        self._cancel_flags: Any = None
        self._next_task_id = 0
        self._has_worked = False
        self._in_thread = False
        self._warm_up: Future[bool] | None = None
        self.last_run_in = ""  # where the last job ran, for benchmarks/ui_stall.py

    @property
    def uses_process(self) -> bool:
        return not self._in_thread and os.environ.get("TIMELINE_ANALYSIS", "process") != "thread"

    def warm_up(self) -> None:
        """Start the worker now, so its imports overlap with building the window (once: a
        worker already started, warming up or having worked, is left as it is)."""
        if self.uses_process and multiprocessing.parent_process() is None:
            with self._lock, main_module_hidden():
                if self._executor is not None:
                    return
                self._warm_up = self._ensure_executor().submit(_warm_up)
            # No reader process is started here: the jobs read their files in the worker
            # process (which starts its own reader when a file needs one; plain text does
            # not), and a process started here for nothing takes a core from the worker's
            # imports and first files, on which the first events wait.

    def run(self, job: Callable[..., JobResult], args: tuple[Any, ...], progress: Callable[[int, int], None],
            cancelled: CancelCheck, preview: PreviewCallback | None = None,
            set_aside_from: int | None = None) -> JobResult:
        """Run `job` to its end from a background thread; raises Cancelled when cancelled.

        `preview` receives what a load has read so far, as a job result, while it goes on;
        `set_aside_from`: for a caller that keeps a large corpus until the next (ui.session),
        a corpus of that many articles or more comes back set aside from cycle collection
        (cycle_collection.set_aside_from_collection)."""
        reports = _Reports(progress, preview)
        progress = reports.report
        if self.uses_process:
            # The window has just opened and the worker is still importing: the first load waits
            # for it rather than running here. Here, building the events of a large corpus holds
            # this process's GIL for seconds and the window cannot repaint; the wait is a fraction
            # of that, and the reading could not start sooner anyway (its pool starts too).
            self._wait_for_start(cancelled)
        if not self.uses_process:
            self.last_run_in = "this process (a background thread)"
            return job(progress, cancelled, *args)
        self.last_run_in = "the analysis worker process"
        with self._lock:
            executor = self._ensure_executor()
            task_id = self._next_task_id
            self._next_task_id += 1
            slot = task_id % _CANCEL_SLOTS
            self._cancel_flags[slot] = 1 if cancelled() else 0  # cancelled before it began
            progress_queue = self._progress_queue
            cancel_flags = self._cancel_flags
        with main_module_hidden():
            future = executor.submit(_run_in_worker, task_id, job, args)
        try:
            while True:
                try:
                    return _unpickled(future.result(timeout=_POLL_SECONDS), set_aside_from)
                except FutureTimeout:
                    pass
                finally:
                    _forward_progress(progress_queue, task_id, reports)
                if cancelled():
                    cancel_flags[slot] = 1
        except BrokenProcessPool:
            self._discard(executor)
            if not self._has_worked:
                # The worker never ran a job: processes cannot start here (e.g. a script that
                # builds the window without a `__main__` guard). Run in threads from now on.
                self._in_thread = True
                return job(progress, cancelled, *args)
            raise RuntimeError("the analysis worker stopped unexpectedly; try again") from None
        finally:
            if future.done() and not future.cancelled() and future.exception() is None:
                self._has_worked = True

    def _wait_for_start(self, cancelled: CancelCheck) -> None:
        """Until the worker started by warm_up() is ready; raises Cancelled when cancelled first.
        A worker that could not start leaves the jobs to threads of this process."""
        warm_up = self._warm_up
        if warm_up is None:
            return
        while not warm_up.done():
            if cancelled():
                raise Cancelled
            try:
                warm_up.result(timeout=_POLL_SECONDS)
            except FutureTimeout:
                continue
            except Exception:  # its cause (a worker that could not start) is handled below
                break
        if warm_up.cancelled():
            return  # shut down: a later job starts a worker anew
        if warm_up.exception() is not None and not self._has_worked:
            # Processes cannot start here (e.g. a script that builds the window without a
            # `__main__` guard): run in threads from now on.
            with self._lock:
                executor = self._executor
            if executor is not None:
                self._discard(executor)
            self._in_thread = True
        self._warm_up = None

    def shutdown(self) -> None:
        with self._lock:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None

    def _ensure_executor(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._progress_queue = self._context.Queue()
            self._cancel_flags = self._context.Array("b", _CANCEL_SLOTS, lock=False)
            # The worker is started by the first submit, from this same thread.
            from_main_thread = threading.current_thread() is threading.main_thread()
            self._executor = ProcessPoolExecutor(
                max_workers=1, mp_context=self._context, initializer=_start_worker,
                initargs=(self._progress_queue, self._cancel_flags, from_main_thread))
        return self._executor

    def _discard(self, executor: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is executor:
                self._executor = None
        executor.shutdown(wait=False, cancel_futures=True)


class _Reports:
    """Progress counts to one callback, previews (when asked for) to the other."""

    def __init__(self, progress: Callable[[int, int], None], preview: PreviewCallback | None) -> None:
        self._progress = progress
        self._preview = preview

    def report(self, done: int, total: int, preview: JobResult | None = None) -> None:
        self._progress(done, total)
        if preview is not None and self._preview is not None:
            self._preview(preview)


def _forward_progress(progress_queue: Any, task_id: int, reports: _Reports) -> None:
    while True:
        try:
            sender, done, total, preview = progress_queue.get_nowait()
        except queue.Empty:
            return
        if sender == task_id:  # another session's progress is dropped: progress is only a hint
            reports.report(done, total, preview)


_shared: AnalysisWorker | None = None


def shared_worker() -> AnalysisWorker:
    global _shared
    if _shared is None:
        _shared = AnalysisWorker()
    return _shared


__all__ = ["AnalysisWorker", "Cancelled", "analyse_job", "extend_job", "load_job", "reanalyse_job",
           "shared_worker"]
