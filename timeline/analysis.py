"""Runs the flow for a set of articles: extract each article's mentions, then build events.

Plain functions over plain data, used alike by the window, the CLI and the tests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.domain.edits import Edit, SetArticleDate
from timeline.events import build_events_with_report
from timeline.extract import extract_mentions
from timeline.ingest import load_paths
from timeline.package_data import seeds_dir

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The caller asked to stop; nothing partial is returned."""


def apply_article_dates(articles: Sequence[Article], edits: Sequence[Edit]) -> list[Article]:
    """The analyst's date always wins over what was found in the file; the last edit counts."""
    chosen: dict[str, SetArticleDate] = {}
    for edit in edits:
        if isinstance(edit, SetArticleDate):
            chosen[edit.article_id] = edit
    result = []
    for article in articles:
        edit = chosen.get(article.article_id)
        if edit is not None:
            article = replace(article, date=edit.new_date, date_source="analyst")
        elif article.date_source == "analyst":
            # The edit was undone: back to what ingest chose (candidates are ranked, best first).
            best = article.candidates[0] if article.candidates else None
            article = replace(
                article,
                date=best.value if best else None,
                date_source=best.source if best else None,
            )
        result.append(article)
    return result


def analyse_article(article: Article, *, day_first: bool = False) -> ArticleAnalysis:
    if not article.is_readable:
        return ArticleAnalysis(article, ())
    # Header lines (a page's save date, a byline) are metadata, and comments, captions and
    # widgets are not the article: neither events nor anchors.
    ignored = article.metadata_spans + tuple((start, end) for start, end, _ in article.boilerplate_spans)
    mentions = extract_mentions(article.text, article.date, day_first=day_first, ignore_spans=ignored)
    return ArticleAnalysis(article, tuple(mentions))


def analyse(
    articles: Sequence[Article],
    edits: Sequence[Edit] = (),
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> Corpus:
    dated = apply_article_dates(articles, edits)
    analyses = []
    for index, article in enumerate(dated):
        if should_cancel is not None and should_cancel():
            raise Cancelled
        analyses.append(analyse_article(article))
        if on_progress is not None:
            on_progress(index + 1, len(dated))
    return _corpus(analyses, edits)


def reanalyse(corpus: Corpus, edits: Sequence[Edit]) -> Corpus:
    """After an edit: re-extract only articles whose date changed, then rebuild events."""
    originals = {a.article.article_id: a for a in corpus.analyses}
    dated = apply_article_dates([a.article for a in corpus.analyses], edits)
    analyses = []
    for article in dated:
        previous = originals[article.article_id]
        if previous.article.date == article.date and previous.article.date_source == article.date_source:
            analyses.append(previous)
        else:
            analyses.append(analyse_article(article))
    return _corpus(analyses, edits)


def _corpus(analyses: Sequence[ArticleAnalysis], edits: Sequence[Edit]) -> Corpus:
    events, unapplied = build_events_with_report(analyses, edits)
    return Corpus(tuple(analyses), tuple(events), tuple(unapplied))


def load_corpus(
    paths: Sequence[str | Path],
    edits: Sequence[Edit] = (),
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> Corpus:
    articles = load_paths(paths, should_cancel=should_cancel)
    if should_cancel is not None and should_cancel():
        raise Cancelled  # reading stopped part-way: a partial corpus is not what was asked for
    return analyse(articles, edits, on_progress=on_progress, should_cancel=should_cancel)


def seeds_folder() -> Path:
    """The demo corpus shipped with the package (timeline.package_data finds it)."""
    return seeds_dir()
