"""From corpus and options to composed pages: which events, notes and span each page shows.

A picture (PNG, SVG) is one page: notes that do not fit are counted, not squeezed. A
document (PDF, print) splits a crowded range across pages, each with its own axis, its
own events and their notes, so every page stands on its own in a briefing pack.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from timeline import __version__
from timeline.domain.article import Article
from timeline.domain.corpus import Corpus
from timeline.domain.event import Event
from timeline.export import band
from timeline.export.date_text import span_text
from timeline.export.page_layout import (
    NotesLayout,
    PageFrame,
    TypeScale,
    compose_frame,
    layout_notes,
    notes_height_needed,
)
from timeline.export.progress import CancelCheck, ProgressCallback, check_cancelled
from timeline.export.scope import TimeRange, corpus_range, events_in_range
from timeline.export.source_notes import SourceNote, source_notes

ROOMY_NOTES = 1e9  # "as much as the band leaves": compose_frame caps it
MAX_EVENTS_PER_PAGE = 40  # beyond this a printed band clusters more than it shows


@dataclass(frozen=True, slots=True)
class PageRequest:
    """Everything that decides what the pages say, apart from their size."""

    title: str
    subtitle: str | None  # None: worded from the span and counts
    span: TimeRange | None  # None: the whole corpus


@dataclass(frozen=True, slots=True)
class Page:
    frame: PageFrame
    notes: NotesLayout
    span: TimeRange
    events: tuple[Event, ...]
    numbers: tuple[int, ...]  # each event's note number, parallel to events
    index: int  # 1-based
    count: int
    subtitle: str


@dataclass(frozen=True, slots=True)
class Selection:
    span: TimeRange
    events: tuple[Event, ...]
    notes: tuple[SourceNote, ...]
    subtitle: str
    source_total: int


def select(corpus: Corpus, request: PageRequest) -> Selection | None:
    """The events and notes in scope, or None when the corpus has nothing dated to show."""
    span = request.span or corpus_range(corpus.events)
    if span is None:
        return None
    events = tuple(events_in_range(corpus.events, span))
    articles: Mapping[str, Article] = {a.article_id: a for a in corpus.articles}
    notes = tuple(source_notes(events, articles))
    sources = {article_id for e in events for article_id in e.article_ids}
    subtitle = request.subtitle
    if subtitle is None:
        subtitle = (f"{span_text(span.start, span.end)} · {plural(len(events), 'event')} "
                    f"from {plural(len(sources), 'source')}")
    return Selection(span, events, notes, subtitle, len(sources))


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def footer_text(selection: Selection) -> str:
    # No clock time here: the same input must give the same bytes.
    return (f"Made with Timeline {__version__} · dates resolved against each article's "
            "publication date")


def compose_single_page(
    selection: Selection, title: str, width: float, height: float
) -> Page:
    notes_height = notes_height_needed(selection.notes, scale_for(width, height), width_inside(width, height))
    frame = compose_frame(
        width, height, title=title, subtitle=selection.subtitle,
        legend=band.legend_entries(selection.events), notes_height=notes_height,
        footer_left=footer_text(selection), footer_right="",
    )
    notes = layout_notes(selection.notes, frame.scale, frame.notes_box)
    return Page(frame, notes, selection.span, selection.events,
                tuple(n.number for n in selection.notes), 1, 1, selection.subtitle)


def compose_paged(
    selection: Selection,
    title: str,
    width: float,
    height: float,
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> list[Page]:
    """Split the events into pages whose notes fit at the foot, then compose each page."""
    chunks = split_into_pages(selection, title, width, height, should_cancel=should_cancel)
    pages = []
    for index, (start, stop) in enumerate(chunks, start=1):
        check_cancelled(should_cancel)
        events = selection.events[start:stop]
        notes = selection.notes[start:stop]
        span = page_span(selection.span, events) if len(chunks) > 1 else selection.span
        subtitle = selection.subtitle
        if len(chunks) > 1:
            subtitle += f" · this page: {span_text(span.start, span.end)}"
        scale = scale_for(width, height)
        frame = compose_frame(
            width, height, title=title, subtitle=subtitle,
            legend=band.legend_entries(events),
            notes_height=notes_height_needed(notes, scale, width_inside(width, height)),
            footer_left=footer_text(selection), footer_right=f"page {index} of {len(chunks)}",
        )
        pages.append(Page(frame, layout_notes(notes, frame.scale, frame.notes_box), span,
                          events, tuple(n.number for n in notes), index, len(chunks), subtitle))
        if on_progress is not None:
            on_progress(index, len(chunks))
    return pages


def split_into_pages(
    selection: Selection, title: str, width: float, height: float,
    *, should_cancel: CancelCheck | None = None,
) -> list[tuple[int, int]]:
    """Consecutive [start, stop) runs of events, each as many as one page's notes can hold."""
    total = len(selection.events)
    if total == 0:
        return [(0, 0)]
    frame = compose_frame(
        width, height, title=title, subtitle=selection.subtitle + " · this page: …",
        legend=band.legend_entries(selection.events), notes_height=ROOMY_NOTES,
        footer_left=footer_text(selection), footer_right="page 1 of 1",
    )
    chunks: list[tuple[int, int]] = []
    start = 0
    while start < total:
        check_cancelled(should_cancel)
        candidates = selection.notes[start:start + MAX_EVENTS_PER_PAGE]
        fitted = layout_notes(candidates, frame.scale, frame.notes_box).shown
        stop = start + max(1, fitted)
        chunks.append((start, stop))
        start = stop
    return chunks


def page_span(whole: TimeRange, events: Sequence[Event]) -> TimeRange:
    """The span of one page's events, padded, and never wider than the whole export."""
    start = min(e.interval.start for e in events)
    end = max(e.interval.end for e in events)
    pad = max((end - start) * 0.04, timedelta(hours=12))
    return TimeRange(max(whole.start, start - pad), min(whole.end, end + pad))


def scale_for(width: float, height: float) -> TypeScale:
    return TypeScale.for_page(width, height)


def width_inside(width: float, height: float) -> float:
    return width - 2 * scale_for(width, height).margin


def compose_pages(
    corpus: Corpus,
    request: PageRequest,
    width: float,
    height: float,
    *,
    paginate: bool,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> list[Page]:
    """The pages for this corpus and request; an empty corpus gives one page that says so."""
    selection = select(corpus, request)
    if selection is None:
        raise ValueError("nothing to export: the corpus has no dated events")
    if paginate:
        return compose_paged(selection, request.title, width, height,
                             on_progress=on_progress, should_cancel=should_cancel)
    return [compose_single_page(selection, request.title, width, height)]
