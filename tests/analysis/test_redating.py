"""A re-analysis after an article date change, from the analyses the worker keeps, comes back
as the window's own analyses and mentions plus what changed."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from timeline.analysis import load_analysed, reanalyse_corpus, seeds_folder
from timeline.domain.corpus import Corpus
from timeline.domain.edits import SetArticleDate
from timeline.jobs import redating
from timeline.jobs.redating import KeptAnalysesGone, fingerprint, keep, redate_job, unpack


@pytest.fixture(scope="module")
def seeds():
    return load_analysed([seeds_folder()], workers=1)


def _no_progress(*_args):
    return None


@pytest.fixture(autouse=True)
def _collector_resumed():
    """A date change resumes the collector a moment after it returns: not in the next test."""
    yield
    if redating._resuming is not None:
        redating._resuming.join()


def test_the_result_is_the_full_reanalysis_sharing_the_windows_own_objects(seeds, monkeypatch):
    corpus, _base = seeds
    monkeypatch.setattr(redating, "_kept", ())
    keep(corpus.analyses)  # as the worker does after its load job
    window = pickle.loads(pickle.dumps(corpus.analyses))  # the window's copies: equal, not the same
    moved = corpus.analyses[0].article
    edits = [SetArticleDate(moved.article_id, date(2023, 3, 1))]
    packed = redate_job(_no_progress, lambda: False, fingerprint(window), edits)
    shown, index, base = unpack(packed, window)
    expected = reanalyse_corpus(Corpus(corpus.analyses, ()), edits)
    assert shown == expected.corpus and base == expected.base
    assert base.evidence is None  # the events' evidence stays in the worker
    assert index is None  # the window indexes the result as it readies it for edits
    assert shown.analyses[0].article.date == date(2023, 3, 1)
    assert all(mine is theirs for mine, theirs in zip(shown.analyses[1:], window[1:], strict=True))
    mentions_held = {id(m) for analysis in window[1:] for m in analysis.mentions}
    from_others = [item.mention for event in shown.events for item in event.mentions
                   if item.article_id != moved.article_id]
    assert from_others and all(id(m) in mentions_held for m in from_others)
    whole = pickle.dumps((expected.corpus, index, expected.base), protocol=pickle.HIGHEST_PROTOCOL)
    assert len(packed.payload) < len(whole) / 2  # the articles' texts and mentions stay out


def test_other_analyses_than_those_kept_are_asked_for(seeds, monkeypatch):
    corpus, _base = seeds
    monkeypatch.setattr(redating, "_kept", ())
    with pytest.raises(KeptAnalysesGone):
        redate_job(_no_progress, lambda: False, fingerprint(corpus.analyses), [])
    keep(corpus.analyses[1:])
    with pytest.raises(KeptAnalysesGone):
        redate_job(_no_progress, lambda: False, fingerprint(corpus.analyses), [])


def test_with_the_grouping_state_only_what_changed_comes_back(seeds, monkeypatch):
    from timeline.analysis.incremental import EditReplay
    from timeline.analysis.redate import Redated

    corpus, base = seeds
    monkeypatch.setattr(redating, "_kept", ())
    keep(corpus.analyses, base, in_background=False)  # as the worker does after its load job
    window = pickle.loads(pickle.dumps(corpus.analyses))
    replay = EditReplay(window, base)
    moved = corpus.analyses[1].article
    edits = [SetArticleDate(moved.article_id, date(2023, 3, 25))]
    packed = redate_job(_no_progress, lambda: False, fingerprint(window), edits)
    change = unpack(packed, window, replay.base.automatic)
    assert isinstance(change, Redated) and [a.article.article_id for a in change.analyses] == [moved.article_id]
    # What came refers to the sources the window holds of the events gone, not copies.
    held = {id(item) for event in replay.base.automatic for item in event.mentions}
    others = [item for event in change.came for item in event.mentions if item.article_id != moved.article_id]
    assert others and all(id(item) in held for item in others)
    with pytest.raises(KeptAnalysesGone):  # a window holding other events than the worker's
        unpack(packed, window, ())
    replay.redated(change.analyses, change.base_after(replay.base), change.gone, change.came)
    assert replay.corpus(edits) == reanalyse_corpus(Corpus(corpus.analyses, ()), edits).corpus
    # The worker now holds the changed analysis: the next change starts from it, and undo too.
    change = unpack(redate_job(_no_progress, lambda: False, fingerprint(replay.analyses), []), replay.analyses,
                    replay.base.automatic)
    assert isinstance(change, Redated)
    replay.redated(change.analyses, change.base_after(replay.base), change.gone, change.came)
    assert replay.corpus([]) == corpus


def test_a_date_change_is_worked_out_with_the_cycle_collector_held_off(seeds, monkeypatch):
    """Regrouping allocates tens of thousands of objects: the collector waits until the change
    is worked out, packed and sent (a moment after the job returns), then runs as before."""
    import gc

    from timeline.analysis.redate import ArticleRedater

    corpus, base = seeds
    monkeypatch.setattr(redating, "_kept", ())
    keep(corpus.analyses, base, in_background=False)
    collecting: list[bool] = []
    real_redate = ArticleRedater.redate
    monkeypatch.setattr(ArticleRedater, "redate",
                        lambda self, edits: collecting.append(gc.isenabled()) or real_redate(self, edits))
    moved = corpus.analyses[1].article
    assert gc.isenabled()
    monkeypatch.setattr(redating, "_resuming", None)
    redate_job(_no_progress, lambda: False, fingerprint(corpus.analyses),
               [SetArticleDate(moved.article_id, date(2023, 3, 25))])
    assert collecting == [False]
    assert not gc.isenabled()  # the pool sends the result first
    resuming = redating._resuming
    assert resuming is not None
    resuming.join()
    assert gc.isenabled()


def test_a_change_asked_for_while_the_grouping_state_is_built_waits_for_it_and_is_incremental(seeds, monkeypatch):
    """The first date change right after a load: the worker's state is still being built on
    its thread, a little below the usual priority; the change raises it, waits for it, and
    still only what changed comes back."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from timeline.analysis.incremental import EditReplay
    from timeline.analysis.redate import ArticleRedater, Redated

    corpus, base = seeds
    monkeypatch.setattr(redating, "_kept", ())
    release = threading.Event()

    def held_back(analyses, kept_base):
        assert release.wait(30)  # built only once the change has been asked for
        return ArticleRedater(analyses, kept_base)

    monkeypatch.setattr(redating, "ArticleRedater", held_back)
    priorities: list[int] = []

    def recorded(thread, niceness):
        priorities.append(niceness)
        if niceness == 0:
            release.set()  # a change waits for the state: it goes at the usual priority now
        return True

    monkeypatch.setattr(redating, "_set_priority", recorded)
    keep(corpus.analyses, base)  # in the background, as after a load job
    window = pickle.loads(pickle.dumps(corpus.analyses))
    replay = EditReplay(window, base)
    moved = corpus.analyses[2].article
    edits = [SetArticleDate(moved.article_id, date(2023, 3, 12))]
    with ThreadPoolExecutor(1) as pool:
        asked = pool.submit(redate_job, _no_progress, lambda: False, fingerprint(window), edits)
        change = unpack(asked.result(timeout=60), window, replay.base.automatic)
    assert priorities == [redating.BUILD_NICENESS, 0]  # built below the usual priority until asked for
    assert isinstance(change, Redated)
    replay.redated(change.analyses, change.base_after(replay.base), change.gone, change.came)
    assert replay.corpus(edits) == reanalyse_corpus(Corpus(corpus.analyses, ()), edits).corpus


def test_what_goes_to_the_worker_to_compare_analyses_is_a_short_digest_kept_up_to_date(seeds):
    """The window's analyses are told from others by a digest of a few bytes (not a tuple per
    article, made, pickled and compared on every date change); one worked out from the last
    analyses asked about, where a date change replaced one, tells them apart as one made anew."""
    from dataclasses import replace

    from timeline.domain.corpus import ArticleAnalysis

    corpus, _base = seeds
    analyses = tuple(corpus.analyses)
    digest = fingerprint(analyses)
    assert isinstance(digest, bytes) and len(digest) <= 32
    copies = pickle.loads(pickle.dumps(analyses))  # the window's own copies: equal, not the same
    assert fingerprint(copies) == digest
    first = analyses[0]
    moved = ArticleAnalysis(replace(first.article, date=date(2023, 3, 1)), first.mentions)
    redated = (moved, *analyses[1:])
    changed = fingerprint(redated)  # from the last one asked about: only the first entry made again
    assert changed != digest
    fingerprint(analyses[1:])  # (something else asked about in between)
    assert fingerprint(redated) == changed
    assert fingerprint(tuple(pickle.loads(pickle.dumps(redated)))) == changed
    assert fingerprint(analyses) == digest
