"""An index brought up to date after an edit is exactly the index built afresh."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.present.index_update import updated_index
from timeline.present.level_of_detail import build_index
from timeline.present.synthetic_events import synthetic_events


def _edited(events, rng):
    """An analyst's edit: a rename, a re-date, a merge, a hide or a new importance, in place."""
    events = list(events)
    kind = rng.random()
    k = rng.randrange(len(events))
    if kind < 0.25:
        events[k] = replace(events[k], label="Renamed", edited=True)
    elif kind < 0.45:
        day = date(2015, 1, 1) + timedelta(days=rng.randrange(400))
        moved = replace(events[k], interval=TimeInterval.for_dates(day, day, Granularity.DAY), extent=None)
        del events[k]
        events.insert(rng.randrange(len(events) + 1), moved)
    elif kind < 0.65:
        other = rng.randrange(len(events))
        merged = replace(events[k], event_id=f"merged{rng.random()}", importance=rng.choice([0.0, 0.5, 1.0]))
        events = [e for i, e in enumerate(events) if i not in (k, other)]
        events.insert(rng.randrange(len(events) + 1), merged)
    elif kind < 0.8:
        del events[k]
    else:
        # ties on purpose: the same start, importance and sources as a neighbour
        twin = events[max(0, k - 1)]
        events[k] = replace(events[k], interval=twin.interval, extent=twin.extent, importance=twin.importance)
    return events


def test_every_edit_gives_the_index_a_fresh_build_gives():
    rng = random.Random(11)
    events = synthetic_events(500, years=1)
    index = build_index(events)
    updated = 0
    for _ in range(150):
        events = _edited(events, rng)
        fresh = build_index(events)
        kept = updated_index(index, events)
        if kept is not None:
            updated += 1
            assert kept == fresh
        index = kept or fresh
    assert updated == 150  # one edit at a time is always brought up to date, never rebuilt


def test_too_many_changes_or_kept_events_out_of_order_are_built_afresh():
    events = synthetic_events(200, years=1)
    index = build_index(events)
    everything_new = [replace(e, event_id=f"new {e.event_id}") for e in events]
    assert updated_index(index, everything_new) is None
    moved_copies = [replace(e, interval=events[0].interval, extent=None) for e in events]
    assert updated_index(index, moved_copies) is None  # same ids, other places: new events
    assert updated_index(index, list(reversed(events))) is None
    assert updated_index(index, events[:150]) is None  # a quarter dropped: a filter, not an edit


def test_copies_with_new_importances_keep_their_places_and_are_ranked_again():
    """An article's new date can move the top score: every event comes back as a copy with
    another importance (some swapping places, some tied), with a few renamed, gone and new."""
    rng = random.Random(3)
    events = synthetic_events(400, years=1)
    index = build_index(events)
    for round_number in range(20):
        scale = rng.choice([0.5, 0.9, 1.1])
        events = [replace(e, importance=round(min(1.0, e.importance * scale), 2)) for e in events]
        k = rng.randrange(len(events))
        events[k] = replace(events[k], importance=rng.random(), label="Renamed")
        if round_number % 2:  # else only importances and a label moved: every place is the old one
            del events[rng.randrange(len(events))]
            events.insert(rng.randrange(len(events)), replace(events[k], event_id=f"came {round_number}"))
        fresh = build_index(events)
        kept = updated_index(index, events)
        assert kept == fresh
        index = kept


def test_a_copy_whose_sources_moved_it_among_its_peers_is_put_in_its_new_place():
    """An article's new date takes a source from a much-reported event: its copy (the same id,
    drawn over the same span) now sorts after its same-day peers. It is placed anew like a new
    event, and the rest carried over, not the whole index built again."""
    rng = random.Random(5)
    events = synthetic_events(400, years=1)
    index = build_index(events)
    moved_some = 0
    for round_number in range(20):
        # events sharing a start, in the order a sort by fewer sources last gives them
        k = rng.randrange(1, len(events) - 1)
        peer = events[k]
        twin = replace(events[k + 1], interval=peer.interval, extent=peer.extent)
        events = [*events[:k + 1], twin, *events[k + 2:]]
        index = build_index(events)
        fewer = replace(peer, mentions=peer.mentions[:1], importance=round(peer.importance * 0.9, 3))
        now = [e for e in events if e is not peer]
        at = max(i for i, e in enumerate(now) if e.interval.start <= peer.interval.start) + 1
        now.insert(at, fewer)
        if round_number % 2:  # and a new top score: every event a copy with another importance
            now = [replace(e, importance=round(e.importance * 0.8, 3)) for e in now]
        if len(peer.article_ids) > 1:
            moved_some += 1
        kept = updated_index(index, now)
        assert kept is not None, round_number
        assert kept == build_index(now)
        events, index = now, kept
    assert moved_some


def test_a_few_copies_with_new_importances_are_moved_in_the_importance_orders_alone():
    """A date change reranks a few dozen events (the periods it touches) without a new top
    score: those are moved to their new places in the importance and stepping orders, ties
    with their peers included, with and without events gone and come."""
    rng = random.Random(9)
    events = synthetic_events(600, years=1)
    index = build_index(events)
    for round_number in range(30):
        events = list(events)
        for k in rng.sample(range(len(events)), rng.randint(1, 40)):
            tie = events[rng.randrange(len(events))]
            importance = tie.importance if rng.random() < 0.3 else round(rng.random(), 2)
            events[k] = replace(events[k], importance=importance)
        if round_number % 3 == 1:
            del events[rng.randrange(len(events))]
            events.insert(rng.randrange(len(events)), replace(events[0], event_id=f"came {round_number}"))
        kept = updated_index(index, events)
        assert kept == build_index(events), round_number
        index = kept
