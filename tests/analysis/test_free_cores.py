"""The pool is sized by the processors other programs leave free: this process's own work
and its parent's (the window's) are the load's, not competition."""

from __future__ import annotations

import pytest

from timeline.analysis import free_cores
from timeline.analysis.free_cores import busy_elsewhere, cpu_times, workers_for


def _machine(monkeypatch, tmp_path, user: int, idle: int, ours: int) -> None:
    stat = tmp_path / "stat"
    # user nice system idle iowait irq softirq steal guest guest_nice
    stat.write_text(f"cpu  {user} 0 0 {idle} 0 0 0 0 0 0\ncpu0 0 0 0 0 0 0 0 0 0 0\n", encoding="ascii")
    monkeypatch.setattr(free_cores, "_STAT", str(stat))
    monkeypatch.setattr(free_cores, "_process_ticks", lambda pid: ours if pid == "self" else 0)


def test_only_what_others_kept_busy_counts(monkeypatch, tmp_path):
    _machine(monkeypatch, tmp_path, user=1000, idle=1000, ours=100)
    since = cpu_times()
    # 400 ticks pass on 2 processors: 300 busy, of which 100 this process's own.
    _machine(monkeypatch, tmp_path, user=1300, idle=1100, ours=200)

    assert busy_elsewhere(since, machine=2) == pytest.approx(1.0)


def test_too_short_an_interval_tells_nothing(monkeypatch, tmp_path):
    _machine(monkeypatch, tmp_path, user=1000, idle=1000, ours=0)
    since = cpu_times()
    _machine(monkeypatch, tmp_path, user=1005, idle=1005, ours=0)

    assert busy_elsewhere(since, machine=2) is None


def test_without_proc_nothing_is_known(monkeypatch, tmp_path):
    monkeypatch.setattr(free_cores, "_STAT", str(tmp_path / "missing"))

    assert cpu_times() is None
    assert busy_elsewhere(None, machine=2) is None


@pytest.mark.parametrize(("others", "workers"), [
    (None, 2),  # unknown: every processor allowed
    (0.0, 2),  # a quiet machine
    (0.4, 2),
    (1.0, 2),  # one processor left, the other worker shares the busy one
    (1.3, 1),  # less than one left: the load runs in this process, no pool
    (1.9, 1),
    (2.7, 1),  # never none
])
def test_workers_are_the_free_processors(others, workers):
    assert workers_for(2, others, machine=2) == workers


def test_never_more_workers_than_this_process_may_use():
    assert workers_for(2, 0.0, machine=8) == 2
