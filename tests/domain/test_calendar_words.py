"""Dates read the same on every machine: English names from one module, never strftime."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import timeline
from timeline.domain.calendar_words import clock_text, day_text, month_text
from timeline.extract.timex_values import describe_value
from timeline.ingest.date_strings import describe_day

PACKAGE = Path(timeline.__file__).parent


def _locale_dependent_formatting(source: str) -> list[int]:
    """Lines that format a date through the C library: `.strftime(...)` or f"{day:%b}"."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "strftime":
            lines.append(node.lineno)
        if isinstance(node, ast.FormattedValue) and isinstance(node.format_spec, ast.JoinedStr):
            spec = "".join(v.value for v in node.format_spec.values if isinstance(v, ast.Constant))
            if spec.startswith("%"):
                lines.append(node.lineno)
    return lines


def test_the_scan_finds_both_ways_of_calling_strftime():
    assert _locale_dependent_formatting('x = day.strftime("%B")\n') == [1]
    assert _locale_dependent_formatting('x = f"{day:%b %Y}"\n') == [1]
    assert _locale_dependent_formatting('x = f"{count:02d}"  # strftime in a comment\n') == []


def test_no_module_formats_dates_with_the_machines_locale():
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := _locale_dependent_formatting(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_day_month_and_clock_wording():
    assert day_text(date(2023, 3, 5)) == "Sun 5 Mar 2023"
    assert day_text(None) == "undated"
    assert month_text(2023, 12) == "December 2023"
    assert clock_text(9, 5) == "09:05"


def test_extract_and_ingest_word_a_day_as_the_timeline_does():
    day = date(2023, 3, 5)
    assert describe_value("2023-03-05") == day_text(day)
    assert describe_day(day) == day_text(day)
    assert describe_value("2023-03-05T09:05") == "Sun 5 Mar 2023 09:05"
    assert describe_value("2023-03") == "March 2023"
