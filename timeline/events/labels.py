"""An event's label: the headline (timeline/events/headline.py) of its most central, most readable sentence.

Each of the few most central supporting sentences (nearest the group's term centroid)
is cut into a headline; the one that reads best wins: a clause with a subject and a
verb, of headline length, weighted by how typical its sentence is of the event.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.events.clause_chunks import first_verb, tokenize
from timeline.events.evidence import Evidence
from timeline.events.headline import MAX_CHARS, Headline, capped_headline
from timeline.events.term_vectors import Vector, cosine

LABEL_CANDIDATES = 4
IDEAL_CHARS = 40
# A headline that hands the floor to a speaker ("Kirby: ...") reads slightly worse than one
# that states the happening itself.
ATTRIBUTED_FACTOR = 0.85
WITHOUT_VERB_FACTOR = 0.5
_RELATIVE_PRONOUNS = frozenset(("that", "which", "who", "whom", "whose"))


def choose_label(members: Sequence[int], evidence: Sequence[Evidence], vectors: Sequence[Vector]) -> str:
    """The label for a group of evidence (indices into `evidence`): central and readable wins."""
    if not members:
        return "(no sources)"
    centroid: Vector = {}
    for i in members:
        for term, value in vectors[i].items():
            centroid[term] = centroid.get(term, 0.0) + value
    centrality = {i: cosine(vectors[i], centroid) if vectors[i] else 0.0 for i in members}
    # Only the most central few are cut into labels: a big event needs no hundred candidates.
    central = sorted(members, key=lambda k: (-centrality[k], evidence[k].key))[:LABEL_CANDIDATES]
    best_score = -1.0
    best_label = ""
    for i in sorted(central, key=lambda k: evidence[k].key):
        cut = headline_from_evidence(evidence[i])
        label = cut.text
        if len(label.split()) < 2:
            continue
        score = (0.5 + centrality[i]) * readability(label, cut=cut.cut)
        if score > best_score + 1e-9:
            best_score, best_label = score, label
    if best_label:
        return best_label
    first = evidence[min(members, key=lambda k: evidence[k].key)]
    return label_from_evidence(first) or first.sentence.strip()[:MAX_CHARS]


def label_from_evidence(item: Evidence) -> str:
    """The headline of the sentence around one dated mention."""
    return headline_from_evidence(item).text


def headline_from_evidence(item: Evidence) -> Headline:
    offset = item.sentence_start
    return capped_headline(item.sentence, item.mention.start - offset, item.mention.end - offset)


def readability(label: str, *, cut: bool = False) -> float:
    """How well a headline reads, in (0, 1]: near headline length, with a verb, stating rather than quoting.

    A `cut` headline (its clause was longer) whose only verb sits in a relative clause lost
    its main verb with the cut ("any proposal that left forces in place [would let ...]"):
    it reads as one without a verb.
    """
    brevity = 1.0 / (1.0 + abs(len(label) - IDEAL_CHARS) / IDEAL_CHARS)
    statement = label.split(": ", 1)[-1]
    tokens = tokenize(statement)
    verb = first_verb(tokens)
    if verb and cut and any(t.lower in _RELATIVE_PRONOUNS for t in tokens[:verb]):
        verb = None
    factor = 1.0 if verb else WITHOUT_VERB_FACTOR
    if ": " in label:
        factor *= ATTRIBUTED_FACTOR
    return brevity * factor
