"""A short "who did what" label, cut from the supporting sentence most typical of the event.

Extractive, no model: take the clause around the date phrase in the most central
sentence (shorter clauses preferred), drop the date phrase and the words that only
led up to it, titles before names ("Russian President Vladimir Putin" -> "Vladimir
Putin"), parentheses and subordinate tails, and keep at most a dozen words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.events.evidence import Evidence
from timeline.events.term_vectors import Vector, cosine
from timeline.events.word_lists import TITLE_WORDS

MAX_WORDS = 12
IDEAL_WORDS = 9

# Words that introduce a clause or lead up to a date: dropped from a label's ends.
_LEADING = frozenset(
    ("and", "but", "while", "as", "when", "after", "before", "which", "who", "that", "since", "so", "then",
     "also", "meanwhile", "although", "though", "where", "because", "amid", "even", "with", "making")
)
_TRAILING = frozenset(
    ("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as",
     "that", "which", "who", "when", "where", "while", "after", "before", "since", "until", "during", "amid",
     "last", "next", "this", "his", "her", "their", "its", "said", "says")
)
# Where a long clause is cut: subordinate conjunctions.
_CUT_BEFORE = frozenset(
    ("when", "where", "while", "after", "before", "because", "amid", "as", "which", "who", "that", "although",
     "though")
)
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
_SPACES = re.compile(r"\s+")
_QUOTES = "\"“”‘’'"


def choose_label(members: Sequence[int], evidence: Sequence[Evidence], vectors: Sequence[Vector]) -> str:
    """The label for a group of evidence (indices into `evidence`)."""
    if not members:
        return "(no sources)"
    centroid: Vector = {}
    for i in members:
        for term, value in vectors[i].items():
            centroid[term] = centroid.get(term, 0.0) + value
    best_score = -1.0
    best_label = ""
    for i in sorted(members, key=lambda k: evidence[k].key):
        label = label_from_evidence(evidence[i])
        words = len(label.split())
        if not words:
            continue
        centrality = cosine(vectors[i], centroid) if vectors[i] else 0.0
        brevity = 1.0 / (1.0 + abs(words - IDEAL_WORDS) / IDEAL_WORDS)
        score = centrality * brevity
        if score > best_score + 1e-9:
            best_score, best_label = score, label
    return best_label or label_from_evidence(evidence[min(members)]) or evidence[min(members)].mention.text


def label_from_evidence(item: Evidence) -> str:
    """The clause around the date phrase, without the phrase, trimmed to a short headline."""
    offset = item.sentence_start
    mention = item.mention
    before = item.sentence[item.clause_start - offset : max(mention.start - offset, item.clause_start - offset)]
    after = item.sentence[min(mention.end - offset, item.clause_end - offset) : item.clause_end - offset]
    before_words = before.split()
    # "... met in the Kremlin on Monday": the preposition belonged to the date.
    while before_words and before_words[-1].lower() in ("on", "in", "at", "since", "by", "until", "from", "of"):
        before_words.pop()
    text = " ".join([*before_words, *after.split()])
    text = _PARENTHESIS.sub("", text)
    words = [w for w in _SPACES.split(text.strip()) if w]
    words = _drop_titles(words)
    while words and words[0].lower().strip(_QUOTES + ",") in _LEADING:
        words.pop(0)
    words = _cut_long(words)
    while words and words[-1].lower().strip(_QUOTES + ",.;:") in _TRAILING:
        words.pop()
    label = " ".join(words).strip(" ,;:-_—–")
    label = label.rstrip(".")
    if label.count("“") != label.count("”"):
        label = label.replace("“", "").replace("”", "")
    if label.count('"') % 2:
        label = label.replace('"', "")
    return label[:1].upper() + label[1:]


def _drop_titles(words: list[str]) -> list[str]:
    """'his Chinese counterpart Xi Jinping' -> 'Xi Jinping'; 'Secretary of State Antony Blinken' -> 'Antony Blinken'."""
    result: list[str] = []
    index = 0
    while index < len(words):
        end = _title_end(words, index)
        if end is not None:
            # Drop modifiers already emitted: "Russian", "U.S.", "his", "the".
            while result and (result[-1][:1].isupper() or result[-1].lower() in ("his", "her", "their", "the", "its")):
                if result[-1].lower() in ("his", "her", "their", "the", "its"):
                    result.pop()
                    break
                result.pop()
            index = end
            continue
        result.append(words[index])
        index += 1
    return result


def _title_end(words: list[str], index: int) -> int | None:
    """If a title starts at `index` and a capitalised name follows it, where the name starts."""
    word = words[index].lower().strip(_QUOTES + ",")
    if word not in TITLE_WORDS:
        return None
    end = index + 1
    # "Secretary of State", "Minister for Foreign Affairs": a title may carry an "of" phrase.
    if end + 1 < len(words) and words[end].lower() in ("of", "for") and words[end + 1][:1].isupper():
        end += 2
    if end < len(words) - 1 and words[end][:1].isupper() and words[end + 1][:1].isupper():
        return end  # a two-word name follows: the title can go
    if end < len(words) and words[end][:1].isupper() and words[end].lower() not in TITLE_WORDS:
        return end
    return None


def _cut_long(words: list[str]) -> list[str]:
    if len(words) <= MAX_WORDS:
        return words
    # Prefer to stop before a subordinate clause, as long as a subject and verb are left.
    for position in range(MAX_WORDS, 3, -1):
        if words[position].lower() in _CUT_BEFORE:
            return words[:position]
    return words[:MAX_WORDS]
