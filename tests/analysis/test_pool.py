"""The process pool reads and extracts exactly what one process does, in load order, and stops when asked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline.analysis import pool
from timeline.analysis.pool import Cancelled, ReadOptions, analyse_file, analyse_files
from timeline.ingest import planned_reads


@pytest.fixture
def many_files(tmp_path: Path, seeds_dir: Path) -> Path:
    """The seeds copied into a few folders: enough files to be worth a pool."""
    for copy in range(3):
        shutil.copytree(seeds_dir, tmp_path / f"copy{copy}")
    return tmp_path


def test_pool_gives_what_one_process_gives_in_load_order(many_files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "SMALL_CORPUS", 2)  # the seeds are few; make them go through the pool
    planned = planned_reads([many_files])
    finished_positions: list[int] = []
    in_pool = analyse_files(planned, workers=2, on_result=lambda position, _a: finished_positions.append(position))
    alone = [analyse_file(path, article_id, declaration) for path, article_id, declaration in planned]
    assert [a.article.article_id for a in in_pool] == [article_id for _p, article_id, _d in planned]
    assert in_pool == alone
    assert sorted(finished_positions) == list(range(len(planned)))


def test_options_reach_every_file(seeds_dir: Path) -> None:
    from datetime import date

    planned = planned_reads([seeds_dir])
    analyses = analyse_files(planned, workers=1, options=ReadOptions(date_override=(date(2020, 1, 2), "command-line")))
    assert {a.article.date for a in analyses} == {date(2020, 1, 2)}
    assert {a.article.date_source for a in analyses} == {"command-line"}


def test_cancel_stops_before_the_rest_is_read(seeds_dir: Path) -> None:
    planned = planned_reads([seeds_dir])
    done: list[int] = []
    with pytest.raises(Cancelled):
        analyse_files(planned, workers=1, on_result=lambda position, _a: done.append(position),
                      should_cancel=lambda: len(done) >= 2)
    assert len(done) == 2


def test_cancel_stops_the_pool(many_files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "SMALL_CORPUS", 2)
    monkeypatch.setattr(pool, "BATCH_FILES", 1)
    planned = planned_reads([many_files])
    done: list[int] = []
    with pytest.raises(Cancelled):
        analyse_files(planned, workers=2, on_result=lambda position, _a: done.append(position),
                      should_cancel=lambda: len(done) >= 1)
    assert len(done) < len(planned)


def _run_python(code: str) -> str:
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                          timeout=120).stdout.strip()


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="workers are forked on Linux only")
def test_workers_are_forked_only_from_a_process_with_one_thread_and_no_qt() -> None:
    ask = "from timeline.analysis.pool import _start_method; print(_start_method())"
    assert _run_python(ask) == "fork"
    with_thread = "import threading, time; threading.Thread(target=time.sleep, args=(2,), daemon=True).start(); "
    # Elsewhere they fork from a server process that imported the reading modules once.
    assert _run_python(with_thread + ask) == "forkserver"
    assert _run_python("import PySide6.QtCore; " + ask) == "forkserver"


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="workers are forked on Linux only")
def test_forked_workers_give_what_one_process_gives(many_files: Path) -> None:
    # In a fresh process (this one has Qt loaded, so its pools spawn), with the cycle
    # collector held off around the pool as the command line does.
    code = f"""
from timeline.analysis import pool
from timeline.analysis.pool import analyse_file, analyse_files, _start_method
from timeline.ingest import planned_reads
import gc
pool.SMALL_CORPUS = 2
planned = planned_reads([{str(many_files)!r}])
in_pool = analyse_files(planned, workers=2)
alone = [analyse_file(p, a, d, for_events=True) for p, a, d in planned]
from_workers = sum(a.evidence is not None for a in in_pool)  # the caller's own reads prepare none
print(_start_method(), in_pool == alone, gc.isenabled(), from_workers > len(planned) // 2)
"""
    assert _run_python(code) == "fork True True True"


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="a fork server on Linux only")
def test_workers_forked_from_the_server_give_what_one_process_gives(many_files: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # As from the window's processes, which run other threads.
    monkeypatch.setattr(pool, "SMALL_CORPUS", 2)
    monkeypatch.setattr(pool.threading, "active_count", lambda: 2)
    assert pool._start_method() == "forkserver"
    pool.start_worker_server()
    planned = planned_reads([many_files])
    in_pool = analyse_files(planned, workers=2)
    assert in_pool == [analyse_file(p, a, d) for p, a, d in planned]
    # Read by the workers (which prepare what building events needs), not by this process
    # after the workers failed to start.
    assert sum(a.evidence is not None for a in in_pool) > len(planned) // 2


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="copies are forked on Linux only")
def test_a_load_on_two_processors_builds_its_events_in_two_processes_as_one_would(many_files: Path) -> None:
    # In a fresh process with one thread, as the command line runs: there the events of a
    # large load are grouped and named in a forked copy too (analysis.forked_spread).
    code = f"""
import timeline.analysis
from timeline.analysis import forked_spread, load_corpus, pool
pool.SMALL_CORPUS = 2
timeline.analysis.busy_elsewhere = lambda since: 0.0  # as on an idle machine, whatever runs beside
forks = []
fork_share = forked_spread._fork_share
forked_spread._fork_share = lambda *args: forks.append(args[1]) or fork_share(*args)
on_two = load_corpus([{str(many_files)!r}], workers=2)
forked = len(forks)
alone = load_corpus([{str(many_files)!r}], workers=1)
print(forked > 0, len(forks) == forked, on_two.events == alone.events, len(on_two.events) > 10)
"""
    assert _run_python(code) == "True True True True"
