"""Events made up from parameters, for benchmarks at scale and tests of the geometry.

Deterministic for a given seed; never used on real corpora.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from timeline.domain.event import Event, EventMention
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import NO_ANCHOR, Anchor, AnchorKind, Mention, TimexType

_IMPLIED = Anchor(AnchorKind.ARTICLE_DATE, "2000-01-01", date(2000, 1, 1))


def make_event(
    event_id: str,
    label: str,
    first: date,
    granularity: Granularity = Granularity.DAY,
    *,
    last: date | None = None,
    sources: int = 1,
    conflict: bool = False,
    implied: bool = False,
    tags: Sequence[str] = (),
    articles: Sequence[str] = (),
) -> Event:
    """An event over [first, last] (inclusive; one day when last is None) reported by
    `sources` articles (named `articles`, or a1, a2, ...)."""
    interval = TimeInterval.for_dates(first, last or first, granularity)
    names = list(articles) or [f"a{k + 1}" for k in range(sources)]
    mention = Mention(
        start=0, end=len(label), text=label, timex_type=TimexType.DATE, value=first.isoformat(),
        interval=interval, rule="synthetic", anchor=_IMPLIED if implied else NO_ANCHOR)
    mentions = tuple(EventMention(name, mention, label) for name in names)
    return Event(event_id, label, first.isoformat(), interval, mentions, conflict=conflict,
                 tags=tuple(tags))


_WORDS = ("talks", "summit", "vote", "strike", "visit", "ruling", "ceasefire", "election",
          "protest", "deal", "warrant", "sanctions", "report", "hearing", "launch", "meeting")
_PLACES = ("Moscow", "Beijing", "Kyiv", "Paris", "Geneva", "Ankara", "Delhi", "Brussels",
           "Warsaw", "Tehran", "Riyadh", "Hanoi")
# Mostly days, like real news; some weeks, months, quarters, years and ranges.
_SHAPES: tuple[tuple[Granularity, int, float], ...] = (
    (Granularity.DAY, 1, 0.70),
    (Granularity.DAY, 3, 0.06),
    (Granularity.WEEK, 7, 0.08),
    (Granularity.MONTH, 0, 0.10),
    (Granularity.QUARTER, 0, 0.03),
    (Granularity.YEAR, 0, 0.03),
)


def synthetic_events(count: int, *, seed: int = 7, first: date = date(2015, 1, 1),
                     years: int = 10) -> list[Event]:
    """`count` events spread over `years` years from `first`, sorted by start."""
    rng = random.Random(seed)
    days = years * 365
    weights = [shape[2] for shape in _SHAPES]
    events = []
    for k in range(count):
        granularity, length, _ = rng.choices(_SHAPES, weights)[0]
        day = first + timedelta(days=rng.randrange(days))
        if granularity is Granularity.MONTH:
            start = day.replace(day=1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        elif granularity is Granularity.QUARTER:
            start = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
            end = (datetime(start.year + (start.month + 3 > 12), (start.month + 2) % 12 + 1, 1)
                   .date() - timedelta(days=1))
        elif granularity is Granularity.YEAR:
            start, end = date(day.year, 1, 1), date(day.year, 12, 31)
        elif granularity is Granularity.WEEK:
            start = day - timedelta(days=day.weekday())
            end = start + timedelta(days=6)
        else:
            start, end = day, day + timedelta(days=length - 1)
        label = f"{rng.choice(_PLACES)} {rng.choice(_WORDS)} {k}"
        sources = rng.choice((1, 1, 1, 2, 3, 5))
        events.append(make_event(
            f"e{k}", label, start, granularity, last=end, sources=sources,
            conflict=rng.random() < 0.04, implied=rng.random() < 0.3))
    events.sort(key=lambda e: (e.interval.start, e.event_id))
    return events
