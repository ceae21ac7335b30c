"""Reads and extracts files on every core: a pool of worker processes, each result handed on as it is done.

Reading a file and extracting its mentions is a pure map over documents (the same map a
cluster engine runs, see docs/ARCHITECTURE.md), so it spreads over worker processes with
no shared state. On Linux, from a process with no Qt and no other thread but ones that
only wait (the command line; the window's analysis worker) workers are forked: each then
starts at once with the rules already imported and compiled, not after about a second of
its own. The window's own process runs Qt's threads, so from there they fork from a
server process that imported the reading modules once; elsewhere they are spawned. Files
go out in small batches and
only a few batches per worker are in flight at once, so memory stays bounded by what the
caller keeps, whatever the corpus size. Each file keeps its own time and size limits
(timeline.ingest.limits) inside its worker.
A file whose reading kills its worker (a parser's native code crashing) costs that file
only: it comes back as an unreadable article and the rest goes on in a fresh pool.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from timeline.analysis.cycle_collection import cycle_collection_paused, set_aside_while_forking
from timeline.analysis.forked_spread import WAITING_THREADS, fork_is_safe
from timeline.analysis.free_cores import CpuTimes, busy_elsewhere, workers_for
from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis
from timeline.events.prepare import with_evidence
from timeline.extract import extract_mentions
from timeline.extract.rulebook import master_pattern
from timeline.ingest.boilerplate import load_patterns
from timeline.ingest.child_processes import die_with_parent, main_module_hidden
from timeline.ingest.manifest import Declaration
from timeline.ingest.safe_reading import read_article

PlannedRead = tuple[Path, str, Declaration | None]
ResultCallback = Callable[[int, ArticleAnalysis], None]
CancelCheck = Callable[[], bool]

WORKERS_VARIABLE = "TIMELINE_WORKERS"  # how many worker processes; 1 reads in the caller's process
# Below this many files one process is done first: a worker costs about a second of imports
# and rule compiling before its first file, and a file about 8 ms (measured on 2 cores: the
# 286 haiti files took 2.7 s in one process, 4.5 s with two workers; the 1,460 bpoil files
# about the same either way).
SMALL_CORPUS = 300
BATCH_FILES = 4  # per task: fewer round trips, yet a cancel waits for 4 files at most
# Enough queued work (8 batches of about 7 ms a file) that the workers keep reading while this
# process hands a result on: the window's second preview of a load builds its events here
# (0.1-0.2 s on bpoil's first hundred or so articles), during which nothing new is sent out;
# with 3 batches per worker the workers ran dry and waited.
BATCHES_IN_FLIGHT_PER_WORKER = 8
_WAIT_SECONDS = 0.05


class Cancelled(Exception):
    """The caller asked to stop; nothing partial is returned."""


def analyse_article(article: Article, *, day_first: bool = False, for_events: bool = False) -> ArticleAnalysis:
    """The article's mentions; `for_events`: with its evidence (events.prepare.with_evidence), so
    that part runs in a pool's worker, in parallel, not in the one process that builds the
    events. (Not its label choices: naming asks for the few most central only, about three in
    four on bpoil, and works them out in shares side by side.)"""
    if not article.is_readable:
        return ArticleAnalysis(article, ())
    # Header lines (a page's save date, a byline) are metadata, and comments, captions and
    # widgets are not the article: neither events nor anchors.
    ignored = article.metadata_spans + tuple((start, end) for start, end, _ in article.boilerplate_spans)
    # The file's declared language or address helps read "05/06/2024" when its own dates do not.
    mentions = extract_mentions(article.text, article.date, day_first=day_first, ignore_spans=ignored,
                                locale=article.locale_hint)
    analysis = ArticleAnalysis(article, tuple(mentions))
    return with_evidence(analysis) if for_events else analysis


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How every file of a run is read: `date_override` (a date and the name of its source)
    replaces each readable article's own date; `day_first` reads 06/03/1998 as 6 March."""

    day_first: bool = False
    date_override: tuple[date, str] | None = None
    mentions_only: bool = False  # no events are built from what is read (`timeline extract`)


def analyse_file(path: Path, article_id: str, declaration: Declaration | None,
                 options: ReadOptions = ReadOptions(), *, for_events: bool = False) -> ArticleAnalysis:
    with cycle_collection_paused():
        article = read_article(path, article_id, declaration)
        if options.date_override is not None and article.is_readable:
            article = replace(article, date=options.date_override[0], date_source=options.date_override[1])
        return analyse_article(article, day_first=options.day_first, for_events=for_events)


def default_workers(cpu_since: CpuTimes | None = None) -> int:
    """TIMELINE_WORKERS when set, else one worker per core this process may run on; with
    `cpu_since` (processor times taken before the files were listed), only as many as
    other programs left free since then (see free_cores: on a busy machine workers only queue)."""
    configured = os.environ.get(WORKERS_VARIABLE, "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        processors = max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        processors = max(1, os.cpu_count() or 1)
    if cpu_since is None:
        return processors
    return workers_for(processors, busy_elsewhere(cpu_since))


def analyse_files(
    planned: Sequence[PlannedRead],
    *,
    workers: int | None = None,
    on_result: ResultCallback | None = None,
    should_cancel: CancelCheck | None = None,
    options: ReadOptions = ReadOptions(),
    cpu_since: CpuTimes | None = None,
) -> list[ArticleAnalysis]:
    """Every planned file read and extracted, in the planned order.

    `on_result(position, analysis)` is called in the caller's thread as each file is done
    (in the order they finish); raises Cancelled as soon as `should_cancel` says so.
    `cpu_since`: processor times taken before planning, to size the pool by the free processors.
    """
    count = workers if workers is not None else default_workers(cpu_since)
    results: list[ArticleAnalysis | None] = [None] * len(planned)

    def finished(position: int, analysis: ArticleAnalysis) -> None:
        results[position] = analysis
        if on_result is not None:
            on_result(position, analysis)

    if count <= 1 or len(planned) < SMALL_CORPUS or _daemonic():
        for position, (path, article_id, declaration) in enumerate(planned):
            if should_cancel is not None and should_cancel():
                raise Cancelled
            finished(position, analyse_file(path, article_id, declaration, options))
    else:
        # This process only gathers what the workers send (and keeps all of it): unpickling
        # those objects would start the cycle collector thousands of times, to find nothing.
        with cycle_collection_paused():
            _run_pool(planned, count, finished, should_cancel, options)
    return [analysis for analysis in results if analysis is not None]


def _daemonic() -> bool:
    """A daemonic process may not start children: read in-process there."""
    return bool(multiprocessing.current_process().daemon)


Job = tuple[int, Path, str, Declaration | None]  # position in the plan, then the planned read


def _analyse_batch(batch: Sequence[Job], options: ReadOptions,
                   for_events: bool = False) -> list[tuple[int, ArticleAnalysis]]:
    return [(position, analyse_file(path, article_id, declaration, options, for_events=for_events))
            for position, path, article_id, declaration in batch]


def _run_pool(
    planned: Sequence[PlannedRead],
    workers: int,
    finished: ResultCallback,
    should_cancel: CancelCheck | None,
    options: ReadOptions,
) -> None:
    pending: list[Job] = [(position, *item) for position, item in enumerate(planned)]
    batch_size = BATCH_FILES
    retried = False
    while pending:
        batches = [pending[i : i + batch_size] for i in range(0, len(pending), batch_size)]
        undone, completed = _run_batches(batches, workers, finished, should_cancel, options)
        if not undone:
            return
        if not completed and not retried:
            # No worker ever finished a batch: processes cannot work here (no `__main__`
            # guard in a frozen program, a sandbox). Read in this process instead.
            for position, path, article_id, declaration in undone:
                if should_cancel is not None and should_cancel():
                    raise Cancelled
                finished(position, analyse_file(path, article_id, declaration, options))
            return
        if retried:
            # A second pool broke too, one file per task: those files are what kills a worker.
            for position, path, article_id, _declaration in undone:
                finished(position, _crashed(path, article_id))
            return
        # The pool broke: what did not finish goes again, one file per task, in a fresh pool.
        pending, batch_size, retried = undone, 1, True


def _run_batches(
    batches: list[list[Job]],
    workers: int,
    finished: ResultCallback,
    should_cancel: CancelCheck | None,
    options: ReadOptions,
) -> tuple[list[Job], int]:
    """Runs the batches; returns the files of batches lost to a broken pool (none if all went
    well) and how many batches finished."""
    # Workers start on submit, from this thread (which decides whether the kernel's
    # parent-death signal can be used, see ingest.child_processes).
    from_main_thread = threading.current_thread() is threading.main_thread()
    method = _start_method()
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=_context(method),
                                   initializer=_start_worker, initargs=(from_main_thread, method == "forkserver"))
    in_flight: dict[Future[list[tuple[int, ArticleAnalysis]]], list[Job]] = {}
    # Workers run in parallel: what building events can do per article is done there too.
    for_events = not options.mentions_only
    lost: list[Job] = []
    queue = iter(batches)
    limit = workers * BATCHES_IN_FLIGHT_PER_WORKER
    clean_exit = False
    completed = 0
    started = False
    try:
        while True:
            with main_module_hidden(), _forking(method if not started else ""):  # workers start on submit
                while len(in_flight) < limit:
                    batch = next(queue, None)
                    if batch is None:
                        break
                    in_flight[executor.submit(_analyse_batch, batch, options, for_events)] = batch
            started = True
            if not in_flight:
                clean_exit = True
                return lost, completed
            done, _ = wait(in_flight, timeout=_WAIT_SECONDS, return_when=FIRST_COMPLETED)
            if should_cancel is not None and should_cancel():
                raise Cancelled
            if not done and not completed:
                # The workers are still starting (about a second of imports): this process
                # reads meanwhile, so the first articles are ready at once.
                batch = next(queue, None)
                if batch is not None:
                    # File by file, each handed on as soon as it is read: the window's first
                    # events wait for the first file, not for a batch.
                    for position, path, article_id, declaration in batch:
                        finished(position, analyse_file(path, article_id, declaration, options))
            for future in done:
                batch = in_flight.pop(future)
                try:
                    for position, analysis in future.result():
                        finished(position, analysis)
                    completed += 1
                except BrokenProcessPool:
                    lost.extend(batch)
            if lost:
                lost.extend(item for batch in in_flight.values() for item in batch)
                lost.extend(item for batch in queue for item in batch)
                in_flight.clear()
                clean_exit = True
                return sorted(lost, key=lambda job: job[0]), completed
    finally:
        # On cancel or failure: drop what is queued and stop the workers now, not after their batch.
        if not clean_exit:
            _stop_workers(executor)
        executor.shutdown(wait=clean_exit, cancel_futures=True)


def _start_method() -> str:
    """"fork" where it is safe (forked_spread.fork_is_safe: the command line, the window's
    analysis worker, whose other threads only wait) and cheaper, else "forkserver" on Linux,
    else "spawn". With a fork server (a process running other threads) workers fork from a
    server process that imported the reading modules once (`start_worker_server`), not
    each on its own.

    Measured in the window on bpoil (1,460 articles): its analysis worker's pool got its
    workers 1.1-1.5 s after the files were listed when they came from the fork server (a
    fresh interpreter importing the reading modules, started at the worker's warm-up), a
    few milliseconds after when forked from the worker itself."""
    if not sys.platform.startswith("linux"):
        return "spawn"
    if fork_is_safe(waiting_threads=WAITING_THREADS):
        # The rules and patterns compile on first use: compiled once here, every worker has
        # them (each compiled about 0.15 s of them on its own, most rules being used over a corpus).
        master_pattern().compile_every_rule()
        load_patterns()
        return "fork"
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


# What the fork server imports once, for every worker forked from it.
_SERVER_PRELOAD = ["timeline.analysis.pool"]


@contextmanager
def _forking(method: str) -> Iterator[None]:
    """Around the first submit, which forks every worker at once (a fork context's pool starts
    them all then). Python 3.12 warns of any fork with threads running; fork_is_safe let
    only waiting ones be."""
    if method != "fork":
        yield
        return
    with warnings.catch_warnings(), set_aside_while_forking():
        warnings.filterwarnings("ignore", message=".*multi-threaded.*fork", category=DeprecationWarning)
        yield


def _context(method: str) -> multiprocessing.context.BaseContext:
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(_SERVER_PRELOAD)
    return context


def start_worker_server() -> None:
    """Where workers fork from a server process (see `_start_method`), start it now: its
    imports then overlap with whatever comes before the first load, not delay its workers."""
    if _start_method() != "forkserver":
        return
    _context("forkserver")
    from multiprocessing import forkserver

    with main_module_hidden():
        forkserver.ensure_running()


def _start_worker(from_main_thread: bool, forked_by_server: bool = False) -> None:
    """A worker dies with the process that started it (however that one ends): no orphans."""
    die_with_parent(started_from_main_thread=from_main_thread, forked_by_server=forked_by_server)
    _ignore_interrupts()


def _ignore_interrupts() -> None:
    """Ctrl-C reaches every process of the terminal's group: the parent stops the workers, and
    they must not each print a traceback first."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    processes = list((getattr(executor, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=1.0)  # reaped here, so none is left a zombie


def _crashed(path: Path, article_id: str) -> ArticleAnalysis:
    article = Article(article_id=article_id, path=str(path), title=path.name, text="", date=None, date_source=None,
                      error="reading this file stopped the reader process (a parser crashed)")
    return ArticleAnalysis(article, ())


__all__ = ["Cancelled", "PlannedRead", "ReadOptions", "analyse_article", "analyse_file", "analyse_files",
           "default_workers", "start_worker_server"]
