"""Jobs for the analysis worker process (which imports them by name): whether shares and reading workers fork there."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable

from timeline.analysis import pool
from timeline.analysis.forked_spread import ForkedSpread
from timeline.analysis.pool import analyse_file, analyse_files
from timeline.ingest import planned_reads
from timeline.jobs.redating import PackedResult


def _pid(_share: int, _shares: int) -> int:
    return os.getpid()


def shares_job(progress: Callable[..., None], _cancelled: Callable[[], bool]) -> PackedResult:
    progress(1, 2)  # as a load does: the progress queue's feeder thread now runs
    pids = ForkedSpread(2)(_pid)
    return PackedResult(pickle.dumps((os.getpid(), pids)))


def pool_job(progress: Callable[..., None], _cancelled: Callable[[], bool], folder: str) -> PackedResult:
    """How the worker starts a pool's reading workers, and whether they read as one process does."""
    progress(1, 2)  # as a load does: the progress queue's feeder thread now runs
    pool.SMALL_CORPUS = 2  # the seeds are few; make them go through the pool
    planned = planned_reads([folder])
    in_pool = analyse_files(planned, workers=2)
    alone = [analyse_file(path, article_id, declaration) for path, article_id, declaration in planned]
    # The workers prepare what building events needs; the worker's own reads (while they start) do not.
    from_workers = sum(analysis.evidence is not None for analysis in in_pool)
    return PackedResult(pickle.dumps((pool._start_method(), in_pool == alone, from_workers, len(planned))))
