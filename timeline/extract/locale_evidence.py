"""What a document's language or place says about how it writes numeric dates.

Used by date_order.py when the document's own dates do not settle whether "05/06/2024"
is 5 June or 6 May. Three kinds of evidence, strongest first:

- a locale or address the caller knows from the file's metadata: a language tag ("en-GB",
  "de", "en_US", an HTML page's `lang`) or the source address ("https://www.bbc.co.uk/...");
- web addresses written in the text itself, by their country ending (".co.uk", ".de");
- the spelling of the prose: British "colour", "centre", "defence" against American
  "color", "center", "defense".

Most of the world writes the day first; the United States and a few places tied to it
write the month first; a few (China, Japan, Korea, Hungary, Canada's mix) write the year
first or several ways, and say nothing here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.extract.vocabulary import word_lists

# Countries (ISO 3166 codes, as in "en-US" and in web addresses) that write the month first.
MONTH_FIRST_COUNTRIES = frozenset({"us", "ph", "fm", "mh", "pw", "as", "gu", "vi", "mp", "um"})
# Year first, or no one habit: their tags and addresses tell nothing about day against month.
NO_HABIT_COUNTRIES = frozenset({"ca", "cn", "jp", "kr", "kp", "tw", "hu", "lt", "mn", "ir", "se"})
NO_HABIT_LANGUAGES = frozenset({"zh", "ja", "ko", "hu", "lt", "mn", "fa"})
# Endings that are not countries, or that sites anywhere use ("tv", "io", "fm" as radio).
NOT_A_PLACE = frozenset({"io", "tv", "fm", "me", "ai", "co", "ly", "gg", "to", "cc", "ws", "la"})

_WORDS = word_lists("locale_evidence")  # extract/word_lists.toml
BRITISH_SPELLINGS = _WORDS["british_spellings"]
AMERICAN_SPELLINGS = _WORDS["american_spellings"]
_SPELLING = re.compile(r"\b(" + "|".join(sorted(BRITISH_SPELLINGS | AMERICAN_SPELLINGS)) + r")\b")
_BRITISH = BRITISH_SPELLINGS
# Spellings decide only when they are several and one side clearly outnumbers the other.
_MIN_SPELLINGS = 2
_SPELLING_MAJORITY = 2

_TAG = re.compile(r"^\s*(?P<language>[A-Za-z]{2,3})(?:[-_](?:[A-Za-z]{4}[-_])?(?P<country>[A-Za-z]{2}|\d{3}))?\b")
_HOST = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?(?P<host>[^/\s:?#]+\.[A-Za-z]{2,})(?:[:/?#]|\s*$)")
_ADDRESS = re.compile(r"(?:\bhttps?://|\bwww\.)[\w-]+(?:\.[\w-]+)*\.(?P<ending>[a-z]{2})\b(?![.\w-])")


@dataclass(frozen=True, slots=True)
class Habit:
    """Whether the evidence says day first, and the words that say why (for the "how reached" line)."""

    day_first: bool
    reason: str


def _country_habit(country: str) -> bool | None:
    country = country.lower()
    if country in MONTH_FIRST_COUNTRIES:
        return False
    if country in NO_HABIT_COUNTRIES or country in NOT_A_PLACE:
        return None
    return True


def hint_habit(hint: str | None) -> Habit | None:
    """The habit a metadata hint gives: a language tag ("en-GB", "de") or a source address."""
    if not hint:
        return None
    host = _HOST.match(hint)
    if host is not None and "." in host["host"]:
        ending = host["host"].rsplit(".", 1)[1].lower()
        if len(ending) != 2:
            return None  # ".com", ".org", ".news": a site anywhere
        habit = _country_habit(ending)
        if habit is None:
            return None
        return Habit(habit, f"its source address ends .{ending}")
    tag = _TAG.match(hint)
    if tag is None:
        return None
    language = tag["language"].lower()
    country = tag["country"]
    if country is not None and not country.isdigit():
        habit = _country_habit(country)
        return None if habit is None else Habit(habit, f"its language is {language}-{country.upper()}")
    if language == "en" or language in NO_HABIT_LANGUAGES:
        return None  # English is written both ways; these others put the year first
    return Habit(True, f"its language is {language}")


def text_habit(text: str) -> Habit | None:
    """The habit the text itself shows: the country endings of its web addresses, else its spelling."""
    day_first = month_first = 0
    endings: list[str] = []
    for match in _ADDRESS.finditer(text):
        ending = match["ending"]
        habit = _country_habit(ending)
        if habit is True:
            day_first += 1
            endings.append(ending)
        elif habit is False:
            month_first += 1
            endings.append(ending)
    if day_first != month_first:
        shown = ", ".join(dict.fromkeys("." + e for e in endings))
        return Habit(day_first > month_first, f"the web addresses in it end {shown}")
    british: list[str] = []
    american: list[str] = []
    for match in _SPELLING.finditer(text):
        (british if match.group() in _BRITISH else american).append(match.group())
    if len(british) >= _MIN_SPELLINGS and len(british) >= _SPELLING_MAJORITY * max(1, len(american)):
        return Habit(True, "it is written in British spelling (" + ", ".join(dict.fromkeys(british[:3])) + ")")
    if len(american) >= _MIN_SPELLINGS and len(american) >= _SPELLING_MAJORITY * max(1, len(british)):
        return Habit(False, "it is written in American spelling (" + ", ".join(dict.fromkeys(american[:3])) + ")")
    return None
