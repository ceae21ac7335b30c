"""Which days matter: the days that most distinct articles report, weighted by how sure each report is.

An article counts once per day, with its strongest report of that day: a date the text
states outright counts more than one implied by an anchor, and a mention precise to the
day counts more than a "last week" that only agrees with it. Disputed dates count half.
Events dated coarser than a day name no day and are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.domain.mention import Mention

STATED_WEIGHT = 1.0
IMPLIED_WEIGHT = 0.75
COARSER_MENTION_FACTOR = 0.5  # "last week" behind a day that other sources give precisely
CONFLICT_FACTOR = 0.5


def mention_weight(mention: Mention) -> float:
    weight = IMPLIED_WEIGHT if mention.is_implied else STATED_WEIGHT
    interval = mention.interval
    if interval is None or interval.granularity < Granularity.DAY:
        weight *= COARSER_MENTION_FACTOR
    return weight


def rank_days(events: Sequence[Event]) -> list[tuple[date, float]]:
    """Days by distinct-article support, best first (ties: the earlier day)."""
    support: dict[date, dict[str, float]] = {}
    for event in events:
        if event.hidden or event.interval.first_day != event.interval.last_day:
            continue
        day = event.interval.first_day
        factor = CONFLICT_FACTOR if event.conflict else 1.0
        articles = support.setdefault(day, {})
        for item in event.mentions:
            weight = mention_weight(item.mention) * factor
            if weight > articles.get(item.article_id, 0.0):
                articles[item.article_id] = weight
    scores = [(day, round(sum(articles.values()), 6)) for day, articles in support.items()]
    scores.sort(key=lambda pair: (-pair[1], pair[0]))
    return scores
