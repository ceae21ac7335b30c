"""Merging again after a few pairs changed, at the cost of what the change reaches, not of the connected part.

merge_replay.py replays a connected part of the pairs' graph from its first changed pair
on. On a real corpus one part can hold half the evidence (5,800 mentions, 20,000 pairs on
bpoil), and a date change touching it replayed all of it. Yet a merge depends only on the
two groups it joins, so a pair between two groups that are still what they were at that
point of the last run ("clean") is decided as the last run decided it. Only the pairs of
groups that changed ("dirty") need deciding, in merging order, and a group becomes dirty
only through such a pair (or a new one, or a merge of the last run whose pair is gone).
So this follows the change: it takes, strongest first, the new and gone pairs and the pairs
of every node once its group is dirty. A clean group's state at any point is the last run's:
its final group's merges up to that point, made when a dirty one meets it.

The result is what merge_replay.py gives (tests/events/test_grouping_state.py compares
every change against grouping everything again).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from timeline.events.grouping import Pair, _Group, joins
from timeline.events.merge_replay import copied

Node = int
_CURRENT, _GONE = 0, 1  # a pair of the graph now; an accepted pair of the last run that is gone


@dataclass(slots=True)
class LastRun:
    """What merging left last time: each node's root, each root's nodes and group, the pairs
    that merged, and each node's pairs now (`pairs_of`)."""

    root_of: dict[Node, Node]
    held: dict[Node, list[Node]]
    groups: dict[Node, _Group]
    accepted: set[Pair]
    pairs_of: Callable[[Node], Iterable[Pair]]


@dataclass(slots=True)
class Merged:
    """The groups that changed: by their root, with the nodes each holds; the old roots whose
    group is no more; the pairs whose decision changed."""

    groups: dict[Node, tuple[_Group, list[Node]]]
    old_roots: set[Node]  # every root of the last run whose group was touched
    accepted: set[Pair] = field(default_factory=set)  # decided afresh (or replayed) and merged
    rejected: set[Pair] = field(default_factory=set)  # decided afresh and not merged


class _Final:
    """One final group of the last run, replayed (its merges in order) as far as asked."""

    __slots__ = ("merges", "next", "nodes", "root")

    def __init__(self, root: Node, nodes: list[Node], merges: list[Pair]) -> None:
        self.root, self.nodes, self.merges, self.next = root, nodes, merges, 0


def merge_touched(last: LastRun, inputs: dict[Node, _Group], changed: set[Node], left: Iterable[Node],
                  added: set[Pair], gone: Iterable[Pair], guard_factor: float) -> Merged:
    """`inputs`: each node's group as merging starts; `changed`: nodes whose input is new (or
    that are new); `left`: nodes that are inputs no more; `added`: pairs the last run did not
    have; `gone`: its pairs that are no more."""
    run = _Run(last, inputs, guard_factor)
    queue: list[tuple[Pair, int]] = [(pair, _GONE) for pair in gone if pair in last.accepted]
    queue.extend((pair, _CURRENT) for pair in added)
    for node in changed:
        if node in inputs:
            run.materialize(node)
            run.dirty[node] = copied(inputs[node])
            queue.extend((pair, _CURRENT) for pair in last.pairs_of(node))
    queued = set(queue)
    queue = list(queued)
    heapq.heapify(queue)
    while queue:
        pair, kind = heapq.heappop(queue)
        for node in run.decide(pair, kind, pair in added):
            for other in last.pairs_of(node):
                if other > pair and (other, _CURRENT) not in queued:
                    queued.add((other, _CURRENT))
                    heapq.heappush(queue, (other, _CURRENT))
    return run.result(left)


class _Run:
    def __init__(self, last: LastRun, inputs: dict[Node, _Group], guard_factor: float) -> None:
        self.last, self.inputs, self.guard_factor = last, inputs, guard_factor
        self.owner: dict[Node, Node] = {}
        self.held_now: dict[Node, list[Node]] = {}
        self.size: dict[Node, int] = {}  # evidence held by each root: what decides which root stays
        self.merges: dict[Node, list[tuple[Node, Node]]] = {}  # clean root -> its merges, in order
        self.built: dict[Node, _Group] = {}  # clean roots' states, built from their merges, while they last
        self.dirty: dict[Node, _Group] = {}
        self.final_of: dict[Node, _Final] = {}  # each node made so far -> its final group of the last run
        self.finals: dict[Node, _Final] = {}  # by the last run's root
        self.accepted: set[Pair] = set()
        self.rejected: set[Pair] = set()

    # -- the last run's groups, made as far as needed ---------------------------------------------
    def materialize(self, node: Node) -> None:
        """The node, and the other nodes of its final group of the last run, each on its own."""
        if node in self.owner:
            return
        root = self.last.root_of.get(node)
        if root is None or root not in self.last.held:  # new: a group of its own
            self._single(node)
            return
        nodes = [member for member in self.last.held[root] if member in self.inputs]
        # Every pair of its nodes, then those that merged: set operations in C (a group of
        # hundreds has thousands of pairs, each asked in turn was a tenth of the regrouping of
        # a date change touching the much-reported explosion on bpoil).
        merges = sorted(set().union(*map(self.last.pairs_of, nodes)) & self.last.accepted)
        final = _Final(root, nodes, merges)
        self.finals[root] = final
        for member in nodes:
            self._single(member)
            self.final_of[member] = final
        if node not in self.owner:
            self._single(node)

    def _single(self, node: Node) -> None:
        self.owner[node] = node
        self.held_now[node] = [node]
        self.size[node] = len(self.inputs[node].members)

    def advance(self, final: _Final, before: Pair | None) -> None:
        """The final group's merges of the last run before `before` (None: all), made as then:
        each joins two clean groups (a pair of a dirty one was decided when its turn came)."""
        merges = final.merges
        while final.next < len(merges) and (before is None or merges[final.next] < before):
            pair = merges[final.next]
            final.next += 1
            a, b = self.find(pair[1]), self.find(pair[2])
            if a != b and a not in self.dirty and b not in self.dirty:
                self._union_as_before(a, b)
            else:
                self.rejected.add(pair)  # it merges nothing now (as merge_replay.py keeps it)

    def find(self, k: Node) -> Node:
        owner = self.owner
        while owner[k] != k:
            owner[k] = owner[owner[k]]
            k = owner[k]
        return k

    def state(self, root: Node) -> _Group:
        group = self.dirty.get(root) or self.built.get(root)
        if group is not None:
            return group
        copies = {node: copied(self.inputs[node]) for node in self.held_now[root]}
        for first, second in self.merges.get(root, ()):
            copies[first].absorb(copies[second])
        self.built[root] = copies[root]
        return copies[root]

    def _union(self, a: Node, b: Node) -> None:
        self.built.pop(a, None)
        self.built.pop(b, None)
        self.owner[b] = a
        self.held_now[a].extend(self.held_now.pop(b))
        self.size[a] += self.size.pop(b)

    def _union_as_before(self, a: Node, b: Node) -> None:
        if self.size[a] < self.size[b]:
            a, b = b, a
        # A built state grows by the smaller side's, as replaying the merges would make it (the
        # larger side's merges, the smaller's, then this one): a clean group of hundreds that
        # keeps meeting small ones was built again from its single members after each (six
        # thousand merges replayed for one date change on bpoil).
        grown = self.built.get(a)
        if grown is not None:
            grown.absorb(self.state(b))
        steps = self.merges.setdefault(a, [])
        steps.extend(self.merges.pop(b, ()))
        steps.append((a, b))
        self._union(a, b)
        if grown is not None:
            self.built[a] = grown

    def _made_dirty(self, root: Node) -> list[Node]:
        """The root dirty from here on; its nodes, when it was clean until now."""
        if root in self.dirty:
            return []
        self.dirty[root] = self.state(root)
        self.merges.pop(root, None)
        return list(self.held_now[root])

    # -- one pair, in merging order -------------------------------------------------------------
    def decide(self, pair: Pair, kind: int, is_new: bool) -> list[Node]:
        """The pair decided; the nodes whose groups it made dirty (their later pairs are to be
        decided too)."""
        _similarity, i, j, threshold = pair
        present = [node for node in (i, j) if node in self.inputs]
        for node in present:
            self.materialize(node)
        finals = {self.final_of[node] for node in present if node in self.final_of}
        for final in finals:
            self.advance(final, pair)
            if final.next < len(final.merges) and final.merges[final.next] == pair:
                final.next += 1  # decided here, not replayed
        if kind == _GONE:  # a merge of the last run whose pair is no more: its groups are not what they were
            return [node for root in {self.find(node) for node in present} for node in self._made_dirty(root)]
        a, b = self.find(i), self.find(j)
        if a == b:
            self.rejected.add(pair)
            return []
        if not is_new and a not in self.dirty and b not in self.dirty:
            if pair in self.last.accepted:  # both as they were: the last run's merge stands
                self._union_as_before(a, b)
            return []
        first, second = self.state(a), self.state(b)
        if not joins(first, second, (a, b) == (i, j), threshold * self.guard_factor):
            self.rejected.add(pair)
            if pair in self.last.accepted:  # the last run merged them here: neither is what it was
                return self._made_dirty(a) + self._made_dirty(b)
            return []
        newly = [node for root in (a, b) if root not in self.dirty for node in self.held_now[root]]
        if len(first.members) < len(second.members):
            a, b, first, second = b, a, second, first
        first.absorb(second)
        self._union(a, b)
        self.dirty[a] = first
        self.dirty.pop(b, None)
        self.merges.pop(a, None)
        self.merges.pop(b, None)
        self.accepted.add(pair)
        return newly

    # -- what changed -------------------------------------------------------------------------------
    def result(self, left: Iterable[Node]) -> Merged:
        """The groups of every final group of the last run that a dirty group reached or that
        lost a node, and of the nodes new to it."""
        live = [node for root in self.dirty for node in self.held_now[root]]
        touched_roots = {self.last.root_of[node] for node in [*live, *left] if node in self.last.root_of}
        merged = Merged({}, set(), self.accepted, self.rejected)
        nodes = set(live)
        for root in touched_roots:
            if root not in self.last.held:
                continue
            merged.old_roots.add(root)
            final = self.finals.get(root)
            if final is None:  # only lost a node: made now, to be merged without it
                present = [node for node in self.last.held[root] if node in self.inputs]
                if not present:
                    continue
                self.materialize(present[0])
                final = self.finals[root]
            self.advance(final, None)  # the rest of its merges, as before
            nodes.update(final.nodes)
        for root in {self.find(node) for node in nodes}:
            merged.groups[root] = (self.state(root), self.held_now[root])
        return merged


__all__ = ["LastRun", "Merged", "merge_touched"]
