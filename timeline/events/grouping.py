"""Groups evidence into happenings: same content at compatible dates, found through indexes, not all pairs.

1. Candidate pairs: each mention looks up, in an inverted index per calendar bucket,
   earlier mentions whose date lies within its own and whose sentences share key terms.
   Posting lists are capped, so a word every sentence of a busy day uses costs a bounded
   amount per mention: the work grows with the number of mentions, not its square.
2. Pairs are merged strongest first (single link), but two groups join only when their
   dates still nest, they share no sentence (one sentence, two happenings), they share an
   actor when both name one ("Pfizer was fined" and "BP was fined" are two stories), and
   their combined content stays alike (a guard against chaining through one shared word).
3. The groups themselves are compared the same way, by their summed content, which
   gathers sentences that each share little with any single other one.
4. Groups with incompatible but close dates and very similar content, from disjoint
   articles, are the same happening dated differently: one conflicted event.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.events.date_buckets import WEEK, BucketKey, containing_buckets, could_be_misdated, lookup_buckets
from timeline.events.event_dates import is_posting_time
from timeline.events.evidence import Evidence
from timeline.events.spread import Spread, in_turn
from timeline.events.term_vectors import (
    Vector,
    add_into,
    cosine,
    norm,
    rarity_weights,
    setting_names,
    top_terms,
    weighted_vector,
)
from timeline.events.word_lists import ORGANISATION_WORDS

# Two sentences this alike (cosine) report the same happening. A coarser shared date is
# claimed by more happenings ("next year"), so it needs more shared content to match.
PAIR_THRESHOLDS: tuple[tuple[Granularity, float], ...] = (
    (Granularity.DAY, 0.20),
    (Granularity.WEEK, 0.21),
    (Granularity.MONTH, 0.22),
)
COARSE_PAIR_THRESHOLD = 0.26
FINE_FROM_COARSE_THRESHOLD = 0.4
CLOCK_FROM_COARSE_AT = Granularity.WEEK  # a week or coarser taking a time of day needs the above
DAY_FROM_YEAR_AT = Granularity.YEAR  # a year or coarser taking a day needs it too
# Two groups may join through one strong pair only if, as wholes, they are at least this
# share of the pair's own threshold alike: a guard against chaining through one word.
GROUP_GUARD_FACTOR = 0.75
SETTING_ONLY_SIMILARITY = 0.4  # two groups whose only names in common are the story's setting
SETTING_ONLY_GROUP = 5  # ... when neither is yet a happening told by this many mentions
ONE_WORD_GROUP = 3  # below this many mentions, two groups sharing one word only stay apart
POSTED_JOIN_SIMILARITY = 0.28  # a live page's post joining another small happening
CLOCK_JOIN_SIMILARITY = 0.3  # a small group told to the day taking a time of day from another
CONFLICT_THRESHOLD = 0.5  # stricter: content alone must carry a match across dates
POSTING_CAP = 32  # entries read per term and bucket: bounds the work on very common words
LOOKUP_TERMS = 16  # a group's heaviest terms, used to find candidates for it
NEIGHBOURS = 8  # pairs kept per group: its most similar earlier groups
# Pairs a lookup keeps beyond the nearest, for the grouping state (events/grouping_state.py):
# when one of an item's nearest left (its group moved), the next was unknown and the whole
# lookup ran again, a fifth of a date change's regrouping on bpoil (up to 45 lookups of
# 0.2-0.35 ms for a much-reported article). With a few more kept, the next ones are known
# unless more than that many leave at once.
SPARE_PAIRS = 4
CONFLICT_TERMS = 8  # terms of a group used to look for its differently dated twin

# Far above the rounding of any sum here: a bound this close to a threshold is not trusted to prune.
_BOUND_MARGIN = 1e-9

Pair = tuple[float, int, int, float]  # minus the similarity (sorts strongest first), first, second, threshold passed
# What a lookup keeps of what it found: its pairs, strongest first, and the weakest pair any
# candidate it left out would have been stronger than (None: it left none out). The first
# NEIGHBOURS are the pairs it found; the rest are what replaces them when some of those leave.
Ranked = tuple[list[Pair], Pair | None]


@dataclass(frozen=True, slots=True)
class Grouping:
    """Happenings as lists of date groups: one date group is an agreeing event, more is a conflict."""

    happenings: tuple[tuple[tuple[int, ...], ...], ...]  # evidence indices
    vectors: tuple[Vector, ...]  # per evidence, for labels and centrality
    rarity: dict[str, float]  # the corpus's term rarity the vectors are weighted by (rarity_weights)
    # What the two similar passes' lookups found: the grouping state starts from it rather than
    # looking every item up again (two thirds of building it on bpoil).
    lookups: KeptLookups | None = None


@dataclass(frozen=True, slots=True)
class KeptLookups:
    """What each lookup of the two similar passes found (`ranked_pairs`), by the pass's inputs:
    the first pass's by evidence index, the second's by the index of its group among the first
    pass's groups, whose roots (the evidence index each kept, `_merge_with_roots`) are `roots`.
    A pair names its two sides by those same indices."""

    first: tuple[Ranked, ...]
    second: tuple[Ranked, ...]
    roots: tuple[int, ...]


@dataclass(slots=True)
class _Group:
    members: list[int]
    finest: TimeInterval
    centroid: Vector
    sentences: set[tuple[str, int]]
    articles: set[str]
    names: set[str]
    actors: set[str]  # the names less the story's setting (term_vectors.setting_names)
    posted: bool = False  # every member is dated by a live page's post stamp (event_dates.is_posting_time)

    @classmethod
    def single(cls, member: int, item: Evidence, vector: Vector, setting: frozenset[str]) -> _Group:
        """The group of one mention: its own date, vector, sentence, article and names."""
        names = set(item.names)
        return cls([member], item.interval, vector, {item.sentence_key}, {item.article_id}, names, names - setting,
                   is_posting_time(item.mention))

    def absorb(self, other: _Group) -> None:
        if len(self.members) == 1:
            self.centroid = dict(self.centroid)  # a single mention's centroid is its shared vector
        self.members.extend(other.members)
        add_into(self.centroid, [other.centroid])
        self.sentences |= other.sentences
        self.articles |= other.articles
        self.names |= other.names
        self.actors |= other.actors
        self.posted = self.posted and other.posted
        if other.finest.duration < self.finest.duration:
            self.finest = other.finest


def pair_threshold(interval: TimeInterval, within: TimeInterval | None = None) -> float:
    """The similarity two mentions need to match when the coarser of their dates is `interval`
    (and the finer `within`). A week or coarser that would take a time of day ("late May" or
    "last week" with "at 3.30 pm") gives a clock to what only named a month or a week: that needs
    much more in common. So does a year that would take a day ("this year most oysters are dead"
    with "oil reached the oyster beds on Sunday"): a year's mention is most often background to
    the day's happening, not a report of it."""
    if within is not None:
        return threshold_against(base_threshold(interval), strict_from_granularity(interval.granularity),
                                 within.granularity)
    return base_threshold(interval)


def base_threshold(interval: TimeInterval) -> float:
    """A date's own threshold (PAIR_THRESHOLDS), before what the other date's fineness asks."""
    for granularity, threshold in PAIR_THRESHOLDS:
        if interval.granularity >= granularity:
            return threshold
    return COARSE_PAIR_THRESHOLD


def group_evidence(evidence: Sequence[Evidence], spread: Spread = in_turn) -> Grouping:
    """`spread` runs the costly lookups in shares, maybe side by side: the result is the same."""
    rarity = rarity_weights(evidence)
    setting = setting_names(evidence)
    vectors = [weighted_vector(item, rarity) for item in evidence]
    groups = [_Group.single(i, item, vectors[i], setting) for i, item in enumerate(evidence)]

    pairs, first = _similar_lookups(groups, spread)
    merged = _merge_with_roots(groups, pairs, GROUP_GUARD_FACTOR)
    groups = [group for _root, group, _held in merged]
    # Fewer groups now, but bigger: comparing their centroids in full costs a quarter of the
    # first pass (0.4-0.5 s on bpoil's 6,000 groups), worth a copy of this process.
    pairs, second = _similar_lookups(groups, spread)
    groups = _merge(groups, pairs, 1.0)
    happenings = _join_conflicts(groups)
    ordered = tuple(
        tuple(tuple(sorted(g.members)) for g in sorted(happening, key=lambda g: min(g.members)))
        for happening in happenings
    )
    return Grouping(ordered, tuple(vectors), rarity, KeptLookups(first, second, tuple(root for root, _g, _h in merged)))


def _similar_lookups(groups: list[_Group], spread: Spread = in_turn) -> tuple[list[Pair], tuple[Ranked, ...]]:
    """Pairs of groups with nested dates whose content is as alike as their dates ask, strongest
    first, and what each group's lookup kept (by group index)."""
    # Finest dates first: whatever lies within a group's date is indexed before it looks.
    order = sorted(
        range(len(groups)),
        key=lambda k: (groups[k].finest.duration, groups[k].finest.start, min(groups[k].members)),
    )
    wanted: set[BucketKey] = set()
    for group in groups:
        wanted.update(lookup_buckets(group.finest))
    facts = _LookupFacts(groups)

    def share_of(share: int, shares: int) -> list[tuple[int, Ranked]]:
        """What the lookups of every `shares`-th group in `order` from `share` kept, by group.
        Each share builds the whole index (cheap), and looks up (the costly part) for its own
        groups only."""
        index: dict[BucketKey, dict[str, list[tuple[int, float]]]] = {}
        found: list[tuple[int, Ranked]] = []
        entries = facts.entries
        for position, k in enumerate(order):
            if position % shares == share:
                found.append((k, ranked_pairs(_pairs_of(k, index, facts))))
            for bucket in containing_buckets(groups[k].finest):
                if bucket not in wanted:
                    continue
                postings = index.setdefault(bucket, {})
                for term, entry in entries[k]:
                    posting = postings.get(term)
                    if posting is None:
                        postings[term] = [entry]
                    elif len(posting) < POSTING_CAP:
                        posting.append(entry)
        return found

    # Each pair is found once (by the later of its two groups), so the shares' pairs, sorted,
    # are the same list whatever the cut.
    kept: list[Ranked] = [([], None)] * len(groups)
    pairs: list[Pair] = []
    for part in spread(share_of):
        for k, ranked in part:
            kept[k] = ranked
            pairs.extend(ranked[0][:NEIGHBOURS])
    pairs.sort()  # strongest first: similarities are stored negated
    return pairs, tuple(kept)


class _LookupFacts:
    """What every lookup of one pass asks of each group, worked out once per group rather than
    once per candidate (a pass over bpoil's mentions weighs some 700,000 candidates)."""

    def __init__(self, groups: Sequence[_Group]) -> None:
        self.centroids = [group.centroid for group in groups]
        self.finests = [group.finest for group in groups]
        self.norms = [norm(centroid) for centroid in self.centroids]
        # A big group is looked up and indexed by its heaviest terms only, then compared in full.
        self.keys = [top_terms(centroid, LOOKUP_TERMS) if len(centroid) > LOOKUP_TERMS else list(centroid)
                     for centroid in self.centroids]
        self.big = [len(centroid) > LOOKUP_TERMS for centroid in self.centroids]
        # The norm of what a big group is not looked up by: what its lookups' sums can miss.
        self.tails = [_norm_without(centroid, keys) if is_big else 0.0
                      for centroid, keys, is_big in zip(self.centroids, self.keys, self.big, strict=True)]
        # What a group files in the index under each of its terms: itself with the term's weight,
        # the very product a lookup then sums (no second look into its centroid).
        self.entries = [[(term, (k, centroid[term])) for term in keys]
                        for k, (keys, centroid) in enumerate(zip(self.keys, self.centroids, strict=True))]
        self.starts = [finest.start for finest in self.finests]
        self.ends = [finest.end for finest in self.finests]
        # How fine a group's date is: a week or coarser needs more to take a time of day, a year a day
        # (pair_threshold).
        self.grains = [finest.granularity for finest in self.finests]


def _norm_without(vector: Vector, left_out: Sequence[str]) -> float:
    """The norm of the vector's other terms."""
    skipped = set(left_out)
    return math.sqrt(sum(value * value for term, value in vector.items() if term not in skipped))


def threshold_against(base: float, strict_from: Granularity | None, other: Granularity) -> float:
    """The threshold of a date whose own is `base` against another date this fine: the stricter
    FINE_FROM_COARSE_THRESHOLD from `strict_from` on (see strict_from_granularity). One reading for
    pair_threshold and both lookups, which work `base` and `strict_from` out once per group."""
    return FINE_FROM_COARSE_THRESHOLD if strict_from is not None and other >= strict_from else base


def strict_from_granularity(granularity: Granularity) -> Granularity | None:
    """For a date this coarse, the coarsest granularity of another date from which matching it
    needs FINE_FROM_COARSE_THRESHOLD (see pair_threshold), or None when no other date does."""
    if granularity <= DAY_FROM_YEAR_AT:
        return Granularity.DAY
    return Granularity.PART_OF_DAY if granularity <= CLOCK_FROM_COARSE_AT else None


def _pairs_of(k: int, index: dict[BucketKey, dict[str, list[tuple[int, float]]]], facts: _LookupFacts) -> list[Pair]:
    """Group `k`'s pairs with the groups indexed so far: every one alike enough (see ranked_pairs)."""
    interval = facts.finests[k]
    centroid = facts.centroids[k]
    own_norm = facts.norms[k]
    if not own_norm:
        return []
    scores: dict[int, float] = {}
    score = scores.get
    full: list[str] = []  # terms whose posting was full: a group filed after its cap is missing there
    for bucket in lookup_buckets(interval):
        postings = index.get(bucket)
        if not postings:
            continue
        for term in facts.keys[k]:
            posting = postings.get(term)
            if posting is None:
                continue
            value = centroid[term]
            for other, weight in posting:
                scores[other] = score(other, 0.0) + value * weight
            if len(posting) >= POSTING_CAP:
                full.append(term)
    centroids, norms, big, starts, ends = facts.centroids, facts.norms, facts.big, facts.starts, facts.ends
    tails = facts.tails
    own_tail = tails[k]
    start, end = interval.start, interval.end
    own_big = big[k]
    found: list[Pair] = []
    # pair_threshold(interval, other's date): this date's own threshold, but for a week or
    # coarser meeting a time of day, or a year a day (then FINE_FROM_COARSE_THRESHOLD)
    base = pair_threshold(interval)
    strict_from = strict_from_granularity(interval.granularity)
    grains = facts.grains
    for other, dot in scores.items():
        other_norm = norms[other]
        if not other_norm or starts[other] < start or ends[other] > end:  # not within this date
            continue
        needed = threshold_against(base, strict_from, grains[other])
        if own_big or big[other]:
            other_centroid = centroids[other]
            # The full cosine only when it may reach the threshold: the sum found plus, at most,
            # what the lookup could not see (Cauchy-Schwarz over each side's terms left out of
            # its lookup, and the terms of full postings), nearly always far below it.
            bound = dot + own_norm * tails[other] + own_tail * other_norm
            for term in full:
                bound += centroid[term] * other_centroid.get(term, 0.0)
            if bound < (needed - _BOUND_MARGIN) * own_norm * other_norm:
                continue
            similarity = cosine(centroid, other_centroid, own_norm, other_norm)
        else:
            similarity = dot / (own_norm * other_norm)
        if similarity >= needed:
            found.append((-similarity, min(k, other), max(k, other), needed))
    return found


def ranked_pairs(found: list[Pair]) -> Ranked:
    """What a lookup keeps of the pairs it found: the nearest few, which suffice to link a group
    into its happening (keeping every pair of a much-reported happening would grow with the
    square of its mentions), with SPARE_PAIRS more for the grouping state."""
    keep = NEIGHBOURS + SPARE_PAIRS
    if len(found) > keep:
        best = heapq.nsmallest(keep, found)
        return best, best[-1]
    return sorted(found), None


def _merge(groups: list[_Group], pairs: list[Pair], guard_factor: float) -> list[_Group]:
    """Strongest pairs first; a merge keeps dates nested, never joins two parts of one sentence,
    and needs the two groups as wholes to stay `guard_factor` of the pair's threshold alike.
    """
    return [group for _root, group, _merged in _merge_with_roots(groups, pairs, guard_factor)]


def _merge_with_roots(groups: list[_Group], pairs: list[Pair],
                      guard_factor: float) -> list[tuple[int, _Group, list[int]]]:
    """_merge's groups, each with the position it kept (its root) and the positions it took in."""
    owner = list(range(len(groups)))

    def find(k: int) -> int:
        while owner[k] != k:
            owner[k] = owner[owner[k]]
            k = owner[k]
        return k

    for _similarity, i, j, threshold in pairs:
        a, b = find(i), find(j)
        if a == b:
            continue
        first, second = groups[a], groups[b]
        if not joins(first, second, (a, b) == (i, j), threshold * guard_factor):
            continue
        if len(first.members) < len(second.members):
            a, b, first, second = b, a, second, first
        first.absorb(second)
        owner[b] = a
    merged: dict[int, list[int]] = {}
    for k in range(len(groups)):
        merged.setdefault(find(k), []).append(k)
    return [(k, groups[k], merged[k]) for k in sorted(merged)]


def joins(first: _Group, second: _Group, only_the_pair: bool, guard: float) -> bool:
    """Whether a pair's two groups merge: nested dates, no shared sentence, a shared actor when
    both name one, and, unless they are the pair itself, wholes at least `guard` alike."""
    if not first.finest.compatible_with(second.finest) or first.sentences & second.sentences:
        return False
    if _a_period_and_a_day(first.finest, second.finest):
        return False  # "second-quarter profit fell" is the quarter's figures, no happening of one of its days
    if first.names and second.names and not first.names & second.names:
        return False  # different actors on one date: two stories, however alike their words
    if (max(len(first.members), len(second.members)) < ONE_WORD_GROUP
            and _one_common_word(first.centroid, second.centroid, first.actors & second.actors)):
        # "the well should be completed by August" and "the hearings will be completed in
        # August": one shared word, however rare, is no shared happening (a shared name is,
        # unless it is the story's setting: "aid arrived in Port-au-Prince on Saturday" and "a
        # body was recovered in Port-au-Prince on Saturday").
        # A happening several reports already tell may take in one naming it in a word ("the
        # election is set for March" joins "next year's presidential election").
        return False
    if ((first.posted or second.posted) and max(len(first.members), len(second.members)) < SETTING_ONLY_GROUP
            and cosine(first.centroid, second.centroid) < POSTED_JOIN_SIMILARITY):
        # A live page's post is dated by when it was written ("1410 Reports say the quake also
        # hit Jacmel"), not by the day of what it tells: it joins another report, on another page
        # or its own, only when told in much the same words.
        return False
    if (max(len(first.members), len(second.members)) < SETTING_ONLY_GROUP
            and _gives_a_clock(first, second) and cosine(first.centroid, second.centroid) < CLOCK_JOIN_SIMILARITY):
        # A time of day is the finest claim a date makes: a report told only to the day takes
        # one from another sentence only when that sentence tells much the same ("At 5.45 pm BP's
        # shares traded at $30" gives no time to "the bank told its traders on Tuesday").
        return False
    if (first.actors and second.actors and not first.actors & second.actors
            and max(len(first.members), len(second.members)) < SETTING_ONLY_GROUP):
        # Only the setting in common ("Port-au-Prince", "BP"): the ICRC's flight and Ban
        # Ki-moon's visit of one Sunday are two stories, unless told in much the same words.
        # (A happening many reports already tell takes in a report naming someone else: "the
        # Red Cross says three million were affected by Tuesday's quake".)
        return cosine(first.centroid, second.centroid) >= SETTING_ONLY_SIMILARITY
    return only_the_pair or cosine(first.centroid, second.centroid) >= guard


_REPORTING_PERIODS = frozenset({Granularity.QUARTER, Granularity.HALF_YEAR})


def _gives_a_clock(first: _Group, second: _Group) -> bool:
    """One side told to the day (or a part of it), the other to the hour or minute by a time its
    sentence states (a live page's post stamp only says when the post was written)."""
    for day, clock in ((first, second), (second, first)):
        if (Granularity.DAY <= day.finest.granularity <= Granularity.PART_OF_DAY
                and clock.finest.granularity >= Granularity.HOUR and not clock.posted):
            return True
    return False


def _a_period_and_a_day(first: TimeInterval, second: TimeInterval) -> bool:
    """A quarter or half-year (a reporting period) against a day or finer."""
    grains = {first.granularity, second.granularity}
    return not grains.isdisjoint(_REPORTING_PERIODS) and max(grains) >= Granularity.DAY


def _one_common_word(first: Vector, second: Vector, common_actors: set[str]) -> bool:
    """Whether the two vectors share at most one term, and it is no actor both tell (a name
    less the story's setting)."""
    if len(first) > len(second):
        first, second = second, first
    shared = [term for term in first if term in second]
    # ("Service" in the Fish and Wildlife Service and in Moody's Investors Service names no one)
    return len(shared) < 2 and not (common_actors - ORGANISATION_WORDS).intersection(shared)


def _join_conflicts(groups: list[_Group]) -> list[list[_Group]]:
    """Same content, disjoint sources, dates that disagree but lie close: one happening, flagged."""
    norms = [norm(g.centroid) for g in groups]
    # Each group is filed under where it ends and where it starts, so a later group finds
    # exactly its neighbours: the period just before it, or the same weekday a week before.
    index: dict[tuple[object, ...], dict[str, list[int]]] = {}
    matches: list[Pair] = []
    order = sorted(range(len(groups)), key=lambda k: (groups[k].finest.start, min(groups[k].members)))
    for k in order:
        group = groups[k]
        finest = group.finest
        terms = top_terms(group.centroid, CONFLICT_TERMS)
        seen: set[int] = set()
        neighbours = (("end", finest.granularity, finest.start), ("start", finest.granularity, finest.start - WEEK))
        for place in neighbours:
            postings = index.get(place)
            if not postings:
                continue
            for term in terms:
                for other in postings.get(term, ()):
                    if other in seen:
                        continue
                    seen.add(other)
                    candidate = groups[other]
                    if not could_be_misdated(finest, candidate.finest):
                        continue
                    if group.articles & candidate.articles:
                        continue  # a source does not contradict itself: two dates there are two happenings
                    similarity = cosine(group.centroid, candidate.centroid, norms[k], norms[other])
                    if similarity >= CONFLICT_THRESHOLD:
                        matches.append((-similarity, min(k, other), max(k, other), CONFLICT_THRESHOLD))
        for place in (("end", finest.granularity, finest.end), ("start", finest.granularity, finest.start)):
            postings = index.setdefault(place, {})
            for term in terms:
                posting = postings.setdefault(term, [])
                if len(posting) < POSTING_CAP:
                    posting.append(k)
    matches.sort()
    joined = join_without_shared_sources(range(len(groups)), matches, [g.articles for g in groups],
                                         [g.finest for g in groups])
    return [[groups[k] for k in members] for members in joined.values()]


def join_without_shared_sources(nodes: Iterable[int], matches: Iterable[Pair],
                                articles: Sequence[set[str]] | dict[int, set[str]],
                                dates: Sequence[TimeInterval] | dict[int, TimeInterval]) -> dict[int, list[int]]:
    """Join the pairs strongest first (`matches` sorted) unless the two sides would share an
    article (a source does not contradict itself), or would hold two dates more than one slip
    apart: "shares fell on Friday" of three Fridays in a row are three happenings, whatever
    chain of one-week slips joins them. Each root with its nodes, in `nodes`' order."""
    nodes = list(nodes)
    parent = {node: node for node in nodes}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    articles_of = {node: set(articles[node]) for node in nodes}
    dates_of = {node: {dates[node]} for node in nodes}
    for _similarity, k, other, _threshold in matches:
        a, b = root(k), root(other)
        if a == b or articles_of[a] & articles_of[b]:
            continue
        if not all(first == second or could_be_misdated(first, second)
                   for first in dates_of[a] for second in dates_of[b]):
            continue
        parent[b] = a
        articles_of[a] |= articles_of.pop(b)
        dates_of[a] |= dates_of.pop(b)
    joined: dict[int, list[int]] = {}
    for node in nodes:
        joined.setdefault(root(node), []).append(node)
    return joined
