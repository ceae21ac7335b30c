"""Things that look like dates but are not: the extractor must leave them alone."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract_mentions

ARTICLE_DATE = date(2023, 3, 20)

NOT_DATES = [
    "Officials may decide to act.",
    "Protesters march through the capital.",
    "They will march on the embassy.",
    "The airline ordered a Boeing 737 and an Airbus 320.",
    "Ukraine needs 155 mm shells.",
    "Leaders of the G-20 met.",
    "The fine was 2,000 euros.",
    "Article 5 of the treaty applies.",
    "Inflation reached 21%.",
    "He wrote for The Sunday Times.",
    "The bloc has 27 members and 141 countries voted.",
    "She counted 1,998 ballots and 3.5 million votes.",
    "Turn to page 12 for details.",
    "The Good Friday Agreement holds.",
    "After the fall of Kabul, aid stopped.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str):
    dated = [m for m in extract_mentions(text, ARTICLE_DATE) if m.timex_type.value in ("DATE", "TIME")]
    assert dated == [], [m.explanation for m in dated]


def test_may_and_march_as_months_still_work():
    mentions = extract_mentions("He resigned in May and the march began in March.", ARTICLE_DATE)
    assert [m.text for m in mentions] == ["May", "March"]


@pytest.mark.parametrize(
    "text",
    [
        "Revenue should increase by 20% annually.",
        "The plant would produce about 10,000 units annually.",
        "It will eliminate dividend payments of C$17.9 million annually.",
    ],
)
def test_a_frequency_word_after_a_quantity_is_part_of_a_rate(text: str):
    assert extract_mentions(text, ARTICLE_DATE) == []


def test_a_frequency_word_after_a_verb_is_a_recurrence():
    found = extract_mentions("The fee is paid annually and reviewed quarterly.", ARTICLE_DATE)
    assert [(m.text, m.timex_type.value, m.value) for m in found] == [
        ("annually", "SET", "P1Y"), ("quarterly", "SET", "P3M")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The case is for today's youth what the blockade was for their parents.",
        "Intel chips power many of today's personal computers.",
        "He is choosing tomorrow's leaders.",
    ],
)
def test_today_naming_the_present_age_is_not_a_day(text: str):
    assert extract_mentions(text, ARTICLE_DATE) == []


def test_todays_and_tomorrows_events_are_days():
    found = extract_mentions("After today's vote and tomorrow's session, they rest.", ARTICLE_DATE)
    assert [(m.text, m.value) for m in found] == [("today", "2023-03-20"), ("tomorrow", "2023-03-21")]


@pytest.mark.parametrize(
    "text",
    [
        "Junk funds account for more than a quarter of the entire market.",
        "Three quarters of the voters agreed.",
    ],
)
def test_a_quarter_of_something_is_a_fraction(text: str):
    assert extract_mentions(text, ARTICLE_DATE) == []


def test_quarters_of_a_year_are_still_periods():
    found = extract_mentions("Sales rose for two quarters and in the first two quarters of 2022.", ARTICLE_DATE)
    assert [(m.text, m.value) for m in found] == [
        ("two quarters", "P6M"), ("the first two quarters of 2022", "2022-H1")
    ]
