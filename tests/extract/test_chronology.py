"""Dated lists inside an article read as chronologies: past days, marked with the rule "chronology"."""

from __future__ import annotations

from datetime import date

from timeline.extract import extract_mentions
from timeline.extract.chronology import RULE, entry_starts

JULY = date(2010, 7, 23)

LIST = (
    "What has happened so far\n"
    "April 20 – A fire breaks out on the platform.\n"
    "May 2: The governor tours the harbour.\n"
    "5 August: The pipe is capped.\n"
    "Jan. 12 - Talks begin.\n"
    "Tuesday, 4 May 2010 — Boats gather.\n"
    "Officials said on May 2 that more ships would come.\n"
)


def _entries(text: str, article_date: date = JULY) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in extract_mentions(text, article_date) if m.rule == RULE]


def test_each_entry_is_the_latest_such_day_not_after_the_article():
    assert _entries(LIST) == [
        ("April 20", "2010-04-20"),
        ("May 2", "2010-05-02"),
        ("5 August", "2009-08-05"),
        ("Jan. 12", "2010-01-12"),
        ("Tuesday, 4 May 2010", "2010-05-04"),
    ]


def test_an_entry_a_day_or_two_after_the_pages_date_is_that_weeks():
    # a page's date may trail its newest entry (a time zone, a late edit); a week after, it is last year's
    text = "Timeline\nJuly 21: Talks open.\nJuly 24: The pipe is capped.\nJuly 30: Boats leave.\n"
    assert _entries(text) == [("July 21", "2010-07-21"), ("July 24", "2010-07-24"), ("July 30", "2009-07-30")]


def test_the_slack_stays_in_the_pages_year():
    text = "The year in review\n1 January: Fireworks light the sky.\n30 December: Floods.\n"
    assert _entries(text, date(2010, 12, 31)) == [("1 January", "2010-01-01"), ("30 December", "2010-12-30")]


def test_an_entry_is_past_whatever_its_tense():
    found = [m for m in extract_mentions("May 2: The governor will tour the harbour.\nMay 9: Talks.\n", JULY)]
    assert [(m.value, m.tense, m.rule) for m in found] == [("2010-05-02", "past", RULE), ("2010-05-09", "past", RULE)]
    assert "chronology" in found[0].explanation


def test_a_date_inside_a_sentence_is_no_entry():
    mentions = extract_mentions(LIST, JULY)
    assert [m.rule for m in mentions if m.start > LIST.index("Officials")] == ["month-day-year"]


def test_one_dated_line_is_an_entry_only_under_a_heading():
    alone = "May 2 - The governor visits the coast, aides say.\nMore boats came."
    assert _entries(alone) == []
    assert _entries("Key dates\n" + alone) == [("May 2", "2010-05-02")]
    assert _entries("Timeline of the spill\n\n" + alone) == [("May 2", "2010-05-02")]


def test_a_range_entry_marks_both_ends():
    text = "Timeline\nMay 3-5 – Storms halt the work.\n"
    assert [value for _, value in _entries(text)] == ["2010-05-03", "2010-05-05"]


def test_lower_case_may_opens_no_entry():
    assert entry_starts("may 2: we will see.\nmay 3: and again.\n") == frozenset()


def test_the_29th_of_february_goes_back_to_a_leap_year():
    assert _entries("Feb. 29 - Vote held.\nMarch 1 - Count ends.\n", date(2011, 7, 1))[0] == ("Feb. 29", "2008-02-29")


def test_entries_run_together_on_one_line_are_still_a_chronology():
    text = "Key moments 3 March: Floods close the port 9 March: Army sends boats 14 March: Port reopens"
    assert _entries(text, date(2011, 2, 1)) == [
        ("3 March", "2010-03-03"), ("9 March", "2010-03-09"), ("14 March", "2010-03-14")]


def test_one_or_two_colons_after_dates_in_a_sentence_are_no_list():
    text = "The hearing opens on 20 April: it will call 30 witnesses before 2 May: the deadline."
    assert _entries(text, date(2011, 3, 1)) == []


def test_bulleted_entries_read_as_a_chronology_whatever_the_bullet():
    text = "\\* May 2 - The governor tours the harbour.\n• May 9 - Talks open.\n* June 1 - The pipe is capped.\n"
    assert _entries(text) == [("May 2", "2010-05-02"), ("May 9", "2010-05-09"), ("June 1", "2010-06-01")]
