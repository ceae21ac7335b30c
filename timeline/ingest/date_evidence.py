"""Weighs the candidate publication dates of one article and explains any disagreement.

Trust follows the issue's order: what the analyst's corpus declares (sidecar, manifest),
then the document's own metadata, then a dateline or byline in the text, then a lone date
line at the top (often the day a page was saved, not published). PDF and Word properties
come last: they record when the file was made, which is seldom when the report was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from timeline.domain.article import DateCandidate
from timeline.domain.calendar_words import MONTH_NAMES
from timeline.ingest.date_strings import describe_day

# Higher wins. Gaps leave room for new kinds of evidence without renumbering.
TRUST_SIDECAR = 100  # beside one file: the most specific declaration there is
TRUST_MANIFEST = 95
TRUST_HTML_STRUCTURED = 75  # JSON-LD datePublished, article:published_time, ...
TRUST_EMAIL_HEADER = 75
TRUST_HTML_FOUND = 60  # htmldate's choice when no publication tag names it
TRUST_BYLINE = 45  # "Published 20 March 2023"
TRUST_WIRE_DATELINE = 40  # "MOSCOW, March 20, 2023 (Reuters) -"
TRUST_UPDATED_LINE = 25  # "Updated: ..." gives a later day than publication
TRUST_LONE_DATE_LINE = 20  # "• Tuesday, 02 July 2024": often the save date
# A PDF's or Word file's creation date is usually the day it was printed, converted or
# pasted into, not the day the report was published: any date written at the head of its
# text beats it. (HTML tags and e-mail headers are written by the publisher, hence above.)
TRUST_PDF_META = 15
TRUST_DOCX_META = 15


@dataclass(frozen=True, slots=True)
class DateFinding:
    """A candidate date with the words used to name it in warnings."""

    candidate: DateCandidate
    label: str  # "manifest", "first line", "page metadata", ...
    save_date_suspect: bool = False  # may be the day the page or file was saved
    caution: str | None = None  # shown when this finding wins: why it should be checked
    vague: bool = False  # evidence names no text (htmldate's choice): an agreeing one is shown


@dataclass(frozen=True, slots=True)
class MonthDayHint:
    """A dateline with a day and month but no year ("MOSCOW, March 20 (Reuters) -")."""

    month: int
    day: int
    evidence: str


@dataclass(frozen=True, slots=True)
class DateChoice:
    value: date | None
    source: str | None
    candidates: tuple[DateCandidate, ...]
    warnings: tuple[str, ...]


def finding(
    value: date,
    source: str,
    evidence: str,
    trust: int,
    label: str,
    *,
    save_date_suspect: bool = False,
    caution: str | None = None,
    vague: bool = False,
) -> DateFinding:
    candidate = DateCandidate(value, source, evidence, trust)
    return DateFinding(candidate, label, save_date_suspect, caution, vague)


def choose_date(findings: Sequence[DateFinding], hints: Sequence[MonthDayHint] = ()) -> DateChoice:
    """The most trusted candidate wins; every disagreeing one is named in a warning.

    The returned candidates are ranked, the chosen one first.
    """
    ranked = sorted(findings, key=lambda f: -f.candidate.trust)  # stable: ties keep input order
    if ranked and ranked[0].vague:
        # Same day, better evidence: report the finding that points at words in the file.
        chosen_day = ranked[0].candidate.value
        concrete = next((f for f in ranked if f.candidate.value == chosen_day and not f.vague), None)
        if concrete is not None:
            ranked.remove(concrete)
            ranked.insert(0, concrete)
    candidates = tuple(f.candidate for f in ranked)
    if not ranked:
        hint_warnings = tuple(
            f"dateline “{h.evidence}” gives {h.day} {MONTH_NAMES[h.month - 1]} but no year; "
            "set the article's date"
            for h in hints
        )
        return DateChoice(None, None, candidates, hint_warnings[:1])
    winner = ranked[0]
    chosen = winner.candidate.value
    using = f"using {winner.label} date {describe_day(chosen)}"
    warnings: list[str] = []
    seen: set[tuple[str, date]] = set()
    for other in ranked[1:]:
        value = other.candidate.value
        if value == chosen or (other.label, value) in seen:
            continue
        seen.add((other.label, value))
        note = " (likely the save date)" if other.save_date_suspect and value > chosen else ""
        warnings.append(f"{other.label} says {describe_day(value)}{note}; {using}")
    for hint in hints:
        if (hint.month, hint.day) != (chosen.month, chosen.day):
            warnings.append(
                f"dateline “{hint.evidence}” says {hint.day} {MONTH_NAMES[hint.month - 1]}; {using}"
            )
    if winner.caution and not any(f.candidate.value == chosen for f in ranked[1:]):
        warnings.append(f"date taken from {winner.caution} ({describe_day(chosen)}): check it")
    return DateChoice(chosen, winner.candidate.source, candidates, tuple(warnings))
