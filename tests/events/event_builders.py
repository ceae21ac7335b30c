"""Hand-made articles and mentions for the events tests, independent of the extractor.

`analysis(article_id, published, text, [(phrase, value), ...])` finds each phrase in the
text (the n-th occurrence with "phrase#n"), and makes a DATE mention resolved against the
article date, with its sentence bounds, as the extractor would.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis
from timeline.domain.mention import NO_ANCHOR, UNANCHORED, Anchor, AnchorKind, Mention, TimexType
from timeline.extract.timex_values import interval_for_value

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def make_article(article_id: str, published: date | None, text: str, title: str | None = None) -> Article:
    return Article(article_id, f"/corpus/{article_id}", title or article_id, text, published, "manifest")


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() >= position:
            return start, match.start()
        start = match.end()
    return start, len(text)


def find_phrase(text: str, phrase: str) -> tuple[int, int]:
    phrase, _, nth = phrase.partition("#")
    index = -1
    for _ in range(int(nth or 1)):
        index = text.index(phrase, index + 1)
    return index, index + len(phrase)


def mention(
    text: str,
    phrase: str,
    value: str,
    published: date | None,
    *,
    stated: bool = False,
    timex_type: TimexType = TimexType.DATE,
    unanchored: bool = False,
) -> Mention:
    start, end = find_phrase(text, phrase)
    sentence_start, sentence_end = sentence_bounds(text, start)
    if unanchored:
        anchor = UNANCHORED
    elif stated:
        anchor = NO_ANCHOR
    else:
        anchor = Anchor(AnchorKind.ARTICLE_DATE, published.isoformat() if published else None, published)
    interval = interval_for_value(value) if timex_type in (TimexType.DATE, TimexType.TIME) and not unanchored else None
    return Mention(
        start, end, text[start:end], timex_type, value, interval, "hand-made", anchor,
        frozenset({"year", "month", "day"}) if stated else frozenset({"weekday"}),
        sentence_start, sentence_end,
    )


def analysis(
    article_id: str,
    published: date | None,
    text: str,
    phrases: Sequence[tuple[str, str]],
    *,
    stated: Sequence[str] = (),
) -> ArticleAnalysis:
    """An article with a mention per (phrase, value); phrases listed in `stated` need no anchor."""
    mentions = [mention(text, phrase, value, published, stated=phrase in stated) for phrase, value in phrases]
    return ArticleAnalysis(make_article(article_id, published, text), tuple(sorted(mentions, key=lambda m: m.start)))


def key_of(item: ArticleAnalysis, phrase: str) -> tuple[str, int, int]:
    start, end = find_phrase(item.article.text, phrase)
    return (item.article.article_id, start, end)


def storm_article() -> ArticleAnalysis:
    """A storm report with two dated happenings (the flooding, the railway's reopening): the
    article the edit tests apply their edits to."""
    return analysis(
        "storm-1", date(2024, 3, 18),
        "Storm Ciara hit the northern coast on Friday, flooding hundreds of homes. "
        "The rail operator said the coastal railway would reopen on Wednesday.",
        [("on Friday", "2024-03-15"), ("on Wednesday", "2024-03-20")],
    )
