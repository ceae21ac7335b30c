"""Whether a headline's subject is plural, so that its verb agrees ("Rescuers pull", "Up to 200,000
people die", "Thousands of fans spend"): judged on the head of the subject."""

from __future__ import annotations

import re

from timeline.events.clause_chunks import Token
from timeline.events.headline_common import (
    MANY_WORDS,
    NOT_ADVERBS,
    PLURAL_ENDINGS,
    PLURAL_NOUNS,
    QUANTITY_NOUNS,
    SUBJECT_PREPOSITIONS,
)
from timeline.events.word_lists import DROPPED_ADVERBS, VERB_BASES


def is_plural(subject: list[Token]) -> bool:
    """Judged on the head, before any preposition: 'Ministers from around the world', 'Talks between X and Y'.
    "I" and "you" count as plural: they take the verb's plural form ("I know", not "I knows")."""
    if len(subject) > 2 and subject[0].lower in ("up", "about", "around", "nearly", "almost") \
            and subject[1].lower in ("to", "as"):
        subject = subject[2:]  # "Up to 200,000 people": the count, not "up", heads it
    if len(subject) > 3 and subject[0].lower == "a" and subject[1].lower in QUANTITY_NOUNS and subject[2].lower == "of":
        subject = subject[3:]  # "A lot of people flee": what is counted heads it
    head: list[Token] = []
    for token in subject:
        if token.lower in SUBJECT_PREPOSITIONS or (head and token.lower.endswith("ed") and len(token.lower) > 4
                                                    and not head[-1].lower.endswith("ing")):
            break  # ("Buildings weakened by the quake": the head is "Buildings")
        head.append(token)
    while len(head) > 1 and (head[-1].lower in DROPPED_ADVERBS or head[-1].lower in ("first", "finally", "again")
                             or _an_ly_adverb(head[-1].lower)):
        head.pop()  # "the Europeans first arrived", "officials sharply raised": the head is the noun
    if not head:
        return False
    last = head[-1]
    if any(t.lower == "and" for t in head) or last.lower in ("they", "we", "i", "you") or last.lower in PLURAL_NOUNS:
        return True
    if last.lower in _SINGULARS_IN_S:
        return False  # "news came through": "News comes through", not "News come through"
    if last.lower in MANY_WORDS and last.lower not in ("all", "both"):
        return True  # "Thousands of Haitians spend ...", "Dozens of ships ..."
    if len(head) > 1 and _counts_many(head[-2]):
        return True  # "200,000 people", "three crew"
    if (_counts_many(last) and all(t.text[:1].isdigit() or t.lower in _COUNT_LEADS for t in head)
            and not _YEAR.fullmatch(last.text)):
        return True  # "More than 200 [who] died": a count standing for those counted (not "2008 saw")
    if any(_counts_many(t) for t in head[:-1]) and last.lower.endswith("s") and not last.lower.endswith("ss"):
        return True  # "More than 2,200 US Marines", "3,000 Red Cross workers"
    if last.is_capitalised:
        # A capital only from the sentence start: "Rescuers pulled ..." (names like "Brussels" are singular).
        # "Rebels", "Floods": a plural of a word that is also a verb; "Brussels", "Jones" are no plurals.
        alone = len(head) == 1 or (len(head) == 2 and head[0].lower == "the")
        return alone and (last.lower.endswith(PLURAL_ENDINGS) or last.lower.endswith(_MEN_PLURALS)
                          or _plural_of_known_word(last.lower))
    # ("fishermen", "women": the plural of "-man"; "specimen", "abdomen" are no plurals)
    # ("crisis", "analysis", "basis", "virus", "census": singulars in -is and -us)
    return (last.lower.endswith("s") and not last.lower.endswith(("ss", "is", "us"))) or (
        last.lower.endswith("men") and len(last.lower) > 4 and last.lower not in _SINGULARS_IN_MEN)


# Nouns ending in -s that take a singular verb.
_SINGULARS_IN_S = frozenset({"news", "series", "species", "means", "physics", "economics", "politics", "mathematics",
                             "measles", "mumps", "rabies", "diabetes", "herpes", "gas", "bias", "chaos", "atlas",
                             "alias", "canvas", "lens", "bus"})
_SINGULARS_IN_MEN = frozenset({"specimen", "regimen", "abdomen", "acumen", "stamen", "bitumen", "albumen",
                               "dolmen", "hymen", "semen", "lumen", "yemen", "carmen"})
# "Fishermen", "Women", "Gunmen" opening a sentence ("Yemen", "Carmen" are names)
_MEN_PLURALS = ("ermen", "women", "gunmen", "smen")


def _an_ly_adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word not in NOT_ADVERBS


def _plural_of_known_word(word: str) -> bool:
    if not word.endswith("s") or word.endswith("ss"):
        return False
    return word[:-1] in VERB_BASES or (word.endswith("es") and word[:-2] in VERB_BASES)


_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_COUNT_LEADS = frozenset({"more", "than", "about", "almost", "nearly", "some", "over", "around", "at", "least", "up",
                          "to", "fewer", "less"})


def _counts_many(token: Token) -> bool:
    word = token.lower.replace(",", "")
    return (word.isdigit() and word != "1") or word in MANY_WORDS
