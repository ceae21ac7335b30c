"""Mentions and articles as JSON-ready dicts, and JSON text that any byte stream can carry.

One shape for every command that prints JSON (`extract`, `events`, `export`), so a
pipeline reading one command's output can read the others'. Intervals are half-open
[start, end) ISO datetimes; offsets are Python string indices into the article text.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from timeline.commands.indented_json import Unsupported, indented
from timeline.domain.article import Article, DateCandidate
from timeline.domain.mention import Anchor, Mention

JsonObject = dict[str, Any]


def iso_date(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def anchor_to_json(anchor: Anchor) -> JsonObject:
    mention = None
    if anchor.mention_start is not None and anchor.mention_end is not None:
        mention = {
            "start": anchor.mention_start,
            "end": anchor.mention_end,
            "text": anchor.mention_text,
        }
    return {
        "kind": anchor.kind.value,
        "value": anchor.value,
        "date": iso_date(anchor.anchor_date),
        "mention": mention,
    }


def mention_to_json(mention: Mention) -> JsonObject:
    interval = mention.interval
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "type": mention.timex_type.value,
        "value": mention.value,
        "mod": mention.mod,
        "granularity": interval.granularity.label if interval is not None else None,
        "interval": ([interval.start.isoformat(), interval.end.isoformat()] if interval is not None else None),
        "rule": mention.rule,
        "anchor": anchor_to_json(mention.anchor),
        "stated": sorted(mention.stated),
        "tense": mention.tense,
        "explanation": mention.explanation,
        "sentence": [mention.sentence_start, mention.sentence_end],
    }


def candidate_to_json(candidate: DateCandidate) -> JsonObject:
    return {
        "date": candidate.value.isoformat(),
        "source": candidate.source,
        "evidence": candidate.evidence,
        "trust": candidate.trust,
    }


def article_to_json(article: Article, mentions: tuple[Mention, ...] | list[Mention]) -> JsonObject:
    return {
        "id": article.article_id,
        "path": article.path,
        "title": article.title,
        "date": iso_date(article.date),
        "date_source": article.date_source,
        "date_candidates": [candidate_to_json(c) for c in article.candidates],
        "warnings": list(article.warnings),
        "error": article.error,
        "text": article.text,
        "metadata_spans": [list(span) for span in article.metadata_spans],
        "mentions": [mention_to_json(m) for m in mentions],
    }


def dumps(value: Any, *, indent: int | None = None) -> str:
    """JSON text, readable where possible and always encodable.

    Non-ASCII stays as written; but a lone surrogate (which a lenient decoder can leave
    in a str) cannot be encoded as UTF-8, so such a value falls back to \\u escapes
    rather than failing the whole output.
    """
    text = _text(value, indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, indent=indent)
    return text


def _text(value: Any, indent: int | None) -> str:
    if indent is not None:
        try:
            return indented(value, indent)
        except Unsupported:
            pass  # a value only the standard encoder knows
    return json.dumps(value, ensure_ascii=False, indent=indent)
