"""Full dates written in news styles are found with their spans; ambiguous ones are left alone."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.ingest.date_strings import describe_day, find_dates, find_month_day, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("• Tuesday, 02 July 2024", date(2024, 7, 2)),
        ("Published 20 March 2023", date(2023, 3, 20)),
        ("March 20, 2023", date(2023, 3, 20)),
        ("Mar. 20th, 2023", date(2023, 3, 20)),
        ("2023-03-20T18:04:00Z", date(2023, 3, 20)),
        ("2023/3/20", date(2023, 3, 20)),
        ("20.03.2023", date(2023, 3, 20)),
        ("25/03/2023", date(2023, 3, 25)),
        ("03/25/2023", date(2023, 3, 25)),
        ("20 de marzo de 2023", date(2023, 3, 20)),
        ("20. März 2023", date(2023, 3, 20)),
        ("le 20 mars 2023", date(2023, 3, 20)),
        ("Mon 20 Mar 2023 14.02 GMT", date(2023, 3, 20)),
        ("2023年3月20日 15:00", date(2023, 3, 20)),
        ("2023년 3월 20일", date(2023, 3, 20)),
        ("1er mai 2023", date(2023, 5, 1)),
        ("8 juin 2023", date(2023, 6, 8)),
        ("3. Dezember 2023", date(2023, 12, 3)),
        ("12 de diciembre de 2023", date(2023, 12, 12)),
        ("20 ottobre 2023", date(2023, 10, 20)),
        ("1.º de fevereiro de 2023", date(2023, 2, 1)),
        ("20 maart 2023", date(2023, 3, 20)),
        ("17 augustus 2023", date(2023, 8, 17)),
    ],
)
def test_news_styles_parse(text: str, expected: date):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["03/04/2023", "31 February 2023", "March 2023", "20 March", "in 2023", "1234-56-78", ""],
)
def test_ambiguous_impossible_or_partial_dates_are_not_guessed(text: str):
    assert parse_date(text) is None


def test_spans_point_at_the_date_and_overlaps_are_reported_once():
    text = "Seen 2023-03-20 and again on March 21, 2023."

    found = find_dates(text)

    assert [(text[f.start : f.end], f.value) for f in found] == [
        ("2023-03-20", date(2023, 3, 20)),
        ("March 21, 2023", date(2023, 3, 21)),
    ]


def test_month_and_day_without_year_is_found_separately():
    assert find_month_day("MOSCOW, March 20 (Reuters) -")[:2] == (3, 20)
    assert find_month_day("PARIS, 8 juin (AFP) -")[:2] == (6, 8)
    assert find_month_day("Berlin, 26. März (dpa) -")[:2] == (3, 26)
    assert find_month_day("nothing here") is None


def test_day_description_is_locale_free():
    assert describe_day(date(2023, 3, 20)) == "Mon 20 Mar 2023"
    assert describe_day(date(2024, 7, 2)) == "Tue 2 Jul 2024"
