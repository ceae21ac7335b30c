"""Articles keep their locale hint in the project file; a file from before hints opens with none;
the analysis kept in the file is keyed by the hint too, so a changed hint is extracted again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from store_samples import as_older_format, sample_articles

from timeline.domain.article import Article
from timeline.store.analysis_cache import article_key
from timeline.store.project import Project
from timeline.store.project_file import project_from_bytes, project_to_bytes


def _project() -> Project:
    hints = ("en-GB", "https://www.example.co.uk", None)
    articles = tuple(replace(article, locale_hint=hint) for article, hint in zip(sample_articles(3), hints,
                                                                              strict=True))
    return Project(articles, (), cursor=0, view_state={})


def test_the_locale_hint_round_trips():
    project = _project()
    data, _ = project_to_bytes(project)
    loaded = project_from_bytes(data, name="test.timeline")
    assert loaded.project.articles == project.articles
    assert [a.locale_hint for a in loaded.project.articles] == ["en-GB", "https://www.example.co.uk", None]


def test_a_file_of_the_format_before_hints_opens_with_none():
    data, _ = project_to_bytes(_project())
    old = as_older_format(data, version=2, dropped_columns=("locale_hint",))
    loaded = project_from_bytes(old, name="old.timeline")
    assert [a.locale_hint for a in loaded.project.articles] == [None, None, None]
    assert [a.text for a in loaded.project.articles] == [a.text for a in _project().articles]


def test_the_analysis_key_changes_with_the_hint():
    article = Article("a.html", "a.html", "Form", "The form was signed 05/06/2024.", date(2024, 7, 1), "manifest")
    keys = {article_key(replace(article, locale_hint=hint)) for hint in (None, "en-GB", "en-US")}
    assert len(keys) == 3
