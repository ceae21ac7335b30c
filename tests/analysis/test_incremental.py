"""Edits applied incrementally give exactly the corpus a full re-analysis gives, step by step, undo included."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

import pytest

from timeline.analysis import analyses_corpus, incremental, load_analysed, seeds_folder
from timeline.analysis.incremental import EditReplay
from timeline.domain.edits import (
    AddEvent,
    AnnotateEvent,
    HideEvent,
    MergeEvents,
    RenameEvent,
    SetArticleDate,
    SetEventDate,
    SplitEvent,
)
from timeline.events import build_events_state, event_keys, happening_gate, importance
from timeline.events.importance import support as real_support
from timeline.events.term_vectors import rarity_weights
from timeline.jobs.edit_ready import ready_for_edits
from timeline.present.level_of_detail import index_of_shown


@pytest.fixture(scope="module")
def seeds():
    return load_analysed([seeds_folder()], workers=1)


def _edits(events):
    by_support = sorted(events, key=lambda e: (-e.source_count, e.event_id))
    busiest, second, third = by_support[0], by_support[1], by_support[2]
    leaving = frozenset(list(event_keys(busiest))[:1])
    return [
        RenameEvent(event_keys(busiest), "Putin and Xi meet"),
        HideEvent(event_keys(third)),
        MergeEvents(event_keys(second), event_keys(third)),
        AnnotateEvent(event_keys(busiest), note="state visit", tags=("summit",)),
        SetEventDate(event_keys(second), "2023-03-21"),
        SplitEvent(leaving),
        AddEvent("hand-1", "Xi flies home", "2023-03-22"),
        RenameEvent(frozenset({("nowhere", 0, 1)}), "finds nothing"),
    ]


def test_every_prefix_of_the_history_matches_a_full_rebuild(seeds):
    corpus, base = seeds
    edits = _edits(corpus.events)
    replay = EditReplay(corpus.analyses, base)
    histories = [edits[:n] for n in range(len(edits) + 1)]
    # forwards, then undo all the way back, then redo part of it: the order an analyst works in
    for history in [*histories, *reversed(histories), *histories[:4]]:
        assert replay.can_replay(history)
        assert replay.corpus(history) == analyses_corpus(corpus.analyses, history).corpus, len(history)


def test_a_new_article_date_needs_a_full_analysis(seeds):
    corpus, base = seeds
    replay = EditReplay(corpus.analyses, base)
    moved = [SetArticleDate(corpus.analyses[0].article.article_id, date(2023, 3, 1))]
    assert not replay.can_replay(moved)
    analysed = analyses_corpus(corpus.analyses, moved)
    assert EditReplay(analysed.corpus.analyses, analysed.base).can_replay(moved)


def test_the_edit_base_keeps_the_rarity_grouping_weighted_the_corpus_by(seeds):
    corpus, base = seeds
    build = build_events_state(corpus.analyses)
    assert build.rarity == rarity_weights(build.table.evidence)
    assert base.rarity == build.rarity


def test_a_replay_made_ready_with_the_analysis_gives_its_corpus(seeds):
    corpus, base = seeds
    ready = ready_for_edits((corpus, index_of_shown(corpus.events), base), ())
    assert ready.corpus == corpus
    assert ready.timeline_index.events == tuple(e for e in ready.corpus.events if not e.hidden)


def test_a_result_sent_without_its_index_is_indexed_as_it_is_made_ready(seeds):
    corpus, base = seeds
    ready = ready_for_edits((corpus, None, base), ())
    assert ready.timeline_index.events == tuple(e for e in ready.corpus.events if not e.hidden)
    moved = [SetArticleDate(corpus.analyses[0].article.article_id, date(2023, 3, 1))]
    not_replayed = ready_for_edits((corpus, None, base), moved)  # the caller analyses again; shown meanwhile
    assert not_replayed.corpus is corpus
    assert not_replayed.timeline_index.events == tuple(e for e in corpus.events if not e.hidden)


def test_a_replay_sent_with_its_analysis_goes_on_from_the_analysis_ranking(seeds, monkeypatch):
    """As the window gets it (one pickle from the analysis worker): made ready, the replay shows
    the very events the analysis ranked, asking no event its support again, and edits after
    give what a replay that ranked everything itself gives."""
    corpus, base = seeds
    assert base.ranking is not None
    sent_corpus, sent_base = pickle.loads(pickle.dumps((corpus, base), protocol=pickle.HIGHEST_PROTOCOL))
    supports: list[object] = []
    monkeypatch.setattr(importance, "support", lambda event: supports.append(event) or real_support(event))
    ready = ready_for_edits((sent_corpus, None, sent_base), ())
    assert ready.corpus == corpus
    assert all(shown is sent for shown, sent in zip(ready.corpus.events, sent_corpus.events, strict=True))
    assert supports == []
    unranked = EditReplay(sent_corpus.analyses, dataclasses.replace(sent_base, ranking=None))
    edits = _edits(corpus.events)
    for end in [*range(1, len(edits) + 1), 2]:  # every step, then an undo of most
        assert ready.replay.corpus(edits[:end]) == unranked.corpus(edits[:end])


def test_an_edit_judges_ranks_and_sorts_afresh_only_the_event_it_touches(seeds, monkeypatch):
    """After the replay is made ready, a rename works out label flaws, support and sort keys
    for the renamed event alone, not for every event of the corpus (the first edit too)."""
    corpus, base = seeds
    ready = ready_for_edits((corpus, index_of_shown(corpus.events), base), ())
    worked_out: dict[str, list[object]] = {"flaw": [], "support": [], "sort key": []}

    def counted(name, real):
        return lambda value: worked_out[name].append(value) or real(value)

    monkeypatch.setattr(importance, "label_flaw", counted("flaw", importance.label_flaw))
    monkeypatch.setattr(happening_gate, "label_flaw", counted("flaw", happening_gate.label_flaw))
    monkeypatch.setattr(importance, "support", counted("support", importance.support))
    monkeypatch.setattr(incremental, "sort_key", counted("sort key", incremental.sort_key))
    target = sorted(corpus.events, key=lambda e: e.event_id)[len(corpus.events) // 2]
    edits = [RenameEvent(event_keys(target), "Renamed by the analyst")]
    renamed = ready.replay.corpus(edits)
    assert worked_out["flaw"] == ["Renamed by the analyst"]
    assert len(worked_out["support"]) == 1 and len(worked_out["sort key"]) == 1
    assert len(corpus.events) > 10  # many events left alone
    assert renamed == analyses_corpus(corpus.analyses, edits).corpus


def test_a_run_of_edits_looks_at_each_event_once_not_once_per_edit(seeds):
    """Applying many edits in one go (as after an article date change, from the first edit
    that touches a changed event on): each edit finds its events through an index of their
    keys made once (and followed through merges), not by asking every event for its keys."""
    corpus, base = seeds
    events = sorted(corpus.events, key=lambda e: e.event_id)
    edits = [kind(event) for event in events[:6] for kind in (
        lambda e: RenameEvent(event_keys(e), f"renamed {e.event_id}"),
        lambda e: HideEvent(event_keys(e)),
        lambda e: AnnotateEvent(event_keys(e), note="checked"),
        lambda e: SetEventDate(event_keys(e), "2023-03-20"),
    )]
    edits[8:8] = [MergeEvents(event_keys(events[0]), event_keys(events[7])),
                  MergeEvents(event_keys(events[8]), event_keys(events[9]))]
    edits[14:14] = [SplitEvent(frozenset(sorted(event_keys(events[0]))[:1])),
                    AddEvent("hand-1", "Talks end", "2023-03-22"),
                    RenameEvent(event_keys(events[7]), "renamed after the merge")]
    edits.append(RenameEvent(frozenset({("nowhere", 0, 1)}), "finds nothing"))
    replay = EditReplay(corpus.analyses, base)
    asked: list[object] = []
    real = replay._keys_of
    replay._keys_of = lambda event: asked.append(event) or real(event)  # type: ignore[method-assign]
    shown = replay.corpus(edits)
    assert len(edits) == 30 and len(corpus.events) > 10
    # Each event once (the index), then those an edit changes a few times more (a merge's parts
    # and what it makes): not every event for every edit (30 x 17 here).
    assert len(asked) <= len(corpus.events) + 3 * len(edits), (len(asked), len(corpus.events))
    assert shown == analyses_corpus(corpus.analyses, edits).corpus
    assert shown.unapplied_edits == (edits[-1],)


def _one_patch_at_a_time(events, patches):
    for gone, _alive, came in patches:
        events = [event for event in events if id(event) not in gone] + list(came)
    return events


def test_many_article_date_changes_are_taken_into_a_step_in_one_pass_with_the_same_result(seeds):
    """A step read after many date changes (each a patch: events gone, events come) gets exactly
    what taking them in one after another gives: the same events in the same order, an event
    come and gone again left out, one gone and brought back (an undo) where it came back."""
    import random

    from timeline.analysis.incremental import patched_events

    corpus, _base = seeds
    pool = [dataclasses.replace(event, label=f"{event.label} {copy}") for copy in range(4) for event in corpus.events]
    rng = random.Random(3)
    for _ in range(30):
        events = list(corpus.events)
        shown, patches = list(events), []
        for _ in range(rng.randint(1, 12)):
            gone = rng.sample(shown, min(len(shown), rng.randint(0, 3)))
            came = rng.sample(pool, rng.randint(0, 3))
            came += [event for event in rng.sample(gone, min(len(gone), 1)) if rng.random() < 0.5]  # back at once
            came += [event for event in events if event not in shown][:rng.randint(0, 1)]  # back later
            came = list(dict.fromkeys(event for event in came if all(event is not s for s in shown)
                                      or any(event is g for g in gone)))
            patches.append((frozenset(id(event) for event in gone), tuple(gone), tuple(came)))
            shown = _one_patch_at_a_time(shown, patches[-1:])
        result = patched_events(events, patches)
        assert [id(event) for event in result] == [id(event) for event in shown]
