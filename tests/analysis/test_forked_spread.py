"""Shares run in forked copies of the process: their results, in order, or worked out here when a copy fails."""

from __future__ import annotations

import gc
import os
import sys

import pytest

from timeline.analysis import forked_spread
from timeline.analysis.cycle_collection import cycle_collection_paused
from timeline.analysis.forked_spread import ForkedSpread

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")


def _where(share: int, shares: int) -> tuple[int, int, int]:
    return share, shares, os.getpid()


def test_each_share_runs_in_its_own_process_and_comes_back_in_order(monkeypatch):
    monkeypatch.setattr(forked_spread, "fork_is_safe", lambda **_: True)  # pytest may run threads of its own
    results = ForkedSpread(3)(_where)
    assert [(share, shares) for share, shares, _pid in results] == [(0, 3), (1, 3), (2, 3)]
    pids = [pid for _share, _shares, pid in results]
    assert pids[0] == os.getpid()
    assert len(set(pids)) == 3  # shares 1 and 2 were worked out in copies


def test_a_share_that_fails_in_its_copy_is_worked_out_here(monkeypatch):
    monkeypatch.setattr(forked_spread, "fork_is_safe", lambda **_: True)
    parent = os.getpid()

    def fails_in_copies(share: int, shares: int) -> list[int]:
        if os.getpid() != parent:
            raise RuntimeError("only in the copy")
        return [share] * 3

    assert ForkedSpread(2)(fails_in_copies) == [[0, 0, 0], [1, 1, 1]]


def test_a_large_result_comes_through_the_pipe_whole(monkeypatch):
    monkeypatch.setattr(forked_spread, "fork_is_safe", lambda **_: True)
    results = ForkedSpread(2)(lambda share, shares: [(float(i), i, share) for i in range(200_000)])
    assert results[1] == [(float(i), i, 1) for i in range(200_000)]


def test_where_forking_is_unsafe_one_share_runs_here(monkeypatch):
    monkeypatch.setattr(forked_spread, "fork_is_safe", lambda **_: False)
    assert ForkedSpread(4)(_where) == [(0, 1, os.getpid())]


def test_an_error_here_leaves_no_copy_behind(monkeypatch):
    monkeypatch.setattr(forked_spread, "fork_is_safe", lambda **_: True)
    parent = os.getpid()

    def fails_here(share: int, shares: int) -> int:
        if os.getpid() == parent:
            raise KeyError("here")
        return share

    copies: list[int] = []
    fork = os.fork
    monkeypatch.setattr(forked_spread.os, "fork", lambda: _noted(fork(), copies))
    with pytest.raises(KeyError):
        ForkedSpread(3)(fails_here)
    assert len(copies) == 2
    for pid in copies:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped already: no copy left behind, not even a zombie


def _noted(pid: int, copies: list[int]) -> int:
    if pid:  # in the parent; a copy goes on with its share
        copies.append(pid)
    return pid


def test_fork_is_unsafe_with_another_thread_running(monkeypatch):
    monkeypatch.setattr(forked_spread.threading, "active_count", lambda: 2)
    assert not forked_spread.fork_is_safe()


def test_threads_that_only_wait_may_stay_behind_when_named():
    # In a fresh process: this one runs Qt, where forking is never safe.
    import subprocess

    code = """
import threading
from timeline.analysis.forked_spread import fork_is_safe
print(fork_is_safe(), end=" ")
done = threading.Event()
threading.Thread(target=done.wait, name="QueueFeederThread", daemon=True).start()
print(fork_is_safe(waiting_threads=frozenset({"QueueFeederThread"})), fork_is_safe(),
      fork_is_safe(waiting_threads=frozenset({"timeline-parent-watch"})))
"""
    answer = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, timeout=60)
    assert answer.stdout.split() == ["True", "True", "False", "False"]


def _collections_and_collector(share: int, shares: int) -> tuple[int, bool]:
    return sum(generation["collections"] for generation in gc.get_stats()), gc.isenabled()


def test_a_copy_forked_during_a_paused_step_never_collects(monkeypatch):
    # Its first collection would walk, and so copy, all the parent made during the step.
    monkeypatch.setattr(forked_spread, "fork_is_safe", lambda **_: True)
    was = gc.isenabled()
    gc.enable()
    try:
        with cycle_collection_paused():
            made = [[number] for number in range(20_000)]  # a young generation far past its threshold
            before = _collections_and_collector(0, 1)[0]
            (_here_count, collecting_here), (copy_count, collecting_there) = ForkedSpread(2)(_collections_and_collector)
            assert not collecting_here and not collecting_there
            assert copy_count == before
        assert gc.isenabled()  # back on here after the step
        assert made
    finally:
        if not was:
            gc.disable()
