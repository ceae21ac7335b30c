"""Python's cycle collector held off while a corpus is analysed: the same results, less processor time.

Reading, extracting and building events allocate millions of small objects that live on
(mentions, evidence, tokens, term vectors); every few hundred allocations the cycle
collector walks the young ones, and the heap as it grows, though this work makes almost no
reference cycles to reclaim: on the 1,460 bpoil articles, in one process, it cost 6-9 % of
the run's processor time, for under 1 % of its memory. Held off for one step at a time
(a batch of files, the event build), so garbage never piles up across steps: the
collector's counts keep growing meanwhile, and it runs on the next allocation after.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # steps under way in this process (threads may overlap)
_was_enabled = False
_set_aside = False  # set_aside_from_collection was called: what is frozen stays frozen
_forking_a_copy = False  # within copy_forked_without_collection: the child keeps the collector off


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """No cycle collection while the block runs (unless it was off already); nestable, thread-safe."""
    resume = pause_cycle_collection()
    try:
        yield
    finally:
        resume()


def pause_cycle_collection() -> Callable[[], None]:
    """cycle_collection_paused for a pause that ends elsewhere than it began (another thread,
    a later turn of an event loop): no cycle collection until the function returned is
    called (once; calling it again does nothing). The collection a step's objects are due
    then comes after what the step was for (its result sent, its frame painted), not before."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    ended = False

    def resume() -> None:
        global _depth
        nonlocal ended
        with _lock:
            if ended:
                return
            ended = True
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()

    return resume


def _child_starts_afresh() -> None:
    """In a process forked during a step (a pool's worker): that step is the parent's, not its own."""
    global _lock, _depth
    _lock = threading.Lock()
    if _depth and _was_enabled and not _forking_a_copy:
        gc.enable()
    _depth = 0


@contextmanager
def copy_forked_without_collection() -> Iterator[None]:
    """Around os.fork of a copy that works out one share and leaves (analysis.forked_spread):
    the copy starts with the cycle collector off and keeps it off. Turned back on there as in
    a pool's worker (`_child_starts_afresh`), it collected at the copy's first allocation,
    walking every object the parent had made during its step so far (the young generation a
    pause lets grow): 50-160 ms on bpoil per copy before its share began, while the parent
    waited for that share, and every page it touched copied. The parent's collector is left
    as it was."""
    global _forking_a_copy
    parent = os.getpid()
    was_enabled = gc.isenabled()
    gc.disable()  # nor may the copy collect between the fork and the hook above
    _forking_a_copy = True
    try:
        yield
    finally:
        _forking_a_copy = False
        if was_enabled and os.getpid() == parent:
            gc.enable()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_child_starts_afresh)


@contextmanager
def set_aside_while_forking() -> Iterator[None]:
    """Around a fork of worker processes: every object alive is left out of the workers' cycle
    collections (gc.freeze, as Python's documentation advises before forking). A collection
    in a worker walking the parent's objects would touch, and so copy, every page of the
    parent's heap (the analysis worker keeps the last corpus it analysed) into each worker.
    After, the parent collects them again, unless they were set aside before."""
    gc.freeze()
    try:
        yield
    finally:
        if not _set_aside:
            gc.unfreeze()


def set_aside_from_collection() -> None:
    """Every object alive now is left out of later cycle collections (gc.freeze), called once
    a corpus and what edits need of it are built. A full collection walks every object: with
    a corpus of 1,460 articles held (millions of objects) one took 130 ms in the window and
    300 ms in the analysis worker, at a moment no one chooses, often in the middle of an
    edit. The corpus makes no reference cycles (frozen value objects in tuples), so nothing
    set aside waits on the collector to be freed: reference counting frees it when the next
    corpus replaces it."""
    global _set_aside
    _set_aside = True
    gc.freeze()


__all__ = ["copy_forked_without_collection", "cycle_collection_paused", "pause_cycle_collection",
           "set_aside_from_collection", "set_aside_while_forking"]
