"""A run-in chronology's items inside one sentence ("8 May: Dome fails to cap leak 2 June: US
opens inquiry"): where an item's date heads it, and the next item's date that ends this one.
Part of the headline maker (events/headline.py).
"""

from __future__ import annotations

from timeline.events.clause_chunks import Segment, Token
from timeline.events.headline_common import DASHES
from timeline.events.word_lists import CALENDAR_WORDS


def without_next_items_date(clause: list[Token], part: Segment, tokens: list[Token]) -> list[Token]:
    """"Dome fails to cap leak 2 June: US opens inquiry": in a run-in chronology the date of the
    next item ends the segment before its colon; it is not part of this item's headline."""
    after = part.last  # (the index just past the segment)
    if not heads_an_item(tokens, after):
        return clause
    end = len(clause)
    while end > 0 and (clause[end - 1].lower in CALENDAR_WORDS or clause[end - 1].text in ("May", "MAY")
                       or clause[end - 1].text.isdigit()):  # ("may" the modal is no calendar word; "May" is)
        end -= 1
    return clause[:end] if end >= 2 else clause  # ("Dam bursts" is a headline)


def heads_an_item(tokens: list[Token], at: int) -> bool:
    """Whether a date standing before tokens[at] heads a chronology's item: "8 May: Dome fails",
    "2004 - Floods kill 2,600" (a dash only before a capital: "on Monday - the day after -" is an aside)."""
    if at >= len(tokens):
        return False
    if tokens[at].text == ":":
        return True
    if (tokens[at].text in DASHES and at + 3 < len(tokens) and tokens[at + 1].text.isdigit()
            and len(tokens[at + 1].text) <= 2 and tokens[at + 2].text in DASHES):
        at += 2  # "April 21 - 22 - The valve failed": a range of days heads the item
    return tokens[at].text in DASHES and at + 1 < len(tokens) and tokens[at + 1].is_capitalised
