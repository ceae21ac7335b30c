"""Grouping kept up to date: when one article's evidence changes, only what it touches is grouped again.

The same three steps as events/grouping.py, with what each step found kept by a stable id
per piece of evidence (its article's rank, then its offsets: the order of evidence keys):

1. the pairs each mention's lookup found (capped_index says whose lookups a change alters),
   and the groups their merging made, per connected part of the pairs' graph: merging
   follows pairs only, so a part nothing touched merges as it did;
2. the same for the groups, compared as wholes;
3. the differently dated twins (conflicts), per connected part of their matches.

`regroup` gives the happenings that changed, the same as grouping everything again would
give (tests/events/test_grouping_state.py checks it over many random changes). The term
rarity is the corpus's: a change that would alter it (an article's dated sentences change)
is refused (`RarityChanged`), and the caller groups everything again. Built after a grouping
of the same evidence, the state takes what that grouping's lookups found (grouping.KeptLookups)
instead of looking every item up again.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from timeline.events.capped_index import CappedIndex, Item
from timeline.events.evidence import Evidence
from timeline.events.grouping import (
    GROUP_GUARD_FACTOR,
    POSTING_CAP,
    KeptLookups,
    Pair,
    Ranked,
    _Group,
    join_without_shared_sources,
)
from timeline.events.grouping_lookups import (
    ConflictLookup,
    Id,
    KnownLookup,
    Lookup,
    SimilarLookup,
    conflict_item,
    similar_item,
)
from timeline.events.merge_replay import replay_merges
from timeline.events.merge_touched import LastRun, merge_touched
from timeline.events.term_vectors import Vector, norm, setting_names, weighted_vector

_OFFSET_MASK = (1 << 32) - 1  # an id is the article's rank, then start and end in 32 bits each
Happening = tuple[tuple[Id, ...], ...]  # date groups of evidence ids, as grouping orders them
_NO_PAIRS: set[Pair] = set()  # (never changed)


class RarityChanged(Exception):
    """The change alters the corpus's term rarity: every vector moves, group everything again."""


def sentence_terms(evidence: Iterable[Evidence]) -> dict[tuple[str, int], tuple[tuple[str, float], ...]]:
    """What rarity counts of each sentence: the terms of its first evidence in key order."""
    found: dict[tuple[str, int], tuple[tuple[str, float], ...]] = {}
    for item in sorted(evidence, key=lambda item: item.key):
        found.setdefault(item.sentence_key, item.terms)
    return found


@dataclass(slots=True)
class _Pass:
    """One step's kept state: its index, the pairs each lookup found (and all of them in merging
    order, with those that merged), the pairs' graph and the groups each connected part made."""

    index: CappedIndex
    found: dict[Id, list[Pair]]
    ordered: list[Pair]  # every pair, strongest first
    accepted: set[Pair]  # the pairs that merged two groups
    linked: dict[Id, set[Id]]
    group_of: dict[Id, Id]  # item -> root of its group after merging
    groups: dict[Id, _Group]  # root -> group (members are evidence ids)
    norms: dict[Id, float]  # of the step's inputs' centroids, asked of every candidate of every lookup
    held: dict[Id, list[Id]]  # root -> the items of its group
    # Each item's pairs, whichever lookup found them (each pair is found by one lookup only: its
    # later item's). Merging again asks it of every node of every group it reaches: worked out
    # from the partners' lookups, it was a third of a date change's regrouping on bpoil.
    involving: dict[Id, set[Pair]]
    # What each lookup keeps beyond the pairs it found (grouping_lookups.Ranked): the pairs that
    # come next when some of those leave.
    ranked: dict[Id, Ranked]

    @classmethod
    def empty(cls, cap: int) -> _Pass:
        return cls(CappedIndex(cap), {}, [], set(), {}, {}, {}, {}, {}, {}, {})

    def pairs_of(self, item_id: Id) -> set[Pair]:
        """The item's pairs: those its lookup found and those of its partners' lookups with it
        (the set kept here: not to be changed)."""
        return self.involving.get(item_id, _NO_PAIRS)

    def set_found(self, item_id: Id, pairs: list[Pair]) -> None:
        """The item's lookup found `pairs` (instead of what it found before)."""
        self.pop_found(item_id)
        self.found[item_id] = pairs
        involving = self.involving
        for pair in pairs:
            for node in (pair[1], pair[2]):
                held = involving.get(node)
                if held is None:
                    involving[node] = {pair}
                else:
                    held.add(pair)

    def pop_found(self, item_id: Id) -> list[Pair]:
        """What the item's lookup found, forgotten."""
        pairs = self.found.pop(item_id, [])
        involving = self.involving
        for pair in pairs:
            for node in (pair[1], pair[2]):
                held = involving[node]
                held.discard(pair)
                if not held:
                    del involving[node]
        return pairs


@dataclass(slots=True)
class _Relinked:
    touched: set[Id]  # items whose pairs changed, came or went
    added: set[Pair]
    gone: list[Pair]  # strongest first


class GroupingState:
    def __init__(self, evidence: Sequence[Evidence], rarity: dict[str, float], article_ids: Iterable[str],
                 lookups: KeptLookups | None = None) -> None:
        """`lookups`: what grouping `evidence` (in this order, with this rarity) found, when it
        was grouped already (grouping.Grouping.lookups): the first build takes the lookups'
        answers from it rather than looking every item up again."""
        self._articles = sorted(set(article_ids))
        self._rank = {article_id: rank for rank, article_id in enumerate(self._articles)}
        self.rarity = rarity
        # (counted over the dated sentences as rarity is, so a change that keeps rarity keeps it)
        self.setting = setting_names(evidence)
        self.evidence: dict[Id, Evidence] = {}
        self.vectors: dict[Id, Vector] = {}
        self._of_article: dict[str, list[Id]] = {}
        self._first = _Pass.empty(POSTING_CAP)
        self._second = _Pass.empty(POSTING_CAP)
        self._conflicts = _Pass.empty(POSTING_CAP)
        self._singles: dict[Id, _Group] = {}
        self.happenings: dict[Id, Happening] = {}  # root of the conflict step's part -> happening
        self._terms_by_article: dict[str, dict[tuple[str, int], tuple[tuple[str, float], ...]]] = {}
        by_article: dict[str, list[Evidence]] = {}
        for item in evidence:
            by_article.setdefault(item.article_id, []).append(item)
        for article_id, items in by_article.items():
            self._terms_by_article[article_id] = sentence_terms(items)
            self._of_article[article_id] = [self.id_of(item.key) for item in items]
        # Each pass's known lookups by item id, while the first build uses them.
        self._known: dict[int, dict[Id, Ranked]] = {}
        if lookups is not None:
            self._known = _known_lookups(lookups, [self.id_of(item.key) for item in evidence])
        self._apply([], list(evidence))
        self._known = {}

    def id_of(self, key: tuple[str, int, int]) -> Id:
        article_id, start, end = key
        return (self._rank[article_id] << 64) | (start << 32) | end

    def items_of(self, article_id: str) -> list[Id]:
        """The ids of the article's evidence."""
        return list(self._of_article.get(article_id, ()))

    def evidence_key(self, item_id: Id) -> tuple[str, int, int]:
        """The evidence key an id was made of (whether or not that evidence is still here)."""
        return (self._articles[item_id >> 64], (item_id >> 32) & _OFFSET_MASK, item_id & _OFFSET_MASK)

    # -- changes -----------------------------------------------------------------------------------
    def regroup(self, article_id: str, evidence: Sequence[Evidence]) -> tuple[list[Happening], list[Happening]]:
        """The article's evidence is now `evidence`: the happenings gone and those come."""
        terms = sentence_terms(evidence)
        if terms != self._terms_by_article.get(article_id, {}):
            raise RarityChanged
        old_ids = self._of_article.pop(article_id, [])
        now = {self.id_of(item.key): item for item in evidence}
        self._of_article[article_id] = list(now)
        # Grouping sees an item's date, words, sentence and names: an item with the same ones
        # (an absolute date in an article that moved) stays where it is.
        regrouped = [item_id for item_id in old_ids
                     if item_id not in now or _grouped_by(self.evidence[item_id]) != _grouped_by(now[item_id])]
        arrived = [item for item_id, item in now.items()
                   if item_id not in self.evidence or item_id in regrouped]
        # A happening holding evidence that changed in any way is named again, even when its
        # members stay the same (their dates moved, or their explanation did).
        renamed = [item_id for item_id in old_ids if item_id not in now or self.evidence[item_id] != now[item_id]]
        renamed += [item_id for item_id in now if item_id not in self.evidence]
        held_before = {self._happening_of(item_id) for item_id in renamed if item_id in self.evidence}
        for item_id, item in now.items():
            if item_id in self.evidence and item_id not in regrouped:
                self.evidence[item_id] = item  # the same for grouping; the new mention for naming
        gone, came = self._apply(regrouped, arrived)
        held_after = {self._happening_of(item_id) for item_id in renamed if item_id in now}
        return sorted(set(gone) | held_before), sorted(set(came) | held_after)

    def _happening_of(self, item_id: Id) -> Happening:
        root = self._second.group_of[self._first.group_of[item_id]]
        return self.happenings[self._conflicts.group_of[root]]

    def _apply(self, gone: list[Id], came: list[Evidence]) -> tuple[list[Happening], list[Happening]]:
        singles_came: dict[Id, _Group] = {}
        for item_id in gone:
            del self.evidence[item_id]
            del self.vectors[item_id]
            del self._singles[item_id]
        for item in came:
            item_id = self.id_of(item.key)
            vector = weighted_vector(item, self.rarity)
            self.evidence[item_id] = item
            self.vectors[item_id] = vector
            single = _Group.single(item_id, item, vector, self.setting)
            self._singles[item_id] = single
            singles_came[item_id] = single
        first_gone, first_came = self._similar_step(self._first, gone, singles_came, GROUP_GUARD_FACTOR)
        second_gone, second_came = self._similar_step(self._second, first_gone, first_came, 1.0)
        return self._conflict_step(second_gone, second_came)

    # -- steps 1 and 2: similar pairs, merged ---------------------------------------------------------
    def _similar_step(self, step: _Pass, gone: Iterable[Id], came: dict[Id, _Group],
                      guard: float) -> tuple[list[Id], dict[Id, _Group]]:
        """`gone` and `came`: the step's inputs that changed (already so in its inputs)."""
        gone = list(gone)
        for item_id in gone:
            del step.norms[item_id]
        for item_id, group in came.items():
            step.norms[item_id] = norm(group.centroid)
        affected = _updated_index(step, gone, {item_id: similar_item(group) for item_id, group in came.items()})
        inputs = self._singles if step is self._first else self._first.groups
        lookup: Lookup = SimilarLookup(step.index, inputs, step.norms)
        known = self._known.pop(0 if step is self._first else 1, None)
        if known is not None and known.keys() == came.keys():  # (the build's items: the very same)
            lookup = KnownLookup(lookup, known)
        relinked = _relink(step, gone, affected, lookup)
        relinked.touched.update(came)
        if not step.groups:  # the first build: every item is new, the parts are merged whole
            return _remerge(step, relinked, inputs, set(came), guard)
        return _remerge_touched(step, relinked, inputs, set(came), gone, guard)

    # -- step 3: conflicts -------------------------------------------------------------------------
    def _conflict_step(self, gone: list[Id], came: dict[Id, _Group]) -> tuple[list[Happening], list[Happening]]:
        step = self._conflicts
        groups = self._second.groups
        affected = _updated_index(step, gone, {item_id: conflict_item(group) for item_id, group in came.items()})
        touched = _relink(step, gone, affected, ConflictLookup(step.index, groups)).touched
        touched.update(came)
        old_roots = {step.group_of.pop(node) for node in touched if node in step.group_of}
        new_happenings: dict[Id, Happening] = {}
        done: set[Id] = set()
        for start in touched:
            if start in done or start not in groups:
                continue
            part = _connected(start, step.linked)
            done |= part
            for node in part:
                old = step.group_of.pop(node, None)
                if old is not None:
                    old_roots.add(old)
            for root, members in _join_part(sorted(part), step.found, groups).items():
                new_happenings[root] = _happening([groups[member] for member in members])
                for member in members:
                    step.group_of[member] = root
        gone_happenings = [self.happenings.pop(root) for root in old_roots if root in self.happenings]
        came_happenings = list(new_happenings.values())
        self.happenings.update(new_happenings)
        kept = set(gone_happenings) & set(came_happenings)
        return ([h for h in gone_happenings if h not in kept], [h for h in came_happenings if h not in kept])


def _known_lookups(lookups: KeptLookups, ids: list[Id]) -> dict[int, dict[Id, Ranked]]:
    """The build's lookups (by evidence index, `ids` the evidence's ids in that order) by item
    id, per pass (0, 1). Empty when the ids do not follow the evidence's order: a pair's sides,
    and pairs of equal similarity, would not sort as the state's own lookups sort them."""
    if len(lookups.first) != len(ids) or any(earlier >= later for earlier, later in pairwise(ids)):
        return {}
    roots = [ids[root] for root in lookups.roots]
    return {0: {ids[k]: _renamed(ranked, ids) for k, ranked in enumerate(lookups.first)},
            1: {roots[k]: _renamed(ranked, roots) for k, ranked in enumerate(lookups.second)}}


def _renamed(ranked: Ranked, ids: Sequence[Id]) -> Ranked:
    pairs, cutoff = ranked
    return ([(similarity, ids[first], ids[second], threshold) for similarity, first, second, threshold in pairs],
            None if cutoff is None else (cutoff[0], ids[cutoff[1]], ids[cutoff[2]], cutoff[3]))


def _relink(step: _Pass, gone: list[Id], affected: dict[Id, set[Id] | None], lookup: Lookup) -> _Relinked:
    """The affected items' lookups run again (or patched, where what changed in their view
    allows); the pairs that changed, and the items they touch."""
    result = _Relinked(set(gone), set(), [])
    dropped: list[Pair] = []
    for item_id in gone:
        # Its own lookup's pairs go; those other lookups found with it go when they run again
        # (its leaving changed what they see), unless it came back the same to the same pairs.
        dropped.extend(step.pop_found(item_id))
        step.ranked.pop(item_id, None)
    for item_id, moved in affected.items():
        old = step.found.get(item_id, [])
        ranked = None
        if moved is not None and (known := step.ranked.get(item_id)) is not None:
            ranked = lookup.patched_ranked(item_id, known, moved)
        if ranked is None:
            ranked = lookup.ranked(item_id)
        step.ranked[item_id] = ranked
        new = lookup.found_in(ranked)
        if new == old:
            continue
        kept = set(new)
        dropped.extend(pair for pair in old if pair not in kept)
        was = set(old)
        for pair in new:
            if pair not in was:
                result.added.add(pair)
        step.set_found(item_id, new)
    for pair in dropped:
        if pair in result.added:
            result.added.discard(pair)  # found again by another lookup: not a change
            continue
        _, first, second, _ = pair
        for one, other in ((first, second), (second, first)):
            partners = step.linked.get(one)
            if partners is not None:
                partners.discard(other)
                if not partners:
                    del step.linked[one]
        result.touched.update((first, second))
        del step.ordered[bisect_left(step.ordered, pair)]
        result.gone.append(pair)
    for pair in result.added:
        _, first, second, _ = pair
        step.linked.setdefault(first, set()).add(second)
        step.linked.setdefault(second, set()).add(first)
        result.touched.update((first, second))
        insort(step.ordered, pair)
    result.gone.sort()
    return result


def _remerge(step: _Pass, relinked: _Relinked, inputs: dict[Id, _Group], changed: set[Id],
             guard: float) -> tuple[list[Id], dict[Id, _Group]]:
    """The connected parts holding the touched items merged again; the groups gone and come."""
    touched = relinked.touched
    old_roots = {step.group_of.pop(node) for node in touched if node in step.group_of}
    parts: list[set[Id]] = []
    part_of: dict[Id, int] = {}
    for start in touched:
        if start in part_of or start not in inputs:
            continue
        part = _connected(start, step.linked)
        for node in part:
            part_of[node] = len(parts)
            old = step.group_of.pop(node, None)
            if old is not None:
                old_roots.add(old)
        parts.append(part)
    last_groups = {root: step.groups[root] for root in old_roots if root in step.groups}
    pairs_of: list[list[Pair]] = [[] for _ in parts]
    gone_of: list[list[Pair]] = [[] for _ in parts]
    # Each part's new pairs apart: a part reads only its own (the first build has thousands of
    # parts, and every pair is new).
    added_of: list[set[Pair]] = [set() for _ in parts]
    if len(parts) == 1:  # the usual case, often the one part holding half the evidence
        within = parts[0]
        pairs_of[0] = [pair for pair in step.ordered if pair[1] in within]
    else:
        for pair in step.ordered:
            at = part_of.get(pair[1])
            if at is not None:
                pairs_of[at].append(pair)
    for pair in relinked.added:
        at = part_of.get(pair[1])
        if at is not None:
            added_of[at].add(pair)
    for pair in relinked.gone:
        # A gone pair that merged marks both its groups changed, whichever parts they are in now.
        for at in {part_of.get(pair[1]), part_of.get(pair[2])}:
            if at is not None:
                gone_of[at].append(pair)
    came: dict[Id, _Group] = {}
    for part, pairs, gone_pairs, added in zip(parts, pairs_of, gone_of, added_of, strict=True):
        replayed = replay_merges(part, pairs, gone_pairs, step.accepted, added, inputs, changed, last_groups, guard)
        step.accepted.difference_update(pairs)
        step.accepted.update(replayed.accepted)
        for root, group, held in replayed.groups:
            came[root] = group
            step.held[root] = held
            for node in held:
                step.group_of[node] = root
    step.accepted.difference_update(relinked.gone)
    gone_groups: list[Id] = []
    for root in old_roots:
        old_group = step.groups.pop(root, None)
        if old_group is None:
            continue
        new_group = came.get(root)
        if new_group is not None and (new_group is old_group or _same_group(old_group, new_group)):
            step.groups[root] = old_group  # merged as before: nothing changed downstream
            del came[root]
            continue
        gone_groups.append(root)
    step.groups.update(came)
    return gone_groups, came


def _remerge_touched(step: _Pass, relinked: _Relinked, inputs: dict[Id, _Group], changed: set[Id],
                     left: list[Id], guard: float) -> tuple[list[Id], dict[Id, _Group]]:
    """_remerge's result, worked out from what the change reaches (merge_touched.py), not from
    whole connected parts."""
    last = LastRun(step.group_of, step.held, step.groups, step.accepted, step.pairs_of)
    merged = merge_touched(last, inputs, changed, left, relinked.added, relinked.gone, guard)
    old_groups = {root: step.groups.pop(root) for root in merged.old_roots}
    for root in merged.old_roots:
        del step.held[root]
    for node in left:
        if node not in inputs:
            step.group_of.pop(node, None)
    came: dict[Id, _Group] = {}
    for root, (group, held) in merged.groups.items():
        step.held[root] = held
        for node in held:
            step.group_of[node] = root
        old_group = old_groups.pop(root, None)
        if old_group is not None and (group is old_group or _same_group(old_group, group)):
            step.groups[root] = old_group  # merged as before: nothing changed downstream
        else:
            if old_group is not None:
                old_groups[root] = old_group  # it changed: gone, and come again
            came[root] = group
    step.accepted.difference_update(merged.rejected)
    step.accepted.update(merged.accepted)
    step.accepted.difference_update(relinked.gone)
    step.groups.update(came)
    return list(old_groups), came


# -- the steps' lookups, as grouping.py does them -------------------------------------------------------


def _updated_index(step: _Pass, gone: list[Id], came: dict[Id, Item]) -> dict[Id, set[Id] | None]:
    """The step's index with the changes made; the items whose lookups see something else."""
    if not step.index.items and not gone:
        step.index = CappedIndex.of(step.index.cap, came)  # the first build: every lookup runs
        return dict.fromkeys(came)
    return step.index.update(gone, came)


def _join_part(nodes: list[Id], found: dict[Id, list[Pair]], groups: dict[Id, _Group]) -> dict[Id, list[Id]]:
    """_join_conflicts' joining, for one connected part: root -> its groups in order."""
    matches = sorted(pair for node in nodes for pair in found.get(node, ()))
    return join_without_shared_sources(nodes, matches, {node: groups[node].articles for node in nodes},
                                       {node: groups[node].finest for node in nodes})


def _grouped_by(item: Evidence) -> tuple[object, ...]:
    """What grouping reads of a piece of evidence."""
    return (item.interval, item.terms, item.sentence_key, item.names)


def _happening(groups: list[_Group]) -> Happening:
    return tuple(tuple(sorted(g.members)) for g in sorted(groups, key=lambda g: min(g.members)))


def _connected(start: Id, linked: dict[Id, set[Id]]) -> set[Id]:
    part = {start}
    stack = [start]
    while stack:
        for other in linked.get(stack.pop(), ()):
            if other not in part:
                part.add(other)
                stack.append(other)
    return part


def _same_group(old: _Group, new: _Group) -> bool:
    return (old.members == new.members and old.finest == new.finest and list(old.centroid.items())
            == list(new.centroid.items()) and old.names == new.names and old.sentences == new.sentences)


__all__ = ["GroupingState", "Happening", "RarityChanged", "sentence_terms"]
