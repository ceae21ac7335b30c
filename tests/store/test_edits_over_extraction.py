"""Edits are kept as edits: reopening re-applies them to a fresh extraction, and one that no
longer matches anything is reported as a conflict and still kept in the project."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.analysis import analyse, load_corpus, seeds_folder
from timeline.domain.edits import AddEvent, AnnotateEvent, HideEvent, RenameEvent, SetArticleDate
from timeline.events import event_keys, unapplied_edits
from timeline.store.edit_summary import describe_edit
from timeline.store.project import Project
from timeline.store.project_file import open_project, save_project


@pytest.fixture(scope="module")
def seeds_corpus():
    return load_corpus([seeds_folder()])


def test_reopened_edits_apply_to_a_fresh_extraction(seeds_corpus, tmp_path):
    events = sorted(seeds_corpus.events, key=lambda e: -e.source_count)
    busiest, other = events[0], events[1]
    edits = (
        RenameEvent(event_keys(busiest), "Putin and Xi meet"),
        AnnotateEvent(event_keys(busiest), note="state visit", tags=("summit",)),
        HideEvent(event_keys(other)),
        AddEvent("hand-1", "Xi flies home", "2023-03-22"),
    )
    save_project(tmp_path / "case.timeline", Project(seeds_corpus.articles, edits))
    project = open_project(tmp_path / "case.timeline")
    corpus = analyse(project.articles, project.edits_in_force)  # extraction runs afresh
    by_label = {e.label: e for e in corpus.events}
    assert by_label["Putin and Xi meet"].note == "state visit"
    assert by_label["Putin and Xi meet"].tags == ("summit",)
    assert by_label["Xi flies home"].interval.first_day == date(2023, 3, 22)
    assert any(e.hidden for e in corpus.events)
    assert unapplied_edits(corpus.analyses, project.edits_in_force) == []


def test_an_edit_whose_mentions_are_gone_is_a_conflict_and_is_kept(seeds_corpus, tmp_path):
    event = max(seeds_corpus.events, key=lambda e: e.source_count)
    edits = (RenameEvent(event_keys(event), "Kremlin talks"),)
    # A new reading of the articles moves every mention (text shifted by a new header line).
    shifted = tuple(replace(a, text="Updated copy\n" + a.text, metadata_spans=()) for a in seeds_corpus.articles)
    save_project(tmp_path / "case.timeline", Project(shifted, edits))
    project = open_project(tmp_path / "case.timeline")
    corpus = analyse(project.articles, project.edits_in_force)
    conflicts = unapplied_edits(corpus.analyses, project.edits_in_force)
    assert conflicts == list(edits)
    assert "Kremlin talks" in describe_edit(conflicts[0])
    save_project(tmp_path / "again.timeline", project)
    assert open_project(tmp_path / "again.timeline").edits == edits  # shown, never dropped


def test_an_article_date_edit_moves_relative_dates_after_reopening(seeds_corpus, tmp_path):
    article = seeds_corpus.articles[3]
    edits = (SetArticleDate(article.article_id, date(2023, 3, 27)),)
    save_project(tmp_path / "case.timeline", Project(seeds_corpus.articles, edits))
    project = open_project(tmp_path / "case.timeline")
    assert project.articles[3].date == article.date  # the file keeps what was read; the edit sits on top
    corpus = analyse(project.articles, project.edits_in_force)
    assert corpus.analysis(article.article_id).article.date == date(2023, 3, 27)
    assert corpus.analysis(article.article_id).article.date_source == "analyst"


def test_every_edit_has_a_readable_description():
    from store_samples import one_edit_of_each_kind

    lines = [describe_edit(edit) for edit in one_edit_of_each_kind()]
    assert all(line and "\n" not in line for line in lines)
    assert len(set(lines)) == len(lines)
