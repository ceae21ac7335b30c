"""How much each event matters to its corpus's story: a number from 0 to 1, the key events first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from timeline.domain.event import Event
from timeline.events.day_ranking import mention_weight


def support(event: Event) -> float:
    """Distinct articles behind the event, each counted once with its strongest report."""
    best: dict[str, float] = {}
    for item in event.mentions:
        weight = mention_weight(item.mention)
        if weight > best.get(item.article_id, 0.0):
            best[item.article_id] = weight
    return sum(best.values())


def rank_events(events: Sequence[Event]) -> list[Event]:
    """The same events, each with its importance (1.0 for the best supported)."""
    scores = [support(event) for event in events]
    top = max(scores, default=0.0) or 1.0
    return [replace(event, importance=score / top) for event, score in zip(events, scores, strict=True)]
