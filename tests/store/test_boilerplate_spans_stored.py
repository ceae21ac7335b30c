"""Articles keep their boilerplate spans in the project file; a file from before them opens with none."""

from __future__ import annotations

from dataclasses import replace

from store_samples import as_older_format, sample_articles

from timeline.store.project import Project
from timeline.store.project_file import project_from_bytes, project_to_bytes
from timeline.store.schema import SCHEMA_VERSION


def _project() -> Project:
    articles = tuple(
        replace(article, boilerplate_spans=((0, 5, "byline"), (30, 45, "reader comment")))
        for article in sample_articles(3)
    )
    return Project(articles, (), cursor=0, view_state={})


def test_boilerplate_spans_and_their_reasons_round_trip():
    project = _project()
    data, _ = project_to_bytes(project)
    loaded = project_from_bytes(data, name="test.timeline")
    assert loaded.project.articles == project.articles
    assert loaded.project.articles[0].boilerplate_spans == ((0, 5, "byline"), (30, 45, "reader comment"))


def test_a_file_of_the_first_format_opens_with_no_boilerplate_spans():
    data, _ = project_to_bytes(_project())
    old = as_older_format(data, version=1, dropped_columns=("locale_hint", "boilerplate_spans"))
    loaded = project_from_bytes(old, name="old.timeline")
    assert SCHEMA_VERSION >= 2
    assert [a.boilerplate_spans for a in loaded.project.articles] == [(), (), ()]
    assert [a.text for a in loaded.project.articles] == [a.text for a in _project().articles]
