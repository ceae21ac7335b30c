"""A page's date stamp run in between its headline and its first paragraph.

Extraction leaves a news page's headline, standfirst, date line and first paragraph as one
run of text: "... light at the end of a tunnel Sunday 18 July 2010 21.04 BST Work boats ...",
"... oil disaster 26 August 2010 Last updated at 14:30 GMT Help In 2002 ...", "... leak
WASHINGTON | Wed Jun 2, 2010 6:14 pm EDT WASHINGTON (Reuters) - ...". A stamp is a full date
with its year, a clock time and a time zone. It ends the headline's sentence, which it dates
(sentences.split_sentences), and its words are page furniture, never part of a label.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_STAMP = (
    r"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+)?"
    rf"(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}},?)[ \t]+(?:19|20)\d\d[,;]?[ \t]+"
    r"(?:Last[ \t]+updated[ \t]+at[ \t]+)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]+"
    r"(?:BST|GMT|UTC|CET|CEST|[ECMP][SD]T|ET)\b(?:[ \t]+Help\b)?"
)
# What comes after a stamp opens the article's text: a capital, a digit or an opening quote.
_TEXT_AFTER = r"(?=[ \t]+[\"'“‘(A-Z0-9])"
# A wire story's dateline before the stamp: "HOUSTON/GALLIANO, Louisiana, May 16 | ".
_DATELINE = (
    r"(?:\b[A-Z][A-Z.'/-]+(?:[ \t]+[A-Z][A-Z.'/-]+)*(?:,[ \t]+[A-Z][a-z]+)*"
    rf"(?:,?[ \t]+{_MONTH}[ \t]+\d{{1,2}})?[ \t]+\|[ \t]+)?"
)

PAGE_STAMP = re.compile(_STAMP + _TEXT_AFTER)
_STAMP_WITH_DATELINE = re.compile(_DATELINE + _STAMP + _TEXT_AFTER)
# A stamp opening a line before the first paragraph, with a clock time but no zone ("Friday,
# April 30, 2010; 2:30 PM A huge spill ..."): it dates the paragraph it opens, as a live blog's
# stamp dates its post, and is furniture in it.
_LINE_STAMP = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+)?"
    rf"{_MONTH}[ \t]+\d{{1,2}},?[ \t]+(?:19|20)\d\d[,;][ \t]+(?:[01]?\d|2[0-3]):[0-5]\d[ \t]*[AaPp]\.?[Mm]\.?"
    + _TEXT_AFTER,
    re.MULTILINE,
)

# The same stamp run in after the headline, with its weekday and the semicolon before the time:
# "... report says Tuesday, January 11, 2011; 12:31 AM The Deepwater ...". The weekday, the
# year, the semicolon and the clock together make it a stamp even without a zone.
_RUN_IN_CLOCK_STAMP = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,[ \t]+"
    rf"{_MONTH}[ \t]+\d{{1,2}},[ \t]+(?:19|20)\d\d;[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d[ \t]*[AaPp]\.?[Mm]\.?"
    + _TEXT_AFTER
)
# A wire story's dateline: a place in capitals, the day, the agency, a dash ("ATLANTA Oct 21
# (Reuters Legal) - ", "HOUSTON, May 8 (Reuters) -- "). It says when the wire filed the story,
# often after a page's own stamp or in a page holding several stories.
_WIRE_DATELINE = re.compile(
    r"\b[A-Z][A-Z.'’]+(?:[ /-][A-Z][A-Z.'’]+)*(?:,[ \t]+[A-Z][a-z]+\.?)*,?[ \t]+"
    rf"{_MONTH}[ \t]+\d{{1,2}}[ \t]+\([A-Z][A-Za-z .]{{1,30}}\)[ \t]*(?:--?|–|—)"
)
_AFTER_AGENCY = (") -", ") –", ") —")

# What every such stamp holds: cheap to look for. (It opens with the semicolon and looks back at
# the digit after: the engine finds a literal opening as a string search, where an opening digit
# was tried at every character, 0.12 s a pass over bpoil's texts; a hint only tells its line.)
_YEAR_SEMICOLON_CLOCK = re.compile(r";(?<=\d;)[ \t]+\d{1,2}:\d\d")

# Every time zone the stamp patterns know holds one of these (BST, CEST, EST...; EDT...; CET,
# ET; GMT; UTC). Most pages hold none, and a stamp (with its dateline and what follows it)
# never runs past the end of its line: the stamp patterns need only search the lines that
# hold one. Searching the whole text, they try their opening at every word of it, which
# took about a tenth of extracting the bpoil pages.
_ZONE_PARTS = ("ST", "DT", "ET", "GMT", "UTC")


def _lines_with_zone_parts(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line holding one of _ZONE_PARTS, end before its line break, in order."""
    starts: set[int] = set()
    for part in _ZONE_PARTS:
        found = text.find(part)
        while found >= 0:
            start = text.rfind("\n", 0, found) + 1
            starts.add(start)
            end = text.find("\n", found)
            if end < 0:
                break
            found = text.find(part, end)  # the rest of this line is searched anyway
    lines = []
    for start in sorted(starts):
        end = text.find("\n", start)
        lines.append((start, len(text) if end < 0 else end))
    return lines


@lru_cache(maxsize=8)  # sentence splitting and evidence both look for the stamps of one text
def _zone_lines(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_lines_with_zone_parts(text))


def _stamps(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """pattern.finditer(text), searched only in the lines that may hold a time zone. (`\\b` at
    a line's edge sees the same as in the whole text: a search from `pos` to `endpos` looks
    at the character before `pos`, and the line break after `endpos` is no word character,
    as the end of the searched text is not.)"""
    return [match for start, end in _zone_lines(text) for match in pattern.finditer(text, start, end)]


@lru_cache(maxsize=8)
def _run_in_clock_stamps(text: str) -> tuple[re.Match[str], ...]:
    found: list[re.Match[str]] = []
    line_end = -1
    for hint in _YEAR_SEMICOLON_CLOCK.finditer(text):
        if hint.start() < line_end:
            continue  # this line was searched
        start = text.rfind("\n", 0, hint.start()) + 1
        line_end = text.find("\n", hint.end())
        line_end = len(text) if line_end < 0 else line_end
        # (one opening its line is _LINE_STAMP's: it dates the paragraph it opens)
        found.extend(match for match in _RUN_IN_CLOCK_STAMP.finditer(text, start, line_end)
                     if text[start : match.start()].strip())
    return tuple(found)


def page_stamp_ends(text: str) -> list[int]:
    """Where each stamp ends: the headline's sentence ends there."""
    return sorted([match.end() for match in _stamps(PAGE_STAMP, text)]
                  + [match.end() for match in _run_in_clock_stamps(text)])


def page_stamp_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each stamp, with the wire dateline before it: furniture in its sentence."""
    return (*(match.span() for match in _stamps(_STAMP_WITH_DATELINE, text)),
            *(match.span() for match in _LINE_STAMP.finditer(text)),
            *(match.span() for match in _run_in_clock_stamps(text)))


@lru_cache(maxsize=8)  # sentence splitting and evidence both look for the datelines of one text
def wire_dateline_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each wire dateline ("ATLANTA Oct 21 (Reuters Legal) -"): the day the wire
    filed its story, which a day the story's sentence tells of its own outranks. (Left in the
    sentence's label text: with no date of its own, the clause after it is what it dates.)"""
    if not any(mark in text for mark in _AFTER_AGENCY):
        return ()
    return tuple(match.span() for match in _WIRE_DATELINE.finditer(text))
