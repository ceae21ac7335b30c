"""Finds publication-date evidence written at the head of an article, and marks it as metadata.

Shapes recognised (words in English, French, German, Spanish, Italian, Portuguese and Dutch
come from ``date_words.toml``):

- a line that is only a date, maybe with a weekday, time, time zone or label ("• Tuesday,
  02 July 2024", "20.03.2023", "Published: 20 March 2023", "Updated 3:15 PM EDT, Mon March
  20, 2023", "Publié le 8 juin 2023 à 10h30");
- a byline: a labelled date inside a longer line ("By Jane Roe | Published March 20, 2023 |
  4 min"), a "By NAME" line holding a date ("By Jane Doe | March 20, 2023"), or a date line
  right under a "By NAME" line;
- a page's time stamp run into the story's first words, as saved pages often have it: a
  date with a clock time or an "updated" label, maybe after "PLACE |" ("LONDON | Wed May 26,
  2021 12:13 pm EDT The minister said ...", "30 September 2021 Last updated at 06:15 GMT
  The court ..."); only the stamp is metadata, the story goes on after it;
- a wire dateline opening a paragraph: a place, maybe an agency, then the date, then a dash
  ("MOSCOW, March 20, 2023 -", "Nairobi, 10 August 2022 -", "WASHINGTON (AP) — March 20,
  2023", "Valencia, 24 de marzo de 2023 (EFE).-", "PARIS, 8 juin 2023 (AFP) -", "Berlin, 26.
  März 2024 –"). Without a year ("LONDON, March 20 (Reuters) -") the story's own dates
  give the year when they can (see `_year_from_the_text`), with a caution to check it;
  else it is only a hint, and the article waits for the analyst to give the year.

Only the head counts: header lines among the first HEAD_LINES lines, datelines opening one
of the first DATELINE_LINES lines near the very start; a date further down is the story's.
Each finding's span becomes a metadata span, so the publication date (its year included) is
not also reported as an event.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from timeline.extract.regex_classes import CASE_FOLDS_INTO_ASCII
from timeline.ingest.date_evidence import (
    TRUST_BYLINE,
    TRUST_LONE_DATE_LINE,
    TRUST_UPDATED_LINE,
    TRUST_WIRE_DATELINE,
    DateFinding,
    MonthDayHint,
    finding,
)
from timeline.ingest.date_strings import find_dates, find_month_day
from timeline.ingest.date_words import date_words

HEAD_CHARS = 1500  # header lines (a date alone, a byline) sit above the story...
HEAD_LINES = 8  # ...within its first non-blank lines
DATELINE_CHARS = 400  # a dateline opens a paragraph at the very start of the text
DATELINE_LINES = 5
MAX_DATE_LINE = 100
MAX_BYLINE_LINE = 240
MAX_PLACE_CHARS = 50
MAX_PLACE_WORDS = 6
DATE_WINDOW = 60  # how far into a line a dateline's date may start

_WORDS = date_words()
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\b|\b\d{1,2}\s*(?=[ap]\.?m\b)", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:[.-][^\W\d_]+)*", re.UNICODE)


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(r"(?<![^\W_])(?:" + alternatives + r")(?![^\W_])", re.IGNORECASE)


_PUBLISHED = _phrase_pattern(_WORDS.published)
_UPDATED = _phrase_pattern(_WORDS.updated)
_LABEL = _phrase_pattern(tuple(sorted(_WORDS.published + _WORDS.updated, key=len, reverse=True)))

_FOLDS_INTO_ASCII = frozenset(CASE_FOLDS_INTO_ASCII)


def _label_openings(labels: tuple[str, ...]) -> tuple[str, ...] | None:
    """The ASCII words the labels open with, none holding another: an ASCII line holding none of
    them, in any case, holds no label (a label opening otherwise matches no ASCII character).
    None when a label holds one of the few characters that match ASCII letters ignoring case."""
    if _FOLDS_INTO_ASCII.intersection("".join(labels)):
        return None
    openings = {label.split()[0].lower() for label in labels if label.split()[0].isascii()}
    return tuple(sorted(opening for opening in openings
                        if not any(other != opening and other in opening for other in openings)))


_LABEL_OPENINGS = _label_openings(_WORDS.published + _WORDS.updated)

_AGENCY = r"(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/)"
# What may stand before a dateline's date: place, agency, separator, "le"/"den"/"am".
_DATELINE_PREFIX = re.compile(
    r"^[\s•*#>|-]*(?P<place>[^\W\d_][^()\n/:–—]*?)\s*(?P<agency>" + _AGENCY + r")?\s*"
    r"(?P<sep>,|:|[-–—]+|_)\s*(?:(?P<connector>[^\W\d_]+)\s+)?$"
)
# What may follow it: an agency, then a dash (".-" in Spanish wires), or the end of the line.
_DATELINE_SUFFIX = re.compile(
    r"^\s*(?P<agency>" + _AGENCY + r")?\s*(?P<end>\.?\s*(?:[-–—]+|_)|:|$)"
)
_PLACE_BAR = re.compile(r"^\s*(?P<place>[^\W\d_][^|\n]{0,48}?)\s*\|\s*")
# A page's title run into its wire stamp ("Spill fund grows LISBON | Thu Mar 4, 2021 ..."): only
# a place in capitals can be told from the title's last words.
_TITLED_PLACE_BAR = re.compile(r"^[^|\n]{1,200}?\s(?P<place>[A-Z][A-Z.'’-]+(?:[ ,/]+[A-Z][A-Z.'’-]+){0,3})\s*\|\s*")
# One piece of a time stamp after its date: a clock time, a separator, or a word.
_STAMP_PIECE = re.compile(
    r"\s*(?:(?P<time>\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?)|(?P<sep>[,|])|(?P<word>[^\W\d_]+(?:\.[^\W\d_]+)*\.?))",
    re.UNICODE,
)
_BY_NAME = re.compile(r"^[\s•*|-]*(?P<by>[^\W\d_]+)\s+(?P<first>[^\W\d_])", re.UNICODE)


@dataclass(frozen=True, slots=True)
class DatelineFindings:
    findings: tuple[DateFinding, ...] = ()
    hints: tuple[MonthDayHint, ...] = ()
    metadata_spans: tuple[tuple[int, int], ...] = ()


def _lines(text: str, limit: int, chars: int) -> list[tuple[int, int]]:
    """(start, end) of the first non-blank lines starting within `chars`, without line breaks."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text[: max(chars, HEAD_CHARS)].split("\n"):
        if position >= chars:
            break
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
    kind = "updated" if _UPDATED.search(rest) else "published" if _PUBLISHED.search(rest) else "lone"
    rest = _TIME.sub(" ", _LABEL.sub(" ", rest))
    for word in _WORD.findall(rest.lower()):
        if word not in _WORDS.fillers and word not in _WORDS.weekdays:
            return None
    return kind


def _is_by_line(line: str) -> bool:
    """'By Jane Doe', 'Par Jean Dupont', 'Von Anna Schmidt': a byword, then a capitalised name."""
    match = _BY_NAME.match(line)
    return match is not None and match["by"].lower() in _WORDS.by and match["first"].isupper()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_place(place: str) -> bool:
    """'MOSCOW', 'Kyiv, Ukraine', 'Rio de Janeiro', 'Frankfurt am Main': capitalised words."""
    words = place.replace(",", " ").split()
    if not words or len(words) > MAX_PLACE_WORDS or len(place) > MAX_PLACE_CHARS:
        return False
    if words[0].lower() in _WORDS.by:  # "By Jane Doe, March 20, 2023" is a byline
        return False
    return all(w[0].isupper() or w.lower() in _WORDS.place_connectors for w in words)


@dataclass(frozen=True, slots=True)
class _Dateline:
    start: int  # within the line
    end: int
    date_start: int
    date_end: int


def _dateline_shape(line: str, date_start: int, date_end: int) -> _Dateline | None:
    """The dateline around a date found in the line, when what surrounds it fits the shape."""
    prefix = _DATELINE_PREFIX.match(line[:date_start])
    if prefix is None or not _is_place(prefix["place"]):
        return None
    connector = prefix["connector"]
    if connector is not None and connector.lower() not in _WORDS.dateline_connectors:
        return None
    suffix = _DATELINE_SUFFIX.match(line[date_end:])
    agency_first = prefix["agency"] is not None and prefix["sep"] != ","
    if suffix is None:
        if not agency_first:  # "WASHINGTON (AP) — March 20, 2023 The ..." needs no dash after
            return None
        end = date_end
    else:
        end = date_end + suffix.end()
    start = len(line) - len(line.lstrip())
    return _Dateline(start, end, date_start, date_end)


def _wire_dateline(line: str) -> tuple[_Dateline, DateFinding | MonthDayHint] | None:
    window = line[:DATE_WINDOW + 40]
    for found in find_dates(window):
        if found.start > DATE_WINDOW:
            break
        shape = _dateline_shape(line, found.start, found.end)
        if shape is not None:
            evidence = line[shape.start : shape.end].strip()
            return shape, finding(found.value, "dateline", evidence, TRUST_WIRE_DATELINE, "dateline")
        break  # only the first date of a line can be its dateline
    month_day = find_month_day(window)
    if month_day is None or month_day[2] > DATE_WINDOW:
        return None
    month, day, start, end = month_day
    shape = _dateline_shape(line, start, end)
    if shape is None or line[end : end + 6].strip()[:1].isdigit():
        return None
    evidence = line[shape.start : shape.end].strip()
    return shape, MonthDayHint(month, day, evidence)


def _opening_stamp(line: str) -> tuple[int, DateFinding] | None:
    """A time stamp opening the line, run into the story: (where it ends, its evidence), else None.

    It is a stamp, not prose, only when its date is followed by a clock time or an
    "updated"/"published" label before any word of the story ("May 26, 2021 12:13 pm EDT",
    "30 September 2021 Last updated at 06:15 GMT"): a sentence opening with a date
    ("March 20, 2023 was a cold day") has neither.
    """
    offset = 0
    for bar in (_PLACE_BAR, _TITLED_PLACE_BAR):
        head = bar.match(line)
        if head is not None and _is_place(head["place"]):
            offset = head.end()
            break
    dates = find_dates(line[offset : offset + DATE_WINDOW])
    if not dates:
        return None
    found = dates[0]
    before = line[offset : offset + found.start]
    labels = [m.group(0) for m in _LABEL.finditer(before)]
    # Before the date: a weekday, or a label with its time ("Page last updated at 11:50 GMT, Friday,").
    others = [w.lower() for w in _WORD.findall(_LABEL.sub(" ", before))
              if w.lower() not in _WORDS.weekdays and not w.isdigit()]
    if any(w not in _WORDS.fillers for w in others):
        return None
    stamped = _TIME.search(before) is not None
    if others and not (labels or stamped):
        return None  # "at the Monday, 4 May 2021 meeting": prose
    end = offset + found.end
    position = end
    while (piece := _STAMP_PIECE.match(line, position)) is not None:
        word = piece["word"]
        if piece["time"]:
            stamped = True
        elif word is not None:
            lowered = word.lower().rstrip(".")
            label = _LABEL.match(line, piece.start("word"))
            if label is not None:
                labels.append(label.group(0))
                position = label.end()
                end = position
                continue
            if lowered not in _WORDS.fillers and lowered not in _WORDS.weekdays:
                break
        position = piece.end()
        # A time, a zone ("EST") or "pm" ends the stamp so far; "at", "the" only if more follows.
        if piece["time"] or (word is not None and (word.isupper() or word.lower().rstrip(".") in _WORDS.clock_words)):
            end = position
    if not (stamped or labels) or not line[end:].strip():
        return None  # a date line alone is `_date_only_kind`'s; no time and no label: prose
    evidence = line[offset : end].strip()
    if any(_UPDATED.fullmatch(label) for label in labels):
        return end, finding(found.value, "dateline", evidence, TRUST_UPDATED_LINE, "“updated” stamp")
    return end, finding(found.value, "dateline", evidence, TRUST_BYLINE, "time stamp")


def _may_hold_a_label(line: str) -> bool:
    """False only where _LABEL cannot match: an ASCII line with none of the labels' opening words
    (a label search tries every character of the line; this looks for a few words, most lines
    of an article's head holding none)."""
    if _LABEL_OPENINGS is None or not line.isascii():
        return True
    lowered = line.lower()
    return any(opening in lowered for opening in _LABEL_OPENINGS)


def _labelled_byline(line: str) -> DateFinding | None:
    """'By Jane Roe | Published March 20, 2023 | 4 min', 'By Jane Doe | March 20, 2023'."""
    if len(line) > MAX_BYLINE_LINE:
        return None
    for match in _LABEL.finditer(line) if _may_hold_a_label(line) else ():
        after = line[match.end() : match.end() + 60]
        dates = [d for d in find_dates(after) if d.start <= 15]  # room for ": on Monday,"
        if dates:
            updated = _UPDATED.fullmatch(match.group(0)) is not None
            trust, label = (TRUST_UPDATED_LINE, "“updated” line") if updated else (TRUST_BYLINE, "byline")
            return finding(dates[0].value, "dateline", line.strip(), trust, label)
    if _is_by_line(line):
        dates = find_dates(line)
        if dates:
            return finding(dates[0].value, "dateline", line.strip(), TRUST_BYLINE, "byline")
    return None


def _date_line_finding(line: str, kind: str, first: bool) -> DateFinding:
    value = find_dates(line)[0].value
    evidence = line.strip()
    if kind == "published":
        return finding(value, "dateline", evidence, TRUST_BYLINE, "byline")
    if kind == "updated":
        return finding(value, "dateline", evidence, TRUST_UPDATED_LINE, "“updated” line")
    return finding(
        value,
        "dateline",
        evidence,
        TRUST_LONE_DATE_LINE,
        "first line" if first else "date line at the top",
        save_date_suspect=True,
        caution="a lone date line at the top, which may be the day the page was saved",
    )


def find_datelines(text: str) -> DatelineFindings:
    findings: list[DateFinding] = []
    hints: list[MonthDayHint] = []
    spans: list[tuple[int, int]] = []
    head = _lines(text, HEAD_LINES, HEAD_CHARS)
    dateline_starts = {start for start, _ in _lines(text, DATELINE_LINES, DATELINE_CHARS)}
    after_by_line = False
    for index, (start, end) in enumerate(head):
        line = text[start:end]
        kind = _date_only_kind(line)
        if kind is not None:
            if kind == "lone" and after_by_line:
                kind = "published"  # "By Jane Doe" then "March 20, 2023": the byline's date
            findings.append(_date_line_finding(line, kind, index == 0))
            spans.append(_trimmed(text, start, end))
        elif (byline := _labelled_byline(line)) is not None:
            findings.append(byline)
            spans.append(_trimmed(text, start, end))
        elif start in dateline_starts and (stamp := _opening_stamp(line)) is not None:
            stamp_end, evidence = stamp
            findings.append(evidence)
            spans.append(_trimmed(text, start, start + stamp_end))
        elif start in dateline_starts and (wire := _wire_dateline(line)) is not None:
            shape, wire_evidence = wire
            if isinstance(wire_evidence, MonthDayHint):
                hints.append(wire_evidence)
            else:
                findings.append(wire_evidence)
            spans.append(_trimmed(text, start + shape.start, start + shape.end))
        after_by_line = _is_by_line(line) and len(line) <= MAX_DATE_LINE
    if hints and not findings:
        dated = _dated_by_the_text(text, hints[0], spans)
        if dated is not None:
            findings.append(dated)
    return DatelineFindings(tuple(findings), tuple(hints[:1]), tuple(sorted(set(spans))))


_BARE_YEAR = re.compile(r"(?<![\w$€£.,/-])(?:19|20)\d\d(?![\w%/-]|[.,]\d)")
# "by 2030", "until 2050": a target year says nothing about when the story was filed
_TARGET_YEAR_LEAD = re.compile(r"(?:by|until|till|before|to|in\s+the\s+year)\s*$", re.IGNORECASE)


def _year_from_the_text(text: str, skip: list[tuple[int, int]]) -> tuple[int, str] | None:
    """The year a year-less dateline most likely falls in, from the story's own dates, and why.

    A wire story dates what it reports around the day it was filed, so the year its full
    dates name most often (the latest on a tie) is the filing year; with no full date, the
    year it names most often as a bare number ("in 2019"), leaving out target years ("by
    2030"). Dates inside the dateline itself (`skip`) are not counted.
    """

    def outside(start: int) -> bool:
        return not any(a <= start < b for a, b in skip)

    full = Counter(found.value.year for found in find_dates(text) if outside(found.start))
    if full:
        year = max(full, key=lambda y: (full[y], y))
        return year, "the dates in its text"
    bare: Counter[int] = Counter()
    for match in _BARE_YEAR.finditer(text):
        if outside(match.start()) and _TARGET_YEAR_LEAD.search(text, max(0, match.start() - 14), match.start()) is None:
            bare[int(match.group())] += 1
    if not bare:
        return None
    year = max(bare, key=lambda y: (bare[y], y))
    return year, "the years named in its text"


def _dated_by_the_text(text: str, hint: MonthDayHint, skip: list[tuple[int, int]]) -> DateFinding | None:
    found = _year_from_the_text(text, skip)
    if found is None:
        return None
    year, source = found
    try:
        day = date(year, hint.month, hint.day)
    except ValueError:  # 29 February in a year without it
        return None
    return finding(
        day,
        "dateline",
        hint.evidence,
        TRUST_WIRE_DATELINE - 5,
        "dateline",
        caution=f"a dateline without a year (“{hint.evidence}”), the year {year} taken from {source}",
    )


def year_less_dateline(text: str) -> MonthDayHint | None:
    """The day and month of a dateline that gives no year and no year found for it, else None.

    What an undated article shows as "12 October, year unknown" while it waits for the
    analyst to give the year; a dateline the story's own dates complete is not one.
    """
    found = find_datelines(text)
    if found.findings or not found.hints:
        return None
    return found.hints[0]
