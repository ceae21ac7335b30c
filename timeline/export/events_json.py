"""The events as JSON: every field, each event's sources nested with the sentences that report it."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from timeline import __version__
from timeline.domain.article import Article
from timeline.domain.event import Event
from timeline.export.event_records import event_records
from timeline.export.scope import TimeRange

FORMAT_NAME = "timeline-events"
FORMAT_VERSION = 1


def events_json(
    events: Sequence[Event],
    articles: Mapping[str, Article],
    *,
    title: str = "",
    span: TimeRange | None = None,
) -> str:
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "generator": f"timeline {__version__}",
        "title": title,
        "range": None if span is None else {
            "start": span.start.isoformat(), "end": span.end.isoformat()},
        "event_count": len(events),
        "events": event_records(events, articles),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
