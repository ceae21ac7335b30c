"""A bare clock time told of a day the sentence names otherwise than by its date stays without a day."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract.pipeline import extract_mentions

THURSDAY = date(2024, 3, 14)


def _clock_value(text: str, clock: str) -> str:
    (found,) = [m for m in extract_mentions(text, THURSDAY) if clock in m.value]
    return found.value


@pytest.mark.parametrize(("text", "clock"), [
    # a day named by what happened on it
    ("The guard was relieved at 6.15 am on the day of the vote.", "T06:15"),
    ("The pilot took off at 5 am on the morning after the storm.", "T05:00"),
    ("The mayor signed the order at 9 pm (0200 GMT) on the night before the launch.", "T21:00"),
    # inside a month or year that opens the sentence and is not the article's
    ("Last year, in October, the ferry sank at 4.30 pm.", "T16:30"),
    ("In January the council met at 10 am to vote on the budget.", "T10:00"),
])
def test_the_time_of_a_day_named_otherwise_is_on_no_known_day(text: str, clock: str) -> None:
    assert _clock_value(text, clock).startswith("XXXX-XX-XX")


@pytest.mark.parametrize(("text", "clock", "value"), [
    ("The guard was relieved at 6.15 am.", "T06:15", "2024-03-14T06:15"),
    ("The guard was relieved at 6.15 am on Tuesday.", "T06:15", "2024-03-12T06:15"),
    # a month opening the sentence that holds the article's day
    ("In March the council met at 10 am to vote on the budget.", "T10:00", "2024-03-14T10:00"),
    # a month further in is an aside's: the time is the story's, the article's day
    ("Shares in Orvane, which two months ago reported a profit, fell 9 percent at 1304 GMT.", "T13:04",
     "2024-03-14T13:04"),
])
def test_a_bare_time_otherwise_stays_on_its_day(text: str, clock: str, value: str) -> None:
    assert _clock_value(text, clock) == value
