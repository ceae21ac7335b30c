"""Finds publication-date evidence written in an article's opening lines, and marks it as metadata.

Three shapes are recognised near the top of the text:

- a line that is only a date, maybe with a weekday, time or label ("• Tuesday, 02 July
  2024", "Updated: 21 March 2023 10:04 GMT", "Published 20 March 2023");
- a byline phrase inside a longer line ("By Jane Roe | Published March 20, 2023 | 4 min");
- a wire dateline opening a paragraph ("MOSCOW, March 20 (Reuters) -"), often without a year.

Each gives a DateFinding and its span becomes a metadata span, so the date of publication
is not also reported as an event of that day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.ingest.date_evidence import (
    TRUST_BYLINE,
    TRUST_LONE_DATE_LINE,
    TRUST_UPDATED_LINE,
    TRUST_WIRE_DATELINE,
    DateFinding,
    MonthDayHint,
    finding,
)
from timeline.ingest.date_strings import MONTHS, find_dates, find_month_day


def _words(spaced: str) -> frozenset[str]:
    """Word lists are kept as one readable string each."""
    return frozenset(spaced.split())


HEAD_CHARS = 3000  # datelines and bylines sit at the top; deeper dates are the story's
HEAD_LINES = 12  # non-blank lines looked at for a date-only line
MAX_DATE_LINE = 100
MAX_BYLINE_LINE = 240

_PUBLISHED_WORDS = _words(
    "published posted first publié publiée veröffentlicht publicado publicada pubblicato "
    "gepubliceerd date dated"
)
_UPDATED_WORDS = _words(
    "updated modified last mis à jour aktualisiert actualizado actualizada aggiornato "
    "bijgewerkt edited"
)
_FILLER_WORDS = _words(
    "on at am pm le el em op um the of de del du a.m p.m h gmt utc bst cet cest est edt pst "
    "pdt cst cdt msk ist jst aest et pt ct z"
)
_WEEKDAY_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag lunes martes miércoles miercoles jueves viernes sábado "
    "sabado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça "
    "quarta quinta sexta maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
)
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\b|\b\d{1,2}\s*(?=[ap]\.?m\b)", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:\.[^\W\d_]+)*", re.UNICODE)
_BYLINE = re.compile(
    r"\b(?P<label>first published|published|posted|publié(?:e)? le|veröffentlicht am|"
    r"publicado el|publicado|pubblicato il|updated|last updated|mis à jour le)\b\s*(?:on\b)?[\s:]*",
    re.IGNORECASE,
)
_MONTH_NAMES = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_WIRE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][\w.'’ -]{1,40}?(?:,\s*[A-Z][\w. ]{1,30}?)?)\s*,\s*"
    r"(?P<date>(?:" + _MONTH_NAMES + r")\.?\s+[0-3]?\d(?:,?\s+(?:19|20)\d\d)?)\s*"
    r"(?:/\w[\w ]{0,20}/\s*)?\((?P<agency>[A-Za-z][\w .&-]{0,30})\)\s*[-–—]+",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class DatelineFindings:
    findings: tuple[DateFinding, ...] = ()
    hints: tuple[MonthDayHint, ...] = ()
    metadata_spans: tuple[tuple[int, int], ...] = ()


def _lines(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of non-blank lines in the head, without their line breaks."""
    spans: list[tuple[int, int]] = []
    position = 0
    head = text[:HEAD_CHARS]
    for line in head.split("\n"):
        if line.strip():
            spans.append((position, position + len(line)))
            if len(spans) >= limit:
                break
        position += len(line) + 1
    return spans


def _date_only_kind(line: str) -> str | None:
    """'lone', 'published' or 'updated' when the line says nothing but a date; else None."""
    if len(line) > MAX_DATE_LINE:
        return None
    dates = find_dates(line)
    if len(dates) != 1:
        return None
    rest = line[: dates[0].start] + " " + line[dates[0].end :]
    rest = _TIME.sub(" ", rest)
    kind = "lone"
    for word in _WORD.findall(rest.lower()):
        if word in _PUBLISHED_WORDS:
            kind = "published" if kind == "lone" else kind
        elif word in _UPDATED_WORDS:
            kind = "updated"
        elif word not in _FILLER_WORDS and word not in _WEEKDAY_WORDS:
            return None
    return kind


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_datelines(text: str) -> DatelineFindings:
    findings: list[DateFinding] = []
    hints: list[MonthDayHint] = []
    spans: list[tuple[int, int]] = []
    lines = _lines(text, HEAD_LINES)
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        kind = _date_only_kind(line)
        if kind is None:
            continue
        value = find_dates(line)[0].value
        evidence = line.strip()
        spans.append(_trimmed(text, start, end))
        if kind == "published":
            findings.append(finding(value, "dateline", evidence, TRUST_BYLINE, "byline"))
        elif kind == "updated":
            findings.append(finding(value, "dateline", evidence, TRUST_UPDATED_LINE, "“updated” line"))
        else:
            label = "first line" if index == 0 else "date line at the top"
            findings.append(
                finding(
                    value,
                    "dateline",
                    evidence,
                    TRUST_LONE_DATE_LINE,
                    label,
                    save_date_suspect=True,
                    caution="a lone date line at the top, which may be the day the page was saved",
                )
            )
    covered = list(spans)
    for start, end in lines:
        if any(s <= start < e for s, e in covered):
            continue
        line = text[start:end]
        if len(line) > MAX_BYLINE_LINE:
            continue
        for match in _BYLINE.finditer(line):
            dates = [d for d in find_dates(line[match.end() : match.end() + 60]) if d.start <= 15]  # room for a weekday
            if not dates:
                continue
            updated = "updated" in match.group("label").lower() or "jour" in match.group("label")
            trust, label = (TRUST_UPDATED_LINE, "“updated” line") if updated else (TRUST_BYLINE, "byline")
            findings.append(finding(dates[0].value, "dateline", line.strip(), trust, label))
            spans.append(_trimmed(text, start, end))
            covered.append((start, end))
            break
    wire = _WIRE.search(text[:HEAD_CHARS])
    if wire is not None:
        evidence = wire.group(0).strip()
        full = find_dates(wire.group("date"))
        if full:
            findings.append(finding(full[0].value, "dateline", evidence, TRUST_WIRE_DATELINE, "dateline"))
        else:
            month_day = find_month_day(wire.group("date"))
            if month_day is not None:
                hints.append(MonthDayHint(month_day[0], month_day[1], evidence))
        spans.append(_trimmed(text, wire.start(), wire.end()))
    return DatelineFindings(tuple(findings), tuple(hints), tuple(sorted(set(spans))))
