"""A job for the analysis worker process (which imports it by name): whether shares fork there."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable

from timeline.analysis.forked_spread import ForkedSpread
from timeline.jobs.redating import PackedResult


def _pid(_share: int, _shares: int) -> int:
    return os.getpid()


def shares_job(progress: Callable[..., None], _cancelled: Callable[[], bool]) -> PackedResult:
    progress(1, 2)  # as a load does: the progress queue's feeder thread now runs
    pids = ForkedSpread(2)(_pid)
    return PackedResult(pickle.dumps((os.getpid(), pids)))
