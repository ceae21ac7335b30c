"""An event's date from its sources: the finest interval they agree on, or the span of their disagreement."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import AnchorKind, Mention, TimexType
from timeline.extract.timex_values import interval_for_value, truncate_value


def agreed_date(mentions: Sequence[Mention]) -> tuple[str, TimeInterval] | None:
    """The finest stated interval if every other lies around it ("last week" around "on Friday"), else None."""
    dated = [(m, m.interval) for m in mentions if m.interval is not None]
    if not dated:
        return None
    finest, interval = min(dated, key=lambda pair: (pair[1].duration, _stated_rank(pair[0]), pair[0].start))
    # Each distinct interval once: a happening reported hundreds of times gives a handful.
    if all(other.contains(interval) for other in {other for _, other in dated}):
        return finest.value, interval
    return None


# The finest agreed date stands for the event only when at least this share of its articles
# give it (or something finer): one "27 September 2005" among thirty-five bare "2005"s does
# not make a year-long story a day.
PRECISION_SHARE = 0.25


# Rules whose clock time is a live blog's posting time ("1413 The first troops will arrive on
# Thursday"): the time the post was written, not that of the happening it tells.
POST_STAMP_RULE = "post-stamp"
POSTING_TIME_RULES = frozenset({"live-blog-stamp", "live-blog-run-in-stamp", POST_STAMP_RULE})
_CLOCK_READING = re.compile(r"T\d\d:\d\d")


def supported_date(reports: Sequence[tuple[str, Mention]]) -> tuple[str, TimeInterval] | None:
    """Like `agreed_date` over (article, mention) pairs, but no finer than enough articles state.

    The agreed intervals nest (each holds the finest), so walking from the finest outwards
    the first one backed by `PRECISION_SHARE` of the articles is the event's precision.
    A live blog's posting time dates the post's happening to the minute only when only posts tell
    it (one blog, or copies of it): beside another report, on another page or in another sentence
    of its own ("2017: Is the Senate listening?" beside "Today, the Senate voted ..."), it says
    on what day, not at what time.
    """
    stated = reports  # (a post's own time still backs a coarser level another report states: an evening)
    posted = [is_posting_time(mention) for _article, mention in reports]
    if any(posted) and not all(posted):
        reports = [(article, day_of(mention) if post else mention)
                   for (article, mention), post in zip(reports, posted, strict=True)]
    mentions = [mention for _article, mention in reports]
    agreed = agreed_date(mentions)
    if agreed is None:
        return None
    # The articles giving each distinct interval: a level's backers are those of the intervals
    # it holds (a few intervals, where an event of 768 mentions asked each mention per level).
    articles_of: dict[TimeInterval, set[str]] = {}
    for article, mention in stated:
        if mention.interval is not None:
            articles_of.setdefault(mention.interval, set()).add(article)
    articles = set().union(*articles_of.values())
    needed = PRECISION_SHARE * len(articles)
    levels = sorted(
        {(m.interval.duration, m.interval): m for m in mentions if m.interval is not None}.items(),
        key=lambda pair: (pair[0][0], _stated_rank(pair[1]), pair[1].start),
    )
    for (_duration, interval), mention in levels:
        backers = set().union(*(found for other, found in articles_of.items() if interval.contains(other)))
        if len(backers) >= needed:
            return (agreed[0], agreed[1]) if interval == agreed[1] else (mention.value, interval)
    return agreed


def is_posting_time(mention: Mention) -> bool:
    """A live blog's post stamp, by its rule (`as_post_stamp` gives one to a clock reading that opens
    a post in a blog of another clock style)."""
    return mention.rule in POSTING_TIME_RULES


def as_post_stamp(mention: Mention, article_date: date | None) -> Mention:
    """A clock reading opening its sentence on the article's own day ("9.41 pm: The apology continues
    to create uproar") stamps a post: no sentence telling the time of its happening opens that way.
    ("Tuesday evening, BP said" is a part of day; "Tuesday 12 January ... 4.53pm: A quake strikes"
    in a later day's recap tells the quake's own time.)"""
    if (mention.timex_type is TimexType.TIME and mention.start == mention.sentence_start
            and _CLOCK_READING.search(mention.value) is not None and mention.interval is not None
            and article_date is not None and mention.interval.first_day == article_date):
        return replace(mention, rule=POST_STAMP_RULE)
    return mention


def day_of(mention: Mention) -> Mention:
    """The mention read as its day, without its clock time: the same mention when it is a day or coarser."""
    if mention.timex_type is not TimexType.TIME or mention.interval is None:
        return mention
    value = truncate_value(mention.value, Granularity.DAY)
    interval = interval_for_value(value) if value is not None else None
    if value is None or interval is None:
        return mention
    return replace(mention, timex_type=TimexType.DATE, value=value, interval=interval,
                   stated=mention.stated - {"hour", "minute"})


def disputed_date(choices: Sequence[tuple[str, TimeInterval, int]]) -> tuple[str, TimeInterval]:
    """Sources disagree: the interval spans every claimed date at the coarsest claimed granularity;
    the value is the claim the most articles make (ties: the earlier), so a single value is still
    given, while each mention keeps its own date for the analyst to see.
    """
    start = min(interval.start for _, interval, _ in choices)
    end = max(interval.end for _, interval, _ in choices)
    granularity = min((interval.granularity for _, interval, _ in choices), default=Granularity.DAY)
    value, _interval, _support = min(choices, key=lambda c: (-c[2], c[1].start, c[0]))
    return value, TimeInterval(start, end, granularity)


def _stated_rank(mention: Mention) -> int:
    return 0 if mention.anchor.kind is AnchorKind.NONE else 1


@dataclass(frozen=True, slots=True)
class DateClaim:
    """One date the sources of a disputed event give, and the articles that give it."""

    value: str
    interval: TimeInterval
    article_ids: tuple[str, ...]


def disputed_claims(event: Event) -> tuple[DateClaim, ...]:
    """Each date the sources of a conflicted event claim, earliest first; () when they agree.

    A claim is a finest stated interval: one holding no other stated interval of the event
    (a coarser "this year" agrees with both "last month" and "earlier this month", so it is
    no claim of its own). An article backs a claim when one of its mentions lies around that
    claim and no other.
    """
    if not event.conflict or event.date_set_by_analyst:
        return ()
    dated = [(item.article_id, item.mention) for item in event.mentions if item.mention.interval is not None]
    intervals = {m.interval for _, m in dated if m.interval is not None}
    finest = sorted((i for i in intervals if not any(o != i and i.contains(o) for o in intervals)),
                    key=lambda i: (i.start, i.end))
    if len(finest) < 2:
        return ()
    claims = []
    for claim in finest:
        values = [m.value for _, m in dated if m.interval == claim]
        backers = [article for article, m in dated if m.interval is not None and m.interval.contains(claim)
                   and not any(other != claim and m.interval.contains(other) for other in finest)]
        claims.append(DateClaim(min(values), claim, tuple(dict.fromkeys(backers))))
    return tuple(claims)
