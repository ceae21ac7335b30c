"""Fixtures for the export tests: the hand-built story and the factories behind it."""

from __future__ import annotations

import pytest
from story_corpus import build_story, make_article, make_event

from timeline.domain.article import Article
from timeline.domain.corpus import Corpus


@pytest.fixture
def story() -> Corpus:
    return build_story()


@pytest.fixture
def article_factory():
    return make_article


@pytest.fixture
def event_factory():
    return make_event


@pytest.fixture
def articles_by_id(story: Corpus) -> dict[str, Article]:
    return {a.article_id: a for a in story.articles}
