"""The anchor-advance stage of extraction: after each mention, what the expressions after it
resolve against.

`extract_mentions` (extract/pipeline.py) runs its stages in turn for every expression found:
resolve it against the current anchors, make its mention, then advance the anchors with
`advance_anchors` (as chrono-node runs named refiners after its parsers). Two anchors move
through an article:

- the narrative date, the last calendar date or time stated ("the next day" counts from
  it); a mention whose resolver says it keeps the anchor ("a year earlier" compared with
  it) leaves it where it was;
- the reported period, the quarter or half-year whose results the story gives, or the
  year to date that "the first nine months" reports, which "the year-ago period" compares
  with.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.domain.mention import Mention, TimexType
from timeline.extract.resolution import Context, PreviousDate, Resolution, is_reported_period, months_to_date
from timeline.extract.timex_values import anchor_day, parse_value


@dataclass(frozen=True, slots=True)
class NarrativeAnchors:
    """What the next expression resolves against (None: nothing yet in this article)."""

    previous: PreviousDate | None = None  # the narrative date
    period: PreviousDate | None = None  # the reported period


def advance_anchors(anchors: NarrativeAnchors, mention: Mention, resolution: Resolution,
                    ctx: Context) -> NarrativeAnchors:
    """The anchors after `mention`, made by `resolution` in the sentence `ctx` describes."""
    previous, period = anchors.previous, anchors.period
    if (
        not resolution.keeps_anchor
        and mention.timex_type in (TimexType.DATE, TimexType.TIME)
        and parse_value(mention.value) is not None
    ):
        previous = _stated(mention, mention.value)
        if is_reported_period(mention.value) and (period is None or _already_out(mention.value, ctx)):
            period = previous
        return NarrativeAnchors(previous, period)
    if (year_to_date := months_to_date(mention.text, mention.value, period, ctx.article_date)) is not None:
        return NarrativeAnchors(previous, _stated(mention, year_to_date))
    if period is not None and mention.value == period.value:
        # "the quarter" again: the same reported period is still the topic here
        return NarrativeAnchors(previous, _stated(mention, mention.value))
    return anchors


def _stated(mention: Mention, value: str) -> PreviousDate:
    return PreviousDate(value, mention.start, mention.end, mention.text)


def _already_out(value: str, ctx: Context) -> bool:
    """A quarter or half whose results can be out, so that it takes over as the reported one.

    A forecast ("losses through the third quarter of 1990", "expect the trend to continue
    into the fourth quarter") does not replace the period whose results the story gives,
    so a later "the year-ago period" still compares with that one.
    """
    first = anchor_day(value)
    if ctx.article_date is not None and first is not None and first > ctx.article_date:
        return False
    return ctx.tense() != "future"
