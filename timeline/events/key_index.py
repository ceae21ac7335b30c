"""Which events hold each mention key, followed through a run of edits instead of asked of every event per edit.

Every edit names its events by mention keys (domain/edits.py), and finding them looked at
every event's keys: about 2 ms per edit on the 3,600 events of bpoil. After an article's date
changes, the window applies again every edit from the first that touches a changed event on
(analysis/incremental.py), twenty or more in a row: 40-60 ms of looking. This index is made
once for such a run; each edit then costs what its own keys and events cost. A rename, hide,
note or event date replaces its events in their places; a merge or split removes its events
and adds the new ones at the end (events/edit_application.py): the index follows both from
the positions the edit asked for. After an added event it follows nothing more (rare: the
caller makes another). Made for a known run of edits, it files only the keys those edits
name (`wanted`): the run asks for no others, and filing every key of every event was most of
the index's cost (4-5 ms of the date changes on bpoil that apply twenty edits again).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from timeline.domain.edits import AddEvent, Edit, EventKeys, MentionKey, MergeEvents, SplitEvent
from timeline.domain.event import Event


class EventKeyIndex:
    def __init__(self, events: list[Event], keys_of: Callable[[Event], EventKeys],
                 wanted: EventKeys | None = None) -> None:
        """`wanted`: the only keys `positions` will be asked for (None: any)."""
        self._keys_of = keys_of
        self._wanted = wanted
        self._holders: dict[MentionKey, list[Event]] = {}
        holders = self._holders
        for event in events:  # (_file's work inline: this loop is most of the index's cost)
            keys = keys_of(event)
            if wanted is not None:
                if keys.isdisjoint(wanted):
                    continue  # most events: none of the run's keys
                keys = keys & wanted
            for key in keys:
                held = holders.get(key)
                if held is None:
                    holders[key] = [event]
                else:
                    held.append(event)
        self._events: list[Event] | None = events
        self._position: dict[int, int] | None = None  # id of each event -> its place, made when first asked
        self._asked: set[int] = set()  # the places the current edit asked for

    def follows(self, events: list[Event]) -> bool:
        """Whether this is the index of `events` (the list the last edit gave)."""
        return events is self._events

    def positions(self, keys: EventKeys) -> set[int]:
        """The places of the events holding any of `keys`."""
        holders = self._holders
        wanted = [event for key in keys for event in holders.get(key, ())]
        if not wanted:
            return set()
        position = self._position
        if position is None:
            assert self._events is not None
            position = self._position = dict(zip(map(id, self._events), itertools.count(), strict=False))
        return {position[id(event)] for event in wanted}

    def holding(self, events: list[Event], keys: EventKeys) -> set[int]:
        """`positions` for the edit being applied to `events` (which this follows): what it
        asks for is what it changes (see `after`)."""
        found = self.positions(keys)
        self._asked |= found
        return found

    def after(self, edit: Edit, before: list[Event], after: list[Event] | None) -> None:
        """The edit applied to `before` gave `after` (None: it found nothing to apply to)."""
        asked, self._asked = self._asked, set()
        if after is None or after is before:
            return
        if isinstance(edit, AddEvent):
            self._events = self._position = None
            return
        if isinstance(edit, MergeEvents | SplitEvent):
            # The events asked for are gone; what the edit made is at the end.
            for at in asked:
                self._unfile(before[at])
            for event in after[len(before) - len(asked):]:
                self._file(event)
            self._events, self._position = after, None
            return
        # In place: the same mentions, so the same keys, in the same places.
        position = self._position
        for at in asked:
            old, new = before[at], after[at]
            for key in self._filed_keys(old):
                holders = self._holders[key]
                holders[:] = [new if held is old else held for held in holders]
            if position is not None:
                del position[id(old)]
                position[id(new)] = at
        self._events = after

    def _filed_keys(self, event: Event) -> EventKeys:
        keys = self._keys_of(event)
        return keys if self._wanted is None else keys & self._wanted

    def _file(self, event: Event) -> None:
        for key in self._filed_keys(event):
            holders = self._holders.get(key)
            if holders is None:
                self._holders[key] = [event]
            else:
                holders.append(event)

    def _unfile(self, event: Event) -> None:
        for key in self._filed_keys(event):
            holders = self._holders[key]
            holders[:] = [held for held in holders if held is not event]
            if not holders:
                del self._holders[key]


__all__ = ["EventKeyIndex"]
