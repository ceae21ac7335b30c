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


def _column_mask(left: float, right: float, origin: float, half_gap: float) -> int:
    """The occupancy bits an extent (widened by half the gap each side) covers."""
    first = int((left - half_gap - origin) // RESOLUTION)
    last = int(-((origin - right - half_gap) // RESOLUTION))  # ceiling
    return ((1 << max(last - first, 1)) - 1) << max(first, 0)


def pack_lanes(
    extents: Sequence[tuple[float, float]],
    lane_count: int,
    gap: float,
    *,
    clip: tuple[float, float] | None = None,
    sorted_count: int = 0,
    preferred: Sequence[int] | None = None,
) -> list[int]:
    """The lane of each (left, right) extent, or OVERFLOW, taking extents in the order given.

    The order is the priority: an item goes into the topmost lane where it keeps at least
    `gap` clear of every item already there. Extents are clipped to `clip` (the window:
    what lies beyond is never seen).

    The first `sorted_count` extents must be sorted by left: they are packed the classic
    greedy way, comparing each lane's right end (a crowded view rejects an item by one
    comparison with the earliest end). The rest may come in any order and may fill gaps
    left earlier: each lane's occupancy is then a bitset of 2-pixel columns (a Python
    int), so testing a lane is one AND, and the AND of all lanes marks columns where
    nothing more can fit.

    `preferred` (by extent; OVERFLOW for none) are the lanes items had in the layout shown
    before: see `_pack_preferring`.
    """
    if not extents:
        return []
    if clip is not None:
        extents = [(max(left, clip[0]), min(right, clip[1])) for left, right in extents]
    if preferred is not None and any(0 <= lane < lane_count for lane in preferred):
        return _pack_preferring(extents, lane_count, gap, preferred)
    lanes: list[int] = []
    placed: list[list[tuple[float, float]]] = []
    ends: list[float] = []
    earliest_end = float("-inf")
    for left, right in extents[:sorted_count]:
        chosen = OVERFLOW
        if len(ends) < lane_count or earliest_end + gap <= left:
            for lane, end in enumerate(ends):
                if end + gap <= left:
                    chosen = lane
                    break
            else:
                if len(ends) < lane_count:
                    chosen = len(ends)
                    ends.append(right)
                    placed.append([])
            if chosen != OVERFLOW:
                ends[chosen] = right
                placed[chosen].append((left, right))
                if len(ends) == lane_count:
                    earliest_end = min(ends)
        lanes.append(chosen)
    rest = extents[sorted_count:]
    if not rest:
        return lanes

    origin = min(left for left, _ in extents) - gap
    half_gap = gap / 2

    def columns(left: float, right: float) -> int:
        return _column_mask(left, right, origin, half_gap)

    occupied: list[int] = []
    for items in placed:
        bits = 0
        for left, right in items:
            bits |= columns(left, right)
        occupied.append(bits)
    full = 0  # columns occupied in every lane, once all lanes exist

    def refresh_full() -> int:
        if len(occupied) < lane_count:
            return 0
        common = occupied[0]
        for bits in occupied[1:]:
            common &= bits
        return common

    full = refresh_full()
    for left, right in rest:
        mask = columns(left, right)
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
            if chosen != OVERFLOW:
                full = refresh_full()
        lanes.append(chosen)
    return lanes


def _pack_preferring(
    extents: Sequence[tuple[float, float]], lane_count: int, gap: float, preferred: Sequence[int],
) -> list[int]:
    """Items first keep the lanes they had (left to right, while there is room), then the
    others take the topmost free lane in priority order.

    Zooming in only widens the room between items, so every item seen before keeps its
    lane and newcomers fill around them; zooming out moves an item only when its lane
    has no more room. Lanes thus never reshuffle as the analyst zooms.
    """
    origin = min(left for left, _ in extents) - gap
    half_gap = gap / 2

    def columns(left: float, right: float) -> int:
        return _column_mask(left, right, origin, half_gap)

    masks = [columns(left, right) for left, right in extents]
    occupied = [0] * lane_count
    lanes = [OVERFLOW] * len(extents)
    keeping = sorted((k for k, lane in enumerate(preferred) if 0 <= lane < lane_count),
                     key=lambda k: extents[k][0])
    for k in keeping:
        lane = preferred[k]
        if not occupied[lane] & masks[k]:
            occupied[lane] |= masks[k]
            lanes[k] = lane
    def columns_full() -> int:  # columns taken in every lane: nothing more fits there
        common = occupied[0]
        for bits in occupied[1:]:
            common &= bits
        return common

    full = columns_full()
    for k, mask in enumerate(masks):
        if lanes[k] != OVERFLOW or full & mask:
            continue  # placed already, or rejected by one AND (a crowded view has many)
        for lane, bits in enumerate(occupied):
            if not bits & mask:
                occupied[lane] = bits | mask
                lanes[k] = lane
                full = columns_full()
                break
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
