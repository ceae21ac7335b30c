"""Dates that say which thing is meant, not when the clause's act happened.

"is re-recording the 1985 charity song", "reported a second-quarter loss", "a 21st-century
energy plan", "pulling out press clippings from 2007": the date names the song, the loss, the
plan or the clippings, the way an adjective would. factuality.date_not_factual asks these
checks along with its others; each reads the shapes of general English around the date.
"""

from __future__ import annotations

import re

from timeline.events.clause_chunks import first_verb, tokenize, verb_base
from timeline.events.guarded_patterns import GuardedPattern
from timeline.events.word_lists import CALENDAR_WORDS, REPORTING_VERBS, STOP_WORDS, word_list
from timeline.extract.vocabulary import ACCOUNT_WORDS

YEAR_ALONE = re.compile(r"(?:1[5-9]|20)\d\d\s*$")
# An aside opening with one of these says when or where, or joins a list: it still dates its clause.
ASIDE_NOT_DESCRIBING = word_list("factuality", "aside_not_describing")
WORD = re.compile(r"[A-Za-z]+")
# "pulling out press clippings from 2007", "documents from May show": "from" and a date after a
# noun say which clippings or documents, not when the clause's act happened ("returned from",
# "from May to June" are left alone).
_FROM_AFTER_NOUN = GuardedPattern(re.compile(r"\b(?P<noun>[a-z]{3,})\s+from\s+(?:the\s+|early\s+|late\s+|mid-?)?$"),
                                  "from")
_YEAR_OR_DECADE = re.compile(r"\b(?:1[5-9]|20)\d\d|\d0s\b|ties\b", re.IGNORECASE)
_RANGE_AFTER_DATE = re.compile(r"\s*(?:(?:to|until|till|through|thru)\s|[-–—])", re.IGNORECASE)
# "is re-recording the 1985 charity song", "recalled the 2005 hurricane": a year standing before a
# noun in an object says which song or hurricane, not when the clause's act happened ("in the 2009
# season" dates the clause: a preposition leads the phrase).
_NOUN_AFTER = re.compile(r"\s+(?P<word>[a-z][a-z-]+)\b")
# "appealed the 2004 Harbour Safety Act": a year before a name says which act, as before a noun
_NAME_AFTER = re.compile(r"\s+(?P<word>[A-Z][a-z]+)\b")
# "reported a second-quarter loss", "posted first-half profits": a reporting period before a noun
# in an object says which figures were reported, not when the act happened
_REPORTING_PERIOD = re.compile(r"(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|final)[- ]quarter|"
                               r"(?:first|second)[- ]half|full[- ]year|(?-i:Q[1-4]|H[12]))", re.IGNORECASE)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
_CENTURY = re.compile(r"century$", re.IGNORECASE)
# "sued under the 2004 act", "argued about the 2006 ruling": these never say when ("over" can: "over
# the 2009 holiday weekend")
_PREPOSITIONS_NOT_OF_TIME = frozenset({"under", "against", "about", "upon"})
_TIME_PREPOSITIONS = frozenset({"in", "during", "over", "for", "through", "throughout", "by", "since", "until", "of"})
# ("a plan for a 21st-century grid", "made by 21st-century tools": these lead a century's noun as often as a time)
_CENTURY_TIME_PREPOSITIONS = _TIME_PREPOSITIONS - {"for", "of", "by"}
_EXPECTING_VERBS = frozenset({"expect", "expects", "expected", "forecast", "forecasts", "predict", "predicts",
                              "predicted", "see", "sees", "saw"})
_LEAD_REACH = 60
_INFINITIVE = re.compile(r"\bto\s+[a-z]+")


def year_names_a_thing(sentence: str, before: str, tail: str, date_start: int, date_end: int) -> bool:
    """"is re-recording 1985 charity song", "cited the 2003 incidents": a bare year before a noun,
    after a verb of its clause (or that verb and "the")."""
    if not YEAR_ALONE.fullmatch(sentence[date_start:date_end]):
        return False
    noun = _NOUN_AFTER.match(sentence, date_end) or _NAME_AFTER.match(sentence, date_end)
    word = noun.group("word").lower() if noun else ""
    if noun is None or word in STOP_WORDS or word in CALENDAR_WORDS or word in ASIDE_NOT_DESCRIBING \
            or verb_base(word) is not None:
        return False  # "2009 was a bad year", "in 1998 and 2001", "from 1935 till 1960"
    lead = lead_word(tail)  # "recalled the 2005 hurricane"; after a preposition it says when ("in the 2009 season")
    if lead not in _PREPOSITIONS_NOT_OF_TIME:
        if lead in ASIDE_NOT_DESCRIBING or lead in STOP_WORDS or lead in ("following", "including", "regarding"):
            return False  # "during the 2000 campaign" says when
        if verb_base(lead) is None and not (len(lead) > 4 and lead.endswith(("ing", "ed"))):
            return False  # a verb's object: "is re-recording 1985 charity song"
    return first_verb(tokenize(clause_before(before))) is not None


def period_names_figures(sentence: str, before: str, date_start: int, date_end: int) -> bool:
    """"The firm reported a second-quarter loss": the period says which loss, after the clause's
    verb ("The firm's third-quarter profit fell": the period dates the fall)."""
    if not _REPORTING_PERIOD.fullmatch(sentence[date_start:date_end]):
        return False
    noun = _NOUN_AFTER.match(sentence, date_end)
    if noun is None or noun.group("word") in STOP_WORDS or verb_base(noun.group("word")) is not None \
            or noun.group("word").endswith(("ing", "ly")):  # ("in the first quarter following a fall": no noun)
        return False
    lead = lead_word(before[max(0, len(before) - _LEAD_REACH) :])
    if lead in _TIME_PREPOSITIONS:
        return False  # "lost $2bn in the first quarter alone" says when
    rest = re.split(r"[,;:.!?]", sentence[date_end:])[0]
    if (lead in REPORTING_VERBS or lead in _EXPECTING_VERBS) \
            and (first_verb(tokenize(rest)) is not None or (lead in _EXPECTING_VERBS and _INFINITIVE.search(rest))):
        # "said first-quarter profit rose", "expect fourth-quarter sales to fall": the period opens
        # the subject of what was said or expected
        return False
    return first_verb(tokenize(clause_before(before))) is not None


# "announced its results for the third quarter", "posted a loss for 2009": the period says
# which figures, as "third-quarter results" does before the noun
_FIGURES_FOR = GuardedPattern(re.compile(
    rf"\b(?:{ACCOUNT_WORDS}|dividends?)\s+for\s+(?:the\s+)?$",
    re.IGNORECASE), "for")


def figures_for_a_period(before: str) -> bool:
    """"The firm announced a charge alongside its results for the third quarter": the date names
    the figures, after the clause's verb ("Results for the quarter were due on Monday" leaves it
    the subject's)."""
    return _FIGURES_FOR.search(before) is not None and first_verb(tokenize(clause_before(before))) is not None


def lead_word(text: str) -> str:
    """The last word of `text` (what stands before a date phrase), past a determiner, lower case."""
    words = WORD.findall(text)
    if words and words[-1].lower() in _DETERMINERS:
        words.pop()
    return words[-1].lower() if words else ""


def century_describes_a_noun(sentence: str, date_start: int, date_end: int) -> bool:
    """"a 21st-century energy plan", "the 19th century church": the century says what kind of plan
    or church, wherever the phrase stands."""
    if not _CENTURY.search(sentence, date_start, date_end):
        return False
    if lead_word(sentence[max(0, date_start - _LEAD_REACH) : date_start]) in _CENTURY_TIME_PREPOSITIONS:
        return False  # "Early in the 20th century engineers built the dam": when they built it
    noun = _NOUN_AFTER.match(sentence, date_end)
    if noun is None or noun.group("word") in STOP_WORDS:
        return False
    # (a bare form after a century is no verb, "a 21st century clean energy plan"; "saw" would be)
    return verb_base(noun.group("word")) in (None, noun.group("word"))


def names_its_source(sentence: str, before: str, date_start: int, date_end: int) -> bool:
    found = _FROM_AFTER_NOUN.search(before)
    if found is None or _RANGE_AFTER_DATE.match(sentence, date_end):
        return False
    if not _YEAR_OR_DECADE.search(sentence, date_start, date_end):
        return False  # "briefings from Monday": a near day is where a plan starts
    noun = found.group("noun")
    # A plural says which ones ("clippings from 2007", "songs from the Seventies"); a singular
    # is as often where something starts ("move to safety from Thursday").
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and verb_base(noun) is None


def clause_before(before: str) -> str:
    """The text of the date's clause before it: back to the last comma, semicolon or colon."""
    return re.split(r"[,;:]", before)[-1]
