"""The demo corpus, with its manifest dates, resolves as SEEDS.md says.

Expected dates are computed from each article's manifest date (the weekday before or
after it), not written per document.
"""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest

from timeline.domain.mention import Mention
from timeline.extract import extract_mentions

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MONDAY, TUESDAY, WEDNESDAY, FRIDAY = 1, 2, 3, 5


def _articles() -> list[tuple[str, date]]:
    with (SEEDS / "manifest.toml").open("rb") as handle:
        manifest = tomllib.load(handle)
    return [(item["file"], date.fromisoformat(item["date"])) for item in manifest["article"]]


def _mentions(file_name: str, article_date: date) -> list[Mention]:
    return extract_mentions((SEEDS / file_name).read_text(encoding="utf-8"), article_date)


def _on_or_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)


def _on_or_after(anchor: date, weekday: int) -> date:
    return anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7)


def _values_in_sentences_with(mentions: list[Mention], text: str, surface: str,
                              cue: str) -> set[str]:
    return {
        m.value for m in mentions
        if m.text.lower() == surface.lower() and cue in text[m.sentence_start:m.sentence_end]
    }


@pytest.mark.parametrize(("file_name", "article_date"), _articles())
def test_kremlin_meeting_on_monday(file_name: str, article_date: date):
    text = (SEEDS / file_name).read_text(encoding="utf-8")
    mentions = _mentions(file_name, article_date)
    expected = _on_or_before(article_date, MONDAY).isoformat()
    mondays = [m for m in mentions if m.text == "Monday"]
    assert mondays, "every seed reports the Monday meeting"
    assert all(m.value == expected for m in mondays), [m.explanation for m in mondays]
    assert all(m.sentence_start <= m.start < m.end <= m.sentence_end for m in mentions)
    assert text  # the file is the text the offsets index


@pytest.mark.parametrize(("file_name", "article_date"), _articles())
def test_warrant_on_friday_or_last_week(file_name: str, article_date: date):
    mentions = _mentions(file_name, article_date)
    friday = _on_or_before(article_date, FRIDAY)
    for mention in mentions:
        if mention.text == "Friday":
            assert mention.value == friday.isoformat()
        if mention.text == "last week":
            assert mention.value == "{}-W{:02d}".format(*friday.isocalendar()[:2])
            assert mention.interval is not None and mention.interval.first_day <= friday


@pytest.mark.parametrize(("file_name", "article_date"), _articles())
def test_tuesday_talks_and_wednesday_departure_look_forward(file_name: str, article_date: date):
    mentions = _mentions(file_name, article_date)
    for mention in mentions:
        if mention.text == "Tuesday" and mention.rule == "weekday":
            assert mention.value == _on_or_after(article_date, TUESDAY).isoformat()
        if mention.text == "Wednesday":
            assert mention.value == _on_or_after(article_date, WEDNESDAY).isoformat()
            assert mention.tense == "future"


@pytest.mark.parametrize(("file_name", "article_date"), _articles())
def test_election_next_year(file_name: str, article_date: date):
    mentions = _mentions(file_name, article_date)
    next_year = str(article_date.year + 1)
    for mention in mentions:
        if mention.text.lower() == "next year":
            assert mention.value == next_year
        if mention.text == "March next year":
            assert mention.value == f"{next_year}-03"


def test_every_listed_expression_is_found():
    found = {
        file_name: {m.text for m in _mentions(file_name, article_date)}
        for file_name, article_date in _articles()
    }
    assert {"Monday", "Tuesday", "last month", "next year"} <= found["000_fc1da426dd1573bc.txt"]
    assert {"Monday", "Tuesday", "Friday", "earlier this month", "next year"} <= found[
        "001_b1c3151730a4f2fa.txt"]
    assert {"Monday", "Tuesday", "Friday", "earlier this month", "last month"} <= found[
        "002_d02e69e0bdaf5843.txt"]
    assert {"Monday", "last week", "last month", "next year", "last year", "last summer"} <= found[
        "003_a4d143da548df6aa.txt"]
    assert {"Monday", "Wednesday", "next year", "March next year"} <= found[
        "004_15a6f753234c383f.txt"]


@pytest.mark.parametrize(("file_name", "article_date"), _articles())
def test_other_dated_mentions(file_name: str, article_date: date):
    mentions = _mentions(file_name, article_date)
    previous_month = (article_date.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    expected = {
        "last month": previous_month,
        "earlier this month": article_date.strftime("%Y-%m"),
        "last year": str(article_date.year - 1),
        "last summer": f"{article_date.year - 1}-SU",
        "three-day": "P3D",
    }
    for mention in mentions:
        if mention.text in expected:
            assert mention.value == expected[mention.text], mention.explanation


def test_save_date_line_is_an_absolute_date_not_the_anchor():
    file_name, article_date = next(a for a in _articles() if a[0].startswith("004"))
    mentions = _mentions(file_name, article_date)
    first = mentions[0]
    assert first.start < 30 and first.value == "2024-07-02"
    assert all(m.value.startswith("2023") for m in mentions if m.text == "Monday")
