"""Applies the analyst's edits on top of automatic grouping, naming events by their mentions' keys.

Edits apply in the order made. Each names events by mention keys (article, start, end),
so after re-extraction it still finds every event holding any of those mentions. An edit
that finds nothing (its mentions are gone, or its date is not a TIMEX3 value) is
returned as unapplied for the caller to show, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from timeline.domain.edits import (
    AddEvent,
    AnnotateEvent,
    Edit,
    EventKeys,
    HideEvent,
    MentionKey,
    MergeEvents,
    RenameEvent,
    SetArticleDate,
    SetEventDate,
    SplitEvent,
)
from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.events.event_assembly import EvidenceTable, event_from_members
from timeline.events.event_ids import added_event_key
from timeline.extract.timex_values import interval_for_value

KeysOf = Callable[[Event], EventKeys]


def event_keys(event: Event) -> EventKeys:
    """The keys an edit uses to name this event: its mentions', or an added event's own key."""
    if not event.mentions:
        return frozenset({added_event_key(event.event_id)})
    return frozenset((m.article_id, m.mention.start, m.mention.end) for m in event.mentions)


def apply_edits(
    events: Sequence[Event], edits: Sequence[Edit], table: EvidenceTable
) -> tuple[list[Event], list[Edit]]:
    """The events after every edit, and the edits that found nothing to apply to."""
    current = list(events)
    unapplied: list[Edit] = []
    for edit in edits:
        if isinstance(edit, SetArticleDate):
            continue  # applied before extraction, by the analysis
        result = _apply(current, edit, table)
        if result is None:
            unapplied.append(edit)
        else:
            current = result
    return current, unapplied


def apply_edit(events: list[Event], edit: Edit, table: EvidenceTable,
               keys_of: KeysOf = event_keys, positions: KeyPositions | None = None) -> list[Event] | None:
    """The events after one edit (not an article date: that is applied before extraction), or
    None when it finds nothing to apply to. `table` needs the evidence of the events it touches;
    `keys_of` is event_keys, or a caller's memory of it (it is asked of every event);
    `positions`: where each key's events are in `events`, when the caller made that (see
    KeyPositions): an edit that changes events in place then looks at those only, and the
    positions hold for the list it gives (`positions.events` is that list)."""
    if positions is not None and positions.events is events and isinstance(edit, _IN_PLACE):
        targets = positions.holding(edit.keys)
        change = _in_place_change(edit, targets)
        if change is None:
            return None
        changed = list(events)
        for at in targets:
            changed[at] = change(changed[at])
        positions.events = changed  # the same events in the same places, their keys unchanged
        return changed
    return _apply(events, edit, table, keys_of)


class KeyPositions:
    """Where the events holding each key are in a list of events, kept over a run of edits.

    Applying edits again (after an article date changed, each edit from the first that
    touches a changed event on) looked at every event's keys for every edit: about 2 ms per
    edit on the 3,600 events of bpoil, 40-60 ms for the twenty edits of a session. A rename,
    hide, note or event date changes events in place and keeps their mentions, so these
    positions hold for the list it gives: such an edit costs what its own keys cost. An edit
    that adds or removes events (merge, split, added event) leaves them stale (`events` is
    another list), and the caller makes them again when it wants them."""

    def __init__(self, events: list[Event], keys_of: KeysOf) -> None:
        self.events = events
        self._at: dict[MentionKey, list[int]] = {}
        for at, event in enumerate(events):
            for key in keys_of(event):
                self._at.setdefault(key, []).append(at)

    def holding(self, keys: EventKeys) -> set[int]:
        found: set[int] = set()
        for key in keys:
            found.update(self._at.get(key, ()))
        return found


def _apply(events: list[Event], edit: Edit, table: EvidenceTable, keys_of: KeysOf = event_keys) -> list[Event] | None:
    if isinstance(edit, MergeEvents):
        return _merge(events, edit, table, keys_of)
    if isinstance(edit, SplitEvent):
        return _split(events, edit, table, keys_of)
    if isinstance(edit, AddEvent):
        interval = interval_for_value(edit.value)
        if interval is None:
            return None
        added = Event(edit.event_id, edit.label, edit.value, interval, (), edited=True)
        return [e for e in events if e.event_id != edit.event_id] + [added]
    if isinstance(edit, _IN_PLACE):
        targets = _holding(events, edit.keys, keys_of)
        change = _in_place_change(edit, targets)
        return None if change is None else _changing(events, targets, change)
    return None


# The edits that change the events holding their keys, each in its place, keeping its mentions.
InPlaceEdit = RenameEvent | SetEventDate | HideEvent | AnnotateEvent
_IN_PLACE = (RenameEvent, SetEventDate, HideEvent, AnnotateEvent)


def _in_place_change(edit: InPlaceEdit, targets: set[int]) -> Callable[[Event], Event] | None:
    """What the edit does to each of its events; None when it applies to nothing."""
    if not targets:
        return None
    if isinstance(edit, SetEventDate):
        interval = interval_for_value(edit.value)
        if interval is None:
            return None
        return partial(_dated, value=edit.value, interval=interval)
    if isinstance(edit, RenameEvent):
        return lambda e: replace(e, edited=True, label=edit.label)
    if isinstance(edit, HideEvent):
        return lambda e: replace(e, edited=True, hidden=edit.hidden)
    return lambda e: replace(e, edited=True, note=edit.note, tags=edit.tags)


def _changing(events: Sequence[Event], targets: set[int], change: Callable[[Event], Event]) -> list[Event]:
    """The events with `change` applied to those at the `targets` positions."""
    return [change(e) if i in targets else e for i, e in enumerate(events)]


def _dated(event: Event, *, value: str, interval: TimeInterval) -> Event:
    """The event at the analyst's date, which settles any disagreement of its sources."""
    return replace(event, edited=True, value=value, interval=interval, conflict=False,
                   date_set_by_analyst=True, extent=_moved_extent(event, interval))


def _moved_extent(event: Event, interval: TimeInterval) -> TimeInterval | None:
    """A range keeps its length from the new start; a date coarser than a day has no range from a start."""
    if event.extent is None or interval.granularity is not Granularity.DAY:
        return None
    return TimeInterval(interval.start, interval.start + event.extent.duration, event.extent.granularity)


def _holding(events: list[Event], keys: EventKeys, keys_of: KeysOf) -> set[int]:
    return {i for i, event in enumerate(events) if not keys.isdisjoint(keys_of(event))}


def _merge(events: list[Event], edit: MergeEvents, table: EvidenceTable, keys_of: KeysOf) -> list[Event] | None:
    first, second = _holding(events, edit.first, keys_of), _holding(events, edit.second, keys_of)
    if not first or not second:
        return None
    chosen = sorted(first | second)
    if len(chosen) == 1:
        return events  # re-extraction already grouped them together
    parts = [events[i] for i in chosen]
    members = table.indices(k for part in parts for k in keys_of(part))
    if not members:
        return None  # only analyst-added events: nothing to group
    merged = event_from_members(table, members)
    # What the analyst already said about the parts carries over; the first part's wins.
    renamed = next((p for p in parts if p.edited and p.label), None)
    merged = replace(
        merged,
        label=renamed.label if renamed is not None else merged.label,
        hidden=all(p.hidden for p in parts),
        note="\n".join(p.note for p in parts if p.note),
        tags=tuple(dict.fromkeys(t for p in parts for t in p.tags)),
        edited=True,
    )
    return [e for i, e in enumerate(events) if i not in first | second] + [merged]


def _split(events: list[Event], edit: SplitEvent, table: EvidenceTable, keys_of: KeysOf) -> list[Event] | None:
    leaving = {key for key in edit.keys if key in table.index_of}
    touched = {i for i, event in enumerate(events) if not leaving.isdisjoint(keys_of(event))}
    if not touched:
        return None
    result = [e for i, e in enumerate(events) if i not in touched]
    for i in sorted(touched):
        staying = table.indices(k for k in keys_of(events[i]) if k not in leaving)
        if staying:
            rest = event_from_members(table, staying)
            result.append(replace(rest, label=events[i].label if events[i].edited else rest.label,
                                  hidden=events[i].hidden, note=events[i].note, tags=events[i].tags,
                                  edited=True))
    result.append(replace(event_from_members(table, table.indices(leaving)), edited=True))
    return result
