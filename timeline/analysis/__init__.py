"""Runs the flow for a set of articles: extract each article's mentions, then build events.

Plain functions over plain data, used alike by the window, the CLI and the tests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from timeline.analysis import pool
from timeline.analysis.cycle_collection import cycle_collection_paused
from timeline.analysis.forked_spread import ForkedSpread
from timeline.analysis.free_cores import busy_elsewhere, copies_for, cpu_times
from timeline.analysis.incremental import EditBase, edit_base
from timeline.analysis.pool import (
    Cancelled,
    ResultCallback,
    analyse_article,
    analyse_files,
    default_workers,
)
from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.domain.edits import Edit, SetArticleDate
from timeline.events import build_events_state
from timeline.events.label_memo import LabelMemo
from timeline.events.spread import Spread, in_turn
from timeline.ingest import planned_reads
from timeline.package_data import seeds_dir

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def apply_article_dates(articles: Sequence[Article], edits: Sequence[Edit]) -> list[Article]:
    """The analyst's date always wins over what was found in the file; the last edit counts."""
    chosen: dict[str, SetArticleDate] = {}
    for edit in edits:
        if isinstance(edit, SetArticleDate):
            chosen[edit.article_id] = edit
    result = []
    for article in articles:
        analyst_date = chosen.get(article.article_id)
        if analyst_date is not None:
            article = replace(article, date=analyst_date.new_date, date_source="analyst")
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


class Analysed(NamedTuple):
    """A corpus with what later edits need to apply without a re-analysis (see incremental.py)."""

    corpus: Corpus
    base: EditBase


def analyse(
    articles: Sequence[Article],
    edits: Sequence[Edit] = (),
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> Corpus:
    return analyse_articles(articles, edits, on_progress=on_progress, should_cancel=should_cancel).corpus


def analyse_articles(
    articles: Sequence[Article],
    edits: Sequence[Edit] = (),
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> Analysed:
    dated = apply_article_dates(articles, edits)
    analyses = []
    for index, article in enumerate(dated):
        if should_cancel is not None and should_cancel():
            raise Cancelled
        analyses.append(analyse_article(article))
        if on_progress is not None:
            on_progress(index + 1, len(dated))
    return build_analysed(analyses, edits)


def reanalyse(corpus: Corpus, edits: Sequence[Edit]) -> Corpus:
    return reanalyse_corpus(corpus, edits).corpus


def reanalyse_corpus(corpus: Corpus, edits: Sequence[Edit]) -> Analysed:
    """After an article's date changed: re-extract only articles whose date changed, then rebuild
    events. (Other edits need no re-analysis: incremental.EditReplay applies them.)"""
    originals = {a.article.article_id: a for a in corpus.analyses}
    dated = apply_article_dates([a.article for a in corpus.analyses], edits)
    analyses = []
    for article in dated:
        previous = originals[article.article_id]
        if previous.article.date == article.date and previous.article.date_source == article.date_source:
            analyses.append(previous)
        else:
            analyses.append(analyse_article(article))
    return build_analysed(analyses, edits)


def build_analysed(analyses: Sequence[ArticleAnalysis], edits: Sequence[Edit],
                   spread: Spread = in_turn, labels: LabelMemo | None = None) -> Analysed:
    """The events of analyses already made (the analyst's article dates already applied to them);
    `spread` runs the costly parts of building them in shares (events.spread); `labels`: the
    label choices earlier builds of some of the evidence worked out (a load's previews)."""
    with cycle_collection_paused():
        build = build_events_state(analyses, edits, spread, labels)
    corpus = Corpus(tuple(analyses), tuple(build.events), tuple(build.unapplied))
    return Analysed(corpus, edit_base(build, edits))


def load_corpus(
    paths: Sequence[str | Path],
    edits: Sequence[Edit] = (),
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
    on_result: ResultCallback | None = None,
    workers: int | None = None,
) -> Corpus:
    return load_analysed(paths, edits, on_progress=on_progress, should_cancel=should_cancel, on_result=on_result,
                         workers=workers).corpus


def load_analysed(
    paths: Sequence[str | Path],
    edits: Sequence[Edit] = (),
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
    on_result: ResultCallback | None = None,
    workers: int | None = None,
    labels: LabelMemo | None = None,
) -> Analysed:
    """Every file under the paths read and extracted on every core (see pool.py), then the events.

    `on_progress(done, total)` counts files; `on_result(position, analysis)` hands on each
    file's analysis as it is done, for a caller that shows the corpus filling in; `labels`:
    what that caller's own builds of the corpus read so far worked out (its previews).
    """
    read = read_files(paths, on_progress=on_progress, should_cancel=should_cancel, on_result=on_result,
                      workers=workers)
    return analyses_corpus(read.analyses, edits, read.spread, labels)


class FilesRead(NamedTuple):
    """Every file's analysis, and how the work after may spread over the processors the reading took."""

    analyses: list[ArticleAnalysis]
    spread: Spread


def read_files(
    paths: Sequence[str | Path],
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
    on_result: ResultCallback | None = None,
    workers: int | None = None,
) -> FilesRead:
    """Every file under the paths read and extracted on every core (see pool.py), as in load_analysed."""
    cpu_since = cpu_times()  # what other programs keep busy while the files are listed sizes the pool
    planned = planned_reads(paths)
    count = workers if workers is not None else default_workers(cpu_since)
    done = 0

    def finished(position: int, analysis: ArticleAnalysis) -> None:
        nonlocal done
        done += 1
        if on_result is not None:
            on_result(position, analysis)
        if on_progress is not None:
            on_progress(done, len(planned))

    reading_since = cpu_times()
    analyses = analyse_files(planned, workers=count, on_result=finished, should_cancel=should_cancel)
    if should_cancel is not None and should_cancel():
        raise Cancelled
    # What comes after (building the events) runs on the processors the reading had, where this
    # process may fork (see forked_spread), unless other programs kept them busy meanwhile
    # (measured over the whole reading: reliable; a forked pool's workers, waited for, are ours).
    if len(planned) < pool.SMALL_CORPUS:
        return FilesRead(analyses, ForkedSpread(1))
    return FilesRead(analyses, ForkedSpread(copies_for(count, busy_elsewhere(reading_since))))


def analyses_corpus(analyses: Sequence[ArticleAnalysis], edits: Sequence[Edit] = (),
                    spread: Spread = in_turn, labels: LabelMemo | None = None) -> Analysed:
    """The corpus of analyses already made: the analyst's article dates re-resolve what they change."""
    dated = apply_article_dates([a.article for a in analyses], edits)
    redone = [
        previous if previous.article is article else analyse_article(article)
        for previous, article in zip(analyses, dated, strict=True)
    ]
    return build_analysed(redone, edits, spread, labels)


def seeds_folder() -> Path:
    """The demo corpus shipped with the package (timeline.package_data finds it)."""
    return seeds_dir()


__all__ = ["Analysed", "Cancelled", "FilesRead", "analyse", "analyse_article", "analyse_articles", "analyses_corpus",
           "apply_article_dates", "build_analysed", "load_analysed", "load_corpus", "read_files", "reanalyse",
           "reanalyse_corpus", "seeds_folder"]
