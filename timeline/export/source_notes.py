"""Numbered source notes: for each exported event, its sources as short citations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from timeline.domain.article import Article
from timeline.domain.event import Event
from timeline.export.date_text import short_day_text
from timeline.present.calendar_text import event_date_text

TITLE_LIMIT = 60  # a citation names its source; the full title is in the data export
CITED_PER_NOTE = 3  # citations written out in a note; the rest are counted


@dataclass(frozen=True, slots=True)
class SourceNote:
    number: int
    event_id: str
    when: str  # the event's date at its stated precision
    label: str
    citations: tuple[str, ...]

    @property
    def text(self) -> str:
        """One line of the notes block, without the number (drawn in its own column)."""
        # A key event of a big corpus has hundreds of reports: a briefing line names a few
        # and counts the rest (the CSV export lists every one).
        cited = varied(self.citations, CITED_PER_NOTE)
        sources = "; ".join(cited) if cited else "no readable source"
        if len(self.citations) > CITED_PER_NOTE:
            sources += f" and {len(self.citations) - CITED_PER_NOTE} more"
        return f"{self.when}: {self.label} — {sources}."


def varied(citations: tuple[str, ...], count: int) -> list[str]:
    """Up to `count` citations, different outlets first ('bbc; guardian; reuters', not three
    bbc reports), in their order."""
    outlets: set[str] = set()
    first: list[int] = []
    for k, citation in enumerate(citations):
        outlet = citation.rsplit(", ", 1)[0]
        if outlet not in outlets and len(first) < count:
            outlets.add(outlet)
            first.append(k)
    rest = [k for k in range(len(citations)) if k not in set(first)]
    return [citations[k] for k in sorted(first + rest[: count - len(first)])]


def short_citation(article: Article) -> str:
    """'wire report, 21 Mar 2023': the outlet when known, else the title in quotes, then the date."""
    name = (article.outlet or "").strip()
    if not name and article.title.strip():
        name = f"“{shorten(article.title.strip(), TITLE_LIMIT)}”"
    if not name:
        name = article.path.rsplit("/", 1)[-1] or article.article_id
    return f"{name}, {short_day_text(article.date)}"


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,;:–-") + "…"


def citations_for(event: Event, articles: Mapping[str, Article]) -> tuple[str, ...]:
    """One citation per article, in the order the event lists them; duplicates once."""
    seen: dict[str, None] = {}
    for article_id in event.article_ids:
        article = articles.get(article_id)
        seen.setdefault(short_citation(article) if article else article_id, None)
    return tuple(seen)


def source_notes(
    events: Sequence[Event], articles: Mapping[str, Article], *, first_number: int = 1
) -> list[SourceNote]:
    """Notes numbered in the order given (time order), starting at `first_number`."""
    return [
        SourceNote(
            number=first_number + index,
            event_id=event.event_id,
            when=event_date_text(event),  # "February or March 2023" where sources disagree
            label=event.label.strip(),
            citations=citations_for(event, articles),
        )
        for index, event in enumerate(events)
    ]
