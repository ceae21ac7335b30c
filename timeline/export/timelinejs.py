"""The events in TimelineJS 3's JSON format, so a timeline can go on a web page.

Format: https://timeline.knightlab.com/docs/json-format.html. Text fields are HTML in
TimelineJS, and news text is untrusted, so every string is escaped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from html import escape
from typing import Any

from timeline.domain.article import Article
from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.export.date_text import interval_text
from timeline.export.source_notes import short_citation

DateObject = dict[str, int | str]


def date_object(moment: datetime, granularity: Granularity) -> DateObject:
    """Only the fields the granularity knows: a month is {year, month}, never its 1st."""
    result: DateObject = {"year": moment.year}
    if granularity >= Granularity.HALF_YEAR:
        result["month"] = moment.month
    if granularity >= Granularity.WEEK:
        result["day"] = moment.day
    if granularity >= Granularity.PART_OF_DAY:
        result["hour"] = moment.hour
        result["minute"] = moment.minute
    return result


def needs_end_date(event: Event) -> bool:
    """A span TimelineJS cannot express with one date: a week, a season, a quarter, several days."""
    g = event.interval.granularity
    if g in (Granularity.WEEK, Granularity.SEASON, Granularity.QUARTER, Granularity.HALF_YEAR):
        return True
    if g == Granularity.DAY:
        return event.interval.duration > timedelta(days=1)
    return False


def slide_text(event: Event, articles: Mapping[str, Article]) -> str:
    parts = []
    if event.conflict:
        parts.append("<p><strong>Sources disagree on this date.</strong></p>")
    if event.is_implied:
        parts.append("<p><em>No source states this date outright; it is implied by the "
                     "article dates.</em></p>")
    if event.note:
        parts.append(f"<p>{escape(event.note)}</p>")
    items = []
    for item in event.mentions:
        article = articles.get(item.article_id)
        source = short_citation(article) if article else item.article_id
        items.append(f"<li>{escape(source)}: “{escape(item.sentence.strip())}”</li>")
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    return "".join(parts)


def slide(event: Event, articles: Mapping[str, Article]) -> dict[str, Any]:
    interval = event.interval
    result: dict[str, Any] = {
        "unique_id": event.event_id,
        "start_date": date_object(interval.start, interval.granularity),
    }
    if needs_end_date(event):
        last = interval.end - timedelta(microseconds=1)
        result["end_date"] = date_object(last, interval.granularity)
    result["display_date"] = interval_text(interval)
    result["text"] = {"headline": escape(event.label), "text": slide_text(event, articles)}
    if event.tags:
        result["group"] = event.tags[0]
    return result


def timelinejs_json(
    events: Sequence[Event], articles: Mapping[str, Article], *, title: str = "", subtitle: str = ""
) -> str:
    document: dict[str, Any] = {}
    if title or subtitle:
        document["title"] = {"text": {"headline": escape(title), "text": escape(subtitle)}}
    document["events"] = [slide(event, articles) for event in events]
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
