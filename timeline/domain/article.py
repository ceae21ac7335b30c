"""An article as read from a file: its text, title and publication date with the evidence for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from timeline.domain.pickling import pickled_by_arguments


@pickled_by_arguments
@dataclass(frozen=True, slots=True)
class DateCandidate:
    """One piece of evidence for the publication date, and where it was found."""

    value: date
    source: str  # "manifest", "sidecar", "html-meta", "email-header", "pdf-meta", "docx-meta", "dateline", "analyst"
    evidence: str  # the raw text it was read from, e.g. '<meta property="article:published_time" ...>'
    trust: int = 0  # higher wins


@pickled_by_arguments
@dataclass(frozen=True, slots=True)
class Article:
    article_id: str  # stable within a corpus: the path relative to the corpus root, or "pasted-N"
    path: str
    title: str
    text: str  # the exact string that mention offsets index
    date: date | None
    date_source: str | None
    candidates: tuple[DateCandidate, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None  # one-line reason when the file could not be read
    outlet: str | None = None
    metadata_spans: tuple[tuple[int, int], ...] = field(default=())  # header lines: not events
    # (start, end, reason): comments, captions, bylines, widgets: not the article, not events
    boilerplate_spans: tuple[tuple[int, int, str], ...] = field(default=())
    # What the file says of its language or place ("en-GB", "https://www.example.co.uk"):
    # the extractor's evidence for reading "05/06/2024" day or month first.
    locale_hint: str | None = None

    @property
    def is_readable(self) -> bool:
        return self.error is None

    @property
    def is_dated(self) -> bool:
        return self.date is not None
