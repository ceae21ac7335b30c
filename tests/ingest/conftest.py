"""Fixtures for the ingest tests: the committed document fixtures, read once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.domain.article import Article
from timeline.ingest import load_paths

DOCUMENTS = Path(__file__).resolve().parent.parent / "fixtures" / "documents"


@pytest.fixture(scope="session")
def documents_dir() -> Path:
    return DOCUMENTS


@pytest.fixture(scope="session")
def documents() -> dict[str, Article]:
    """Every fixture document by article id, loaded through load_paths like a real folder."""
    return {article.article_id: article for article in load_paths([DOCUMENTS])}
