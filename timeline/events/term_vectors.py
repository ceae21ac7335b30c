"""Sparse term vectors weighted by rarity across the corpus, and their cosine similarity.

A word found in few sentences ("Kremlin", "warrant") identifies a happening; one found in
most ("Putin" in a corpus about Putin) does not. Rarity is counted over distinct
sentences, so an article quoting the same sentence twice does not make it rarer.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from itertools import repeat
from operator import mul

from timeline.events.evidence import Evidence

Vector = dict[str, float]


def rarity_weights(evidence: Sequence[Evidence]) -> dict[str, float]:
    """ln(1 + N / df) per stem, N counting distinct sentences that carry dated mentions."""
    sentences = _first_of_each_sentence(evidence)
    frequency: dict[str, int] = {}
    for item in sentences:
        for term, _weight in item.terms:
            frequency[term] = frequency.get(term, 0) + 1
    total = max(len(sentences), 1)
    return {term: math.log(1.0 + total / count) for term, count in frequency.items()}


def _first_of_each_sentence(evidence: Iterable[Evidence]) -> list[Evidence]:
    """One piece of evidence per sentence (its first): what rarity and the setting count."""
    seen: set[tuple[str, int]] = set()
    first: list[Evidence] = []
    for item in evidence:
        if item.sentence_key not in seen:
            seen.add(item.sentence_key)
            first.append(item)
    return first


# A name in more than this share of the dated sentences is the story's setting ("BP" in a corpus
# on the BP spill, "Port-au-Prince" in one on the Haiti quake), not an actor that tells one
# happening from another; counted only in a corpus big enough for shares to mean something.
SETTING_SHARE = 0.08
SETTING_MIN_SENTENCES = 200


def setting_names(evidence: Iterable[Evidence]) -> frozenset[str]:
    """The names (stems) so common among the corpus's dated sentences that they name no actor."""
    sentences = _first_of_each_sentence(evidence)
    if len(sentences) < SETTING_MIN_SENTENCES:
        return frozenset()
    frequency: dict[str, int] = {}
    for item in sentences:
        for name in item.names:
            frequency[name] = frequency.get(name, 0) + 1
    return frozenset(name for name, count in frequency.items() if count > SETTING_SHARE * len(sentences))


def weighted_vector(item: Evidence, rarity: dict[str, float]) -> Vector:
    return {term: weight * rarity.get(term, 1.0) for term, weight in item.terms}


def norm(vector: Vector) -> float:
    values = vector.values()
    return math.sqrt(sum(map(mul, values, values)))


def cosine(first: Vector, second: Vector, first_norm: float | None = None, second_norm: float | None = None) -> float:
    if len(first) > len(second):
        first, second = second, first
        first_norm, second_norm = second_norm, first_norm
    # The same products summed in the same order as a generator over first.items() would,
    # but map() runs the loop in C: grouping a corpus asks this hundreds of thousands of times.
    dot = sum(map(mul, first.values(), map(second.get, first.keys(), repeat(0.0))))
    if dot == 0.0:
        return 0.0
    a = first_norm if first_norm is not None else norm(first)
    b = second_norm if second_norm is not None else norm(second)
    return dot / (a * b) if a and b else 0.0


def add_into(total: Vector, vectors: Iterable[Vector]) -> None:
    for vector in vectors:
        for term, value in vector.items():
            total[term] = total.get(term, 0.0) + value


def top_terms(vector: Vector, count: int) -> list[str]:
    """The heaviest terms, ties broken by the term so the choice never depends on dict order."""
    return [term for term, _ in sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:count]]
