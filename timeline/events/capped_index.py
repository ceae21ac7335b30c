"""The capped inverted index of grouping (events/grouping.py), kept up to date as items come and go.

Grouping files each item, in one fixed order, under places (calendar buckets, period ends)
and terms, keeping only the first CAP items of each posting; an item looks up, before it
is filed itself, what its places hold for its terms. What a lookup saw is therefore the
part of the final posting that comes before the item in that order (a posting only ever
grows at its end until it is full), so this index keeps the final postings and answers a
lookup by reading them up to the item's own place in the order. When items leave or
arrive, it says which lookups now see something else: those of the places and terms
whose postings changed, ordered after the first change.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

Place = Hashable
ItemId = int


@dataclass(slots=True)
class Item:
    order: tuple[object, ...]  # the fixed order in which items look up, then are filed
    terms: Sequence[str]  # what it is filed and looked up under
    filed: tuple[Place, ...]
    looks: tuple[Place, ...]


@dataclass(slots=True)
class CappedIndex:
    cap: int
    items: dict[ItemId, Item] = field(default_factory=dict)
    # The items filed under each place and term after the first `cap` (those in the posting), in
    # order: what refills a full posting when one of its items leaves, found at once (scanning
    # the place's items for the next with the term was a tenth of a date change's regrouping on
    # bpoil). Ids only, bisected by their items' order; most postings never fill.
    beyond: dict[Place, dict[str, list[ItemId]]] = field(default_factory=dict)
    postings: dict[Place, dict[str, list[ItemId]]] = field(default_factory=dict)
    lookers: dict[Place, dict[str, set[ItemId]]] = field(default_factory=dict)

    @classmethod
    def of(cls, cap: int, items: dict[ItemId, Item]) -> CappedIndex:
        index = cls(cap)
        index.items = items
        for item_id, item in sorted(items.items(), key=lambda entry: entry[1].order):
            for place in item.filed:
                postings = index.postings.setdefault(place, {})
                for term in item.terms:
                    posting = postings.get(term)
                    if posting is None:
                        postings[term] = [item_id]
                    elif len(posting) < cap:
                        posting.append(item_id)
                    else:
                        index.beyond.setdefault(place, {}).setdefault(term, []).append(item_id)
            index._look_up_under(item_id, item)
        return index

    def seen_by(self, item_id: ItemId, place: Place, term: str) -> Iterator[ItemId]:
        """What a lookup of `item_id` under `place` and `term` saw: the posting before it."""
        posting = self.postings.get(place, {}).get(term)
        if not posting:
            return
        own = self.items[item_id].order
        items = self.items
        for other in posting:
            if items[other].order >= own:
                return
            yield other

    def holding(self, item_id: ItemId, place: Place) -> frozenset[str]:
        """The terms whose postings at `place` hold the item (those it is filed under that made the cap)."""
        item = self.items[item_id]
        if place not in item.filed:
            return frozenset()
        items, cap, own, postings = self.items, self.cap, item.order, self.postings[place]
        # A posting holds the first items filed with its term: it holds this one unless it is
        # full of earlier ones (no need to search it).
        return frozenset(term for term in item.terms
                         if len(posting := postings[term]) < cap or items[posting[-1]].order >= own)

    def update(self, gone: Iterable[ItemId], came: dict[ItemId, Item]) -> dict[ItemId, set[ItemId] | None]:
        """Items leave and arrive. Returns the items whose lookups now see something else, each
        with the items that came into or left its view (None for the arrivals: they look up anew)."""
        # The items that came into or left each posting, with their order then.
        changes: dict[tuple[Place, str], list[tuple[tuple[object, ...], ItemId]]] = {}

        def order_of(item_id: ItemId) -> tuple[object, ...]:
            return self.items[item_id].order

        def changed(place: Place, term: str, item_id: ItemId) -> None:
            changes.setdefault((place, term), []).append((self.items[item_id].order, item_id))

        for item_id in gone:
            item = self.items[item_id]
            for place in item.looks:
                by_term = self.lookers[place]
                for term in item.terms:
                    by_term[term].discard(item_id)
            for place in item.filed:
                postings = self.postings[place]
                beyond = self.beyond.get(place)
                for term in item.terms:
                    posting = postings[term]
                    later = beyond.get(term) if beyond is not None else None
                    if item_id in posting:
                        changed(place, term, item_id)
                        posting.remove(item_id)
                        if later:  # it was full: the next filed with the term joins
                            refill = later.pop(0)
                            posting.append(refill)
                            changed(place, term, refill)
                    else:  # (a posting holds its first items: one not in it is among those beyond)
                        assert later is not None
                        del later[bisect_left(later, item.order, key=order_of)]
            del self.items[item_id]
        for item_id, item in came.items():
            self.items[item_id] = item
            for place in item.filed:
                postings = self.postings.setdefault(place, {})
                for term in item.terms:
                    posting = postings.setdefault(term, [])
                    if len(posting) == self.cap and self.items[posting[-1]].order < item.order:
                        later = self.beyond.setdefault(place, {}).setdefault(term, [])
                        later.insert(bisect_left(later, item.order, key=order_of), item_id)
                        continue
                    at = bisect_left(posting, item.order, key=order_of)
                    posting.insert(at, item_id)
                    changed(place, term, item_id)
                    if len(posting) > self.cap:
                        pushed_out = posting.pop()
                        changed(place, term, pushed_out)
                        self.beyond.setdefault(place, {}).setdefault(term, []).insert(0, pushed_out)
            self._look_up_under(item_id, item)
        affected: dict[ItemId, set[ItemId] | None] = {item_id: None for item_id in came}
        # The lookers of the postings that changed the same way, gathered first: an item that
        # leaves or comes changes a posting per place and term, and a looker reads many of
        # them (a date change visited each looker once per term, hundreds of lookers each).
        gathered: dict[tuple[tuple[tuple[object, ...], ItemId], ...], set[ItemId]] = {}
        for (place, term), moved in changes.items():
            lookers = self.lookers.get(place, {}).get(term)
            if not lookers:
                continue
            key = tuple(sorted(moved))
            known = gathered.get(key)
            if known is None:
                gathered[key] = set(lookers)
            else:
                known |= lookers
        items = self.items
        for moved_in_order, lookers in gathered.items():
            first, last = moved_in_order[0][0], moved_in_order[-1][0]
            orders = [order for order, _other in moved_in_order]
            moved_ids = [other for _order, other in moved_in_order]
            for looker in lookers:
                own = items[looker].order
                if own <= first or looker in came:
                    continue
                seen = affected.get(looker)
                if seen is None:
                    seen = affected[looker] = set()
                # (most lookers come after every move: no need to bisect for them)
                seen.update(moved_ids if own > last else moved_ids[:bisect_left(orders, own)])
        return affected

    def _look_up_under(self, item_id: ItemId, item: Item) -> None:
        for place in item.looks:
            by_term = self.lookers.setdefault(place, {})
            for term in item.terms:
                found = by_term.get(term)
                if found is None:
                    by_term[term] = {item_id}
                else:
                    found.add(item_id)


__all__ = ["CappedIndex", "Item"]
