"""The cycle collector is held off during a step and comes back after it, however the step ends."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from timeline.analysis.cycle_collection import cycle_collection_paused


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
