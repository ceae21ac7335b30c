"""Regrouping after an article's date changes gives exactly what grouping everything again gives."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from timeline.analysis.pool import analyse_article
from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis
from timeline.events.evidence import article_evidence, collect_evidence
from timeline.events.grouping import group_evidence
from timeline.events.grouping_state import GroupingState, RarityChanged
from timeline.events.term_vectors import rarity_weights

PEOPLE = ["Ana Ruiz", "Tom Rhee", "Mara Okafor", "Lev Brandt", "Ines Salo"]
PLACES = ["Geneva", "Lagos", "Oslo", "Quito", "Hanoi", "Perth"]
ACTS = [
    "met the union leaders in {place}",
    "signed the water treaty in {place}",
    "opened the new rail bridge near {place}",
    "resigned after the budget vote in {place}",
    "announced emergency funds for farmers in {place}",
    "visited the flooded port of {place}",
    "held talks on the fishing quota in {place}",
]
WHEN = ["on Monday", "on Tuesday", "last week", "yesterday", "on Friday", "earlier this month", "in March 2024",
        "on 4 March 2024", "on 12 March", "last month", "in 2024"]


def _article(number: int, rng: random.Random) -> Article:
    published = date(2024, 3, 1) + timedelta(days=rng.randrange(40))
    sentences = []
    for _ in range(rng.randrange(3, 8)):
        act = rng.choice(ACTS).format(place=rng.choice(PLACES))
        sentences.append(f"{rng.choice(PEOPLE)} {act} {rng.choice(WHEN)}, officials said.")
    text = " ".join(sentences)
    return Article(article_id=f"a{number:03d}", path=f"a{number:03d}.txt", title=f"Report {number}", text=text,
                   date=published, date_source="metadata")


@pytest.fixture(scope="module")
def analyses() -> list[ArticleAnalysis]:
    rng = random.Random(11)
    return [analyse_article(_article(number, rng)) for number in range(90)]


def _full(analyses: list[ArticleAnalysis], state: GroupingState) -> list[tuple[tuple[int, ...], ...]]:
    evidence = collect_evidence(analyses)
    ids = [state.id_of(item.key) for item in evidence]
    return sorted(tuple(tuple(ids[i] for i in group) for group in happening)
                  for happening in group_evidence(evidence).happenings)


def test_a_state_built_at_once_groups_as_grouping_does(analyses):
    evidence = collect_evidence(analyses)
    state = GroupingState(evidence, rarity_weights(evidence), [a.article.article_id for a in analyses])
    assert sorted(state.happenings.values()) == _full(analyses, state)


def test_many_random_date_changes_regroup_as_a_full_grouping_does(analyses):
    analyses = list(analyses)
    evidence = collect_evidence(analyses)
    state = GroupingState(evidence, rarity_weights(evidence), [a.article.article_id for a in analyses])
    rng = random.Random(3)
    regrouped = changed = 0
    for _ in range(40):
        position = rng.randrange(len(analyses))
        old = analyses[position]
        assert old.article.date is not None
        moved = replace(old.article, date=old.article.date + timedelta(days=rng.choice([-9, -7, -2, -1, 1, 3, 7, 30])),
                        date_source="analyst")
        new = analyse_article(moved)
        before = dict(state.happenings)
        try:
            gone, came = state.regroup(moved.article_id, article_evidence(new))
        except RarityChanged:
            continue
        analyses[position] = new
        regrouped += 1
        changed += bool(gone or came)
        assert sorted(state.happenings.values()) == _full(analyses, state)
        # What it says changed is what changed.
        assert sorted(set(before.values()) - set(state.happenings.values())) == sorted(gone)
        assert sorted(set(state.happenings.values()) - set(before.values())) == sorted(came)
    assert regrouped >= 30 and changed >= 10  # the changes did move events


def test_a_change_of_the_dated_sentences_is_refused(analyses):
    evidence = collect_evidence(analyses)
    state = GroupingState(evidence, rarity_weights(evidence), [a.article.article_id for a in analyses])
    undated = analyse_article(replace(analyses[0].article, date=None, date_source=None))
    with pytest.raises(RarityChanged):
        state.regroup(undated.article.article_id, article_evidence(undated))
