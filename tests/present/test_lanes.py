"""Greedy lanes never overlap labels; what does not fit is gathered and counted."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.present.lanes import OVERFLOW, gather, pack_lanes


def overlaps(a: tuple[float, float], b: tuple[float, float], gap: float) -> bool:
    return a[0] < b[1] + gap and b[0] < a[1] + gap


extents_strategy = st.lists(
    st.tuples(st.floats(0, 2000), st.floats(1, 300)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=80,
)


@given(extents=extents_strategy, lanes=st.integers(1, 8))
def test_no_two_items_in_a_lane_come_closer_than_the_gap(extents, lanes):
    gap = 6.0
    assigned = pack_lanes(extents, lanes, gap)
    assert len(assigned) == len(extents)
    for lane in range(lanes):
        members = [e for e, a in zip(extents, assigned, strict=True) if a == lane]
        for k, first in enumerate(members):
            for second in members[k + 1:]:
                assert not overlaps(first, second, gap - 1e-9)


@given(extents=extents_strategy)
def test_with_enough_lanes_nothing_overflows(extents):
    assigned = pack_lanes(sorted(extents), len(extents) + 1, 4.0)
    assert OVERFLOW not in assigned


def test_sorted_items_take_the_topmost_free_lane():
    extents = [(0, 100), (50, 150), (120, 200), (165, 260)]
    assert pack_lanes(extents, 4, 10) == [0, 1, 0, 1]


def test_items_beyond_the_lanes_overflow():
    extents = [(0, 100), (10, 110), (20, 120)]
    assert pack_lanes(extents, 2, 5) == [0, 1, OVERFLOW]


def test_priority_order_lets_later_long_items_use_gaps():
    # Two short items first, then a long one that only fits the second lane.
    extents = [(0, 50), (200, 250), (60, 190), (0, 400)]
    assert pack_lanes(extents, 2, 5) == [0, 0, 0, 1]


def test_clipping_ignores_what_lies_outside_the_window():
    extents = [(-1e9, 10), (30, 60)]
    assert pack_lanes(extents, 1, 5, clip=(0, 100)) == [0, 0]


def test_gather_groups_neighbours_within_the_width():
    groups = gather([0, 5, 12, 100, 104, 300], 20)
    assert [g.members for g in groups] == [(0, 1, 2), (3, 4), (5,)]
    assert groups[0].left == 0 and groups[0].right == 12


@given(first=extents_strategy, rest=extents_strategy, lanes=st.integers(1, 8))
def test_a_sorted_prefix_then_any_order_still_never_overlaps(first, rest, lanes):
    gap = 6.0
    extents = sorted(first) + rest
    assigned = pack_lanes(extents, lanes, gap, sorted_count=len(first))
    for lane in range(lanes):
        members = [e for e, a in zip(extents, assigned, strict=True) if a == lane]
        for k, one in enumerate(members):
            for other in members[k + 1:]:
                assert not overlaps(one, other, gap - 1e-9)


def test_items_after_the_sorted_prefix_fill_gaps_left_of_it():
    extents = [(0, 100), (50, 150), (110, 200), (160, 260), (0, 20), (0, 45)]
    # (0, 20) fits before (50, 150) in lane 1; (0, 45) would come within the gap of it.
    assert pack_lanes(extents, 2, 10, sorted_count=4) == [0, 1, 0, 1, 1, OVERFLOW]


@given(extents=extents_strategy, lanes=st.integers(1, 8), wishes=st.lists(st.integers(-1, 9), max_size=80))
def test_preferred_lanes_never_overlap_and_are_kept_when_free(extents, lanes, wishes):
    gap = 6.0
    preferred = [wishes[k] if k < len(wishes) else OVERFLOW for k in range(len(extents))]
    assigned = pack_lanes(extents, lanes, gap, preferred=preferred)
    for lane in range(lanes):
        members = [e for e, a in zip(extents, assigned, strict=True) if a == lane]
        for k, first in enumerate(members):
            for second in members[k + 1:]:
                assert not overlaps(first, second, gap - 1e-9)
    # An item whose wished lane holds nothing it overlaps got that lane.
    for k, wish in enumerate(preferred):
        if 0 <= wish < lanes and not any(assigned[j] == wish and overlaps(extents[j], extents[k], gap + 2 * 2.0)
                                         for j in range(len(extents)) if j != k):
            assert assigned[k] == wish


def test_items_keep_their_lanes_and_newcomers_fill_around_them():
    extents = [(0, 100), (50, 150), (400, 500)]
    assert pack_lanes(extents, 3, 4.0) == [0, 1, 0]
    # As last drawn: the second item was on top; the newcomer (no wish) takes what is left.
    assert pack_lanes(extents, 3, 4.0, preferred=[1, 0, OVERFLOW]) == [1, 0, 0]
    assert pack_lanes(extents, 3, 4.0, preferred=[OVERFLOW, 0, 2]) == [1, 0, 2]
