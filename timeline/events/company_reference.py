"""Which company "the company" stands for in a headline: "Company suspends its dividend" -> "BP suspends its dividend".

A report names a company once and then calls it "the company" or "the firm". A headline cut
from one sentence keeps that bare noun, and on the timeline, away from the article, nobody
can tell which company it was. The name is taken from the words before it in the same
sentence, else from the sentence before; only a name that is plainly a company's counts:
- an acronym the report uses without "the" (BP, IBM): an agency or a thing goes with it
  ("the EPA", "the BOP"), as do the capitals that are no company's (time zones, countries,
  titles, news agencies);
- capitalised words before a company's ending ("Mariner Energy", "Acme Inc."), the legal
  ending dropped.
The first such name of the nearest sentence that has one is the company: a sentence names
its actor first ("BP told reporters ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from timeline.events.word_lists import word_list

_NOT_COMPANIES = word_list("company_reference", "not_companies")
_LEGAL_ENDINGS = word_list("company_reference", "legal_endings")
_TRADING_ENDINGS = word_list("company_reference", "trading_endings")
_ENDINGS = _LEGAL_ENDINGS | _TRADING_ENDINGS
_REFERRING = frozenset({"company", "firm"})

_WORD = re.compile(r"[A-Za-z][A-Za-z&'’.-]*")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_ROMAN_NUMERAL = re.compile(r"[IVXL]+")
_POSSESSIVE = re.compile(r"['’]s$")
_NAME_WORDS_BEFORE_ENDING = 3


def with_named_company(label: str, sentence: str, previous: str, article_company: str = "") -> str:
    """`label` with the company's name in place of a leading "Company"/"Firm" (also "Company's",
    "Company:"), when the sentence it was cut from or the one before names the company, else the
    one company the article named before the sentence (`article_company`: a report about BP
    calls BP "the company" paragraphs after naming it in its title or lead)."""
    first, space, rest = label.partition(" ")
    bare = _POSSESSIVE.sub("", first.rstrip(":"))
    if bare.lower() not in _REFERRING or bare != bare.capitalize():
        return label
    reference = re.search(rf"\b{bare.lower()}\b", sentence, re.IGNORECASE)
    before = sentence[: reference.start()] if reference else sentence
    name = _first_company(before) or _first_company(previous) or article_company
    if not name:
        return label
    if first.endswith(":") and rest.startswith(f"{name} "):
        return rest  # "Company: BP to sell assets" -> "BP to sell assets", not "BP: BP ..."
    return f"{name}{first[len(bare):]}{space}{rest}"


class NamedCompanies(NamedTuple):
    """The first company a text names, and where the paragraphs naming it and a second, other one start."""

    first: str = ""
    first_at: int = -1
    other_at: int | None = None  # None: no other company is named

    def only_one_before(self, position: int) -> str:
        """The one company named before `position`, or "" when none is, or several are: "the
        company" after BP, Transocean and Halliburton could be any of them."""
        if not self.first or self.first_at >= position:
            return ""
        return self.first if self.other_at is None or self.other_at >= position else ""


def named_companies(text: str) -> NamedCompanies:
    """Where `text` names its first company and a second one: read a paragraph at a time (a name
    never runs over a line break), up to the second, since after it "the company" is ambiguous."""
    first, first_at = "", -1
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        for name in _companies(text[start:end]):
            if not first:
                first, first_at = name, start
            elif name != first:
                return NamedCompanies(first, first_at, start)
        start = end
    return NamedCompanies(first, first_at)


def _first_company(text: str) -> str | None:
    return next(_companies(text), None)


def _companies(text: str) -> Iterator[str]:
    words = list(_WORD.finditer(text))
    for index, match in enumerate(words):
        word = match.group()
        if not word[:1].isupper():
            continue  # (a company's name, its ending or its acronym, is capitalised: most words go here)
        word = _POSSESSIVE.sub("", word.rstrip("."))
        ending = word.lower()
        if ending in _ENDINGS and index > 0:
            if ending in _TRADING_ENDINGS and index + 1 < len(words) and words[index + 1].group()[:1].isupper():
                continue  # "Energy Secretary", "Oil Spill Commission": an office or a body, not a company
            name = _capitalised_run_before(text, words, index)
            if name:
                yield " ".join(name if ending in _LEGAL_ENDINGS else [*name, word])
            continue
        if _ACRONYM.fullmatch(word) and _is_company_acronym(text, words, index, word):
            yield word


def _is_company_acronym(text: str, words: list[re.Match[str]], index: int, word: str) -> bool:
    if word.lower() in _NOT_COMPANIES or _ROMAN_NUMERAL.fullmatch(word):
        return False  # (nor a numeral ending a name: "Development Driller III")
    if index > 0 and words[index - 1].group().lower() == "the":
        return False  # "the EPA", "the BOP"
    neighbours = words[max(0, index - 1) : index] + words[index + 1 : index + 2]
    if any(_ACRONYM.fullmatch(n.group().rstrip(".,")) for n in neighbours):
        return False  # a run of capitals is a heading or a dateline ("NEW YORK"), not a name
    following = text[words[index].end() :].lstrip()
    return not (index == 0 and following[:1] in (",", "("))  # "OSLO (Reuters) -": a dateline


def _capitalised_run_before(text: str, words: list[re.Match[str]], index: int) -> list[str]:
    """The capitalised words right before words[index], joined by spaces only ("Mariner Energy")."""
    run: list[str] = []
    at = index - 1
    while at >= 0 and len(run) < _NAME_WORDS_BEFORE_ENDING:
        word = words[at].group()
        between = text[words[at].end() : words[at + 1].start()]
        if not word[:1].isupper() or between.strip() or word.lower() == "the":
            break
        run.insert(0, word)
        at -= 1
    return run
