"""A page's posting stamp dates its first paragraph only when the paragraph names no date of its own,
and then by its day: the posting time is no time of the happening."""

from __future__ import annotations

from datetime import date

from event_builders import make_article

from timeline.analysis import analyse

FRIDAY = date(2010, 5, 28)


def events_of(text: str) -> list[tuple[str, str]]:
    corpus = analyse([make_article("page", FRIDAY, text)])
    return [(event.value, " ".join(m.mention.text for m in event.mentions)) for event in corpus.events]


def test_a_happening_keeps_its_own_day_not_the_pages_posting_time():
    text = ("Health officials urge BP to protect workers\n"
            "Friday, May 28, 2010; 5:21 PM Federal health officials on Thursday called on BP to protect "
            "the health of workers cleaning up the coast.\n")
    assert events_of(text) == [("2010-05-27", "Thursday")]


def test_a_paragraph_without_a_date_of_its_own_is_dated_by_the_stamps_day():
    # 5:21 PM is when the page was posted, not when the officials acted: the day only
    text = ("Health officials urge BP to protect workers\n"
            "Friday, May 28, 2010; 5:21 PM Federal health officials called on BP to protect the health of "
            "workers cleaning up the coast.\n")
    assert [value for value, _phrases in events_of(text)] == ["2010-05-28"]


def test_a_background_date_of_the_paragraph_leaves_the_stamp_the_date_of_its_lead():
    text = ("Health officials urge BP to protect workers\n"
            "Friday, May 28, 2010; 5:21 PM Federal health officials called on BP to protect the health of "
            "workers, whose cleanup began on May 3.\n")
    assert "2010-05-28" in [value for value, _phrases in events_of(text)]


def _wire_events(text: str) -> list[tuple[str, str]]:
    """(date, label) of each event of a wire story filed on Thursday 4 March 2021."""
    return [(event.value, event.label) for event in analyse([make_article("wire", date(2021, 3, 4), text)]).events]


def test_a_wire_dateline_after_the_pages_stamp_leaves_the_sentence_its_own_day():
    text = ("LISBON | Thu Mar 4, 2021 9:10 am EST LISBON Mar 4 (Reuters Legal) - Dock workers filed a suit on "
            "Wednesday against the port authority.\nThe suit is one of many.\n")
    assert _wire_events(text) == [("2021-03-03", "Dock workers file suit against the port authority")]


def test_a_wire_dateline_opening_a_later_story_dates_it_when_it_tells_no_day_of_its_own():
    text = ("Earlier story about the port.\n"
            "LISBON, March 4 (Reuters) -- A fire broke out aboard a tanker moored in the port, officials said.\n")
    assert _wire_events(text) == [("2021-03-04", "Officials: fire breaks out aboard tanker moored in the port")]


def test_a_week_of_the_leads_own_holding_the_dateline_dates_its_happening():
    # "this week" tells when the flags went up; the dateline is only a day of that week
    text = ("Earlier story about the port.\n"
            "LISBON, March 4 (Reuters) - Red flags went up on the city's beaches this week, closing them to "
            "swimmers.\n")
    assert [value for value, _label in _wire_events(text)] == ["2021-W09"]


def test_a_day_inside_a_clause_of_the_lead_leaves_the_dateline_dating_the_leads_happening():
    text = ("LISBON | Thu Mar 4, 2021 9:10 am EST LISBON Mar 4 (Reuters) - The port authority fined the "
            "shipping line after the mayor, who toured the docks on Tuesday, complained.\nMore follows.\n")
    assert ("2021-03-04", "Port authority fined the shipping line") in _wire_events(text)


MON_15_JAN_2024 = date(2024, 1, 15)


def _blog_events(text: str) -> list[tuple[str, str]]:
    """(date, phrases) of each event of a live blog of Monday 15 January 2024."""
    corpus = analyse([make_article("blog", MON_15_JAN_2024, text)])
    return sorted((event.value, " ".join(m.mention.text for m in event.mentions)) for event in corpus.events)


def test_a_live_blog_post_with_a_day_of_its_own_is_dated_by_that_day_not_by_its_stamp():
    # a plan of the coming days and a happening of the day before: the stamp says only when the post went up
    text = ("0930 Rescue teams reach the northern suburbs of the city.\n"
            "1758 Transport ministers will hold talks in Lisbon on Wednesday to discuss the ferry disaster.\n"
            "1851 The harbour master met the ferry's owners in Porto on Sunday and pledged to help.\n")
    assert _blog_events(text) == [("2024-01-14", "Sunday"), ("2024-01-15T09:30", "0930"),
                                  ("2024-01-17", "Wednesday")]


def test_a_live_blog_post_with_only_a_far_date_stays_dated_by_its_stamp():
    text = ("0930 Rescue teams reach the northern suburbs of the city.\n"
            "1758 Divers reach the wreck of the ferry, which was launched on 3 May 1987.\n")
    assert ("2024-01-15T17:58", "1758") in _blog_events(text)
