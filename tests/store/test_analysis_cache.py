"""A project saved with its analysis reopens without extracting again, and exactly as a fresh analysis would."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta

import pytest

from timeline.analysis import analyses_corpus, load_analysed, seeds_folder
from timeline.analysis.pool import analyse_article
from timeline.domain.edits import HideEvent, RenameEvent
from timeline.events import event_keys
from timeline.store.analysis_cache import MENTIONS_TABLE, restore
from timeline.store.project import Project
from timeline.store.project_file import read_project_file, save_project


@pytest.fixture(scope="module")
def seeds():
    return load_analysed([seeds_folder()], workers=1)


def _edits(corpus):
    busiest = max(corpus.events, key=lambda e: (e.source_count, e.event_id))
    quiet = min(corpus.events, key=lambda e: (e.source_count, e.event_id))
    return (RenameEvent(event_keys(busiest), "Putin and Xi meet"), HideEvent(event_keys(quiet)))


def test_reopening_uses_the_saved_analysis(seeds, tmp_path):
    corpus, base = seeds
    edits = _edits(corpus)
    save_project(tmp_path / "case.timeline", Project(corpus.articles, edits), (corpus.analyses, base))
    stored = read_project_file(tmp_path / "case.timeline")
    assert stored.analysis is not None
    analysed, extracted = restore(stored.project.articles, stored.project.edits, stored.analysis)
    assert extracted == 0
    assert analysed.corpus == analyses_corpus(corpus.analyses, edits).corpus


def test_a_changed_article_alone_is_extracted_again(seeds, tmp_path):
    corpus, base = seeds
    save_project(tmp_path / "case.timeline", Project(corpus.articles), (corpus.analyses, base))
    stored = read_project_file(tmp_path / "case.timeline")
    changed = list(stored.project.articles)
    changed[2] = replace(changed[2], text=changed[2].text + "\nThe talks resumed on 30 March 2023.")
    analysed, extracted = restore(changed, (), stored.analysis)
    assert extracted == 1
    assert analysed.corpus.analyses[2].article.text.endswith("30 March 2023.")
    expected = analyses_corpus([*corpus.analyses[:2], analysed.corpus.analyses[2], *corpus.analyses[3:]]).corpus
    assert analysed.corpus == expected


def test_a_file_without_the_cache_or_with_a_spoilt_one_is_analysed_afresh(seeds, tmp_path):
    corpus, base = seeds
    save_project(tmp_path / "plain.timeline", Project(corpus.articles))
    plain = read_project_file(tmp_path / "plain.timeline")
    assert plain.analysis is None
    analysed, extracted = restore(plain.project.articles, (), plain.analysis)
    assert extracted == len(corpus.articles) and analysed.corpus == corpus

    save_project(tmp_path / "cached.timeline", Project(corpus.articles), (corpus.analyses, base))
    cached = read_project_file(tmp_path / "cached.timeline").analysis
    assert cached is not None
    spoilt = replace(cached, mentions={key: '[[0, 99999999, "x"]]' for key in cached.mentions})
    analysed, extracted = restore(corpus.articles, (), spoilt)
    assert extracted == len(corpus.articles) and analysed.corpus == corpus


def test_the_cache_is_covered_by_the_files_checksum(seeds, tmp_path):
    corpus, base = seeds
    path = tmp_path / "case.timeline"
    save_project(path, Project(corpus.articles), (corpus.analyses, base))
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(f"UPDATE {MENTIONS_TABLE} SET mentions = '[]'")
    connection.close()
    from timeline.store.errors import ProjectDamaged

    with pytest.raises(ProjectDamaged):
        read_project_file(path)


def test_mentions_read_back_share_their_dates_and_anchors_as_strictly_as_they_were_read(seeds):
    """A reopened corpus's mentions of one date share one interval (and one anchor, one set of
    stated fields); what was refused before still is, after the same values were read as they
    should be (a `true` for a sentence offset, an unknown kind)."""
    import json

    from timeline.store.analysis_codec import Decoder, mention_to_json

    corpus, _base = seeds
    mentions = [m for analysis in corpus.analyses for m in analysis.mentions if m.interval is not None]
    decoder = Decoder()
    rows = [json.loads(json.dumps(mention_to_json(m))) for m in mentions]
    read = [decoder.mention(row, 10**6) for row in rows]
    assert read == mentions
    by_interval = {}
    for mention in read:
        assert by_interval.setdefault(mention.interval, mention.interval) is mention.interval
    assert len(by_interval) < len(read)
    first = rows[0]
    numbered = [*first[:7], [*first[7][:3], 1, 2, "x"], *first[8:]]
    assert decoder.mention(numbered, 10**6).anchor.mention_start == 1  # read, and kept
    for spoilt in ([*first[:3], "NOT-A-TYPE", *first[4:]],
                   [*first[:7], [*first[7][:3], True, 2, "x"], *first[8:]],
                   [*first[:5], [*first[5][:2], True], *first[6:]],
                   [*first[:5], [*first[5][:2], 1.0 * first[5][2]], *first[6:]],
                   [*first[:8], ["year", 1], *first[9:]]):
        with pytest.raises((ValueError, TypeError)):
            decoder.mention(spoilt, 10**6)


def test_a_reprinted_sentence_reopens_dated_as_its_first_copy(seeds, tmp_path):
    # the events read a later copy's relative dates against its first copy (events.reprints);
    # reopened from the cache, they must read them so too, not as the copy's own article does
    corpus, _base = seeds
    original = next(a.article for a in corpus.analyses
                    if a.article.date is not None and any(m.anchor.kind == "article-date" for m in a.mentions))
    assert original.date is not None
    copy = replace(original, article_id=original.article_id + "-copy", path=original.path + ".copy",
                   date=original.date + timedelta(days=9))
    corpus, base = analyses_corpus([*corpus.analyses, analyse_article(copy)])
    read_first = [m for e in corpus.events for m in e.mentions
                  if m.article_id == copy.article_id and "first published" in m.mention.explanation]
    assert read_first
    save_project(tmp_path / "case.timeline", Project(corpus.articles), (corpus.analyses, base))
    stored = read_project_file(tmp_path / "case.timeline")
    analysed, extracted = restore(stored.project.articles, (), stored.analysis)
    assert extracted == 0
    assert analysed.corpus == corpus
