"""What every part of the headline maker shares: its limits, its word lists and its result."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.domain.pickling import pickled_by_arguments
from timeline.events.clause_chunks import Token
from timeline.events.word_lists import TITLE_WORDS, word_list

MAX_CHARS = 84
PHRASE_SLACK = 10  # characters a headline may run over MAX_CHARS to finish the phrase it is in
MIN_WORDS = 3

DATE_PREPOSITIONS = word_list("headline_style", "date_prepositions")
BOUNDING_PREPOSITIONS = word_list("headline_style", "bounding_prepositions")
LEADING = word_list("headline_style", "leading")
TRAILING = word_list("headline_style", "trailing")
HONORIFICS = word_list("headline_style", "honorifics")
BE_PAST = word_list("headline_style", "be_past")
BE_FORMS = BE_PAST | {"be", "been", "'s", "’s"}
PASSIVE_FOLLOWERS = word_list("headline_style", "passive_followers")
SINGULAR_PRONOUNS = word_list("headline_style", "singular_pronouns")
DETERMINERS_AND_PREPOSITIONS = word_list("headline_style", "determiners_and_prepositions")
SPEAKER_PLACE_WORDS = word_list("headline_style", "speaker_place_words")
SPEAKER_ROLES = word_list("headline_style", "speaker_roles")
NAME_PARTICLES = word_list("headline_style", "name_particles")
CLOCK_WORDS = word_list("headline_style", "clock_words")
NOMINATIVE_PRONOUNS = word_list("headline_style", "nominative_pronouns")
PERSON_NOUNS = word_list("headline_style", "person_nouns")
# Words that name a person by role or title ("minister", "spokesman", "wife"): no "it", no thing's name
PERSON_ROLES = PERSON_NOUNS | SPEAKER_ROLES | TITLE_WORDS
# Pronouns that own the noun after them ("its chairman", "her son")
OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})
STANCE_SUBJECTS = word_list("headline_style", "stance_subjects")
STANCE_VERBS = word_list("headline_style", "stance_verbs")
SUBJECT_PREPOSITIONS = word_list("headline_style", "subject_prepositions")
ARTICLES = word_list("headline_style", "articles")
# After an impersonal "it", what is coming to light: "It emerged that ...", "it transpired that ..."
EMERGING = frozenset({"emerged", "emerges", "transpired", "transpires"})
# Plurals without an -s, and words that count more than one: "200,000 people die", not "dies".
PLURAL_NOUNS = word_list("headline_style", "plural_nouns")
MANY_WORDS = word_list("headline_style", "many_words")
# Nouns of a quantity that "a" belongs to ("a few residents" are some, "few residents" almost none),
# which before "of" leave the verb to what they count ("a lot of people flee").
QUANTITY_NOUNS = frozenset({"few", "number", "handful", "lot", "couple", "host", "little", "majority"})
MAX_SPEAKER_WORDS = 5
MAX_AUDIENCE_WORDS = 6  # "told the regional stock market this morning that"
MAX_APPOSITIVE = 10  # words between the commas of an aside that names or describes the subject
PLURAL_ENDINGS = ("ers", "ors", "ans", "sts", "ents", "ies", "ants", "als", "ives", "ees", "crats", "ces", "ions",
                  "sses")
NOUNS_IN_LY = word_list("headline_style", "nouns_in_ly")
NOT_ADVERBS = word_list("headline_style", "not_adverbs") | NOUNS_IN_LY
PHRASE_OPENERS = word_list("headline_style", "phrase_openers")


def is_ly_adverb(token: Token) -> bool:
    """An '-ly' adverb ("sadly", "quietly"), not a name ("Sally") nor a noun or verb so spelt
    ("family", "supply": NOT_ADVERBS)."""
    word = token.lower
    return word.endswith("ly") and len(word) > 4 and not token.is_capitalised and word not in NOT_ADVERBS


@pickled_by_arguments
@dataclass(frozen=True, slots=True)
class Headline:
    text: str
    cut: bool  # the clause was longer than a headline: a phrase (or words) left out at the end
    # Whether the words kept hold the verb of the clause they were cut from: "Statement from the
    # committee" (cut before "said") tells no act, though its sentence did.
    has_verb: bool = True
    # False when its clause asks, guesses or compares rather than reports (events/factuality.py).
    factual: bool = True
    # Cut at a word boundary because no phrase of the clause ended within reach: most often a
    # run-on caption or fact box ("... lawsuits accusing"), so it is no sound name for a lone sentence.
    rough: bool = False


COLON = Token(":", -1, -1)
DASHES = frozenset({"-", "–", "—"})  # hyphen, en and em dash, as a clause's asides and a list's items use them


# Adverbs that may stand between "but"/"and" and a verb whose subject is the sentence's, and
# name nobody: "..., but only announced that ...".
BARE_ADVERBS = frozenset({"only", "also", "then", "just", "later", "first", "still", "even", "again", "now",
                          "never", "already"})


def adverbs_only(tokens: Sequence[Token]) -> bool:
    """Whether every token is such an adverb or a lower-case "-ly" word ("only", "swiftly")."""
    return all(t.lower in BARE_ADVERBS or (t.lower.endswith("ly") and not t.is_capitalised) for t in tokens)
# "declared the crisis over": an act that names a state, not a saying
DECLARING = frozenset({"declared", "declares", "declare", "declaring", "pronounced", "pronounces", "pronounce"})
# "set to visit", "due to sign", "expected to reopen": a plan of the subject's, headline style as it is
PLAN_WORDS = frozenset({"set", "due", "expected", "scheduled", "slated", "poised"})


def negative_contractions(*auxiliaries: str) -> frozenset[str]:
    """ "isn't", "isn’t" for "is": both apostrophes, as pages print them ("can't", "won't" are written out)."""
    return frozenset(f"{word}n{mark}t" for word in auxiliaries for mark in "'’")


# "[It] took two months to plug the well", "will take 10 hours to install them": how long something
# takes; the "it" before stands for nothing (the words after "it", as written or in headline tense)
TAKES_A_SPAN = re.compile(
    r"(?:took|takes|take|(?:will|could|would|may|might)\s+take|(?:has|have|had)\s+taken)\s+"
    r"(?:(?:[\w-]+\s+){0,4}?(?:minutes|hours|days|weeks|months|years|decades)\s+(?:to|for|before)\b"
    r"|until\s+[^,;:.!?]{1,30}?\s+(?:to|for|before)\b)", re.IGNORECASE)


# Nouns in -ing that name an activity or a thing, not a participle ("weapons testing", "court hearing").
ING_NOUNS = word_list("headline_style", "ing_nouns")


def describes_a_plural(word: str, noun: str) -> bool:
    """Whether `word` (lower case) is a present participle describing the plural `noun` before it
    ("Haitians living", "technicians working"), not an activity noun ("weapons testing")."""
    return word.endswith("ing") and word not in ING_NOUNS and noun.endswith("s") and not noun.endswith("ss")
