"""What a pool's worker works out for building events changes nothing about the events."""

from __future__ import annotations

from pathlib import Path

from timeline.analysis.pool import analyse_file
from timeline.events import build_events
from timeline.events.evidence import collect_evidence
from timeline.events.prepare import prepared_analysis
from timeline.ingest import planned_reads


def test_events_from_prepared_articles_are_the_events_from_plain_ones(seeds_dir: Path) -> None:
    plain = [analyse_file(path, article_id, declaration)
             for path, article_id, declaration in planned_reads([seeds_dir])]
    prepared = [prepared_analysis(analysis) for analysis in plain]
    assert all(analysis.evidence is None for analysis in plain)
    assert sum(len(analysis.evidence or ()) for analysis in prepared) == len(collect_evidence(plain)) > 0
    events = build_events(plain)
    assert events and build_events(prepared) == events
    # Some of each, as a pool gives when this process reads the first files while workers start.
    assert build_events([*prepared[::2], *plain[1::2]]) == events


def test_a_worker_prepares_only_when_asked(seeds_dir: Path) -> None:
    path, article_id, declaration = planned_reads([seeds_dir])[0]
    assert analyse_file(path, article_id, declaration).evidence is None
    assert analyse_file(path, article_id, declaration, for_events=True).evidence


def test_an_article_at_another_date_takes_the_label_choices_its_words_had(seeds_dir: Path, monkeypatch) -> None:
    """Label choices read the sentence and the mention's place, not what its date resolved to:
    an article given another date takes them from its analysis before, and they are the ones
    working them out again gives."""
    from dataclasses import replace
    from datetime import timedelta

    from timeline.analysis.pool import analyse_article
    from timeline.events import prepare

    path, article_id, declaration = planned_reads([seeds_dir])[0]
    before = prepared_analysis(analyse_file(path, article_id, declaration))
    assert before.article.date is not None
    moved = analyse_article(replace(before.article, date=before.article.date + timedelta(days=3)))
    fresh = prepared_analysis(moved)
    worked_out: list[object] = []
    real = prepare.prepared_labels
    monkeypatch.setattr(prepare, "prepared_labels", lambda item: worked_out.append(item) or real(item))
    taken = prepared_analysis(moved, like=before)
    assert taken.evidence and worked_out == []
    assert [item.mention for item in taken.evidence] != [item.mention for item in before.evidence]  # dates moved
    assert [item.label_choices for item in taken.evidence] == [item.label_choices for item in fresh.evidence]
    assert [item.factual_date for item in taken.evidence] == [item.factual_date for item in fresh.evidence]


def test_prepared_evidence_tells_whether_its_date_is_factual_so_naming_asks_no_more(seeds_dir: Path,
                                                                                 monkeypatch) -> None:
    """Naming an event told by several asks whether one of its reports states it as a fact of its
    date: the worker that prepared the evidence worked that out with its label choices."""
    from timeline.events import labels
    from timeline.events.factuality import date_not_factual

    plain = [analyse_file(path, article_id, declaration)
             for path, article_id, declaration in planned_reads([seeds_dir])]
    prepared = [prepared_analysis(analysis) for analysis in plain]
    evidence = collect_evidence(prepared)
    assert evidence and all(item.factual_date is not None for item in evidence)
    assert [item.factual_date for item in evidence] == [
        date_not_factual(item.headline_source, item.mention.start - item.sentence_start,
                         item.mention.end - item.sentence_start) is None
        for item in evidence]
    assert {item.factual_date for item in evidence} == {True, False}
    events = build_events(plain)
    asked: list[object] = []
    real = labels.date_not_factual
    monkeypatch.setattr(labels, "date_not_factual", lambda *args: asked.append(args) or real(*args))
    assert build_events(prepared) == events
    assert asked == []


def test_a_worker_leaves_label_choices_to_naming_which_works_out_only_those_it_reads(seeds_dir: Path,
                                                                                    monkeypatch) -> None:
    """A pool's worker sends each article's evidence without its label choices: naming asks for
    those of an event's few most central sentences only, so the rest are never worked out (on
    bpoil about a quarter of 11,000), and the events are the ones fully prepared evidence gives."""
    from timeline.events import label_memo

    from_worker = [analyse_file(path, article_id, declaration, for_events=True)
                   for path, article_id, declaration in planned_reads([seeds_dir])]
    evidence = collect_evidence(from_worker)
    assert evidence and all(item.label_choices is None and item.factual_date is None for item in evidence)
    events = build_events([prepared_analysis(analysis) for analysis in from_worker])
    worked_out: list[object] = []
    real = label_memo.prepared_labels
    monkeypatch.setattr(label_memo, "prepared_labels", lambda item: worked_out.append(item) or real(item))
    assert build_events(from_worker) == events
    assert 0 < len(worked_out) < len(evidence)
    assert len({id(item) for item in worked_out}) == len(worked_out)  # each once


def test_the_label_choices_a_preview_worked_out_serve_the_whole_corpus(seeds_dir: Path, monkeypatch) -> None:
    """A load's previews name the articles read so far; the whole corpus names much of the same
    evidence again: what a preview worked out is not worked out again, and the events are the same."""
    from timeline.analysis import analyses_corpus
    from timeline.events import label_memo
    from timeline.events.label_memo import LabelMemo

    from_worker = [analyse_file(path, article_id, declaration, for_events=True)
                   for path, article_id, declaration in planned_reads([seeds_dir])]
    events = analyses_corpus(from_worker).corpus.events
    worked_out: list[object] = []
    real = label_memo.prepared_labels
    monkeypatch.setattr(label_memo, "prepared_labels", lambda item: worked_out.append(item) or real(item))
    memo = LabelMemo()
    analyses_corpus(from_worker[:3], labels=memo)  # the preview
    in_preview = set(map(id, worked_out))
    worked_out.clear()
    assert analyses_corpus(from_worker, labels=memo).corpus.events == events
    assert in_preview and worked_out and not in_preview & set(map(id, worked_out))
