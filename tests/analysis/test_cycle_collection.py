"""The cycle collector is held off during a step and comes back after it, however the step ends."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from timeline.analysis import cycle_collection
from timeline.analysis.cycle_collection import (
    cycle_collection_paused,
    pause_cycle_collection,
    set_aside_while_forking,
)


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_paused_inside_nested_steps_and_back_after_the_outer_one() -> None:
    with cycle_collection_paused():
        assert not gc.isenabled()
        with cycle_collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer step is still under way
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_back_on_after_a_step_that_failed() -> None:
    with pytest.raises(RuntimeError), cycle_collection_paused():
        raise RuntimeError("a file could not be read")
    assert gc.isenabled()


def test_left_off_when_it_was_off_before() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with cycle_collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def _collected(marker: object) -> bool:
    return any(candidate is marker for candidate in gc.get_objects())


def test_what_is_alive_at_a_fork_is_left_out_of_collections_then_comes_back(monkeypatch: pytest.MonkeyPatch) -> None:
    # A forked worker's collections then never walk (and so copy) the parent's heap.
    monkeypatch.setattr(cycle_collection, "_set_aside", False)
    marker: list[object] = [[]]
    with set_aside_while_forking():
        assert not _collected(marker)
    assert _collected(marker)


def test_what_was_set_aside_before_a_fork_stays_set_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cycle_collection, "_set_aside", True)  # as after set_aside_from_collection
    marker: list[object] = [[]]
    try:
        with set_aside_while_forking():
            pass
        assert not _collected(marker)
    finally:
        gc.unfreeze()  # this test process's objects back


@pytest.mark.usefixtures("collector_on")
def test_a_pause_ended_elsewhere_ends_once_and_nests_with_steps() -> None:
    # (an article date change's: asked in one turn of the window's loop, ended after a later one's frame)
    resume = pause_cycle_collection()
    assert not gc.isenabled()
    with cycle_collection_paused():
        resume()
        assert not gc.isenabled()  # the step is still under way
    assert gc.isenabled()
    other = pause_cycle_collection()
    resume()  # a second call does nothing
    assert not gc.isenabled()
    other()
    assert gc.isenabled()
