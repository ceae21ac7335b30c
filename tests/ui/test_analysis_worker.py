"""The analysis worker process: results, progress and cancelling cross the process boundary."""

from __future__ import annotations

import os

import pytest

from timeline.analysis import Cancelled, seeds_folder
from timeline.domain.corpus import Corpus
from timeline.jobs.analysis_worker import PROGRESS_SECONDS, AnalysisWorker, _ProgressSender, load_job


@pytest.fixture
def worker():
    worker = AnalysisWorker()
    yield worker
    worker.shutdown()


def test_a_job_runs_in_another_process_and_reports_progress(worker, monkeypatch):
    monkeypatch.delenv("TIMELINE_ANALYSIS", raising=False)
    reports: list[tuple[int, int]] = []
    corpus, index, _base = worker.run(load_job, ([seeds_folder()], ()), lambda d, t: reports.append((d, t)),
                                      lambda: False)
    assert len(corpus.articles) == 5
    assert any(e.source_count == 5 for e in corpus.events)
    # No index comes back: the window indexes the corpus it shows as it makes it ready for
    # edits (one made here was thrown away there, after being pickled and unpickled).
    assert index is None
    assert reports and reports[-1] == (5, 5)
    assert worker._executor is not None  # it really went through the worker
    pids = {p.pid for p in worker._executor._processes.values()}
    assert os.getpid() not in pids


def test_cancelling_stops_the_job_in_the_worker(worker, monkeypatch):
    monkeypatch.delenv("TIMELINE_ANALYSIS", raising=False)
    with pytest.raises(Cancelled):
        worker.run(load_job, ([seeds_folder()], ()), lambda d, t: None, lambda: True)


def test_thread_mode_runs_in_this_process(worker, monkeypatch):
    monkeypatch.setenv("TIMELINE_ANALYSIS", "thread")
    corpus, _index, _base = worker.run(load_job, ([seeds_folder()], ()), lambda d, t: None, lambda: False)
    assert len(corpus.articles) == 5
    assert worker._executor is None


def test_what_the_window_gets_back_leaves_out_the_workers_evidence_and_nothing_else(seeds_dir):
    from timeline.analysis import build_analysed
    from timeline.analysis.pool import analyse_file
    from timeline.events.prepare import prepared_analysis
    from timeline.ingest import planned_reads
    from timeline.jobs.analysis_worker import without_prepared
    from timeline.present.level_of_detail import index_of_shown

    plain = [analyse_file(*planned) for planned in planned_reads([seeds_dir])]
    analysed = build_analysed([prepared_analysis(analysis) for analysis in plain], ())
    result = (analysed.corpus, index_of_shown(analysed.corpus.events), analysed.base)
    corpus, index, base = without_prepared(result)
    assert all(analysis.evidence is None for analysis in corpus.analyses)
    assert corpus == analysed.corpus and corpus.events is analysed.corpus.events
    assert index is result[1] and base == result[2]
    # The events' evidence stays in the worker too (its grouping state is built from it).
    assert result[2].evidence and base.evidence is None
    assert result[2].lookups is not None and base.lookups is None  # (and what grouping it found)
    assert without_prepared((corpus, index, base))[0] is corpus  # nothing to leave out: as it was


def _still_starting(worker: AnalysisWorker, ready_after_seconds: float | None):
    """The worker as warm_up() leaves it while its process imports: a start not done yet
    (done after `ready_after_seconds`, or never)."""
    import threading
    from concurrent.futures import Future

    starting: Future[bool] = Future()
    worker._warm_up = starting
    if ready_after_seconds is not None:
        timer = threading.Timer(ready_after_seconds, starting.set_result, (True,))
        timer.start()
        return timer
    return None


def test_a_load_while_the_worker_starts_waits_for_it_instead_of_holding_this_process(worker, monkeypatch):
    # In this process, building the events of a large corpus holds the GIL for seconds and
    # the window cannot repaint: the first load at launch goes to the worker process too.
    monkeypatch.delenv("TIMELINE_ANALYSIS", raising=False)
    timer = _still_starting(worker, 0.3)
    corpus, _index, _base = worker.run(load_job, ([seeds_folder()], ()), lambda d, t: None, lambda: False)
    timer.join()
    assert len(corpus.articles) == 5
    assert worker._executor is not None  # it went through the worker, not this process
    assert os.getpid() not in {p.pid for p in worker._executor._processes.values()}
    assert worker.last_run_in == "the analysis worker process"


def test_cancelling_while_the_worker_starts_stops_the_wait(worker, monkeypatch):
    monkeypatch.delenv("TIMELINE_ANALYSIS", raising=False)
    _still_starting(worker, None)  # it never gets ready: only Cancel ends the wait
    cancel_after = iter([False, False, True])
    with pytest.raises(Cancelled):
        worker.run(load_job, ([seeds_folder()], ()), lambda d, t: None, lambda: next(cancel_after))
    assert worker.last_run_in == ""  # nothing ran


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="copies are forked on Linux only")
def test_in_the_worker_process_a_step_in_shares_runs_in_a_forked_copy_too(worker, monkeypatch):
    # The worker runs two threads that only wait (its watchdog, its progress queue's feeder):
    # building a large load's events there still forks (analysis.forked_spread).
    import pickle

    from tests.ui.forking_job import shares_job

    monkeypatch.delenv("TIMELINE_ANALYSIS", raising=False)
    packed = worker.run(shares_job, (), lambda d, t: None, lambda: False)
    worker_pid, pids = pickle.loads(packed.payload)
    assert worker_pid != os.getpid()
    assert pids[0] == worker_pid
    assert pids[1] not in (worker_pid, os.getpid())


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="workers are forked on Linux only")
def test_in_the_worker_process_the_reading_workers_fork_from_it(worker, monkeypatch, tmp_path):
    # Not from a fork server: a fresh interpreter importing the reading modules gave the
    # window's first load its workers 1.1-1.5 s late on bpoil. The worker's own threads only wait.
    import pickle
    import shutil

    from tests.ui.forking_job import pool_job

    for copy in range(3):
        shutil.copytree(seeds_folder(), tmp_path / f"copy{copy}")
    monkeypatch.delenv("TIMELINE_ANALYSIS", raising=False)
    packed = worker.run(pool_job, (str(tmp_path),), lambda d, t: None, lambda: False)
    method, same, from_workers, files = pickle.loads(packed.payload)
    assert method == "fork"
    assert same
    assert from_workers > files // 2  # read by the forked workers, not by the worker alone


def test_a_second_warm_up_leaves_the_started_worker_as_it_is(worker, monkeypatch):
    # `timeline open` starts the worker before the window's session asks again.
    monkeypatch.delenv("TIMELINE_ANALYSIS", raising=False)
    worker.warm_up()
    first, executor = worker._warm_up, worker._executor
    worker.warm_up()
    assert worker._warm_up is first and worker._executor is executor
    assert first is not None and first.result(timeout=120) is True


def test_progress_goes_out_at_most_every_interval_but_first_last_and_previews_at_once():
    sent: list[tuple[int, int, int, object]] = []
    now = [50.0]

    class Queue:
        def put(self, item):
            sent.append(item)

    progress = _ProgressSender(7, Queue(), lambda: now[0])
    for done in range(1, 30):  # files read within one interval
        progress(done, 1460)
    assert [(task, done) for task, done, _total, _preview in sent] == [(7, 1)]
    corpus = Corpus((), ())
    progress(30, 1460, (corpus, None, None))  # a preview: at once
    now[0] += PROGRESS_SECONDS + 0.01
    progress(31, 1460)
    progress(32, 1460)
    progress(1460, 1460)  # the last file: at once
    assert [(done, preview is not None) for _task, done, _total, preview in sent] == [
        (1, False), (30, True), (31, False), (1460, False)]
