"""Merging one connected part of the pairs' graph again after a few of its pairs changed, at the cost of
those pairs, not of the part.

Merging (grouping._merge_with_roots) takes pairs strongest first; a merge depends only on
the two groups it joins. So while a group is still exactly what it was at the same point of
the last run ("clean"), the last run's decision on its pairs stands and nothing needs
working out: only which nodes it holds and the order of the merges that made it (to build
its centroid with the very same sums, should it meet a changed group). A group becomes
changed ("dirty") by a decision taken afresh that joins it, by a pair that is new, or by a
merge of the last run whose pair is gone. At the end a clean group is the last run's group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from timeline.events.grouping import Pair, _Group, joins

Node = int


@dataclass(slots=True)
class Replayed:
    groups: list[tuple[Node, _Group, list[Node]]]  # root, its group, the nodes it holds
    accepted: set[Pair]  # the part's pairs that merged two groups


def replay_merges(
    nodes: Iterable[Node],
    pairs: Iterable[Pair],
    gone_pairs: Sequence[Pair],
    accepted_before: set[Pair],
    added: set[Pair],
    inputs: dict[Node, _Group],
    changed: set[Node],
    last_groups: dict[Node, _Group],
    guard_factor: float,
) -> Replayed:
    """`pairs`: the part's pairs now, strongest first; `gone_pairs`: the last run's pairs of the
    part that are no more, strongest first; `added`: the part's pairs the last run did not have;
    `inputs`: each node's group as merging starts (never changed here); `changed`: nodes whose
    group is new; `last_groups`: the last run's groups by root."""
    owner: dict[Node, Node] = {}
    held: dict[Node, list[Node]] = {}
    size: dict[Node, int] = {}  # evidence held by each root: what decides which root stays
    merges: dict[Node, list[tuple[Node, Node]]] = {}  # clean root -> its merges, in order
    dirty: dict[Node, _Group] = {}
    accepted: set[Pair] = set()
    for node in nodes:
        owner[node] = node
        held[node] = [node]
        size[node] = len(inputs[node].members)
        if node in changed:
            dirty[node] = _copied(inputs[node])

    def find(k: Node) -> Node:
        while owner[k] != k:
            owner[k] = owner[owner[k]]
            k = owner[k]
        return k

    built: dict[Node, _Group] = {}  # clean roots' states, built from their merges, while they last

    def state(root: Node) -> _Group:
        group = dirty.get(root) or built.get(root)
        if group is not None:
            return group
        copies = {node: _copied(inputs[node]) for node in held[root]}
        for first, second in merges.get(root, ()):
            copies[first].absorb(copies[second])
        built[root] = copies[root]
        return copies[root]

    def union(a: Node, b: Node) -> None:
        built.pop(a, None)
        built.pop(b, None)
        owner[b] = a
        held[a].extend(held.pop(b))
        size[a] += size.pop(b)

    def union_as_before(a: Node, b: Node) -> None:
        if size[a] < size[b]:
            a, b = b, a
        steps = merges.setdefault(a, [])
        steps.extend(merges.pop(b, ()))
        steps.append((a, b))
        union(a, b)

    pairs = list(pairs)
    # Up to the first pair that is new, gone or of a changed node, every group is as it was:
    # only the last run's merges need making, nothing needs deciding.
    stop = min([*gone_pairs[:1], *(pair for pair in added if pair[1] in owner)], default=None)
    at = 0
    for pair in pairs:
        if (stop is not None and pair >= stop) or pair[1] in dirty or pair[2] in dirty:
            break
        at += 1
        if pair in accepted_before:
            accepted.add(pair)
            union_as_before(find(pair[1]), find(pair[2]))
    gone_at = 0
    for pair in pairs[at:]:
        while gone_at < len(gone_pairs) and gone_pairs[gone_at] < pair:
            _forget(gone_pairs[gone_at], accepted_before, owner, find, dirty, state)
            gone_at += 1
        _similarity, i, j, threshold = pair
        a, b = find(i), find(j)
        if a == b:
            continue
        if pair not in added and a not in dirty and b not in dirty:
            if pair in accepted_before:  # both as they were: the last run's merge stands
                union_as_before(a, b)
                accepted.add(pair)
            continue
        first, second = state(a), state(b)
        if not joins(first, second, (a, b) == (i, j), threshold * guard_factor):
            if pair in accepted_before:  # the last run merged them here: neither is what it was
                dirty[a], dirty[b] = first, second
                merges.pop(a, None)
                merges.pop(b, None)
            continue
        if len(first.members) < len(second.members):
            a, b, first, second = b, a, second, first
        first.absorb(second)
        union(a, b)
        dirty[a] = first
        dirty.pop(b, None)
        merges.pop(a, None)
        merges.pop(b, None)
        accepted.add(pair)
    for pair in gone_pairs[gone_at:]:
        _forget(pair, accepted_before, owner, find, dirty, state)
    groups = []
    for root in sorted(held):
        # Clean to the end: the last run's group (a single never merged may be new to it).
        group = dirty.get(root) or last_groups.get(root) or state(root)
        groups.append((root, group, held[root]))
    return Replayed(groups, accepted)


def _forget(pair: Pair, accepted_before: set[Pair], owner: dict[Node, Node], find: Callable[[Node], Node],
            dirty: dict[Node, _Group], state: Callable[[Node], _Group]) -> None:
    """A pair of the last run that is gone: if it merged, the groups it joined are no longer
    what they were from here on."""
    if pair not in accepted_before:
        return
    for node in pair[1:3]:
        if node in owner:
            root = find(node)
            if root not in dirty:
                dirty[root] = state(root)


def _copied(group: _Group) -> _Group:
    """A group merging may grow without changing the one kept (singles share their vector)."""
    # A single's centroid is its shared vector, which absorbing copies first; a group's is its own.
    centroid = group.centroid if len(group.members) == 1 else dict(group.centroid)
    return _Group(list(group.members), group.finest, centroid, set(group.sentences), set(group.articles),
                  set(group.names), set(group.actors), group.posted)


__all__ = ["Replayed", "copied", "replay_merges"]

copied = _copied
