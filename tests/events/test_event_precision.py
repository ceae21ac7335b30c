"""An event is as precise as its best-supported date: a lone precise mention does not make a year a day."""

from __future__ import annotations

from datetime import date

from event_builders import analysis, make_article

from timeline.analysis.pool import analyse_article
from timeline.domain.granularity import Granularity
from timeline.events import build_events


def _hurricane_year(i: int):
    return analysis(f"y{i}", date(2010, 6, 1 + i), f"The hurricane of 2005 flooded the city, report {i}.",
                    [("2005", "2005")], stated=["2005"])


def test_many_year_only_reports_stay_a_year_beside_one_dated_report():
    one_day = analysis("d", date(2010, 6, 20), "The hurricane flooded the city on 29 August 2005.",
                       [("29 August 2005", "2005-08-29")], stated=["29 August 2005"])
    events = build_events([_hurricane_year(i) for i in range(8)] + [one_day])
    hurricane = max(events, key=lambda e: e.source_count)
    assert hurricane.source_count == 9
    assert hurricane.interval.granularity == Granularity.YEAR
    assert hurricane.value == "2005"


def test_a_day_that_a_fair_share_of_sources_give_is_kept():
    days = [analysis(f"d{i}", date(2010, 6, 20 + i), "The hurricane flooded the city on 29 August 2005.",
                     [("29 August 2005", "2005-08-29")], stated=["29 August 2005"]) for i in range(3)]
    events = build_events([_hurricane_year(i) for i in range(6)] + days)
    hurricane = max(events, key=lambda e: e.source_count)
    assert hurricane.value == "2005-08-29"
    assert hurricane.interval.granularity == Granularity.DAY


WEDNESDAY_PAPER = "The relief ferry docked in the harbour town on Wednesday."


def _ferry(first: tuple[date, str], paper: str = WEDNESDAY_PAPER) -> tuple[int, str]:
    """Sources and date of the most-reported event of an article and a paper of Thursday 3 May 2012."""
    articles = [analyse_article(make_article("first", *first)),
                analyse_article(make_article("paper", date(2012, 5, 3), paper))]
    ferry = max(build_events(articles), key=lambda e: e.source_count)
    return ferry.source_count, ferry.value


def test_a_live_blogs_posting_time_dates_a_happening_other_reports_tell_by_its_day_only():
    blog = (date(2012, 5, 2), "Live updates.\n2113 The relief ferry has docked in the harbour town, the coastguard "
            "says.\n2050 Crowds gather on the quay.\n")
    alone = build_events([analyse_article(make_article("blog", *blog))])
    assert any(event.value == "2012-05-02T21:13" for event in alone)  # the post's own time, told by nobody else
    assert _ferry(blog) == (2, "2012-05-02")


def test_a_posts_time_beside_its_own_pages_dated_report_dates_the_happening_by_its_day_only():
    # the post was written at 21:13; the page tells the docking in a sentence of its own, by the day
    blog = ("Live updates.\n2113 Has the relief ferry docked in the harbour town at last?\n"
            "Today, the relief ferry docked in the harbour town, the coastguard said.\n2050 Crowds gather.\n")
    events = build_events([analyse_article(make_article("blog", date(2012, 5, 2), blog))])
    docked = [e for e in events if any("Today" in m.sentence for m in e.mentions)]
    assert len(docked) == 1
    assert docked[0].value == "2012-05-02"


def test_a_clock_time_opening_its_sentence_is_a_posts_stamp_beside_another_articles_report():
    blog = (date(2012, 5, 2), "Live coverage of the harbour.\n"
            "9.41 pm: The relief ferry has docked in the harbour town, the coastguard says.\n")
    assert _ferry(blog) == (2, "2012-05-02")


def test_a_part_of_day_opening_its_sentence_is_no_post_stamp():
    evening = (date(2012, 5, 3), "Wednesday evening, the relief ferry docked in the harbour town.")
    assert _ferry(evening) == (2, "2012-05-02TEV")


def test_a_posts_stamp_still_backs_the_part_of_day_another_report_gives():
    blog = (date(2012, 5, 2), "Live coverage of the harbour.\n"
            "7.41 pm: The relief ferry has docked in the harbour town, the coastguard says.\n")
    assert _ferry(blog, "The relief ferry docked in the harbour town on Wednesday evening.") == (2, "2012-05-02TEV")


def test_a_time_told_under_an_earlier_days_heading_is_the_happenings_own():
    recap = (date(2012, 5, 4), "How the day unfolded\nWednesday 2 May\n7.41 pm: The relief ferry docks in the "
             "harbour town.\n")
    assert _ferry(recap) == (2, "2012-05-02T19:41")


def test_a_years_mention_sharing_a_few_words_stays_out_of_a_days_happening():
    # "this year" tells of the season's harvest, "on Sunday" of the oil's arrival: alike in a
    # few words ("oyster", "bay"), two things, and the year's mention gains no day from the other.
    day = analysis("day", date(2010, 5, 24), "Oil reached the oyster beds of Barataria Bay on Sunday, fishermen said.",
                   [("Sunday", "2010-05-23")])
    year = analysis("year", date(2010, 5, 26),
                    "Oyster harvests in Barataria Bay fell sharply this year as prices rose.", [("this year", "2010")])
    events = build_events([day, year])
    assert sorted(e.value for e in events) == ["2010", "2010-05-23"]


def test_a_years_mention_told_in_the_days_own_words_still_joins_it():
    day = analysis("day", date(2010, 5, 24), "Oil reached the oyster beds of Barataria Bay on Sunday, fishermen said.",
                   [("Sunday", "2010-05-23")])
    year = analysis("year", date(2010, 11, 2), "Oil reached the oyster beds of Barataria Bay this year.",
                    [("this year", "2010")])
    (event,) = build_events([day, year])
    assert event.value == "2010-05-23" and event.source_count == 2
