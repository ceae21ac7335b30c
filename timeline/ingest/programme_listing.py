"""Broadcast listings: a page of programme slots ("7.00-10.30 pm BBC RADIO 5 LIVE ..."), not news.

A radio or television guide names a channel in capitals after each slot's hours. A page with
several such slots is a listing as a whole: its "tonight", "From 10pm" and "this week" are
what the channel plans to air, and the promotional lines between the slots ("Nick takes over
for a two-hour show") are no happenings of the story either, so none of it is drawn.
"""

from __future__ import annotations

import re
from itertools import islice

# A slot's hours, "7.00-11.00 pm", "6.25-8.15pm", "12.00noon-7.20 pm", "9-11pm", then the
# channel's name in capitals: "BBC RADIO 5 LIVE", "BBC ONE", "CHANNEL 4".
_SLOT = re.compile(
    r"\b\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|noon|midnight)?\s?[-–]\s?\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|noon|midnight)"
    r"\s+[A-Z][A-Z0-9]+(?:\s+[A-Z0-9]+)+\b"
)
# Slots a page must hold to be a listing: one or two may be a schedule quoted in a report.
MIN_SLOTS = 3


def is_programme_listing(text: str) -> bool:
    """Whether the page is a broadcast listing: at least MIN_SLOTS slots, each hours and a channel."""
    return len(list(islice(_SLOT.finditer(text), MIN_SLOTS))) == MIN_SLOTS  # (no need to find more)
