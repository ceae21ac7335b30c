"""The events as CSV: one row per sentence that reports an event, event columns repeated.

One row per sentence keeps every source in a flat table an analyst can filter; an
event with no source (added by hand) still gets one row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from typing import Any

from timeline.domain.article import Article
from timeline.domain.event import Event
from timeline.export.event_records import event_records

EVENT_COLUMNS = (
    "event_number", "event_id", "label", "value", "granularity", "start", "end", "when",
    "conflict", "implied", "edited", "hidden", "note", "tags", "source_count",
)
SOURCE_COLUMNS = (
    "article_id", "article_title", "article_outlet", "article_date", "article_date_source",
    "article_path", "citation",
)
MENTION_COLUMNS = (
    "phrase", "phrase_start", "phrase_end", "phrase_value", "timex_type", "rule",
    "anchor_kind", "anchor_value", "stated", "phrase_implied", "tense", "explanation", "sentence",
)
COLUMNS = EVENT_COLUMNS + SOURCE_COLUMNS + MENTION_COLUMNS

# A cell starting with one of these runs as a formula in spreadsheet programs; news text
# is untrusted, so such cells get a leading apostrophe (OWASP's advice on CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str | int:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return value
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def events_csv(events: Sequence[Event], articles: Mapping[str, Article]) -> str:
    """CSV text with a header row; write it with newline='' (rows end in CRLF, as RFC 4180)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for number, record in enumerate(event_records(events, articles), start=1):
        event_cells = [number] + [cell(record[c]) for c in EVENT_COLUMNS[1:]]
        rows = [
            (source, mention) for source in record["sources"] for mention in source["mentions"]
        ] or [(None, None)]
        for source, mention in rows:
            writer.writerow(event_cells + source_cells(source) + mention_cells(mention))
    return buffer.getvalue()


def source_cells(source: dict[str, Any] | None) -> list[str | int]:
    if source is None:
        return [""] * len(SOURCE_COLUMNS)
    keys = ("article_id", "title", "outlet", "date", "date_source", "path", "citation")
    return [cell(source[k]) for k in keys]


def mention_cells(mention: dict[str, Any] | None) -> list[str | int]:
    if mention is None:
        return [""] * len(MENTION_COLUMNS)
    anchor = mention["anchor"]
    values = (
        mention["phrase"], mention["start"], mention["end"], mention["value"],
        mention["timex_type"], mention["rule"], anchor["kind"], anchor["value"] or anchor["date"],
        mention["stated"], mention["implied"], mention["tense"], mention["explanation"],
        mention["sentence"],
    )
    return [cell(v) for v in values]
