"""A sentence reprinted days later dates as its first copy: one happening, at the day it was written against."""

from __future__ import annotations

from datetime import date

from event_builders import analysis

from timeline.events import build_events
from timeline.events.reprints import reprinted_mentions

VOW = "The harbour board vowed on Monday to pay every cost of the clean-up along the northern coast."
THU_14 = date(2024, 3, 14)  # "on Monday": 11 March
TUE_19 = date(2024, 3, 19)  # read against this date: 18 March
SUN_17 = date(2024, 3, 17)
MON_18 = date(2024, 3, 18)


def test_a_sentence_reprinted_days_later_dates_as_its_first_copy():
    first = analysis("paper", THU_14, VOW, [("on Monday", "2024-03-11")])
    reprint = analysis("digest", TUE_19, "Catching up. " + VOW, [("on Monday", "2024-03-18")])
    events = build_events([reprint, first])
    holding = [e for e in events if any(m.article_id == "digest" for m in e.mentions)]
    assert len(holding) == 1
    event = holding[0]
    assert event.value == "2024-03-11"
    assert {m.article_id for m in event.mentions} == {"paper", "digest"}
    copy = next(m.mention for m in event.mentions if m.article_id == "digest")
    assert copy.value == "2024-03-11"
    assert "first published on Thu 14 Mar 2024 in “paper”" in copy.explanation
    assert not [e for e in events if e.value == "2024-03-18"]  # no ghost a week late


def test_a_copy_a_day_later_keeps_its_own_reading():
    # a page updated the next day keeps its first date: the earlier copy may be the later words
    first = analysis("paper", SUN_17, VOW, [("on Monday", "2024-03-11")])
    update = analysis("paper-2", MON_18, VOW, [("on Monday", "2024-03-18")])
    assert reprinted_mentions([first, update]) == {}
    read = {m.article_id: m.mention.value for e in build_events([first, update]) for m in e.mentions}
    assert read == {"paper": "2024-03-11", "paper-2": "2024-03-18"}


def test_short_sentences_and_stated_dates_are_no_copies():
    short = "Shares fell on Monday."
    assert reprinted_mentions([analysis("a", THU_14, short, [("on Monday", "2024-03-11")]),
                               analysis("b", TUE_19, short, [("on Monday", "2024-03-18")])]) == {}
    # an exact date needs no anchor: each copy says it, nothing is read against the first's date
    stated = "The harbour board vowed on 11 March to pay every cost of the clean-up along the coast."
    assert reprinted_mentions([analysis("a", THU_14, stated, [("on 11 March", "2024-03-11")], stated=["on 11 March"]),
                               analysis("b", TUE_19, stated, [("on 11 March", "2025-03-11")], stated=["on 11 March"])
                               ]) == {}


def test_the_earliest_copy_is_the_first_whatever_the_order_read():
    copies = [analysis("late", TUE_19, VOW, [("on Monday", "2024-03-18")]),
              analysis("early", THU_14, VOW, [("on Monday", "2024-03-11")]),
              analysis("later", date(2024, 3, 27), VOW, [("on Monday", "2024-03-25")])]
    found = reprinted_mentions(copies)
    assert {key[0] for key in found} == {"late", "later"}
    assert {first.value for _own, first in found.values()} == {"2024-03-11"}
