"""Mentions and events to and from compact JSON, for the analysis kept in a project file.

Lists rather than objects (a corpus holds tens of thousands of mentions); an event names
its mentions by position (article, mention) in the analyses it was built from, so each
Mention is stored once and shared again when read back. Decoding is strict: anything
unexpected raises ValueError and the caller analyses afresh.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from timeline.domain.corpus import ArticleAnalysis
from timeline.domain.event import Event, EventMention
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import Anchor, AnchorKind, Mention, TimexType

Json = Any


def interval_to_json(interval: TimeInterval | None) -> Json:
    if interval is None:
        return None
    return [interval.start.isoformat(), interval.end.isoformat(), int(interval.granularity)]


def interval_from_json(data: Json) -> TimeInterval | None:
    if data is None:
        return None
    start, end, granularity = data
    return TimeInterval(datetime.fromisoformat(_str(start)), datetime.fromisoformat(_str(end)),
                        Granularity(_int(granularity)))


def mention_to_json(mention: Mention) -> Json:
    anchor = mention.anchor
    return [
        mention.start, mention.end, mention.text, mention.timex_type.value, mention.value,
        interval_to_json(mention.interval), mention.rule,
        [anchor.kind.value, anchor.value, anchor.anchor_date.isoformat() if anchor.anchor_date else None,
         anchor.mention_start, anchor.mention_end, anchor.mention_text],
        sorted(mention.stated), mention.sentence_start, mention.sentence_end, mention.tense,
        mention.explanation, mention.mod,
    ]


class Decoder:
    """Mentions and events read back, with the intervals, anchors, kinds and stated fields that
    many of them share decoded once and shared (they are immutable): a reopened corpus holds
    tens of thousands of mentions and a few thousand distinct dates and anchors. A value is
    shared only where its JSON is exactly what decoded it (a `true` never passes for a 1)."""

    def __init__(self) -> None:
        self._intervals: dict[tuple[object, ...], TimeInterval] = {}
        self._anchors: dict[tuple[object, ...], Anchor] = {}
        self._stated: dict[tuple[object, ...], frozenset[str]] = {}

    def interval(self, data: Json) -> TimeInterval | None:
        if type(data) is not list or len(data) != 3 or type(data[2]) is not int:
            return interval_from_json(data)  # (None, or what it refuses)
        key = (data[0], data[1], data[2])
        known = self._intervals.get(key)
        if known is None:
            known = interval_from_json(data)
            assert known is not None
            self._intervals[key] = known
        return known

    def anchor(self, data: Json) -> Anchor:
        if type(data) is not list or len(data) != 6:
            return _anchor_from_json(data)
        key = (*data, type(data[3]), type(data[4]))  # (a number's type too: True == 1)
        known = self._anchors.get(key)
        if known is None:
            known = self._anchors[key] = _anchor_from_json(data)
        return known

    def stated(self, data: Json) -> frozenset[str]:
        if type(data) is not list:
            return frozenset(_str(item) for item in data)
        key = tuple(data)
        known = self._stated.get(key)
        if known is None:
            known = self._stated[key] = frozenset(_str(item) for item in data)
        return known

    def mention(self, data: Json, text_length: int) -> Mention:
        (start, end, text, timex_type, value, interval, rule, anchor, stated, sentence_start, sentence_end,
         tense, explanation, mod) = data
        if not 0 <= _int(start) <= _int(end) <= text_length:
            raise ValueError(f"a mention at {start}-{end} lies outside its article")
        kind = _TIMEX_TYPES.get(timex_type) if type(timex_type) is str else None
        return Mention(
            start, end, _str(text), kind if kind is not None else TimexType(timex_type), _str(value),
            self.interval(interval), _str(rule), self.anchor(anchor), self.stated(stated), _int(sentence_start),
            _int(sentence_end), _optional_str(tense), _str(explanation), _optional_str(mod),
        )


_TIMEX_TYPES = {kind.value: kind for kind in TimexType}


def _anchor_from_json(data: Json) -> Anchor:
    kind, anchor_value, anchor_date, anchor_start, anchor_end, anchor_text = data
    return Anchor(AnchorKind(kind), _optional_str(anchor_value),
                  date.fromisoformat(_str(anchor_date)) if anchor_date is not None else None,
                  _optional_int(anchor_start), _optional_int(anchor_end), _optional_str(anchor_text))


def events_to_json(events: Sequence[Event], analyses: Sequence[ArticleAnalysis]) -> Json:
    """Events as JSON whose mentions point into `analyses` (every mention must be found there).
    A mention the events read otherwise than its article (a post's stamp taken as its day, a
    reprinted sentence dated as its first copy: events.reprints) is kept whole beside its place."""
    where: dict[tuple[str, int, int], tuple[int, int]] = {}
    for article_index, analysis in enumerate(analyses):
        article_id = analysis.article.article_id
        for mention_index, mention in enumerate(analysis.mentions):
            where[(article_id, mention.start, mention.end)] = (article_index, mention_index)

    def item_to_json(item: EventMention) -> Json:
        article_index, mention_index = where[(item.article_id, item.mention.start, item.mention.end)]
        row: list[Json] = [article_index, mention_index, item.sentence]
        if item.mention != analyses[article_index].mentions[mention_index]:
            row.append(mention_to_json(item.mention))
        return row

    return [
        [
            event.event_id, event.label, event.value, interval_to_json(event.interval),
            [item_to_json(item) for item in event.mentions],
            event.conflict, event.hidden, event.edited, event.note, list(event.tags),
            interval_to_json(event.extent), event.date_set_by_analyst, event.importance, event.summary,
            event.background,
        ]
        for event in events
    ]


def events_from_json(data: Json, analyses: Sequence[ArticleAnalysis], decoder: Decoder | None = None) -> list[Event]:
    """`decoder`: the one that read the analyses' mentions (their dates are mostly the events')."""
    decoder = decoder or Decoder()
    interval_from = decoder.interval
    events = []
    for row in data:
        (event_id, label, value, interval, mentions, conflict, hidden, edited, note, tags, extent,
         date_set_by_analyst, importance, summary, background) = row
        items = []
        for article_index, mention_index, sentence, *own in mentions:
            analysis = analyses[_int(article_index)]
            mention = (decoder.mention(own[0], len(analysis.article.text)) if own
                       else analysis.mentions[_int(mention_index)])
            items.append(EventMention(analysis.article.article_id, mention, _str(sentence)))
        main_interval = interval_from(interval)
        if main_interval is None:
            raise ValueError("an event without a date")
        events.append(Event(
            event_id=_str(event_id), label=_str(label), value=_str(value), interval=main_interval,
            mentions=tuple(items), conflict=_bool(conflict), hidden=_bool(hidden), edited=_bool(edited),
            note=_str(note), tags=tuple(_str(tag) for tag in tags), extent=interval_from(extent),
            date_set_by_analyst=_bool(date_set_by_analyst), importance=float(importance),
            summary=_str(summary), background=_bool(background),
        ))
    return events


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected text, found {type(value).__name__}")
    return value


def _optional_str(value: object) -> str | None:
    return None if value is None else _str(value)


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"expected a whole number, found {type(value).__name__}")
    return value


def _optional_int(value: object) -> int | None:
    return None if value is None else _int(value)


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, found {type(value).__name__}")
    return value


__all__ = ["Decoder", "events_from_json", "events_to_json", "mention_to_json"]
