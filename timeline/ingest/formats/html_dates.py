"""Publication-date evidence in a saved web page: structured tags, then htmldate's choice.

htmldate (the best-scoring open date extractor) makes the choice; the page's own tags
supply the evidence shown to the analyst. It is given a parsed tree, never a string, so it
cannot mistake the input for a URL and download it; it reads a canonical address only as
text. Results it can only have padded (a year-month or a bare year turned into the 1st)
are dropped unless the page states that full day, because a guessed day would anchor
relative dates wrongly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date

from lxml.html import HtmlElement

from timeline.ingest.date_evidence import (
    TRUST_HTML_FOUND,
    TRUST_HTML_STRUCTURED,
    DateFinding,
    finding,
)
from timeline.ingest.date_strings import find_dates

# Attribute values naming the publication (not modification) date in meta tags.
PUBLISHED_META_KEYS = frozenset(
    key.lower()
    for key in (
        "article:published_time",
        "og:published_time",
        "og:article:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "published_time",
        "published-date",
        "date",
        "dc.date",
        "dc.date.issued",
        "dc.date.created",
        "dcterms.issued",
        "dcterms.created",
        "dcterms.date",
        "citation_publication_date",
        "citation_date",
        "sailthru.date",
        "parsely-pub-date",
        "article.published",
        "originalpublicationdate",
        "publication_date",
        "release_date",
    )
)
MAX_JSON_LD_CHARS = 1_000_000
MAX_EVIDENCE_CHARS = 200
MAX_TEXT_SEARCHED = 200_000
MAX_YEAR_MENTIONS = 200
_ISO_DAY = re.compile(r"^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)")


def _day(value: str) -> date | None:
    match = _ISO_DAY.match(value)
    if match is not None:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    found = find_dates(value[:100])
    return found[0].value if found else None


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_EVIDENCE_CHARS else flat[: MAX_EVIDENCE_CHARS - 1] + "…"


def _json_published(node: object, depth: int = 0) -> Iterator[str]:
    if depth > 20:
        return
    if isinstance(node, dict):
        value = node.get("datePublished")
        if isinstance(value, str):
            yield value
        for child in node.values():
            if isinstance(child, dict | list):
                yield from _json_published(child, depth + 1)
    elif isinstance(node, list):
        for child in node:
            yield from _json_published(child, depth + 1)


def structured_dates(tree: HtmlElement) -> list[tuple[date, str]]:
    """(day, evidence) for each publication date stated in tags, in document order."""
    found: list[tuple[date, str]] = []
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        content = meta.get("content") or ""
        if key.strip().lower() in PUBLISHED_META_KEYS and content:
            value = _day(content)
            if value is not None:
                found.append((value, _short(f'<meta {key}="{content}">')))
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if len(raw) > MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for text in _json_published(data):
            value = _day(text)
            if value is not None:
                found.append((value, _short(f'JSON-LD "datePublished": "{text}"')))
    for element in tree.iter("time"):
        stamp = element.get("datetime") or ""
        published = (
            element.get("itemprop") == "datePublished"
            or element.get("pubdate") is not None
            or "publish" in (element.get("class") or "").lower()
        )
        if published and stamp:
            value = _day(stamp)
            if value is not None:
                found.append((value, _short(f'<time datetime="{stamp}">')))
    return found


def _htmldate(tree: HtmlElement, html: str, extensive: bool) -> date | None:
    from htmldate import find_date

    # htmldate parses a string its own way, and scores better on it than on our tree; but it
    # downloads a string that looks like a URL, so such a "page" only ever goes as a tree.
    looks_like_url = html.lstrip().startswith("http") or " " not in html
    page: HtmlElement | str = tree if looks_like_url else html
    try:
        result = find_date(
            page, extensive_search=extensive, original_date=True, outputformat="%Y-%m-%d"
        )
    except Exception:  # htmldate's heuristics failing on a strange page cost only the date
        return None
    return date.fromisoformat(result) if result else None


def _written_forms(value: date) -> tuple[str, ...]:
    """The day as numbers in the orders sites use (day-first, month-first, CJK)."""
    y, m, d = value.year, value.month, value.day
    forms = {f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}{m:02d}{d:02d}",
             f"{y}年{m}月{d}日", f"{y}. {m}. {d}.", f"{y}.{m:02d}.{d:02d}"}
    for day, month in ((f"{d:02d}", f"{m:02d}"), (str(d), str(m))):
        for separator in ("/", ".", "-"):
            forms.add(f"{day}{separator}{month}{separator}{y}")
            forms.add(f"{month}{separator}{day}{separator}{y}")
    return tuple(forms)


def _first_of_month_words(year: int) -> re.Pattern[str]:
    """'1 марта 2023', '1er mars 2023', 'March 1, 2023': any month word, in any language."""
    return re.compile(
        rf"(?<!\d)0?1(?:st|er|\.|º)?\s+(?:de\s+)?[^\W\d_]+\.?,?\s+(?:de\s+)?{year}(?!\d)"
        rf"|[^\W\d_]+\.?\s+0?1(?:st)?,?\s+{year}(?!\d)"
    )


def _states_day(tree: HtmlElement, html: str, value: date) -> bool:
    """Whether the page writes this full day somewhere (so it was not padded from a month)."""
    text = " ".join(tree.itertext())[:MAX_TEXT_SEARCHED]
    if any(form in html or form in text for form in _written_forms(value)):
        return True
    # Only the text around each mention of the year can hold that day in words.
    year = str(value.year)
    first_of_month = _first_of_month_words(value.year) if value.day == 1 else None
    position = text.find(year)
    for _ in range(MAX_YEAR_MENTIONS):
        if position < 0:
            return False
        window = text[max(0, position - 40) : position + 40]
        if any(found.value == value for found in find_dates(window)):
            return True
        if first_of_month is not None and first_of_month.search(window):
            return True
        position = text.find(year, position + 4)
    return False


def html_date_findings(
    tree: HtmlElement, html: str, *, extensive: bool = True
) -> tuple[DateFinding, ...]:
    """htmldate's choice wins; each publication tag is evidence, ranked below a disagreeing choice.

    extensive: allow htmldate's slower search of the page's text when the markup has no date.
    """
    stated = structured_dates(tree)
    chosen = _htmldate(tree, html, extensive)
    if chosen is not None and chosen.day == 1 and not _states_day(tree, html, chosen):
        chosen = None  # a month or a year padded to its first day
    findings: list[DateFinding] = []
    seen: set[tuple[date, str]] = set()
    for value, evidence in stated:
        if (value, evidence) in seen:
            continue
        seen.add((value, evidence))
        # htmldate weighs all tags and the canonical address; a tag it passed over ranks below.
        trust = TRUST_HTML_STRUCTURED if chosen in (None, value) else TRUST_HTML_FOUND - 2
        findings.append(finding(value, "html-meta", evidence, trust, "page metadata"))
    if chosen is not None and all(value != chosen for value, _ in stated):
        how = "htmldate, from the page's markup or text"
        findings.append(
            finding(chosen, "html-meta", how, TRUST_HTML_FOUND, "page date", vague=True)
        )
    return tuple(findings)
