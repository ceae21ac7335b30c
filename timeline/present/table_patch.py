"""How to turn one list of event rows into another by removing and inserting a few (no Qt).

The event table applies an edit's new list this way instead of resetting its model: the
rows an edit leaves alone stay, with their selection and scroll position, and the view
measures only the rows that came in.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, fields
from operator import attrgetter

from timeline.domain.event import Event

# Everything an event is given but its importance: what a row shows and is filtered by.
_ALL_BUT_IMPORTANCE = attrgetter(*(field.name for field in fields(Event)
                                   if field.init and field.name != "importance"))


def only_importance_differs(before: Event, now: Event) -> bool:
    """Whether `now` is `before` with another importance (a new top score re-ranks every
    event): only the importance cell shows anything new, and no filter decides otherwise."""
    return _ALL_BUT_IMPORTANCE(before) == _ALL_BUT_IMPORTANCE(now)


@dataclass(frozen=True, slots=True)
class TablePatch:
    """How to turn one list of rows into another by removing and inserting a few."""

    removed: list[int]  # rows of the old list, removed first (from the bottom up)
    inserted: list[int]  # rows of the new list, inserted next (from the top down)
    gone_ids: set[str]  # events no longer listed


def table_patch(old: Sequence[Event], new: Sequence[Event]) -> TablePatch | None:
    """The rows to remove from `old` and to insert from `new` (by event id) so that what is
    left lines up with `new` row for row; None when a reset is the better way (no rows
    before or after, ids not unique, or most rows would move)."""
    if not old or not new:
        return None
    new_ids = [event.event_id for event in new]
    new_set = set(new_ids)
    old_ids = [event.event_id for event in old]
    if len(new_set) != len(new_ids) or len(set(old_ids)) != len(old_ids):
        return None
    kept = [event_id for event_id in old_ids if event_id in new_set]
    kept_set = set(kept)
    in_new_order = [event_id for event_id in new_ids if event_id in kept_set]
    if kept != in_new_order:
        # Some kept events moved (a new date): the most that can stay in place stay (the
        # longest run in the same order in both), the others go out and come back in.
        new_row = {event_id: row for row, event_id in enumerate(new_ids)}
        kept_set = {kept[k] for k in _longest_increasing([new_row[event_id] for event_id in kept])}
    removed = [row for row, event_id in enumerate(old_ids) if event_id not in kept_set]
    inserted = [row for row, event_id in enumerate(new_ids) if event_id not in kept_set]
    if len(removed) + len(inserted) > max(len(old), len(new)) // 2:
        return None
    return TablePatch(removed, inserted, set(old_ids) - new_set)


def _longest_increasing(values: Sequence[int]) -> list[int]:
    """The positions of a longest strictly increasing subsequence of `values` (patience sort)."""
    tails: list[int] = []  # tails[k]: the smallest last value of an increasing run of length k + 1
    tail_at: list[int] = []  # ... and its position
    before = [-1] * len(values)
    for position, value in enumerate(values):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(position)
        else:
            tails[k] = value
            tail_at[k] = position
        before[position] = tail_at[k - 1] if k else -1
    chosen = []
    position = tail_at[-1] if tail_at else -1
    while position >= 0:
        chosen.append(position)
        position = before[position]
    return chosen[::-1]


def runs_of(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted rows as runs of consecutive ones, (first, last) each."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
