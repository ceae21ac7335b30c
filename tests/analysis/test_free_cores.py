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
    monkeypatch.setattr(free_cores, "_descendant_ticks", lambda: 0)


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


def test_a_step_after_the_pool_forks_only_onto_a_processor_mostly_free():
    assert free_cores.copies_for(2, 0.0, machine=2) == 2
    assert free_cores.copies_for(2, 0.4, machine=2) == 2  # the second processor mostly free
    assert free_cores.copies_for(2, 1.0, machine=2) == 1  # half a processor each: copying pages costs more
    assert free_cores.copies_for(2, 2.5, machine=2) == 1
    assert free_cores.copies_for(4, 0.0, machine=8) == 4
    assert free_cores.copies_for(3, None) == 3  # unknown: what the pool had


@pytest.mark.parametrize(("ticks", "before", "after", "machine_after"), [
    # a finished pool's forked workers: their time is the load's, not other programs'
    ("_children_ticks", 50, 300, (1300, 1100, 150)),
    # the window's analysis worker reads through workers its fork server forked: while they
    # read, both processors busy with them are the load's, not other programs'
    ("_descendant_ticks", 10, 400, (1400, 1000, 110)),
])
def test_this_process_descendants_are_its_own_work(monkeypatch, tmp_path, ticks, before, after, machine_after):
    _machine(monkeypatch, tmp_path, user=1000, idle=1000, ours=100)
    monkeypatch.setattr(free_cores, ticks, lambda: before)
    since = cpu_times()
    user, idle, ours = machine_after
    _machine(monkeypatch, tmp_path, user=user, idle=idle, ours=ours)
    monkeypatch.setattr(free_cores, ticks, lambda: after)

    assert busy_elsewhere(since, machine=2) == pytest.approx(0.0)


def test_children_ticks_grow_with_a_child_waited_for():
    import subprocess
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("/proc only on Linux")
    before = free_cores._children_ticks()
    busy = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass"
    subprocess.run([sys.executable, "-c", busy], check=True, timeout=60)  # run, then waited for
    assert free_cores._children_ticks() >= before + 20  # 0.3 s of processor, in 1/100 s ticks


def test_descendant_ticks_count_a_running_grandchild():
    import os
    import signal
    import subprocess
    import sys
    import time

    if not sys.platform.startswith("linux"):
        pytest.skip("/proc only on Linux")
    # A child that starts a grandchild (as a fork server starts a pool's worker); the
    # grandchild works 0.3 s of processor, then both wait to be stopped, not waited for.
    grandchild = ("import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\n"
                  "print('done', flush=True)\ntime.sleep(60)")
    child = (f"import subprocess, sys, time\nsubprocess.Popen([sys.executable, '-c', {grandchild!r}])\n"
             "time.sleep(60)")
    before = free_cores._descendant_ticks()
    # (in a process group of its own, so that stopping the group stops both)
    process = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "done"
        time.sleep(0.05)  # the last ticks reach /proc
        assert free_cores._descendant_ticks() >= before + 20  # 0.3 s of processor, in 1/100 s ticks
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
