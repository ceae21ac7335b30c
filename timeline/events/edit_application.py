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
from timeline.events.key_index import EventKeyIndex
from timeline.extract.timex_values import interval_for_value

KeysOf = Callable[[Event], EventKeys]
Find = Callable[[list[Event], EventKeys], set[int]]  # the positions of the events holding any of the keys


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
        result = _apply(current, edit, table, event_keys, partial(_holding, keys_of=event_keys))
        if result is None:
            unapplied.append(edit)
        else:
            current = result
    return current, unapplied


def apply_edit(events: list[Event], edit: Edit, table: EvidenceTable,
               keys_of: KeysOf = event_keys, index: EventKeyIndex | None = None) -> list[Event] | None:
    """The events after one edit (not an article date: that is applied before extraction), or
    None when it finds nothing to apply to. `table` needs the evidence of the events it touches;
    `keys_of` is event_keys, or a caller's memory of it (it is asked of every event, unless
    `index` says which events hold the edit's keys: see events/key_index.py; it then follows
    the edit to the list it gives)."""
    if index is not None and index.follows(events):
        result = _apply(events, edit, table, keys_of, index.holding)
        index.after(edit, events, result)
        return result
    return _apply(events, edit, table, keys_of, partial(_holding, keys_of=keys_of))


def _apply(events: list[Event], edit: Edit, table: EvidenceTable, keys_of: KeysOf, find: Find) -> list[Event] | None:
    """`find(events, keys)`: the positions of the events holding any of the keys."""
    if isinstance(edit, MergeEvents):
        return _merge(events, edit, table, keys_of, find)
    if isinstance(edit, SplitEvent):
        return _split(events, edit, table, keys_of, find)
    if isinstance(edit, AddEvent):
        interval = interval_for_value(edit.value)
        if interval is None:
            return None
        added = Event(edit.event_id, edit.label, edit.value, interval, (), edited=True)
        return [e for e in events if e.event_id != edit.event_id] + [added]
    if isinstance(edit, InPlaceEdit):
        targets = find(events, edit.keys)
        change = _in_place_change(edit, targets)
        return None if change is None else _changing(events, targets, change)
    return None


# The edits that change the events holding their keys, each in its place, keeping its mentions.
InPlaceEdit = RenameEvent | SetEventDate | HideEvent | AnnotateEvent


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
    """The events with `change` applied to those at the `targets` positions (a copy of the list
    with those replaced: the others are not looked at)."""
    changed = list(events)
    for at in sorted(targets):
        changed[at] = change(changed[at])
    return changed


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


def events_holding(events: list[Event], keys: EventKeys, keys_of: KeysOf = event_keys,
                   index: EventKeyIndex | None = None) -> set[int]:
    """The positions of the events holding any of `keys`: from `index` when it follows `events`,
    else by asking every event (without noting the question, as applying an edit does)."""
    return index.positions(keys) if index is not None and index.follows(events) else _holding(events, keys, keys_of)


def _merge(events: list[Event], edit: MergeEvents, table: EvidenceTable, keys_of: KeysOf,
           find: Find) -> list[Event] | None:
    first, second = find(events, edit.first), find(events, edit.second)
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


def _split(events: list[Event], edit: SplitEvent, table: EvidenceTable, keys_of: KeysOf,
           find: Find) -> list[Event] | None:
    leaving = frozenset(key for key in edit.keys if key in table.index_of)
    touched = find(events, leaving)
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
