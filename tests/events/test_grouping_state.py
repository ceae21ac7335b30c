"""Regrouping after an article's date changes gives exactly what grouping everything again gives."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

import pytest

from tests.fixtures.generated_news import generated_articles
from timeline.analysis.pool import analyse_article
from timeline.domain.corpus import ArticleAnalysis
from timeline.events.evidence import article_evidence, collect_evidence
from timeline.events.grouping import group_evidence
from timeline.events.grouping_state import GroupingState, RarityChanged
from timeline.events.term_vectors import rarity_weights


@pytest.fixture(scope="module")
def analyses() -> list[ArticleAnalysis]:
    return [analyse_article(article) for article in generated_articles(90, seed=11)]


def _full(analyses: list[ArticleAnalysis], state: GroupingState) -> list[tuple[tuple[int, ...], ...]]:
    evidence = collect_evidence(analyses)
    ids = [state.id_of(item.key) for item in evidence]
    return sorted(tuple(tuple(ids[i] for i in group) for group in happening)
                  for happening in group_evidence(evidence).happenings)


def test_a_state_built_at_once_groups_as_grouping_does(analyses):
    evidence = collect_evidence(analyses)
    state = GroupingState(evidence, rarity_weights(evidence), [a.article.article_id for a in analyses])
    assert sorted(state.happenings.values()) == _full(analyses, state)


def test_a_state_built_from_the_groupings_lookups_is_the_state_its_own_lookups_build(analyses, monkeypatch):
    """Grouping keeps what its lookups found (Grouping.lookups): a state built with it looks
    nothing up and is the very state that looking every item up builds, changes after included."""
    from timeline.events import grouping_lookups

    evidence = collect_evidence(analyses)
    article_ids = [a.article.article_id for a in analyses]
    lookups = group_evidence(evidence).lookups
    assert lookups is not None
    looked_up: list[int] = []
    real = grouping_lookups.SimilarLookup.ranked
    monkeypatch.setattr(grouping_lookups.SimilarLookup, "ranked",
                        lambda self, k: looked_up.append(k) or real(self, k))
    given = GroupingState(evidence, rarity_weights(evidence), article_ids, lookups)
    assert looked_up == []
    own = GroupingState(evidence, rarity_weights(evidence), article_ids)
    assert len(looked_up) == len(evidence) + len(own._first.groups)  # every item of both passes
    _assert_same_state(given, own)
    rng = random.Random(4)
    for analysis in rng.sample(analyses, 8):
        assert analysis.article.date is not None
        day = analysis.article.date + timedelta(days=rng.choice([-7, 2]))
        moved = analyse_article(replace(analysis.article, date=day, date_source="analyst"))
        try:
            change = given.regroup(moved.article.article_id, article_evidence(moved))
        except RarityChanged:
            continue
        assert change == own.regroup(moved.article.article_id, article_evidence(moved))
        _assert_same_state(given, own)


def test_the_groupings_lookups_are_the_same_whatever_the_cut(analyses):
    """The lookups run in shares (events.spread): what they kept comes back the same."""
    evidence = collect_evidence(analyses)
    whole = group_evidence(evidence)
    cut = group_evidence(evidence, lambda work: [work(share, 3) for share in range(3)])
    assert cut == whole and cut.lookups == whole.lookups
    assert whole.lookups is not None and len(whole.lookups.first) == len(evidence)
    assert len(whole.lookups.second) == len(whole.lookups.roots)


def _assert_same_state(one: GroupingState, other: GroupingState) -> None:
    assert one.happenings == other.happenings
    for name in ("_first", "_second", "_conflicts"):
        step, same = getattr(one, name), getattr(other, name)
        assert (step.found, step.ranked, step.ordered, step.accepted, step.group_of, step.held) == (
            same.found, same.ranked, same.ordered, same.accepted, same.group_of, same.held)


def test_many_random_date_changes_regroup_as_a_full_grouping_does(analyses):
    regrouped, changed = _random_date_changes(list(analyses), seed=3, changes=40)
    assert regrouped >= 30 and changed >= 10  # the changes did move events


@pytest.mark.parametrize(("count", "seed"), [(60, 5), (140, 23)])
def test_other_corpora_regroup_as_a_full_grouping_does(count, seed):
    """Other slices of generated news (fewer, more articles; other stories and dates)."""
    analyses = [analyse_article(article) for article in generated_articles(count, seed=seed)]
    regrouped, changed = _random_date_changes(analyses, seed=seed, changes=15)
    assert regrouped >= 10 and changed >= 3


def _random_date_changes(analyses: list[ArticleAnalysis], *, seed: int, changes: int) -> tuple[int, int]:
    """Random article date changes, each checked against grouping everything again; how many
    regrouped and how many changed a happening."""
    evidence = collect_evidence(analyses)
    state = GroupingState(evidence, rarity_weights(evidence), [a.article.article_id for a in analyses])
    rng = random.Random(seed)
    regrouped = changed = 0
    for _ in range(changes):
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
        _assert_pairs_kept_by_item(state)
        # What it says changed is what changed, and every happening the article's evidence is in.
        after = set(state.happenings.values())
        assert set(before.values()) - after <= set(gone) <= set(before.values())
        assert after - set(before.values()) <= set(came) <= after
        before_items = {item.key: item for item in article_evidence(old)}
        moved_ids = {state.id_of(item.key) for item in article_evidence(new) if before_items.get(item.key) != item}
        assert {h for h in after if moved_ids & {i for group in h for i in group}} <= set(came)
    return regrouped, changed


def _assert_pairs_kept_by_item(state: GroupingState) -> None:
    """Each step's pairs by item (what merging again reads) are those its lookups found."""
    for step in (state._first, state._second, state._conflicts):
        expected: dict[int, set[tuple[float, int, int, float]]] = {}
        for pairs in step.found.values():
            for pair in pairs:
                expected.setdefault(pair[1], set()).add(pair)
                expected.setdefault(pair[2], set()).add(pair)
        assert {node: step.pairs_of(node) for node in expected} == expected
        assert not set(step.involving) - set(expected)


def test_a_change_of_the_dated_sentences_is_refused(analyses):
    evidence = collect_evidence(analyses)
    state = GroupingState(evidence, rarity_weights(evidence), [a.article.article_id for a in analyses])
    undated = analyse_article(replace(analyses[0].article, date=None, date_source=None))
    with pytest.raises(RarityChanged):
        state.regroup(undated.article.article_id, article_evidence(undated))
