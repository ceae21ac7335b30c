"""The event test corpus through the whole flow, against the events written down with it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from timeline.analysis import load_corpus
from timeline.domain.corpus import Corpus
from timeline.domain.event import Event

CORPUS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "event_corpus"
EXPECTED = tomllib.loads((CORPUS_DIR / "expected_events.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus([CORPUS_DIR])


def locate(corpus: Corpus, file: str, snippet: str, date_words: str) -> Event:
    """The one event holding the mention of `date_words` inside `snippet` in `file`."""
    analysis = corpus.analysis(file)
    text = analysis.article.text
    at = text.find(snippet)
    assert at >= 0, f"{snippet!r} is not in {file}"
    words_at = at + snippet.index(date_words)
    words_end = words_at + len(date_words)
    holding = [
        event
        for event in corpus.events
        for item in event.mentions
        if item.article_id == file and item.mention.start < words_end and words_at < item.mention.end
    ]
    assert len(holding) == 1, f"{date_words!r} in {file}: in {len(holding)} events"
    return holding[0]


@pytest.mark.parametrize("expected", EXPECTED["event"], ids=[e["name"] for e in EXPECTED["event"]])
def test_expected_event(corpus, expected):
    events = [locate(corpus, *mention) for mention in expected["mentions"]]
    first = events[0]
    assert all(event is first for event in events), f"{expected['name']}: split over {len(set(map(id, events)))}"
    assert first.conflict is expected["conflict"]
    if "value" in expected:
        assert first.value == expected["value"]
    assert {m[0] for m in expected["mentions"]} <= set(first.article_ids)


@pytest.mark.parametrize("apart", EXPECTED["apart"], ids=[str(i) for i in range(len(EXPECTED["apart"]))])
def test_mentions_that_stay_apart(corpus, apart):
    events = [locate(corpus, *mention) for mention in apart["mentions"]]
    assert len({event.event_id for event in events}) == len(events)


def test_no_unexpected_conflicts(corpus):
    flagged = {e.event_id for e in corpus.events if e.conflict}
    expected = {locate(corpus, *e["mentions"][0]).event_id for e in EXPECTED["event"] if e["conflict"]}
    assert flagged == expected
