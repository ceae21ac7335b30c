"""Events built by hand for the export tests: the seeds' story, with known sources and dates."""

from __future__ import annotations

from datetime import date

from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.domain.event import Event, EventMention
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import NO_ANCHOR, Anchor, AnchorKind, Mention, TimexType


def make_article(article_id: str, day: date | None, *, outlet: str | None = None,
                 title: str = "") -> Article:
    return Article(article_id=article_id, path=f"corpus/{article_id}.txt",
                   title=title or f"Report {article_id}", text="", date=day,
                   date_source="manifest" if day else None, outlet=outlet)


def make_mention(text: str, interval: TimeInterval, *, anchor_day: date | None = None,
                 start: int = 0) -> Mention:
    anchor = (Anchor(AnchorKind.ARTICLE_DATE, anchor_day.isoformat(), anchor_day)
              if anchor_day else NO_ANCHOR)
    return Mention(start=start, end=start + len(text), text=text, timex_type=TimexType.DATE,
                   value=interval.first_day.isoformat(), interval=interval, rule="test-rule",
                   anchor=anchor, stated=frozenset({"weekday"}) if anchor_day else
                   frozenset({"year", "month", "day"}), explanation=f"'{text}' resolved")


def make_event(event_id: str, label: str, interval: TimeInterval,
               sources: list[tuple[Article, str, str]], **fields: object) -> Event:
    mentions = tuple(
        EventMention(article.article_id,
                     make_mention(phrase, interval, anchor_day=article.date), sentence)
        for article, phrase, sentence in sources
    )
    return Event(event_id=event_id, label=label, value=interval.first_day.isoformat(),
                 interval=interval, mentions=mentions, **fields)


def build_story() -> Corpus:
    """Four events of the Moscow visit from three articles, one in conflict, one a month."""
    wire = make_article("a-wire", date(2023, 3, 21), outlet="wire report",
                        title="Putin and Xi plan more talks")
    portal = make_article("b-portal", date(2023, 3, 21), outlet=None,
                          title="Putin Meets 'Dear Friend' Jinping In Moscow")
    paper = make_article("c-paper", date(2023, 3, 20), outlet="newspaper")
    warrant = make_event(
        "ev-warrant", "ICC issues arrest warrant for Putin",
        TimeInterval.for_day(date(2023, 3, 17)),
        [(portal, "on Friday", "The ICC issued a warrant on Friday."),
         (paper, "last week", "=HYPERLINK(\"x\") a warrant last week.")],
    )
    meeting = make_event(
        "ev-meeting", "Putin and Xi meet in the Kremlin",
        TimeInterval.for_day(date(2023, 3, 20)),
        [(wire, "on Monday", "Putin hosted Xi on Monday."),
         (portal, "on Monday", "They met on Monday."),
         (paper, "on Monday", "Talks at the Kremlin on Monday.")],
    )
    term = make_event(
        "ev-term", "Xi begins third term <as president>",
        TimeInterval.for_dates(date(2023, 2, 1), date(2023, 2, 28), Granularity.MONTH),
        [(wire, "last month", "Xi secured a third term last month.")],
        conflict=True,
    )
    election = make_event(
        "ev-election", "Russia's presidential election",
        TimeInterval.for_dates(date(2024, 3, 1), date(2024, 3, 31), Granularity.MONTH),
        [(wire, "March next year", "Russia votes in March next year.")],
        tags=("politics",),
    )
    hidden = make_event(
        "ev-hidden", "A hidden event", TimeInterval.for_day(date(2023, 3, 19)),
        [(wire, "on Sunday", "Something on Sunday.")], hidden=True,
    )
    articles = (wire, portal, paper)
    return Corpus(
        analyses=tuple(ArticleAnalysis(a, ()) for a in articles),
        events=(term, warrant, meeting, election, hidden),
    )
