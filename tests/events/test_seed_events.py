"""The demo corpus through the whole flow: the five events of SEEDS.md, and the third-term disagreement."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.analysis import load_corpus
from timeline.domain.corpus import Corpus
from timeline.domain.event import Event

FILES = {
    "000": "000_fc1da426dd1573bc.txt",
    "001": "001_b1c3151730a4f2fa.txt",
    "002": "002_d02e69e0bdaf5843.txt",
    "003": "003_a4d143da548df6aa.txt",
    "004": "004_15a6f753234c383f.txt",
}


@pytest.fixture(scope="module")
def corpus(seeds_dir: Path) -> Corpus:
    return load_corpus([seeds_dir])


def events_holding(corpus: Corpus, article: str, snippet: str) -> list[Event]:
    """Events with a mention of `article` whose sentence holds `snippet` and whose phrase lies in it."""
    found = []
    for event in corpus.events:
        for item in event.mentions:
            at = item.sentence.find(snippet)
            start = item.mention.start - item.mention.sentence_start
            if item.article_id == FILES[article] and at >= 0 and at <= start < at + len(snippet):
                found.append(event)
                break
    assert found, f"no event holds {snippet!r} in {article}"
    return found


def the_event(corpus: Corpus, article: str, snippet: str) -> Event:
    [event] = events_holding(corpus, article, snippet)
    return event


def sources(event: Event) -> set[str]:
    return {article_id[:3] for article_id in event.article_ids}


def test_icc_warrant_on_friday_with_last_week_behind_it(corpus):
    event = the_event(corpus, "001", "arrest warrant on Friday")
    assert event.value == "2023-03-17"
    assert {"001", "002", "003"} <= sources(event)
    assert event is the_event(corpus, "003", "last week")
    assert not event.conflict


def test_kremlin_meeting_is_one_event_with_all_five_articles(corpus):
    event = the_event(corpus, "002", "to the Kremlin on Monday")
    assert event.value == "2023-03-20"
    assert sources(event) == {"000", "001", "002", "003", "004"}
    also = [("000", "Kremlin on Monday"), ("003", "Kremlin on Monday"), ("004", "Xi Jinping on Monday")]
    for article, snippet in also:
        assert the_event(corpus, article, snippet) is event


def test_other_happenings_on_monday_stay_apart_from_the_meeting(corpus):
    meeting = the_event(corpus, "002", "to the Kremlin on Monday")
    others = [
        ("002", "Blinken said Monday"),
        ("002", "State Department announced Monday"),
        ("002", "retaliated Monday"),
        ("003", "London on Monday"),
    ]
    found = [the_event(corpus, article, snippet) for article, snippet in others]
    assert all(event is not meeting for event in found)
    assert len({event.event_id for event in found}) == len(found)
    assert all(event.value == "2023-03-20" for event in found)


def test_more_talks_on_tuesday(corpus):
    event = the_event(corpus, "002", "scheduled Tuesday")
    assert event.value == "2023-03-21"
    assert {"000", "001", "002"} <= sources(event)


def test_visit_set_to_last_until_wednesday(corpus):
    event = the_event(corpus, "004", "until Wednesday")
    assert event.value == "2023-03-22"


def test_presidential_election_in_march_next_year(corpus):
    event = the_event(corpus, "004", "March next year")
    assert event.value == "2024-03"
    assert {"000", "001", "003", "004"} <= sources(event)
    assert not event.conflict


def test_third_term_disagreement_is_one_flagged_event_keeping_each_sources_date(corpus):
    event = the_event(corpus, "000", "third term last month")
    assert event.conflict
    assert event is the_event(corpus, "003", "third term in power last month")
    assert event is the_event(corpus, "001", "third term earlier this month")
    dates = {item.article_id[:3]: item.mention.value for item in event.mentions}
    assert dates["000"] == dates["003"] == "2023-02"
    assert dates["001"] == "2023-03"
    assert event.interval.start.month == 2 and event.interval.end.month == 4


def test_the_peace_proposal_last_month_is_not_the_third_term(corpus):
    term = the_event(corpus, "000", "third term last month")
    assert the_event(corpus, "001", "unveiled last month") is not term


def test_every_event_is_implied_here_because_no_seed_states_a_full_date(corpus):
    # None of the seeds writes a calendar date: every date leans on the article's date.
    assert corpus.events and all(event.is_implied for event in corpus.events)


def test_the_best_supported_day_is_the_kremlin_meeting(corpus):
    from timeline.events import rank_days

    ranked = rank_days(corpus.events)
    assert ranked[0][0].isoformat() == "2023-03-20"
    assert [day.isoformat() for day, _ in ranked[:3]] == ["2023-03-20", "2023-03-21", "2023-03-17"]
