"""A clock time told a few sentences after an earlier day, in the past tense, is on that day."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.domain.mention import AnchorKind
from timeline.extract.pipeline import extract_mentions

THURSDAY = date(2024, 3, 14)

# The day four sentences before the time; nothing dated between.
FLOOD = ("Everyone in the valley knew at once that Tuesday's flood would be a catastrophe. "
         "The river drains a wide basin of bare hills. "
         "Its old levees were never built for such a surge. "
         "Many of the poorer houses stand on the plain itself. "
         "The gauge at the mill recorded its highest level at 1653 local time (2153 GMT).")


def _at(text: str, clock: str, article_date: date | None = THURSDAY):
    (found,) = [m for m in extract_mentions(text, article_date) if clock in m.value]
    return found


def test_a_time_in_a_past_narrative_takes_the_day_told_before_it():
    peak = _at(FLOOD, "T16:53")
    assert peak.value == "2024-03-12T16:53"
    assert peak.anchor.kind is AnchorKind.PREVIOUS_MENTION and peak.anchor.mention_text == "Tuesday"
    assert "on the day told before it, 'Tuesday'" in peak.explanation
    assert peak.interval is not None and peak.interval.first_day == date(2024, 3, 12)


def test_a_stated_date_two_sentences_back_gives_its_day():
    text = ("The jury came back on 7 March after four days. Supporters had waited outside for hours. "
            "The verdict, read at around 1pm local time, drew cheers from the crowd.")
    assert _at(text, "T13:00").value == "2024-03-07T13:00"


def test_a_time_told_just_after_a_moved_one_goes_with_it():
    text = FLOOD + " The first aftershock followed at 17:12."
    assert _at(text, "T17:12").value == "2024-03-12T17:12"


@pytest.mark.parametrize(
    "text",
    [
        # the article told of its own day first: the story is that day's
        "Crews reopened the bridge on Thursday. " + FLOOD,
        # not past: a time ahead, or the state of things now
        FLOOD.replace("recorded its highest level", "will record its highest level"),
        # the day too far back: five sentences
        FLOOD.replace("The river drains", "The rain had stopped. The river drains"),
        # a span's start is a reference, not the day the story is on
        FLOOD.replace("knew at once that Tuesday's flood would be a catastrophe",
                      "has been cut off since the flood on Tuesday"),
        # another date between the day and the time
        FLOOD.replace("Its old levees were never built", "Its old levees, raised in 1998, were never built"),
        # a date told after the time in its sentence is the other rule's, or another moment
        FLOOD.replace("(2153 GMT).", "(2153 GMT), hours before the curfew on Thursday."),
    ],
)
def test_a_bare_time_stays_on_the_article_date(text):
    assert _at(text, "T16:53").value == "2024-03-14T16:53"


def test_a_time_opening_its_sentence_is_no_time_of_the_day_before():
    text = FLOOD.replace("The gauge at the mill recorded its highest level at 1653 local time (2153 GMT).",
                         "4.53pm: The gauge at the mill recorded its highest level.")
    assert _at(text, "T16:53").value == "2024-03-14T16:53"


def test_a_day_after_the_article_date_is_not_taken():
    text = FLOOD.replace("Tuesday's flood would be", "the flood of Saturday 16 March would be")
    assert _at(text, "T16:53").value == "2024-03-14T16:53"


def test_without_an_article_date_the_time_stays_unknown():
    text = FLOOD.replace("Tuesday's flood", "the flood on Tuesday")
    assert _at(text, "T16:53", None).value == "XXXX-XX-XXT16:53"
