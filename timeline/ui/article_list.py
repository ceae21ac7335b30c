"""The list of loaded articles: title, date with its source, warnings and read errors."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.ui.dates_text import day_text

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole


class ArticleList(QListWidget):
    article_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.setAccessibleName("Articles")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        # Batched layout: a thousand wrapped items are measured a hundred at a time between
        # events, instead of all at once when the list first shows them.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(100)
        self.currentItemChanged.connect(self._on_current_changed)

    def show_corpus(self, corpus: Corpus) -> None:
        current = self.current_article_id()
        self.blockSignals(True)
        self.clear()
        for analysis in corpus.analyses:
            article = analysis.article
            item = QListWidgetItem(self._item_text(analysis))
            item.setData(ARTICLE_ID_ROLE, article.article_id)
            tips = [article.path]
            if article.candidates:
                tips += [f"{c.source}: {day_text(c.value)} — {c.evidence}" for c in article.candidates]
            tips += [f"⚠ {w}" for w in article.warnings]
            if article.error:
                tips.append(f"✖ {article.error}")
            item.setToolTip("\n".join(tips))
            self.addItem(item)
            if article.article_id == current:
                self.setCurrentItem(item)
        self.blockSignals(False)

    @staticmethod
    def _item_text(analysis: ArticleAnalysis) -> str:
        article = analysis.article
        if article.error:
            return f"✖ {article.title or article.path}\n   could not be read: {article.error}"
        source = f" ({article.date_source})" if article.date_source else ""
        lines = [article.title or article.path, f"   {day_text(article.date)}{source}"]
        unanchored = len(analysis.unanchored)
        if unanchored:
            lines.append(f"   {unanchored} unanchored mention(s): set a date to place them")
        lines += [f"   ⚠ {warning}" for warning in article.warnings]
        return "\n".join(lines)

    def current_article_id(self) -> str:
        item = self.currentItem()
        return "" if item is None else str(item.data(ARTICLE_ID_ROLE))

    def select_article(self, article_id: str) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(ARTICLE_ID_ROLE) == article_id:
                self.setCurrentItem(item)
                return

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.article_chosen.emit(str(current.data(ARTICLE_ID_ROLE)))
