"""A clock time followed by its day, with only an aside between, is on that day."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract.pipeline import extract_mentions

THURSDAY = date(2024, 3, 14)


def _values(text: str) -> dict[str, str]:
    return {m.text: m.value for m in extract_mentions(text, THURSDAY)}


@pytest.mark.parametrize(
    "text",
    [
        "The dam gave way at 0415 GMT on Tuesday, the agency said.",
        "The dam gave way at 0415 local time (0915 GMT) on Tuesday.",
        "The dam gave way at 04:15 (09:15 GMT), on Tuesday.",
        "The dam gave way at 4:15 a.m. Eastern time Tuesday.",
    ],
)
def test_a_time_takes_the_day_stated_right_after_it(text):
    found = [m for m in extract_mentions(text, THURSDAY) if "T04:15" in m.value]
    assert len(found) == 1 and found[0].value.startswith("2024-03-12T04:15")
    assert "Tuesday" in found[0].explanation


def test_a_day_further_on_in_the_sentence_is_not_the_times_day():
    text = "The shift began at 04:15 GMT and the inspectors who came back from the site left on Tuesday."
    times = [m for m in extract_mentions(text, THURSDAY) if "T04:15" in m.value]
    assert [m.value[:10] for m in times] == ["2024-03-14"]


def test_the_day_beside_a_time_wins_over_a_date_carried_from_before():
    text = ("The levee was breached on 2 March. Two days later crews arrived. "
            "The water was stopped at 1425 local time (1925 GMT) on Tuesday.")
    (stopped,) = [m for m in extract_mentions(text, THURSDAY) if "T14:25" in m.value]
    assert stopped.value.startswith("2024-03-12T14:25")


def test_a_bare_time_is_on_the_day_just_told_but_not_on_a_date_further_back():
    near = "The dam burst on 2 March. At 4:10 pm crews arrived."
    far = ("The flow stopped for the first time since the blast on 2 March. The cap holds. "
           "Engineers said the valve shut at 4:10 pm.")
    (arrived,) = [m for m in extract_mentions(near, THURSDAY) if "T16:10" in m.value]
    (shut,) = [m for m in extract_mentions(far, THURSDAY) if "T16:10" in m.value]
    assert arrived.value.startswith("2024-03-02")
    assert shut.value.startswith("2024-03-14")


@pytest.mark.parametrize(
    ("text", "clock", "day"),
    [
        # a day named as a span's start is no day of the story; nor is a day gone for a time ahead
        ("Shares have lost a third since 2 March, when the dam burst. By 2.30 pm they had recovered a little.",
         "T14:30", "2024-03-14"),
        ("The dam burst on 2 March. The 8 pm address will be given from the capital.", "T20:00", "2024-03-14"),
        # ... nor a day ahead for a time told as done
        ("The dam should be sealed on Saturday. Concrete began flowing at 1:30 pm.", "T13:30", "2024-03-14"),
        ("The ferry will sail on Saturday. It leaves at 1:30 pm.", "T13:30", "2024-03-16"),
        # but a time said ahead on a day told, and a narrative going on after "since", keep that day
        ("On Monday, the mayor said she would address the town at 8 pm.", "T20:00", "2024-03-11"),
        ("Water has leaked since 2 March. At 10 pm that night the dam gave way.", "T22:00", "2024-03-02"),
    ],
)
def test_a_bare_time_takes_the_day_the_story_is_on(text, clock, day):
    (found,) = [m for m in extract_mentions(text, THURSDAY) if clock in m.value]
    assert found.value.startswith(day)
