"""The article list after an article's date changed: its row redrawn, the list not laid out again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.present.calendar_text import day_text
from timeline.ui.article_list import ArticleListModel


def _corpus(dates):
    return Corpus(tuple(ArticleAnalysis(Article(f"a{n}", f"a{n}.txt", f"Report {n}", "", day, "manifest"), ())
                        for n, day in enumerate(dates)), ())


def test_a_new_date_on_a_row_never_drawn_redraws_without_laying_every_row_out(qtbot):
    model = ArticleListModel()
    corpus = _corpus([date(2024, 1, 1) + timedelta(days=n) for n in range(40)])
    model.set_corpus(corpus)
    laid_out, redrawn = [], []
    model.dataChanged.connect(lambda first, _last: laid_out.append(first.row()))
    model.redraw_rows.connect(lambda: redrawn.append(True))
    moved = list(corpus.analyses)
    moved[30] = ArticleAnalysis(replace(moved[30].article, date=date(2024, 3, 1)), ())
    assert model.patch_corpus(Corpus(tuple(moved), ()))
    assert laid_out == [] and redrawn  # the same two lines: nothing to lay out again
    assert day_text(date(2024, 3, 1)) in model.index(30).data()
    undated = list(moved)
    undated[12] = ArticleAnalysis(replace(moved[12].article, date=None, date_source=None), ())
    before = model.index(12).data()
    model.patch_corpus(Corpus(tuple(undated), ()))
    assert model.index(12).data() != before
