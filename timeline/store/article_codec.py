"""Articles to and from the flat rows of the project file, strictly validated on the way in."""

from __future__ import annotations

import json
import re
from datetime import date

from timeline.domain.article import Article, DateCandidate
from timeline.ingest.bounded_json import loads_json

ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "path",
    "title",
    "text",
    "date",
    "date_source",
    "candidates",
    "warnings",
    "error",
    "outlet",
    "metadata_spans",
    "boilerplate_spans",
    "locale_hint",
)

ArticleRow = tuple[object, ...]

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class ArticleDecodeError(ValueError):
    """A stored article is not one this version can rebuild exactly."""


def article_to_row(article: Article) -> ArticleRow:
    candidates = [
        {
            "value": item.value.isoformat(),
            "source": item.source,
            "evidence": item.evidence,
            "trust": item.trust,
        }
        for item in article.candidates
    ]
    return (
        _storable(article.article_id),
        _storable(article.path),
        _storable(article.title),
        _storable(article.text),
        None if article.date is None else article.date.isoformat(),
        _storable(article.date_source),
        _dump(candidates),
        _dump(list(article.warnings)),
        _storable(article.error),
        _storable(article.outlet),
        _dump([[start, end] for start, end in article.metadata_spans]),
        _dump([[start, end, reason] for start, end, reason in article.boilerplate_spans]),
        _storable(article.locale_hint),
    )


def _storable(value: str | None) -> str | None:
    """SQLite text is UTF-8, which cannot hold a lone surrogate (text decoded with
    surrogateescape). Each becomes U+FFFD, one code point for one, so every mention
    offset into the text still points at the same place."""
    if value is None or value.isascii():
        return value
    return _LONE_SURROGATE.sub("\ufffd", value)


def article_from_row(row: ArticleRow) -> Article:
    if len(row) != len(ARTICLE_COLUMNS):
        raise ArticleDecodeError(f"an article row has {len(row)} columns")
    raw = dict(zip(ARTICLE_COLUMNS, row, strict=True))
    article_id = _text(raw, "article_id")
    try:
        return Article(
            article_id=article_id,
            path=_text(raw, "path"),
            title=_text(raw, "title"),
            text=_text(raw, "text"),
            date=_optional_date(raw["date"]),
            date_source=_optional_text(raw, "date_source"),
            candidates=tuple(_candidate(item) for item in _list(raw, "candidates")),
            warnings=tuple(_string(item) for item in _list(raw, "warnings")),
            error=_optional_text(raw, "error"),
            outlet=_optional_text(raw, "outlet"),
            metadata_spans=tuple(_span(item) for item in _list(raw, "metadata_spans")),
            boilerplate_spans=tuple(_reasoned_span(item) for item in _list(raw, "boilerplate_spans")),
            locale_hint=_optional_text(raw, "locale_hint"),
        )
    except ArticleDecodeError as error:
        raise ArticleDecodeError(f"article {article_id!r}: {error}") from error


def _dump(value: object) -> str:
    # ASCII escapes keep even a lone surrogate exact, and cost little in these short lists.
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def _text(raw: dict[str, object], name: str) -> str:
    value = raw[name]
    if not isinstance(value, str):
        raise ArticleDecodeError(f"{name} is not text")
    return value


def _optional_text(raw: dict[str, object], name: str) -> str | None:
    return None if raw[name] is None else _text(raw, name)


def _string(value: object) -> str:
    if not isinstance(value, str):
        raise ArticleDecodeError(f"expected text, found {value!r}")
    return value


def _optional_date(value: object) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ArticleDecodeError(f"bad date {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise ArticleDecodeError(f"bad date {value!r}") from error


def _list(raw: dict[str, object], name: str) -> list[object]:
    text = _text(raw, name)
    try:
        value = loads_json(text)
    except ValueError as error:  # bad JSON, or nested too deep (TooComplex)
        raise ArticleDecodeError(f"{name} is not valid JSON ({error})") from error
    if not isinstance(value, list):
        raise ArticleDecodeError(f"{name} is not a list")
    return value


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _candidate(value: object) -> DateCandidate:
    if not isinstance(value, dict) or set(value) != {"value", "source", "evidence", "trust"}:
        raise ArticleDecodeError(f"bad date candidate {value!r}")
    found = _optional_date(value["value"])
    if found is None or not _is_int(value["trust"]):
        raise ArticleDecodeError(f"bad date candidate {value!r}")
    return DateCandidate(found, _string(value["source"]), _string(value["evidence"]), value["trust"])


def _span(value: object) -> tuple[int, int]:
    if not isinstance(value, list) or len(value) != 2 or not all(_is_int(v) for v in value):
        raise ArticleDecodeError(f"bad metadata span {value!r}")
    return (value[0], value[1])


def _reasoned_span(value: object) -> tuple[int, int, str]:
    if (
        not isinstance(value, list)
        or len(value) != 3
        or not all(_is_int(v) for v in value[:2])
        or not isinstance(value[2], str)
    ):
        raise ArticleDecodeError(f"bad boilerplate span {value!r}")
    return (value[0], value[1], value[2])
