"""Grouping's pair lookup skips the full comparison only of candidates that cannot reach their threshold."""

from __future__ import annotations

import math
import random
from datetime import date

import pytest

from timeline.domain.interval import TimeInterval
from timeline.events import grouping
from timeline.events.grouping import LOOKUP_TERMS, POSTING_CAP, _Group

DAY = TimeInterval.for_day(date(2010, 6, 3))
WEEK = TimeInterval.for_dates(date(2010, 5, 31), date(2010, 6, 6), DAY.granularity.WEEK)


def _groups(count: int, seed: int) -> list[_Group]:
    """Mentions of one day and its week with vectors of 5 to 30 of 60 words: many longer than a
    lookup reads, and one word in every vector, so its postings fill up."""
    rng = random.Random(seed)
    words = [f"w{n}" for n in range(60)]
    groups = []
    for k in range(count):
        centroid = {word: rng.uniform(0.1, 3.0) for word in rng.sample(words[1:], rng.randint(4, 29))}
        centroid[words[0]] = rng.uniform(0.1, 3.0)
        groups.append(_Group([k], DAY if k % 4 else WEEK, centroid, {(f"a{k}", 0)}, {f"a{k}"}, set(), set()))
    return groups


def _counting_cosines(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    compare = grouping.cosine

    def counted(*args: object) -> float:
        calls[0] += 1
        return compare(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(grouping, "cosine", counted)
    return calls


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_pairs_found_are_those_of_comparing_every_candidate_in_full(monkeypatch, seed):
    groups = _groups(3 * POSTING_CAP, seed)
    assert sum(len(group.centroid) > LOOKUP_TERMS for group in groups) > len(groups) // 4
    calls = _counting_cosines(monkeypatch)
    pruned = grouping._similar_lookups(groups)[0]
    pruned_calls = calls[0]
    monkeypatch.setattr(grouping, "_BOUND_MARGIN", math.inf)  # no bound is ever low enough: all compared
    calls[0] = 0
    compared = grouping._similar_lookups(groups)[0]
    assert pruned == compared
    assert len(pruned) > 10  # some did pair
    assert pruned_calls < calls[0]  # and the bound spared some full comparisons
