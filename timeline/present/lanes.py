"""Stack items in lanes so none overlaps, and gather what does not fit into counted clusters.

Greedy interval packing: items in priority order go into the first (topmost) lane that
is free where they lie. With a fixed number of lanes, an item that finds none
overflows; neighbouring overflows are gathered into one cluster that says how many.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

OVERFLOW = -1


RESOLUTION = 2.0  # pixels per occupancy bit


def pack_lanes(
    extents: Sequence[tuple[float, float]],
    lane_count: int,
    gap: float,
    *,
    clip: tuple[float, float] | None = None,
) -> list[int]:
    """The lane of each (left, right) extent, or OVERFLOW, taking extents in the order given.

    The order is the priority: an item goes into the topmost lane where it keeps at least
    `gap` clear of every item already there. Given sorted by left, this is the classic
    greedy interval packing; given precise events first, long vague spans take what is
    left. Extents are clipped to `clip` (the window: what lies beyond is never seen).

    Each lane's occupancy is a bitset of 2-pixel columns (a Python int), so testing a lane
    is one AND; the AND of all lanes marks columns where nothing more can fit, which
    rejects most overflowing items without looking at any lane.
    """
    if not extents:
        return []
    low = min(left for left, _ in extents)
    high = max(right for _, right in extents)
    if clip is not None:
        low, high = max(low, clip[0]), min(high, clip[1])
    origin = low - gap
    half_gap = gap / 2
    occupied: list[int] = []
    full = 0  # columns occupied in every lane, once all lanes exist
    lanes: list[int] = []
    for left, right in extents:
        if clip is not None:
            left, right = max(left, clip[0]), min(right, clip[1])
        first = int((left - half_gap - origin) // RESOLUTION)
        last = int(-((origin - right - half_gap) // RESOLUTION))  # ceiling
        mask = ((1 << max(last - first, 1)) - 1) << max(first, 0)
        chosen = OVERFLOW
        if not full & mask:
            for lane, bits in enumerate(occupied):
                if not bits & mask:
                    occupied[lane] = bits | mask
                    chosen = lane
                    break
            else:
                if len(occupied) < lane_count:
                    occupied.append(mask)
                    chosen = len(occupied) - 1
            if chosen != OVERFLOW and len(occupied) == lane_count:
                full = occupied[0]
                for bits in occupied[1:]:
                    full &= bits
        lanes.append(chosen)
    return lanes


@dataclass(frozen=True, slots=True)
class Gathered:
    """A run of items close enough to share one cluster marker."""

    left: float
    right: float
    members: tuple[int, ...]  # positions in the sequence given to `gather`


def gather(positions: Sequence[float], width: float) -> list[Gathered]:
    """Group sorted x positions: an item joins the open group while within `width` of its start."""
    groups: list[Gathered] = []
    start = 0.0
    members: list[int] = []
    last = 0.0
    for k, x in enumerate(positions):
        if members and x - start > width:
            groups.append(Gathered(start, last, tuple(members)))
            members = []
        if not members:
            start = x
        members.append(k)
        last = x
    if members:
        groups.append(Gathered(start, last, tuple(members)))
    return groups


def lane_room(height: float, lane_height: float) -> int:
    """How many whole lanes fit in this height (at least one, so nothing vanishes silently)."""
    return max(1, int(height // lane_height))
