"""Shows the sentences behind the selected event or mention, phrase highlighted, with how each date was reached."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from timeline.domain.corpus import Corpus
from timeline.domain.event import Event
from timeline.domain.mention import Mention
from timeline.present.calendar_text import event_date_text, interval_text
from timeline.ui.i18n import tr
from timeline.ui.year_less import article_day_text

MENTION_SCHEME = "mention"


def mention_url(article_id: str, mention: Mention) -> str:
    return f"{MENTION_SCHEME}:{mention.start}:{mention.end}:{article_id}"


def parse_mention_url(url: QUrl) -> tuple[str, int, int] | None:
    text = url.toString()
    if not text.startswith(f"{MENTION_SCHEME}:"):
        return None
    _, start, end, article_id = text.split(":", 3)
    return article_id, int(start), int(end)


def sentence_html(text: str, mention: Mention) -> str:
    """The mention's sentence with the phrase marked."""
    start = mention.sentence_start if mention.sentence_end > mention.sentence_start else mention.start
    end = mention.sentence_end if mention.sentence_end > mention.sentence_start else mention.end
    before = escape(text[start : mention.start])
    phrase = escape(text[mention.start : mention.end])
    after = escape(text[mention.end : end])
    return f"{before}<b style='background-color:#ffe08a;color:#000'>{phrase}</b>{after}"


def how_reached(mention: Mention, article_date_text: str) -> str:
    if mention.explanation:
        return mention.explanation
    reached = interval_text(mention.interval) if mention.interval else mention.value
    return tr("'{}' in an article dated {}: {} ({})").format(mention.text, article_date_text, reached, mention.rule)


class SourcePane(QTextBrowser):
    """Read-only; links open the article at the sentence."""

    open_mention = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePane")
        self.setAccessibleName(tr("Sources of the selected event"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self._corpus: Corpus | None = None
        self.show_placeholder()

    def set_corpus(self, corpus: Corpus) -> None:
        self._corpus = corpus

    def show_placeholder(self) -> None:
        self.setHtml("<p style='color:gray'>{}</p>".format(
            tr("Select an event on the timeline or a date in an article to see the sentences that report it.")))

    def show_hidden(self, event: Event) -> None:
        """The selected event is no longer shown (the filter or the key events left it out)."""
        self.setHtml("<p style='color:gray'>{}</p>".format(
            tr("The selected event, “{}”, is hidden by the filter or the Key events setting. "
               "Clear the filter to see it and its sources again.").format(escape(event.label))))

    def show_event(self, event: Event | None) -> None:
        if event is None or self._corpus is None:
            self.show_placeholder()
            return
        count = event.source_count
        sources = tr("{} sources").format(count) if count != 1 else tr("1 source")
        conflict = "<span style='color:#c0392b'><b>{}</b></span>".format(tr("sources disagree on the date"))
        parts = [f"<h3>{escape(event.label)}</h3>",
                 f"<p><b>{escape(event_date_text(event))}</b> · {sources}"
                 + (f" · {conflict}" if event.conflict else "")
                 + (" · " + tr("date implied by article dates") if event.is_implied else "")
                 + "</p>"]
        by_article: dict[str, list[Mention]] = {}
        for item in event.mentions:
            by_article.setdefault(item.article_id, []).append(item.mention)
        for article_id, mentions in by_article.items():
            parts.append(self._article_block(article_id, mentions))
        self.setHtml("".join(parts))

    def show_mention(self, article_id: str, start: int, end: int) -> None:
        if self._corpus is None:
            return
        analysis = self._corpus.analysis(article_id)
        mentions = [m for m in analysis.mentions if m.start == start and m.end == end]
        if not mentions:
            self.show_placeholder()
            return
        self.setHtml(self._article_block(article_id, mentions))

    def _article_block(self, article_id: str, mentions: list[Mention]) -> str:
        assert self._corpus is not None
        article = self._corpus.analysis(article_id).article
        date_text = article_day_text(article)
        source = f" ({escape(article.date_source)})" if article.date_source else ""
        rows = [f"<h4 style='margin-bottom:2px'>{escape(article.title or article.path)}</h4>",
                f"<div style='color:gray'>{escape(date_text)}{source}</div>"]
        for mention in mentions:
            rows.append(
                f"<p style='margin-left:8px'>“{sentence_html(article.text, mention)}”<br>"
                f"<span style='color:gray'>{escape(how_reached(mention, date_text))}</span> "
                f"<a href='{escape(mention_url(article_id, mention))}'>{tr('open in article')}</a></p>"
            )
        return "".join(rows)

    def _on_anchor(self, url: QUrl) -> None:
        target = parse_mention_url(url)
        if target is not None:
            self.open_mention.emit(*target)
