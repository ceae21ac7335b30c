"""The list of loaded articles: title, date with its source, warnings and read errors.

A model over the corpus rather than one widget item per article: a thousand articles cost
nothing until rows are drawn, so showing a new corpus never holds the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.ingest.discovery import shown_name
from timeline.present.calendar_text import day_text
from timeline.ui.i18n import tr
from timeline.ui.year_less import partial_day_text, year_less_hint

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole
ModelIndex = QModelIndex | QPersistentModelIndex


def article_row_text(analysis: ArticleAnalysis) -> str:
    article = analysis.article
    if article.error:
        return f"✖ {article.title or article.path}\n   " + tr("could not be read: {}").format(article.error)
    source = f" ({article.date_source})" if article.date_source else ""
    lines = [article.title or article.path, f"   {day_text(article.date)}{source}"]
    if (hint := year_less_hint(article)) is not None:
        # "GENEVA, Oct 12 -" with no year anywhere: say what is known, and ask for the rest
        lines[1] = "   " + partial_day_text(hint) + " — " + tr("give the year: Edit ▸ Set article date… (Ctrl+D)")
    unanchored = len(analysis.unanchored)
    if unanchored:
        lines.append("   " + tr("{} unanchored mention(s): set a date to place them").format(unanchored))
    lines += [f"   ⚠ {warning}" for warning in article.warnings]
    return "\n".join(lines)


def article_tooltip(analysis: ArticleAnalysis) -> str:
    article = analysis.article
    tips = [shown_name(article.path)]
    tips += [f"{c.source}: {day_text(c.value)} — {c.evidence}" for c in article.candidates]
    tips += [f"⚠ {w}" for w in article.warnings]
    if article.error:
        tips.append(f"✖ {article.error}")
    return "\n".join(tips)


PATCHED_ROWS_UP_TO = 32  # more changed articles than this: the list is reset (a new corpus)


class ArticleListModel(QAbstractListModel):
    redraw_rows = Signal()  # rows changed their words but not their height

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._analyses: tuple[ArticleAnalysis, ...] = ()
        self._texts: dict[int, str] = {}  # rows drawn so far

    def set_corpus(self, corpus: Corpus) -> None:
        self.beginResetModel()
        self._analyses = corpus.analyses
        self._texts = {}
        self.endResetModel()

    def patch_corpus(self, corpus: Corpus) -> bool:
        """The same articles in the same order, a few of them analysed again (an article's
        date changed): only their rows change. False (nothing done) when it is not that."""
        previous = self._analyses
        if len(previous) != len(corpus.analyses):
            return False
        rows = [row for row, (before, now) in enumerate(zip(previous, corpus.analyses, strict=True))
                if before is not now]
        if len(rows) > PATCHED_ROWS_UP_TO or any(
                previous[row].article.article_id != corpus.analyses[row].article.article_id for row in rows):
            return False
        self._analyses = corpus.analyses
        for row in rows:
            # A row not drawn yet is worked out from its analysis before: laying every row out
            # again (QListView does, for one row's height) reads all 1,460 of them.
            before = self._texts.pop(row, None) or article_row_text(previous[row])
            if before.count("\n") != article_row_text(corpus.analyses[row]).count("\n"):
                # Its height may change: the view lays its rows out again (all of them, as
                # QListView does for rows of different heights).
                self.dataChanged.emit(self.index(row), self.index(row))
            else:
                self.redraw_rows.emit()  # the same lines, new words: drawing it again will do
        return True

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._analyses)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._analyses):
            return None
        analysis = self._analyses[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._texts.get(index.row())
            if text is None:
                text = self._texts[index.row()] = article_row_text(analysis)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return article_tooltip(analysis)
        if role == ARTICLE_ID_ROLE:
            return analysis.article.article_id
        return None

    def row_of(self, article_id: str) -> int | None:
        for row, analysis in enumerate(self._analyses):
            if analysis.article.article_id == article_id:
                return row
        return None


class ArticleList(QListView):
    article_chosen = Signal(str)
    article_activated = Signal(str)  # double-click or Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.setAccessibleName(tr("Articles"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows are measured a batch at a time between events, not all when first shown.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(100)
        self.article_model = ArticleListModel(self)
        self.setModel(self.article_model)
        self.article_model.redraw_rows.connect(self.viewport().update)
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self.activated.connect(lambda index: self.article_activated.emit(str(index.data(ARTICLE_ID_ROLE))))

    def show_corpus(self, corpus: Corpus) -> None:
        if self.article_model.patch_corpus(corpus):
            return  # the same rows, a few redrawn: the selection stays where it is
        current = self.current_article_id()
        self.selectionModel().blockSignals(True)
        self.article_model.set_corpus(corpus)
        row = self.article_model.row_of(current) if current else None
        if row is not None:
            self.setCurrentIndex(self.article_model.index(row))
        self.selectionModel().blockSignals(False)

    def count(self) -> int:
        return self.article_model.rowCount()

    def row_text(self, row: int) -> str:
        return str(self.article_model.index(row).data())

    def current_article_id(self) -> str:
        index = self.currentIndex()
        return str(index.data(ARTICLE_ID_ROLE)) if index.isValid() else ""

    def select_article(self, article_id: str) -> None:
        row = self.article_model.row_of(article_id)
        if row is not None:
            self.setCurrentIndex(self.article_model.index(row))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.article_chosen.emit(str(current.data(ARTICLE_ID_ROLE)))
