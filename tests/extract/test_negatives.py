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
    "The chief was made the fall guy for the leak.",
    "She ran the summer camp for ten years.",
    # a half or quarter of a thing, not of a year
    "Paint covered the back half of the van.",
    "The first half of the match was dull.",
    "He read the first quarter of the book.",
    "The sculptor has spent the last half carving ice.",  # the last half [hour], what was done in it after
    "Jazz bands played all night in the Quarter.",  # a district's name, capitalised inside a sentence
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
        "Ticket prices should climb by 4% annually.",
        "The vineyard bottles about 40,000 bottles annually.",
        "The mill ships 300 tonnes monthly.",
        "The grant pays out €2.5 million yearly.",
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
        "The museum speaks to today's teenagers in their own words.",
        "Few of today's smart phones are built to be mended.",
        "The academy is training tomorrow's leaders for today's economy.",
        "The flood cost $6 billion in today's dollars.",
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
        "Electric cars make up more than a quarter of all new sales.",
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


@pytest.mark.parametrize(
    "text",
    [
        "He told USA Today that he would resign.",
        "She appeared on the Today programme.",
        'The minister said so on the BBC\'s "Today" programme.',
        "The film Tomorrow Never Dies opened in London.",
    ],
)
def test_a_capitalised_day_word_inside_a_name_is_no_date(text: str):
    assert [m.text for m in extract_mentions(text, ARTICLE_DATE) if m.text.lower() in ("today", "tomorrow")] == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister said Tomorrow would be decisive.",
        "Talks Resume Tomorrow In Geneva",
        "Warning: Tomorrow the roads close.",
    ],
)
def test_a_capitalised_day_word_that_starts_no_name_is_the_day(text: str):
    assert [m.text for m in extract_mentions(text, ARTICLE_DATE)] == ["Tomorrow"]


@pytest.mark.parametrize("text", ["There were 1000s dead.", "1000s of people marched.", "1960s of them came."])
def test_a_bare_plural_number_before_a_counted_word_is_a_count(text: str):
    assert extract_mentions(text, ARTICLE_DATE) == []


def test_bc_centuries_and_years_carry_their_era():
    found = extract_mentions("The wall dates from the third century B.C.; the town from 753 BC.", ARTICLE_DATE)
    assert [(m.text, m.value) for m in found] == [("the third century B.C.", "BC02"), ("753 BC", "BC0753")]


def test_a_dotted_number_after_at_with_no_day_beside_it_is_a_price():
    assert extract_mentions("The shares closed at 9.30 after a dull session.", ARTICLE_DATE) == []


def test_an_ordinal_before_a_capitalised_word_is_a_name_not_a_day():
    found = extract_mentions("On Thursday, the 4th Infantry Division moved north.", ARTICLE_DATE)
    assert [m.text for m in found] == ["Thursday"]


def test_nine_eleven_is_the_day_of_the_attacks_whatever_the_article_s_year():
    found = extract_mentions("Airport checks changed after 9/11.", ARTICLE_DATE)
    assert [(m.text, m.value) for m in found] == [("9/11", "2001-09-11")]
