"""Only dated sentences that tell a happening become events; their mentions stay with the article."""

from __future__ import annotations

from datetime import date

import pytest
from event_builders import analysis, make_article

from timeline.analysis.pool import analyse_article
from timeline.domain.edits import RenameEvent
from timeline.events import build_events, event_keys
from timeline.events.headline import capped_headline

MON_18 = date(2024, 3, 18)
# No sentence before names what "It" stands for, and the clock time is no happening.
IDLE_CHAT = "It was a long cold night at 11 pm on Sunday."
STRIKE = "Dock workers walked out on Sunday."


def test_a_lone_sentence_that_tells_no_happening_is_no_event_but_its_mention_is_kept():
    idle = analysis("chat", MON_18, IDLE_CHAT, [("on Sunday", "2024-03-17")])
    strike = analysis("wire", MON_18, STRIKE, [("on Sunday", "2024-03-17")])

    events = build_events([idle, strike])

    assert [e.label for e in events] == ["Dock workers walk out"]
    assert len(idle.mentions) == 1  # still there for the article's own view


def test_one_sentence_copied_into_two_pages_is_judged_as_one_report():
    first = analysis("a", MON_18, IDLE_CHAT, [("on Sunday", "2024-03-17")])
    second = analysis("b", MON_18, IDLE_CHAT, [("on Sunday", "2024-03-17")])

    assert build_events([first, second]) == []
    assert len(first.mentions) == len(second.mentions) == 1


def test_two_reports_in_their_own_words_stay_an_event_for_the_analyst_to_name():
    first = analysis("a", MON_18, IDLE_CHAT, [("on Sunday", "2024-03-17")])
    second = analysis("b", MON_18, "It was a long, cold night, at 11 pm on Sunday.", [("on Sunday", "2024-03-17")])

    (event,) = build_events([first, second])

    assert event.source_count == 2


def test_a_live_pages_heading_printed_by_several_pages_is_no_event():
    # Each day's page opens with its own heading: no happening, however many pages print one
    first = analysis("a", MON_18, "Harbour fire 17 Mar Live coverage following the fire at the harbour.",
                     [("17 Mar", "2024-03-17")])
    second = analysis("b", MON_18, "Harbour fire 17 Mar Live coverage following Sunday's fire at the old harbour.",
                      [("17 Mar", "2024-03-17")])

    assert build_events([first, second]) == []


def test_several_reports_none_telling_a_happening_of_the_date_are_no_event():
    # Both measure something against Sunday; neither says what happened on it.
    first = analysis("a", MON_18, "Ferry fares are 40 percent higher than they were on Sunday.",
                     [("on Sunday", "2024-03-17")])
    second = analysis("b", MON_18, "Ferry fares are now 40 percent higher than on Sunday, riders said.",
                      [("on Sunday", "2024-03-17")])
    rise = analysis("c", MON_18, "Ferry fares rose 40 percent on Sunday, riders said.", [("on Sunday", "2024-03-17")])

    assert build_events([first, second]) == []
    # One report telling a happening of the date makes them an event, labelled by it.
    (event,) = build_events([first, second, rise])
    assert event.source_count >= 2 and event.label == "Riders: Ferry fares rise 40 percent"


def test_an_event_the_analyst_named_is_kept_whatever_its_sentence():
    idle = analysis("chat", MON_18, IDLE_CHAT, [("on Sunday", "2024-03-17")])
    keys = frozenset({("chat", IDLE_CHAT.index("on Sunday"), IDLE_CHAT.index("on Sunday") + len("on Sunday"))})

    (event,) = build_events([idle], [RenameEvent(keys, "Night shift at the port")])

    assert event.label == "Night shift at the port" and event_keys(event) == keys


def test_a_lone_sentence_whose_headline_keeps_no_verb_is_no_event():
    # The date sits in the subject; the verb comes only after a long aside and is cut away.
    listing = ("The long-awaited annual statement of the regional harbour authority and of its three"
               " advisory panels on Friday said the pier would close.")
    listed = analysis("list", MON_18, listing, [("on Friday", "2024-03-15")])
    strike = analysis("wire", MON_18, STRIKE, [("on Sunday", "2024-03-17")])

    events = build_events([listed, strike])

    assert [e.label for e in events] == ["Dock workers walk out"]


@pytest.mark.parametrize(
    ("sentence", "phrase", "keeps_verb"),
    [
        ("Ferry crews walked out on Sunday.", "on Sunday", True),
        ("The last strike at the plant was in 2019.", "in 2019", True),  # the subject is the happening
        ("The long-awaited annual statement of the regional harbour authority and of its three advisory"
         " panels on Thursday said the pier would close.", "on Thursday", False),
        ("The night includes highlights from the concert on Monday.", "on Monday", True),
    ],
)
def test_a_headline_knows_whether_it_kept_the_verb_of_its_clause(sentence, phrase, keeps_verb):
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).has_verb is keeps_verb


def test_a_lone_sentence_named_only_from_another_clause_than_its_date_is_no_event():
    # The date's own clause ("there was a leak in 2001") leans on the sentence; the main clause
    # tells what someone thinks now, not what happened in 2001.
    text = "Critics say the firm should have known the risk; there was a leak in 2001."
    item = analysis("a", MON_18, text, [("in 2001", "2001")])
    assert build_events([item]) == []
    assert len(item.mentions) == 1
    # Copied into a second page, it is still one report.
    other = analysis("b", MON_18, text, [("in 2001", "2001")])
    assert build_events([item, other]) == []


def test_a_time_and_the_day_beside_it_are_one_event_of_their_sentence():
    text = "Crews sealed the breach at 1425 local time (1925 GMT) on Thursday."
    day = date(2024, 3, 18)
    one = analyse_article(make_article("a", day, text))
    other = analyse_article(make_article("b", day, text))
    events = build_events([one, other])
    assert len(events) == 1
    assert events[0].source_count == 2


# No phrase of its clause ends within a headline's reach: the label is cut at a bare word boundary.
RUN_ON = ("Relatives of the two missing ferry crewmen on Sunday filed separate lawsuits accusing the harbour"
          " authority and the ferry operator and the shipyard owners of gross negligence.")


def test_a_lone_sentence_whose_label_is_cut_at_a_bare_word_boundary_is_no_event():
    start = RUN_ON.index("on Sunday")
    assert capped_headline(RUN_ON, start, start + len("on Sunday")).rough
    lone = analysis("court", MON_18, RUN_ON, [("on Sunday", "2024-03-17")])
    strike = analysis("wire", MON_18, STRIKE, [("on Sunday", "2024-03-17")])

    assert [e.label for e in build_events([lone, strike])] == ["Dock workers walk out"]


def test_the_same_run_on_sentence_copied_by_two_sources_is_no_event_but_told_twice_it_is():
    first = analysis("court", MON_18, RUN_ON, [("on Sunday", "2024-03-17")])
    copy = analysis("wire", MON_18, RUN_ON, [("on Sunday", "2024-03-17")])
    retold = analysis("radio", MON_18, RUN_ON.replace("separate lawsuits", "two lawsuits"),
                      [("on Sunday", "2024-03-17")])

    assert build_events([first, copy]) == []
    events = build_events([first, retold])
    assert len(events) == 1 and events[0].source_count == 2


def test_a_lone_report_whose_cut_kept_only_a_relative_clause_verb_is_no_event():
    # "... fines that the port may pay [should go to the fishermen]": the cut took what was said's own verb
    text = ("A large share of the fines that the harbour authority may pay for its role in the worst ferry disaster "
            "in the country's history should go to the fishermen of the coast, a federal official said on Tuesday.\n")
    events = build_events([analyse_article(make_article("a", MON_18, text))])
    assert all("fines that" not in event.label for event in events)
