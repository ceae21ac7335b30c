"""24-hour clock times and live-blog stamps are times of day, never years; real years stay years."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.domain.mention import TimexType
from timeline.extract import extract_mentions
from timeline.extract.live_blog import live_stamps

DAY = date(2012, 5, 2)


def _values(text: str, article_date: date | None = DAY) -> list[tuple[str, str, str]]:
    return [(m.text, m.value, m.timex_type.value) for m in extract_mentions(text, article_date)]


def _years(text: str, article_date: date | None = DAY) -> list[str]:
    return [m.value for m in extract_mentions(text, article_date) if m.timex_type is TimexType.DATE]


@pytest.mark.parametrize(
    "text",
    [
        "The clinic said that by 1100 (1600 GMT) forty patients had been seen.",
        "WEDNESDAY 2 MAY, 1300 GMT, AT THE BORDER The queue is long.",
        "The station airs a bulletin from 0910 to 0930 local time (1410 to 1430 GMT) each day.",
        "The quiz show is repeated on Sundays at 2100h.",
        "The ferry sailed at 1745 hrs with all aboard.",
        "Rescuers reached the hamlet around 1800 yesterday.",
    ],
)
def test_a_clock_time_is_never_a_year(text: str):
    assert not [v for v in _years(text) if v[:2] in ("11", "13", "14", "17", "18", "21")]
    assert any(kind == "TIME" for _, _, kind in _values(text))


def test_a_near_years_digits_with_the_same_moment_in_another_zone_after_them_are_a_time():
    # "2000" could be a year twelve years back; "(0000 GMT)" right after it says it is a time
    assert ("2000", "2012-05-02T20:00", "TIME") in _values("The address, at 2000 (0000 GMT), will set out the plan.")
    assert _years("The dam, finished in 2000 (the first of three), still stands.") == ["2000"]


def test_a_clock_time_with_its_zone_is_on_the_day_it_names():
    assert ("2 MAY, 1300 GMT", "2012-05-02T13:00", "TIME") in _values("2 MAY, 1300 GMT, AT THE BORDER")


def test_both_ends_of_a_clock_range_are_times():
    found = _values("Polls open from 0700 to 1900 GMT.")
    assert [(t, v) for t, v, _ in found] == [("0700", "2012-05-02T07:00"), ("1900 GMT", "2012-05-02T19:00")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The blast came at 10:35 a.m. (0735 GMT) on the quay.", "2012-05-02T10:35"),
        # its zone after "p.m." too: one moment, not a second time four hours on
        ("At 4:15 p.m. EDT (2015 GMT), the ferry's shares traded at $12.", "2012-05-02T16:15"),
        ("The vote closed at 1400 BST (1300 GMT) as planned.", "2012-05-02T14:00"),
    ],
)
def test_a_time_restated_in_another_zone_is_one_expression(text: str, value: str):
    assert [v for _, v, _ in _values(text)] == [value]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 1100 the Normans held the town.", "1100"),
        ("The abbey was built by 1100, long before the town grew.", "1100"),
        ("The plague of 1348 emptied the villages.", "1348"),
    ],
)
def test_real_years_stay_years(text: str, year: str):
    assert year in _years(text)


def test_a_century_in_digits_stays_a_decade_or_century():
    assert _values("The castle dates from the 1300s.")[0][2] == "DATE"


LIVE_BLOG = (
    "Storm live: the latest\n"
    "1413 The coastguard says two boats are missing.\n"
    "1350: Winds of 90 mph were recorded yesterday on the cape.\n"
    "13:20 Schools will close today, the council says.\n"
)


def test_live_blog_stamps_are_times_on_the_article_date():
    found = _values(LIVE_BLOG)
    stamps = [(t, v) for t, v, kind in found if kind == "TIME"]
    assert stamps == [("1413", "2012-05-02T14:13"), ("1350", "2012-05-02T13:50"), ("13:20", "2012-05-02T13:20")]
    assert all(m.rule == "live-blog-stamp" for m in extract_mentions(LIVE_BLOG, DAY) if m.timex_type is TimexType.TIME)


def test_relative_days_in_a_post_resolve_against_the_article_date():
    found = dict((t, v) for t, v, _ in _values(LIVE_BLOG))
    assert found["yesterday"] == "2012-05-01"
    assert found["today"] == "2012-05-02"


def test_a_stamp_whose_line_break_was_lost_is_still_a_stamp():
    text = LIVE_BLOG + "1300 The first boat is found, crews say 2045 The second boat is towed in.\n"
    found = _values(text)
    assert ("2045", "2012-05-02T20:45", "TIME") in found
    assert "2045" not in _years(text)


def test_a_run_in_stamp_that_could_be_a_year_opens_its_post():
    # A line break lost before "1200": no year 1200, the post's time, and a sentence of its own
    text = LIVE_BLOG + "1300 The first boat is found as crews plead for help 1200 The second boat is towed in.\n"
    stamp = next(m for m in extract_mentions(text, DAY) if m.text == "1200")
    assert (stamp.value, stamp.timex_type) == ("2012-05-02T12:00", TimexType.TIME)
    assert text[stamp.sentence_start : stamp.sentence_end] == "1200 The second boat is towed in."


@pytest.mark.parametrize("post", [
    "1300 The envoy, who ran at the 2004 Olympic Games, says help is coming.",
    "1300 The ferry line's 2004 Annual Report listed the risks.",  # an owner's year
    "1300 Crews recalled the April 2004 Harbour Fire.",  # a month's
])
def test_a_year_in_a_live_blogs_post_stays_a_year(post):
    assert any(value.startswith("2004") for value in _years(LIVE_BLOG + post + "\n"))


def test_a_list_of_years_is_not_a_live_blog():
    text = "Milestones\n1804: The colony declares independence.\n1915: Troops land.\n1986: The ruler flees.\n"
    assert live_stamps(text, DAY) == frozenset()
    assert not [m for m in extract_mentions(text, DAY) if m.timex_type is TimexType.TIME]
    assert _years(text) == ["1915", "1986"]  # a year before 1900 needs a lead word ("in 1804")


def test_one_line_opening_with_a_year_is_a_year():
    found = extract_mentions("1945 The war in Europe ends.\nTowns are rebuilt.", DAY)
    assert [(m.value, m.rule) for m in found] == [("1945", "year")]


def test_stamps_need_an_article_date_to_be_placed():
    text = "Live\n0930: Rescuers arrive.\n0915: The road opens.\n"
    assert {v for _, v, _ in _values(text, None)} <= {"XXXX-XX-XX"}


def test_four_digits_after_at_far_from_the_article_year_are_a_clock_time():
    found = extract_mentions("The crowd thinned at 2045 and the square was empty.", date(2024, 6, 12))
    assert [(m.text, m.value) for m in found] == [("2045", "2024-06-12T20:45")]
    # a year near the article's after "at" stays a year: prices or levels of that year
    found = extract_mentions("Fares are frozen at 2023 prices.", date(2024, 6, 12))
    assert [(m.text, m.value) for m in found] == [("2023", "2023")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At 4 PM BP said it had capped the well.", "4 PM"),  # a company's initials are no time zone
        ("The rig was evacuated at 4 PM CDT, the guard said.", "4 PM CDT"),
        ("At 9.15 am EEST the ferry left the harbour.", "9.15 am EEST"),
    ],
)
def test_a_time_zone_after_am_or_pm_is_a_known_one(text, expected):
    assert _values(text)[0][0] == expected
