"""The full text of one article with its temporal expressions marked and clickable."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from timeline.domain.corpus import ArticleAnalysis
from timeline.ui.i18n import tr
from timeline.ui.source_pane import mention_url, parse_mention_url

# Rendering a huge text as HTML would stall the window; past this, the tail is cut off.
MAX_DISPLAY_CHARS = 400_000


def _anchor_name(start: int) -> str:
    return f"m{start}"


class ArticleReader(QTextBrowser):
    mention_clicked = Signal(str, int, int)
    selection_touches = Signal(list)  # [(start, end)] of the mentions the selection touches; [] when none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleReader")
        self.setAccessibleName(tr("Article text"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.selectionChanged.connect(self._on_selection)
        self._analysis: ArticleAnalysis | None = None

    @property
    def article_id(self) -> str:
        return "" if self._analysis is None else self._analysis.article.article_id

    def show_article(self, analysis: ArticleAnalysis, focus: tuple[int, int] | None = None) -> None:
        self._analysis = analysis
        article = analysis.article
        text = article.text[:MAX_DISPLAY_CHARS]
        pieces: list[str] = []
        cursor = 0
        for mention in analysis.mentions:
            if mention.start < cursor or mention.end > len(text):
                continue
            pieces.append(escape(text[cursor : mention.start]))
            resolved = mention.anchor.is_resolved
            focused = focus is not None and (mention.start, mention.end) == focus
            colour = "#ffd24d" if focused else ("#d6eaff" if resolved else "#e6e6e6")
            title = escape(mention.explanation or mention.value)
            pieces.append(
                f"<a name='{_anchor_name(mention.start)}'></a>"
                f"<a href='{escape(mention_url(article.article_id, mention))}' title='{title}' "
                f"style='background-color:{colour};color:#000;text-decoration:none'>"
                f"{escape(text[mention.start : mention.end])}</a>"
            )
            cursor = mention.end
        pieces.append(escape(text[cursor:]))
        header = f"<h3>{escape(article.title or article.path)}</h3>"
        if article.error:
            unreadable = tr("Could not be read: {}").format(escape(article.error))
            header += f"<p style='color:#c0392b'>{unreadable}</p>"
        self.setHtml(f"{header}<div style='white-space:pre-wrap'>{''.join(pieces)}</div>")
        if focus is not None:
            self.scrollToAnchor(_anchor_name(focus[0]))

    def _on_anchor(self, url: QUrl) -> None:
        target = parse_mention_url(url)
        if target is not None:
            self.mention_clicked.emit(*target)

    def _on_selection(self) -> None:
        """Report the mentions under the selection, found from the document's own anchors:
        the same words can stand in several places, so the text alone cannot say which."""
        if self._analysis is None:
            return
        cursor = self.textCursor()
        if not cursor.hasSelection():
            self.selection_touches.emit([])
            return
        self.selection_touches.emit(self._mentions_between(cursor.selectionStart(), cursor.selectionEnd()))

    def _mentions_between(self, first: int, last: int) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        block = self.document().findBlock(first)
        while block.isValid() and block.position() <= last:
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                start = fragment.position()
                if fragment.isValid() and start < last and first < start + fragment.length():
                    target = parse_mention_url(QUrl(fragment.charFormat().anchorHref()))
                    if target is not None and target[1:] not in spans:
                        spans.append(target[1:])
                fragments += 1
            block = block.next()
        return spans
