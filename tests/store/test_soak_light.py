"""A light soak: several rounds of edits, rebuilds, saves and reopenings of a few hundred real
articles leave nothing behind (no old corpora alive, heap flat) and lose nothing."""

from __future__ import annotations

import gc
import sys
from dataclasses import replace
from datetime import timedelta

import pytest

from timeline.analysis import analyse, load_corpus, reanalyse, seeds_folder
from timeline.domain.article import Article
from timeline.domain.edits import AnnotateEvent, HideEvent, RenameEvent
from timeline.domain.event import Event
from timeline.events import event_keys, unapplied_edits
from timeline.store import ProjectDocument

pytestmark = pytest.mark.slow

COPIES = 40  # 5 seed articles x 40 = 200 articles


def many_articles() -> tuple[Article, ...]:
    seeds = load_corpus([seeds_folder()]).articles
    result = []
    for copy in range(COPIES):
        for article in seeds:
            # Far apart, so each copy's events stay events of their own.
            day = article.date + timedelta(days=400 * copy) if article.date else None
            result.append(replace(article, article_id=f"{copy:03d}/{article.article_id}", date=day))
    return tuple(result)


def edits_for_round(events: tuple[Event, ...], round_number: int) -> list:
    shown = sorted((e for e in events if e.mentions and not e.hidden), key=lambda e: e.event_id)
    first, second, third = shown[round_number], shown[round_number + 10], shown[round_number + 20]
    return [
        RenameEvent(event_keys(first), f"renamed {round_number}"),
        AnnotateEvent(event_keys(second), note=f"note {round_number}", tags=("soak",)),
        HideEvent(event_keys(third)),
    ]


def alive(kind: type) -> int:
    gc.collect()
    return sum(1 for item in gc.get_objects() if type(item) is kind)


def test_rounds_of_edit_save_reopen_keep_memory_flat_and_lose_nothing(tmp_path):
    # Objects other tests left for the collector are not this test's: count from here.
    events_before, articles_before = alive(Event), alive(Article)
    articles = many_articles()
    corpus = analyse(articles)
    document = ProjectDocument(recovery_directory=tmp_path / "recovery")
    document.set_articles(corpus.articles)
    path = tmp_path / "soak.timeline"
    blocks = []
    made = []
    for round_number in range(5):
        edits = edits_for_round(corpus.events, round_number)
        for edit in edits:
            document.apply_edit(edit)
        document.undo()
        document.redo()
        made += edits
        corpus = reanalyse(corpus, document.history.edits)
        document.save(path)
        reopened = ProjectDocument.open(path)
        assert reopened.articles == document.articles
        assert reopened.history.all_edits == tuple(made)
        del reopened
        # Only this round's corpus is alive: no earlier rebuild is held on to.
        assert alive(Event) - events_before <= len(corpus.events)
        blocks.append(sys.getallocatedblocks())
    assert alive(Article) - articles_before <= 2 * len(articles)  # the originals, and the corpus's (dated) copies
    growth = (blocks[-1] - blocks[1]) / blocks[1]
    assert growth < 0.02, f"the heap grew {growth:.1%} over three rounds"

    final = ProjectDocument.open(path)
    fresh = analyse(final.articles, final.history.edits)
    assert unapplied_edits(fresh.analyses, final.history.edits) == []
    labels = {e.label for e in fresh.events}
    assert {f"renamed {n}" for n in range(5)} <= labels
