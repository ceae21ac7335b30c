"""The dateparser adapter: complete absolute dates only, never a part taken from today."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import absolute_dates, extract_mentions
from timeline.extract.resolvers import numeric


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("20-Mar-2023", False, date(2023, 3, 20)),
        ("2023/03/20", False, date(2023, 3, 20)),
        ("03/04/2023", False, date(2023, 3, 4)),
        ("03/04/2023", True, date(2023, 4, 3)),
    ],
)
def test_complete_dates(text, day_first, expected):
    assert absolute_dates.parse_absolute_date(text, day_first=day_first) == expected


@pytest.mark.parametrize("text", ["Mar-2023", "20-Mar", "31-Feb-2023", "Friday", "next week"])
def test_incomplete_or_relative_strings_are_refused(text):
    assert absolute_dates.parse_absolute_date(text) is None


def test_ordinary_text_never_reaches_dateparser(monkeypatch):
    def refuse(text: str, *, day_first: bool = False) -> date | None:
        raise AssertionError(f"dateparser was asked about {text!r}")

    monkeypatch.setattr(numeric, "parse_absolute_date", refuse)
    text = "On Friday, 3 June 1998, talks began. Two days later they ended. Filed 1998-06-08."
    assert [m.value for m in extract_mentions(text, date(1998, 6, 10))] == [
        "1998-06-03", "1998-06-05", "1998-06-08"]


def test_a_year_less_dateline_without_an_article_date_says_the_year_is_unknown():
    from timeline.extract import extract_mentions

    (found,) = extract_mentions("GENEVA, Oct 12 (Agency) - The committee met again.", None)
    assert (found.text, found.value) == ("Oct 12", "XXXX-10-12")
    assert "12 October, year unknown" in found.explanation
