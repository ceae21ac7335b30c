"""Calendar names and date wording in English: the one home for how a date reads to a person.

Never the machine's locale: Qt sets the C library's locale from the environment, so
strftime (or a date's format spec, f"{day:%b}") would print German month names on a German
desktop, and the same project would read differently from one machine to the next. So no
module in timeline/ calls strftime; extract, ingest, present, export and store word their
dates with what is here (tests/domain/test_calendar_words.py holds them to it).

The names a reader of articles must *recognise* (other languages, abbreviations like
"Sept.") are a different fact: they live in the rule vocabularies beside the rules.
"""

from __future__ import annotations

from datetime import date

MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTH_ABBREVIATIONS: tuple[str, ...] = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)
# Monday first, as date.weekday() counts.
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# The meteorological seasons of the northern hemisphere; December's winter is the next year's.
SEASON_OF_MONTH: dict[int, str] = {
    12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring",
    6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn",
}


def day_text(day: date | None) -> str:
    """'Fri 17 Mar 2023' (analysts check weekdays), or 'undated'."""
    if day is None:
        return "undated"
    return f"{WEEKDAY_ABBREVIATIONS[day.weekday()]} {day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"


def month_text(year: int, month: int) -> str:
    """'March 2023'."""
    return f"{MONTH_NAMES[month - 1]} {year}"


def clock_text(hour: int, minute: int) -> str:
    """'09:05', the 24-hour clock."""
    return f"{hour:02d}:{minute:02d}"
