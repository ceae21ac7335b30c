"""Events flattened to plain records (dicts of str/int/bool/list): the source of every data export."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from timeline.domain.article import Article
from timeline.domain.event import Event, EventMention
from timeline.domain.mention import Mention
from timeline.export.date_text import interval_text
from timeline.export.source_notes import short_citation

Record = dict[str, Any]


def article_record(article: Article | None, article_id: str) -> Record:
    if article is None:
        # An event can outlive its article (the file was removed); keep the id, say so.
        return {"article_id": article_id, "title": None, "outlet": None, "path": None,
                "date": None, "date_source": None, "citation": article_id}
    return {
        "article_id": article.article_id,
        "title": article.title,
        "outlet": article.outlet,
        "path": article.path,
        "date": article.date.isoformat() if article.date else None,
        "date_source": article.date_source,
        "citation": short_citation(article),
    }


def mention_record(item: EventMention) -> Record:
    mention: Mention = item.mention
    anchor = mention.anchor
    return {
        "phrase": mention.text,
        "start": mention.start,
        "end": mention.end,
        "sentence": item.sentence,
        "timex_type": mention.timex_type.value,
        "value": mention.value,
        "interval_start": mention.interval.start.isoformat() if mention.interval else None,
        "interval_end": mention.interval.end.isoformat() if mention.interval else None,
        "granularity": mention.interval.granularity.label if mention.interval else None,
        "rule": mention.rule,
        "anchor": {
            "kind": anchor.kind.value,
            "value": anchor.value,
            "date": anchor.anchor_date.isoformat() if anchor.anchor_date else None,
            "mention_text": anchor.mention_text,
        },
        "stated": sorted(mention.stated),
        "implied": mention.is_implied,
        "tense": mention.tense,
        "explanation": mention.explanation,
    }


def event_record(event: Event, articles: Mapping[str, Article]) -> Record:
    sources = []
    for article_id in event.article_ids:
        source = article_record(articles.get(article_id), article_id)
        source["mentions"] = [mention_record(m) for m in event.mentions if m.article_id == article_id]
        sources.append(source)
    return {
        "event_id": event.event_id,
        "label": event.label,
        "value": event.value,
        "granularity": event.interval.granularity.label,
        "start": event.interval.start.isoformat(),
        "end": event.interval.end.isoformat(),
        "when": interval_text(event.interval),
        "conflict": event.conflict,
        "implied": event.is_implied,
        "edited": event.edited,
        "hidden": event.hidden,
        "note": event.note,
        "tags": list(event.tags),
        "source_count": event.source_count,
        "sources": sources,
    }


def event_records(events: Sequence[Event], articles: Mapping[str, Article]) -> list[Record]:
    return [event_record(event, articles) for event in events]
