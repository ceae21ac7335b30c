"""A short "who did what" label, cut from the supporting sentence most typical of the event.

Extractive, no model. From the most central sentence (shorter ones preferred):
1. take the clause holding the date phrase, without the phrase and the word leading to it;
2. split it at subordinating words ("after", "when", ...) and keep the part that holds the
   date ("Production stopped after workers walked out on Monday" -> "workers walked out"),
   unless that part only has a pronoun for a subject ("... when they met"), then keep the
   main part;
3. when what is left has no subject ("said the union will meet ..."), put the sentence's
   short opening clause in front ("Tom Rhee");
4. drop titles before names, parentheses and dangling words; keep at most a dozen words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from timeline.events.evidence import Evidence
from timeline.events.key_terms import is_content_word
from timeline.events.term_vectors import Vector, cosine
from timeline.events.word_lists import TITLE_WORDS

MAX_WORDS = 12
IDEAL_WORDS = 8
MAX_LEAD_WORDS = 5
LABEL_CANDIDATES = 4

_DATE_PREPOSITIONS = frozenset(("on", "in", "at", "since", "by", "until", "from", "of", "for", "during"))
_SUBORDINATORS = frozenset(
    ("after", "when", "while", "because", "amid", "before", "where", "which", "who", "whereas", "although",
     "though", "as", "since", "until", "once")
)
_PRONOUNS = frozenset(("they", "he", "she", "it", "we", "i", "you", "this", "that", "these", "those"))
_LEADING = frozenset(
    ("and", "but", "or", "so", "then", "also", "meanwhile", "however", "yet", "with", "making", "even", "that")
)
_TRAILING = frozenset(
    ("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as",
     "that", "which", "who", "when", "where", "while", "after", "before", "since", "until", "during", "amid",
     "his", "her", "their", "its", "is", "was", "were", "are", "be", "been", "about", "said", "says", "into")
)
_DETERMINERS = frozenset(("his", "her", "their", "the", "its"))
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
_PUNCTUATION = "\"“”‘’'.,;:!?-_—–()"


def choose_label(members: Sequence[int], evidence: Sequence[Evidence], vectors: Sequence[Vector]) -> str:
    """The label for a group of evidence (indices into `evidence`): central and short wins."""
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
        label = label_from_evidence(evidence[i])
        count = len(label.split())
        if count < 2:
            continue
        brevity = 1.0 / (1.0 + abs(count - IDEAL_WORDS) / IDEAL_WORDS)
        score = centrality[i] * brevity
        if score > best_score + 1e-9:
            best_score, best_label = score, label
    if best_label:
        return best_label
    first = evidence[min(members, key=lambda k: evidence[k].key)]
    return label_from_evidence(first) or first.sentence.strip()[:80]


def label_from_evidence(item: Evidence) -> str:
    """A short headline from the sentence around one dated mention."""
    words, date_at = _core_words(item)
    segment, at_start = _segment_with_date(words, date_at)
    if _lacks_subject(segment) and at_start:
        opener = next((_bare(w) for w in words if _bare(w)), "")
        lead = _antecedent(item) if opener in ("which", "who") else _lead_words(item)
        if lead and len(lead) <= MAX_LEAD_WORDS:
            segment = lead + segment
    return _tidy(segment)


def _core_words(item: Evidence) -> tuple[list[str], int]:
    """The words of the phrase's clause with the date phrase cut out, and where it stood."""
    offset = item.sentence_start
    mention = item.mention
    before = item.sentence[item.core_start - offset : max(mention.start, item.core_start) - offset].split()
    after = item.sentence[min(mention.end, item.core_end) - offset : item.core_end - offset].split()
    # "... met in the Kremlin on Monday": the preposition belonged to the date.
    while before and before[-1].lower() in _DATE_PREPOSITIONS:
        before.pop()
    return [*before, *after], len(before)


def _segment_with_date(words: list[str], date_at: int) -> tuple[list[str], bool]:
    """The part of the clause between subordinating words that holds the date; and whether it opens the clause.

    A date cut out just before "after" belonged to the part it ended ("declared an
    emergency on Friday after the bridge collapsed").
    """
    cuts = [i for i, w in enumerate(words) if i > 0 and _bare(w) in _SUBORDINATORS]
    bounds = list(zip([0, *cuts], [*cuts, len(words)], strict=True))
    low, high = next(((a, b) for a, b in bounds if date_at <= b and (date_at > a or a == 0)), bounds[-1])
    segment = _without_opening(words[low:high])
    if low == 0:
        return segment, True
    subject = next((w for w in segment if _bare(w)), "")
    if _bare(subject) in ("he", "she") and len(segment) >= 3:
        name = _last_name(words[:low])
        if name:
            # "It was Xi's first trip abroad since he obtained a third term" -> "Xi obtained a third term".
            return [*name, *segment[1:]], False
    if len(segment) < 3 or _bare(subject) in _PRONOUNS:
        return _without_opening(words[: bounds[0][1]]), True
    return segment, False


def _last_name(words: list[str]) -> list[str]:
    """The last run of capitalised words (a person's name), without a possessive."""
    end = len(words)
    while end > 0 and not (words[end - 1][:1].isupper() and end - 1 > 0):
        end -= 1
    start = end
    while start > 1 and words[start - 1][:1].isupper():
        start -= 1
    name = [w.strip(_PUNCTUATION) for w in words[start:end]]
    if name:
        name[-1] = re.sub(r"['’]s$", "", name[-1])
    return [w for w in name if w]


def _without_opening(words: list[str]) -> list[str]:
    """Drop leading punctuation, conjunctions and subordinating words ("while", "which")."""
    index = 0
    while index < len(words) and (not _bare(words[index]) or _bare(words[index]) in _LEADING | _SUBORDINATORS):
        index += 1
    return words[index:]


def _lacks_subject(segment: list[str]) -> bool:
    first = next((w for w in segment if is_content_word(w.strip(_PUNCTUATION)) or w[:1].isupper()), "")
    return not first or first[:1].islower()


def _lead_words(item: Evidence) -> list[str]:
    offset = item.sentence_start
    if item.lead_end >= item.core_start:
        return []
    return item.sentence[: item.lead_end - offset].split()


def _antecedent(item: Evidence) -> list[str]:
    """What a relative clause refers to: the noun phrase just before it ("during the talks, which ...")."""
    words = item.sentence[: item.core_start - item.sentence_start].split()[-MAX_LEAD_WORDS:]
    for index in range(len(words) - 1, -1, -1):
        if _bare(words[index]) in _DETERMINERS | {"a", "an"}:
            phrase = words[index:]
            return [*phrase[:-1], phrase[-1].rstrip(",;:")]
    return []


def _tidy(words: list[str]) -> str:
    text = _PARENTHESIS.sub("", " ".join(words))
    words = _drop_titles([w for w in text.split() if _bare(w) or w[:1] in "$€£"])
    while words and _bare(words[0]) in _LEADING:
        words.pop(0)
    if len(words) > MAX_WORDS:
        words = words[:MAX_WORDS]
    while words and _bare(words[-1]) in _TRAILING:
        words.pop()
    label = " ".join(words).strip(" ,;:-_—–").rstrip(".,;:")
    if label.count("“") != label.count("”") or label.count('"') % 2:
        label = label.replace("“", "").replace("”", "").replace('"', "")
    label = label.strip()
    return label[:1].upper() + label[1:]


@lru_cache(maxsize=1 << 14)
def _bare(word: str) -> str:
    return word.strip(_PUNCTUATION).lower()


def _drop_titles(words: list[str]) -> list[str]:
    """'his Chinese counterpart Xi Jinping' -> 'Xi Jinping'; 'Secretary of State Antony Blinken' -> 'Antony Blinken'."""
    result: list[str] = []
    index = 0
    while index < len(words):
        end = _title_end(words, index)
        if end is None:
            result.append(words[index])
            index += 1
            continue
        # Modifiers of the title already emitted go too: "Russian", "U.S.", "his".
        while result and result[-1][:1].isupper() and _bare(result[-1]) not in ("and", "or"):
            result.pop()
        if result and _bare(result[-1]) in _DETERMINERS:
            result.pop()
        index = end
    return result


def _title_end(words: list[str], index: int) -> int | None:
    """If a title starts at `index` and a capitalised name follows it, where the name starts."""
    if _bare(words[index]) not in TITLE_WORDS:
        return None
    end = index + 1
    # "Secretary of State": a title may carry an "of" phrase.
    if end + 1 < len(words) and words[end].lower() in ("of", "for") and words[end + 1][:1].isupper():
        end += 2
    if end < len(words) and words[end][:1].isupper() and _bare(words[end]) not in TITLE_WORDS:
        return end
    return None
