"""The capped index kept up to date answers as one built again does, and says whose lookups changed.

A small cap fills postings (a full one that loses an item is refilled); intervals from a day to
three years put items in several buckets, and lookers read several (the years of a long span).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.events.capped_index import CappedIndex
from timeline.events.grouping import _Group
from timeline.events.grouping_lookups import SimilarLookup, similar_item
from timeline.events.term_vectors import norm

CAP = 4
WORDS = [f"w{n}" for n in range(12)]
START = date(2010, 6, 1)


def _interval(rng: random.Random) -> TimeInterval:
    day = START + timedelta(days=rng.randrange(10))
    kind = rng.randrange(5)
    if kind == 0:
        return TimeInterval.for_dates(day - timedelta(days=day.weekday()), day - timedelta(days=day.weekday() - 6),
                                      Granularity.WEEK)
    if kind == 1:
        return TimeInterval.for_dates(date(2010, 6, 1), date(2010, 6, 30), Granularity.MONTH)
    if kind == 2:  # looks up under each of its years
        return TimeInterval.for_dates(date(2009, 1, 1), date(2011, 12, 31), Granularity.YEAR)
    return TimeInterval.for_day(day)


def _group(k: int, rng: random.Random) -> _Group:
    # A few common words (their postings fill) and rarer ones; some vectors longer than a lookup reads.
    chosen = {*rng.sample(WORDS[:3], 2), *rng.sample(WORDS, rng.randint(1, 8))}
    centroid = {word: rng.uniform(0.1, 3.0) for word in sorted(chosen)}
    return _Group([k], _interval(rng), centroid, {(f"a{k}", 0)}, {f"a{k}"}, set(), set())


def _views(index: CappedIndex) -> dict[int, set[int]]:
    """What each item's lookup sees, over all its places and terms."""
    return {k: {other for place in item.looks for term in item.terms for other in index.seen_by(k, place, term)}
            for k, item in index.items.items()}


def _postings(index: CappedIndex) -> dict[object, dict[str, list[int]]]:
    return {place: {term: posting for term, posting in by_term.items() if posting}
            for place, by_term in index.postings.items() if any(by_term.values())}


def _lookup(index: CappedIndex, groups: dict[int, _Group]) -> SimilarLookup:
    return SimilarLookup(index, groups, {k: norm(group.centroid) for k, group in groups.items()})


@pytest.mark.parametrize("seed", range(6))
def test_changes_keep_the_index_and_its_lookups_as_built_again(seed):
    rng = random.Random(seed)
    groups = {k: _group(k, rng) for k in range(60)}
    index = CappedIndex.of(CAP, {k: similar_item(group) for k, group in groups.items()})
    next_id = len(groups)
    refilled = patched = 0
    for _ in range(25):
        before_views = _views(index)
        before_pairs = {k: _lookup(index, groups).pairs(k) for k in index.items}
        gone = rng.sample(sorted(index.items), rng.randint(1, 4))
        came: dict[int, _Group] = {}
        for k in gone[: rng.randint(0, len(gone))]:  # some come back with another date or words
            came[k] = _group(k, rng)
        for _ in range(rng.randint(0, 3)):
            came[next_id] = _group(next_id, rng)
            next_id += 1
        # Full postings an item leaves: full again after, they were refilled (or one came).
        left_full = {(place, term) for place, by_term in index.postings.items()
                     for term, posting in by_term.items() if len(posting) == CAP and set(gone) & set(posting)}
        for k in gone:
            del groups[k]
        groups.update(came)
        affected = index.update(gone, {k: similar_item(group) for k, group in came.items()})

        rebuilt = CappedIndex.of(CAP, {k: similar_item(group) for k, group in groups.items()})
        assert _postings(index) == _postings(rebuilt)
        refilled += sum(len(index.postings[place][term]) == CAP for place, term in left_full)
        after_views = _views(index)
        assert after_views == _views(rebuilt)
        lookup = _lookup(index, groups)
        for k, view in after_views.items():
            if k in came:
                assert affected[k] is None  # it looks up anew
                continue
            moved = affected.get(k)
            if view != before_views[k]:
                assert moved is not None and view ^ before_views[k] <= moved
            if moved is None:
                assert lookup.pairs(k) == before_pairs[k]
                continue
            new = lookup.patched(k, before_pairs[k], moved)
            if new is not None:
                patched += 1
                assert new == lookup.pairs(k)
    assert refilled > 5 and patched > 20  # the cases that matter were met


@pytest.mark.parametrize("seed", range(6))
def test_a_lookup_whose_nearest_left_goes_on_from_the_pairs_it_kept_beyond_them(seed):
    """What a lookup keeps beyond its nearest pairs gives, patched, what it finds when run again,
    also when some of its nearest moved away (where the nearest alone had to run it again)."""
    from timeline.events.grouping import NEIGHBOURS

    rng = random.Random(seed)
    # Many alike items: each lookup finds more than it keeps.
    groups = {k: _group(k, rng) for k in range(80)}
    index = CappedIndex.of(CAP * 8, {k: similar_item(group) for k, group in groups.items()})
    ranked = {k: _lookup(index, groups).ranked(k) for k in index.items}
    kept_on = 0
    for _ in range(25):
        gone = rng.sample(sorted(index.items), rng.randint(1, 3))
        came = {k: _group(k, rng) for k in gone[: rng.randint(0, len(gone))]}
        for k in gone:
            del groups[k]
            ranked.pop(k, None)
        groups.update(came)
        affected = index.update(gone, {k: similar_item(group) for k, group in came.items()})
        lookup = _lookup(index, groups)
        for k, moved in affected.items():
            nearest_before = lookup.found_in(ranked[k]) if k in ranked else []
            patched = lookup.patched_ranked(k, ranked[k], moved) if moved is not None and k in ranked else None
            if patched is None:
                ranked[k] = lookup.ranked(k)
                continue
            assert lookup.found_in(patched) == lookup.pairs(k)
            ranked[k] = patched
            nearest_left = {pair[1] if pair[2] == k else pair[2] for pair in nearest_before} & moved
            kept_on += len(nearest_before) == NEIGHBOURS and bool(nearest_left)
        for k in came:
            ranked[k] = lookup.ranked(k)
    for k in index.items:  # and every lookup kept is what it finds
        assert _lookup(index, groups).found_in(ranked[k]) == _lookup(index, groups).pairs(k)
    assert kept_on > 5
