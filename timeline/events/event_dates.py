"""An event's date from its sources: the finest interval they agree on, or the span of their disagreement."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import AnchorKind, Mention


def agreed_date(mentions: Sequence[Mention]) -> tuple[str, TimeInterval] | None:
    """The finest stated interval if every other lies around it ("last week" around "on Friday"), else None."""
    dated = [m for m in mentions if m.interval is not None]
    if not dated:
        return None
    finest = min(dated, key=lambda m: (m.interval.duration, _stated_rank(m), m.start))  # type: ignore[union-attr]
    interval = finest.interval
    assert interval is not None
    if all(m.interval.contains(interval) for m in dated):  # type: ignore[union-attr]
        return finest.value, interval
    return None


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
