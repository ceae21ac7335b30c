"""Grouping and naming cut into shares give exactly what one pass gives, however many shares."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest

from tests.fixtures.generated_news import generated_articles
from timeline.analysis.pool import analyse_article
from timeline.domain.corpus import ArticleAnalysis
from timeline.events import build_events_state
from timeline.events.event_assembly import EvidenceTable, named_events
from timeline.events.evidence import collect_evidence
from timeline.events.grouping import group_evidence
from timeline.events.spread import interleaved

_Result = TypeVar("_Result")


class Shares:
    """Runs every share here, in turn, and remembers how they were asked for."""

    def __init__(self, shares: int) -> None:
        self.shares = shares
        self.asked: list[tuple[int, int]] = []

    def __call__(self, work: Callable[[int, int], _Result], /) -> list[_Result]:
        self.asked.extend((share, self.shares) for share in range(self.shares))
        return [work(share, self.shares) for share in range(self.shares)]


@pytest.fixture(scope="module")
def analyses() -> list[ArticleAnalysis]:
    return [analyse_article(article) for article in generated_articles(120, seed=5)]


@pytest.mark.parametrize("shares", [2, 3, 7])
def test_grouping_in_shares_is_grouping_in_one_pass(analyses, shares):
    evidence = collect_evidence(analyses)
    spread = Shares(shares)
    assert group_evidence(evidence, spread) == group_evidence(evidence)
    assert spread.asked  # the lookups did go through the shares
    assert len(group_evidence(evidence).happenings) < len(evidence)  # some evidence did group


@pytest.mark.parametrize("shares", [2, 5])
def test_naming_in_shares_names_each_happening_as_one_pass(analyses, shares):
    evidence = collect_evidence(analyses)
    grouping = group_evidence(evidence)
    table = EvidenceTable.build(evidence, grouping.vectors)
    assert named_events(table, grouping.happenings, Shares(shares)) == named_events(table, grouping.happenings)


def test_events_built_in_shares_are_the_events_of_one_pass(analyses):
    assert build_events_state(analyses, (), Shares(3)).events == build_events_state(analyses).events


def test_interleaved_puts_every_nth_item_back_in_place():
    items = list(range(11))
    for shares in (1, 2, 3, 4, 11, 15):
        assert interleaved([items[share::shares] for share in range(shares)]) == items


def test_the_flaws_judged_with_the_naming_are_those_of_the_automatic_labels(analyses):
    from timeline.events import flawed_labels
    from timeline.ingest import article_from_text

    # Labels with flaws: a pronoun leaning on an unseen sentence, a cut phrase.
    flawed_article = analyse_article(article_from_text(
        "Report from the capital.\nIt was on Monday, 4 March 2024.\nThey said so on 5 March 2024.\n",
        article_id="flawed"))
    for spread in (Shares(1), Shares(3)):
        build = build_events_state([*analyses, flawed_article], (), spread)
        assert build.flawed == flawed_labels(build.automatic)
    assert len(build.flawed) >= 2
