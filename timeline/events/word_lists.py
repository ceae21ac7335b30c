"""Word lists for judging sentence content, read from word_lists.toml: data apart from code."""

from __future__ import annotations

import tomllib
from pathlib import Path

_DATA = tomllib.loads(Path(__file__).with_name("word_lists.toml").read_text(encoding="utf-8"))

STOP_WORDS: frozenset[str] = frozenset(_DATA["stop_words"].split())
CALENDAR_WORDS: frozenset[str] = frozenset(_DATA["calendar_words"].split())
SHORT_TITLES: frozenset[str] = frozenset(_DATA["short_titles"].split())
KEPT_SHORT_TITLES: frozenset[str] = frozenset(_DATA["kept_short_titles"].split())
TITLE_WORDS: frozenset[str] = frozenset(_DATA["title_words"].split()) | SHORT_TITLES
IRREGULAR_STEMS: dict[str, str] = dict(_DATA["irregular_stems"])

_HEADLINE = _DATA["headline"]
AUXILIARIES: frozenset[str] = frozenset(_HEADLINE["auxiliaries"].split())
REPORTING_VERBS: frozenset[str] = frozenset(_HEADLINE["reporting_verbs"].split())
REPORTING_AUDIENCES: frozenset[str] = frozenset(_HEADLINE["reporting_audiences"].split())
VERB_BASES: frozenset[str] = frozenset(_HEADLINE["verbs"].split()) | frozenset(_HEADLINE["verb_only"].split())
VERB_ONLY: frozenset[str] = frozenset(_HEADLINE["verb_only"].split())
TENSE_ONLY_VERBS: frozenset[str] = frozenset(_HEADLINE["tense_only_verbs"].split())
CLAUSE_OPENERS: frozenset[str] = frozenset(_HEADLINE["clause_openers"].split())
SUBORDINATORS: frozenset[str] = frozenset(_HEADLINE["subordinators"].split())
DROPPED_ADVERBS: frozenset[str] = frozenset(_HEADLINE["dropped_adverbs"].split())
ORGANISATION_WORDS: frozenset[str] = frozenset(_HEADLINE["organisation_words"].split())
PLACE_WORDS: frozenset[str] = frozenset(_HEADLINE["place_words"].split())
IRREGULAR_PAST: dict[str, str] = dict(_HEADLINE["irregular_past"])
PAST_PARTICIPLES: frozenset[str] = frozenset(_HEADLINE["past_participles"].split())
# Irregular participles past_participles leaves out (they never end in -ed): "the car stolen in
# May", "the girl taken to hospital on Friday" describe a noun by what was done to it.
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset({
    "stolen", "begun", "broken", "chosen", "driven", "frozen", "hidden", "risen", "shaken", "spoken", "written",
    "taken", "given", "laid", "shot", "caught", "fought", "dug", "hit"})
# Nouns that name a happening ("the 1988 disaster", "the explosion in the hills, which killed 90").
HAPPENING_NOUNS: frozenset[str] = frozenset(_HEADLINE["happening_nouns"].split())


def word_list(section: str, key: str) -> frozenset[str]:
    """One closed list of [lists.<section>] in word_lists.toml, as a set of lower-case words."""
    return frozenset(_DATA["lists"][section][key].split())


def looks_past(word: str) -> bool:
    """A known irregular past, or a regular "-ed" form of five letters or more ("fled", "shed" are
    not): a past or its participle, as far as the word alone tells."""
    return word in IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed"))


def is_passive_participle(word: str) -> bool:
    """"founded", "flown", "set" ("set up by fishermen"): a form a passive or its reduced
    clause opens with (lower case)."""
    return word.endswith("ed") or word in PAST_PARTICIPLES or word == "set"
