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


def page_stamp_ends(text: str) -> list[int]:
    """Where each stamp ends: the headline's sentence ends there."""
    return [match.end() for match in PAGE_STAMP.finditer(text)]


def page_stamp_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each stamp, with the wire dateline before it: furniture in its sentence."""
    return (*(match.span() for match in _STAMP_WITH_DATELINE.finditer(text)),
            *(match.span() for match in _LINE_STAMP.finditer(text)))
