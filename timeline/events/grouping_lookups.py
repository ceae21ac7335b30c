"""How grouping looks up a group's candidate pairs, and patches them when others moved: by shared
terms in nearby date buckets (similar content, the first pass), or in the buckets where a
misdated copy would sit (the conflict pass). Used by events/grouping_state.py."""

from __future__ import annotations

import heapq
from collections.abc import Hashable

from timeline.events.capped_index import CappedIndex, Item
from timeline.events.date_buckets import WEEK, containing_buckets, could_be_misdated, lookup_buckets
from timeline.events.grouping import (
    CONFLICT_TERMS,
    CONFLICT_THRESHOLD,
    LOOKUP_TERMS,
    NEIGHBOURS,
    Pair,
    Ranked,
    _Group,
    pair_threshold,
    ranked_pairs,
    strict_from_granularity,
    threshold_against,
)
from timeline.events.term_vectors import cosine, top_terms

Id = int


def similar_item(group: _Group) -> Item:
    centroid = group.centroid
    terms = top_terms(centroid, LOOKUP_TERMS) if len(centroid) > LOOKUP_TERMS else list(centroid)
    order = (group.finest.duration, group.finest.start, min(group.members))
    return Item(order, terms, containing_buckets(group.finest), lookup_buckets(group.finest))


class Lookup:
    """A step's lookup of one item: run in full, or patched when only a few others moved in its view."""

    def pairs(self, k: Id) -> list[Pair]:
        raise NotImplementedError

    def patched(self, k: Id, old: list[Pair], moved: set[Id]) -> list[Pair] | None:
        raise NotImplementedError

    def ranked(self, k: Id) -> Ranked:
        """What the lookup finds, with what it keeps beyond its pairs (`found_in` tells them)."""
        return self.pairs(k), None

    def patched_ranked(self, k: Id, known: Ranked, moved: set[Id]) -> Ranked | None:
        """`ranked`'s answer when the items in `moved` moved since it gave `known`; None when
        the lookup must run again."""
        new = self.patched(k, known[0], moved)
        return None if new is None else (new, None)

    def found_in(self, ranked: Ranked) -> list[Pair]:
        """The pairs found, of what `ranked` keeps."""
        return ranked[0]


class KnownLookup(Lookup):
    """`lookup`, whose full answers for some items are known already (`known`: what the build's
    own lookups kept, grouping.KeptLookups); the rest, and every patch, are `lookup`'s."""

    def __init__(self, lookup: Lookup, known: dict[Id, Ranked]) -> None:
        self._lookup, self._known = lookup, known

    def pairs(self, k: Id) -> list[Pair]:
        return self.found_in(self.ranked(k))

    def patched(self, k: Id, old: list[Pair], moved: set[Id]) -> list[Pair] | None:
        return self._lookup.patched(k, old, moved)

    def ranked(self, k: Id) -> Ranked:
        known = self._known.get(k)
        return known if known is not None else self._lookup.ranked(k)

    def patched_ranked(self, k: Id, known: Ranked, moved: set[Id]) -> Ranked | None:
        return self._lookup.patched_ranked(k, known, moved)

    def found_in(self, ranked: Ranked) -> list[Pair]:
        return self._lookup.found_in(ranked)


class SimilarLookup(Lookup):
    def __init__(self, index: CappedIndex, groups: dict[Id, _Group], norms: dict[Id, float]) -> None:
        self._index, self._groups, self._norms = index, groups, norms
        self._holding: dict[tuple[Id, Hashable], frozenset[str]] = {}

    def _candidates(self, k: Id) -> list[Pair]:
        """Every pair grouping._pairs_of finds for one item before it keeps the nearest."""
        index, groups, norms = self._index, self._groups, self._norms
        items = index.items
        group = groups[k]
        centroid, finest = group.centroid, group.finest
        own = items[k].order
        terms = items[k].terms
        scores: dict[Id, float] = {}
        score = scores.get
        for bucket in lookup_buckets(finest):
            postings = index.postings.get(bucket)
            if not postings:
                continue
            for term in terms:
                posting = postings.get(term)
                if not posting:
                    continue
                value = centroid[term]
                for other in posting:  # what the lookup saw: the posting before the item itself
                    if items[other].order >= own:
                        break
                    scores[other] = score(other, 0.0) + value * groups[other].centroid[term]
        own_norm = norms[k]
        if not own_norm:
            return []
        big = len(centroid) > LOOKUP_TERMS
        contains = finest.contains
        found: list[Pair] = []
        base = pair_threshold(finest)
        strict_from = strict_from_granularity(finest.granularity)
        for other, dot in scores.items():
            candidate = groups[other]
            other_norm = norms[other]
            if not other_norm or not contains(candidate.finest):
                continue
            if big or len(candidate.centroid) > LOOKUP_TERMS:
                similarity = cosine(centroid, candidate.centroid, own_norm, other_norm)
            else:
                similarity = dot / (own_norm * other_norm)
            needed = threshold_against(base, strict_from, candidate.finest.granularity)
            if similarity >= needed:
                found.append((-similarity, min(k, other), max(k, other), needed))
        return found

    def pairs(self, k: Id) -> list[Pair]:
        """grouping._pairs_of for one item, the same sums in the same order (and, as there,
        what is the same for every candidate worked out once: the first build of the grouping
        state looks up every item)."""
        return nearest(self._candidates(k))

    def ranked(self, k: Id) -> Ranked:
        return ranked_pairs(self._candidates(k))

    def found_in(self, ranked: Ranked) -> list[Pair]:
        return ranked[0][:NEIGHBOURS]

    def patched(self, k: Id, old: list[Pair], moved: set[Id]) -> list[Pair] | None:
        # The nearest pairs alone: what a candidate left out would be is known only below the last.
        patched = self.patched_ranked(k, (old, old[-1] if len(old) >= NEIGHBOURS else None), moved)
        return None if patched is None else patched[0][:NEIGHBOURS]

    def patched_ranked(self, k: Id, known: Ranked, moved: set[Id]) -> Ranked | None:
        """What the lookup keeps, patched: the moved items' pairs worked out again, the rest as
        they were. Every candidate left out is weaker than the cutoff: the pairs found are
        known as long as that many kept are stronger."""
        old, cutoff = known
        kept = self._patched(k, old, moved)
        if cutoff is None:
            return kept, None
        kept = [pair for pair in kept if pair <= cutoff]  # (a moved one now weaker: as if left out)
        if len(kept) < NEIGHBOURS:
            return None  # some of its nearest left, and which come next was never kept
        return kept, cutoff

    def _patched(self, k: Id, old: list[Pair], moved: set[Id]) -> list[Pair]:
        """`old` without the moved items' pairs, with those they have now, strongest first."""
        kept = [pair for pair in old if (pair[2] if pair[1] == k else pair[1]) not in moved]
        index, groups = self._index, self._groups
        group = groups[k]
        centroid, own = group.centroid, index.items[k].order
        items = index.items
        # Only those a pair could join (_pair's test before any sum): a date change moves a few
        # items, each seen by hundreds of lookups, most of whose dates do not hold its date.
        contains, norms = group.finest.contains, self._norms
        earlier = [other for other in moved if (known := items.get(other)) is not None and known.order < own
                   and norms[other] and contains(groups[other].finest)]
        if not earlier or not norms[k]:
            return kept  # (what is left of `old`, strongest first still)
        # What the lookup sees of them, as `pairs` sums it (bucket by bucket, term by term), read
        # from the terms each moved item's postings in the bucket hold: the same few move for the
        # hundreds of lookups that see them, so that is worked out once per item and bucket
        # (reading every posting of every lookup for them was a quarter of a date change's
        # relinking on bpoil).
        terms = items[k].terms
        buckets = lookup_buckets(group.finest)
        for other in earlier:
            other_centroid = groups[other].centroid
            dot: float | None = None
            for bucket in buckets:
                there = self._holding_of(other, bucket)
                if not there or there.isdisjoint(terms):
                    continue
                # (the shared terms in the lookup's own order: the same sum, term by term)
                for term in [term for term in terms if term in there]:
                    dot = (0.0 if dot is None else dot) + centroid[term] * other_centroid[term]
            if dot is not None and (pair := self._pair(k, other, dot)) is not None:
                kept.append(pair)
        kept.sort()
        return kept

    def _holding_of(self, other: Id, bucket: Hashable) -> frozenset[str]:
        """index.holding, kept: the index does not change while this lookup is in use."""
        holding = self._holding.get((other, bucket))
        if holding is None:
            holding = self._holding[other, bucket] = self._index.holding(other, bucket)
        return holding

    def _pair(self, k: Id, other: Id, dot: float) -> Pair | None:
        group, candidate = self._groups[k], self._groups[other]
        own_norm, other_norm = self._norms[k], self._norms[other]
        if not own_norm or not other_norm or not group.finest.contains(candidate.finest):
            return None
        if len(group.centroid) > LOOKUP_TERMS or len(candidate.centroid) > LOOKUP_TERMS:
            similarity = cosine(group.centroid, candidate.centroid, own_norm, other_norm)
        else:
            similarity = dot / (own_norm * other_norm)
        needed = pair_threshold(group.finest, candidate.finest)
        if similarity < needed:
            return None
        return (-similarity, min(k, other), max(k, other), needed)


def nearest(found: list[Pair]) -> list[Pair]:
    """The nearest few suffice to link a group into its happening (as in grouping.py)."""
    return heapq.nsmallest(NEIGHBOURS, found) if len(found) > NEIGHBOURS else sorted(found)


def conflict_item(group: _Group) -> Item:
    finest = group.finest
    return Item((finest.start, min(group.members)), top_terms(group.centroid, CONFLICT_TERMS),
                (("end", finest.granularity, finest.end), ("start", finest.granularity, finest.start)),
                (("end", finest.granularity, finest.start), ("start", finest.granularity, finest.start - WEEK)))


class ConflictLookup(Lookup):
    def __init__(self, index: CappedIndex, groups: dict[Id, _Group]) -> None:
        self._index, self._groups = index, groups

    def pairs(self, k: Id) -> list[Pair]:
        """_join_conflicts' lookup for one item."""
        seen: set[Id] = set()
        matches: list[Pair] = []
        item = self._index.items[k]
        for place in item.looks:
            for term in item.terms:
                for other in self._index.seen_by(k, place, term):
                    if other not in seen:
                        seen.add(other)
                        if (match := self._match(k, other)) is not None:
                            matches.append(match)
        return sorted(matches)

    def patched(self, k: Id, old: list[Pair], moved: set[Id]) -> list[Pair] | None:
        index = self._index
        kept = [pair for pair in old if (pair[2] if pair[1] == k else pair[1]) not in moved]
        item = index.items[k]
        for other in moved:
            known = index.items.get(other)
            if known is None or known.order >= item.order:
                continue
            seen = any(other in index.postings.get(place, {}).get(term, ())
                       for place in item.looks for term in item.terms)
            if seen and (match := self._match(k, other)) is not None:
                kept.append(match)
        return sorted(kept)

    def _match(self, k: Id, other: Id) -> Pair | None:
        group, candidate = self._groups[k], self._groups[other]
        if not could_be_misdated(group.finest, candidate.finest) or group.articles & candidate.articles:
            return None
        similarity = cosine(group.centroid, candidate.centroid)
        if similarity < CONFLICT_THRESHOLD:
            return None
        return (-similarity, min(k, other), max(k, other), CONFLICT_THRESHOLD)
