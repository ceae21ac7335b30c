"""Numbered source notes: for each exported event, its sources as short citations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from timeline.domain.article import Article
from timeline.domain.event import Event
from timeline.export.date_text import short_day_text
from timeline.present.calendar_text import event_date_text

TITLE_LIMIT = 60  # a citation names its source; the full title is in the data export


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
        sources = "; ".join(self.citations) if self.citations else "no readable source"
        return f"{self.when}: {self.label} — {sources}."


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
