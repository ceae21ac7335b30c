"""Dates on an exported page: the timeline's own wording, plus the ranges a page header needs.

Event dates come from present.calendar_text and names from domain.calendar_words, so a
page says exactly what the screen says; English names always, never the machine's locale.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from timeline.domain.calendar_words import MONTH_ABBREVIATIONS as MONTHS
from timeline.domain.calendar_words import day_text
from timeline.present.calendar_text import interval_text

__all__ = ["day_text", "interval_text", "range_text", "short_day_text", "span_text"]


def short_day_text(day: date | None) -> str:
    """'17 Mar 2023', for citations where the weekday is noise."""
    if day is None:
        return "undated"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def range_text(first: date, last: date) -> str:
    """'17 – 22 Mar 2023', '28 Feb – 3 Mar 2023', '17 Mar 2023 – 1 Apr 2024'."""
    if first == last:
        return short_day_text(first)
    if first.year != last.year:
        return f"{short_day_text(first)} – {short_day_text(last)}"
    if first.month != last.month:
        return f"{first.day} {MONTHS[first.month - 1]} – {short_day_text(last)}"
    return f"{first.day} – {short_day_text(last)}"


def span_text(start: datetime, end: datetime) -> str:
    """A half-open range [start, end) as the days it covers."""
    last = (end - timedelta(microseconds=1)).date()
    return range_text(start.date(), max(start.date(), last))
