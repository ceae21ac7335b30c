"""The one door to dateparser: an absolute date string, handed over by a rule, to a date.

Only strings a rule has already recognised as a complete absolute date come here (forms
like "20-Mar-2023" or "2023/03/20" that the rules do not take apart themselves), so
ordinary text never reaches dateparser. Its answers are cached. It is configured so it
can never fill a missing day, month or year from today: all three parts are required,
relative parsing is off, and the relative base is a fixed date that is never used.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

# Never consulted (relative parsers are off and every part is required); pinned anyway so
# that no code path can fall back to the computer's clock.
_FIXED_BASE = datetime(2000, 1, 1)


@lru_cache(maxsize=2048)
def parse_absolute_date(text: str, *, day_first: bool = False) -> date | None:
    """The date an absolute date string names, or None when it is not one complete date."""
    import dateparser  # imported here: most texts never need it, and it is slow to load

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RELATIVE_BASE": _FIXED_BASE,
        "DATE_ORDER": "DMY" if day_first else "MDY",
        "PARSERS": ["absolute-time", "custom-formats"],
        "STRICT_PARSING": True,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return None if parsed is None else parsed.date()
