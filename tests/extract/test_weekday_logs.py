"""A log of many weeks that lost its day headings: its weekdays name no week the article's date can place."""

from __future__ import annotations

from datetime import date

from timeline.domain.mention import AnchorKind
from timeline.extract import extract_mentions

PUBLISHED = date(2024, 8, 3)  # a Saturday
DAYS = ["Friday", "Thursday", "Wednesday", "Tuesday", "Monday"]


def _log(weeks: int) -> str:
    """A page of daily updates, newest first, each day only by its weekday (the headings lost)."""
    entries = []
    for week in range(weeks):
        for day in DAYS:
            entries.append(f"At the port: Crews of the {week + 1}th shift cleared the quay on {day}, the harbour "
                           "master said.")
    return "\n".join(entries)


def test_weekdays_that_go_round_the_week_many_times_are_left_unknown_after_the_first_week():
    mentions = [m for m in extract_mentions(_log(7), PUBLISHED) if m.rule == "weekday"]
    assert len(mentions) == 35
    first_week, rest = mentions[:5], mentions[5:]
    # the newest week is the article's own: read against its date
    assert [m.value for m in first_week] == ["2024-08-02", "2024-08-01", "2024-07-31", "2024-07-30", "2024-07-29"]
    # after it, no week the one date can place: unknown, not piled into that same week
    assert all(m.anchor.kind is AnchorKind.UNANCHORED and m.interval is None for m in rest)
    assert rest[0].value == "XXXX-WXX-5" and "go round the week" in rest[0].explanation
    # a date the text places itself stays
    stated = extract_mentions(_log(7) + "\nThe port reopened on 12 June 2024.", PUBLISHED)
    assert any(m.value == "2024-06-12" for m in stated)


def test_an_article_naming_weekdays_in_passing_keeps_them():
    text = ("The ferry sank on Friday. Divers went down on Monday and again on Thursday. "
            "The inquiry opened on Tuesday, and the owners spoke on Friday. Talks resumed on Wednesday, "
            "and a memorial was held on Sunday. The port reopened on Thursday.")
    mentions = [m for m in extract_mentions(text, PUBLISHED) if m.rule == "weekday"]
    assert len(mentions) == 8
    assert all(m.anchor.kind is AnchorKind.ARTICLE_DATE and m.interval is not None for m in mentions)


def test_five_weeks_of_entries_are_not_yet_a_log_six_are():
    # turning the week four times (five weeks) may still be one article's passing days; five turns are a log
    five = [m for m in extract_mentions(_log(5), PUBLISHED) if m.rule == "weekday"]
    six = [m for m in extract_mentions(_log(6), PUBLISHED) if m.rule == "weekday"]
    assert all(m.anchor.kind is AnchorKind.ARTICLE_DATE for m in five)
    assert sum(m.anchor.kind is AnchorKind.UNANCHORED for m in six) == 25
