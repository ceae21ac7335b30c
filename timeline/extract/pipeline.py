"""extract_mentions: sentences, then found expressions, then each resolved against its anchor."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date

from timeline.domain.mention import Anchor, AnchorKind, Mention, TimexType
from timeline.extract import chronology
from timeline.extract.anchor_advance import NarrativeAnchors, advance_anchors
from timeline.extract.finder import find_candidates
from timeline.extract.modifiers import Modifier, surface_modifier
from timeline.extract.resolution import (
    ABSOLUTE,
    ARTICLE,
    PREVIOUS,
    Context,
    Piece,
    Resolution,
)
from timeline.extract.resolvers import RESOLVERS
from timeline.extract.sentences import split_sentences
from timeline.extract.time_after_day import times_on_the_day_told_before
from timeline.extract.time_with_day import times_on_their_day
from timeline.extract.timex_values import (
    describe_value,
    interval_for_value,
    narrowed,
)
from timeline.extract.weekday_logs import weekdays_of_unknown_weeks


def extract_mentions(
    text: str,
    article_date: date | None,
    *,
    day_first: bool = False,
    ignore_spans: Sequence[tuple[int, int]] = (),
    locale: str | None = None,
) -> list[Mention]:
    """Every temporal expression in `text`, resolved against `article_date` or earlier mentions.

    Sorted by start. Relative expressions with nothing to resolve against come back
    unanchored with an X-value ("XXXX-XX-XX"); the computer's clock is never consulted.
    An expression starting inside one of `ignore_spans` (header lines: a page's save date,
    a byline) is neither returned nor used as the anchor of the expressions after it.
    `locale` is what the file's metadata says of its language or place ("en-GB", the page's
    address): it orders day and month in "05/06/2024" when the document's own dates do not.
    """
    if not text:
        return []
    candidates = find_candidates(text)
    if ignore_spans:
        candidates = [c for c in candidates if not _inside(c.start, ignore_spans)]
    if not candidates:
        return []
    sentences = split_sentences(text, article_date)
    sentence_starts = [start for start, _ in sentences]
    entries = chronology.entry_starts(text)
    mentions: list[Mention] = []
    anchors = NarrativeAnchors()
    for candidate in candidates:
        index = bisect_right(sentence_starts, candidate.start) - 1
        if index >= 0 and candidate.start < sentences[index][1]:
            sentence_start, sentence_end = sentences[index]
        else:
            sentence_start, sentence_end = candidate.start, candidate.end
        ctx = Context(
            text,
            candidate.start,
            candidate.end,
            article_date,
            day_first,
            sentence_start,
            max(sentence_end, candidate.end),
            anchors.previous,
            anchors.period,
            locale,
        )
        try:
            resolution = RESOLVERS[candidate.rule.resolve](candidate.groups, ctx)
        except (OverflowError, ValueError):
            resolution = None  # arithmetic past year 1 or 9999: not a date we can place
        if resolution is None:
            continue
        if candidate.start in entries:
            resolution = chronology.as_entry(resolution, article_date)
        parts = resolution.pieces or (Piece(candidate.start, candidate.end, resolution),)
        for part in parts:
            rule = part.resolution.rule or resolution.rule or candidate.rule.name
            mention = _mention(text, part.start, part.end, rule, part.resolution, ctx)
            mentions.append(mention)
            anchors = advance_anchors(anchors, mention, part.resolution, ctx)
    # a day stated with the time first; then, for the times still on the article's date, a day told before
    told = times_on_the_day_told_before(text, article_date, times_on_their_day(text, mentions), sentence_starts)
    # (a log of many weeks that lost its day headings: its weekdays name no week the article's date can place)
    return weekdays_of_unknown_weeks(told)


_MOD_NOTES = {"START": "; its beginning", "MID": "; its middle", "END": "; its end"}


def _mod_note(modifier: Modifier | None) -> str:
    if modifier is None or not modifier.narrows:
        return ""
    return _MOD_NOTES.get(modifier.mod, "")


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _chronology_note(rule: str) -> str:
    return "; an entry of a dated list (chronology): what had happened by then" if rule == chronology.RULE else ""


def _mention(text: str, start: int, end: int, rule: str, resolution: Resolution, ctx: Context) -> Mention:
    surface = text[start:end]
    anchor = _anchor(resolution, ctx)
    modifier = Modifier(resolution.mod, True) if resolution.mod is not None else surface_modifier(surface)
    interval = None
    if resolution.timex_type in (TimexType.DATE, TimexType.TIME):
        interval = interval_for_value(resolution.value)
        if interval is not None and modifier is not None and modifier.narrows:
            interval = narrowed(interval, modifier.mod)
    return Mention(
        start=start,
        end=end,
        text=surface,
        timex_type=resolution.timex_type,
        value=resolution.value,
        interval=interval,
        rule=rule,
        anchor=anchor,
        stated=resolution.stated,
        sentence_start=ctx.sentence_start,
        sentence_end=ctx.sentence_end,
        tense=_direction_tense(resolution),
        explanation=_explain(surface, resolution, ctx) + _mod_note(modifier) + _chronology_note(rule)
        + (f"; {resolution.note}" if resolution.note else ""),
        mod=modifier.mod if modifier is not None else None,
    )


def _anchor(resolution: Resolution, ctx: Context) -> Anchor:
    kind = resolution.anchoring
    if kind is AnchorKind.ARTICLE_DATE and ctx.article_date is not None:
        return Anchor(kind, ctx.article_date.isoformat(), ctx.article_date)
    previous = resolution.anchor_mention or ctx.previous
    if kind is AnchorKind.PREVIOUS_MENTION and previous is not None:
        interval = interval_for_value(previous.value)
        return Anchor(
            kind, previous.value, interval.first_day if interval else None, previous.start, previous.end, previous.text
        )
    if kind is AnchorKind.NONE:
        return Anchor(AnchorKind.NONE)
    return Anchor(AnchorKind.UNANCHORED)


def _explain(surface: str, resolution: Resolution, ctx: Context) -> str:
    said = f"'{surface}'"
    value = resolution.value
    tense = f", {_direction_tense(resolution)} tense" if _direction_tense(resolution) else ""
    if resolution.timex_type is TimexType.DURATION:
        return f"{said} is a duration of {value}"
    if resolution.timex_type is TimexType.SET:
        return f"{said} recurs: {value}"
    if resolution.anchoring == ABSOLUTE:
        return f"{said} states {describe_value(value)}"
    if resolution.anchoring == ARTICLE and ctx.article_date is not None:
        dated = describe_value(ctx.article_date.isoformat())
        return f"{said} in an article dated {dated}{tense}, resolved to {describe_value(value)}"
    earlier = resolution.anchor_mention or ctx.previous
    if resolution.anchoring == PREVIOUS and earlier is not None:
        return (
            f"{said} counted from the earlier mention '{earlier.text}' "
            f"({describe_value(earlier.value)}), resolved to {describe_value(value)}"
        )
    missing = "no article date" if ctx.article_date is None else "no earlier date in the article"
    return f"{said} is relative and there is {missing} to resolve it against ({value})"


def _direction_tense(resolution: Resolution) -> str | None:
    """Only a past or future reading chooses a direction; a present one does not."""
    return resolution.tense if resolution.tense in ("past", "future") else None
