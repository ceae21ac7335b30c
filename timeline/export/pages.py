"""From corpus and request to composed pages: the events, notes, band layout and span of each.

A picture (PNG, SVG, clipboard) is one page: notes that do not fit are counted, never
squeezed. A document (PDF, print) splits a crowded range over pages, each with its own
axis, its own events and all of their notes, so every page stands alone in a briefing
pack. Geometry only: painting is page_painter's job.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta

from timeline import __version__
from timeline.domain.article import Article
from timeline.domain.corpus import Corpus
from timeline.domain.event import Event
from timeline.export import band, legend_keys
from timeline.export.band import BandRequest
from timeline.export.date_text import span_text
from timeline.export.notes_layout import NotesLayout, layout_notes, notes_height_needed
from timeline.export.page_layout import (
    MIN_BAND_SHARE,
    Box,
    LegendEntry,
    PageFrame,
    TextRole,
    TypeScale,
    compose_frame,
)
from timeline.export.progress import CancelCheck, ProgressCallback, check_cancelled, report
from timeline.export.scope import TimeRange, corpus_range, events_in_range
from timeline.export.source_notes import SourceNote, source_notes
from timeline.present.timeline_layout import TimelineLayout

MAX_EVENTS_PER_PAGE = 40  # beyond this a printed band clusters more than it shows
PAGE_LABEL_SAMPLE = "page 8888 of 8888"  # room kept for the page number before it is known
LEGEND_ROUNDS = 3  # the legend follows the band, whose room follows the legend: settle it
MIN_ZOOM_SHARE = 0.72  # a crowded band may shrink to this share of the page's type size
ZOOM_STEP = 0.9


@dataclass(frozen=True, slots=True)
class PageRequest:
    """Everything that decides what the pages say, apart from their size."""

    title: str
    subtitle: str | None = None  # None: worded from the span and counts
    span: TimeRange | None = None  # None: the whole corpus
    lanes: BandRequest = field(default_factory=BandRequest)


@dataclass(frozen=True, slots=True)
class Page:
    frame: PageFrame
    notes: NotesLayout
    band: TimelineLayout
    band_zoom: float  # layout pixels to page units
    span: TimeRange
    events: tuple[Event, ...]
    subtitle: str
    index: int = 1
    count: int = 1


@dataclass(frozen=True, slots=True)
class Selection:
    span: TimeRange
    events: tuple[Event, ...]
    notes: tuple[SourceNote, ...]
    subtitle: str
    fit_labels: bool  # the span is ours to widen so that no label is cut at the right edge


def select(corpus: Corpus, request: PageRequest) -> Selection | None:
    """The events and notes in scope, or None when the corpus has nothing dated to show."""
    span = request.span or corpus_range(corpus.events)
    if span is None:
        return None
    events = tuple(events_in_range(corpus.events, span))
    articles: Mapping[str, Article] = {a.article_id: a for a in corpus.articles}
    notes = tuple(source_notes(events, articles))
    subtitle = request.subtitle
    if subtitle is None:
        sources = {article_id for e in events for article_id in e.article_ids}
        # The whole corpus reads as the events' own extent, not the padded drawing range.
        shown = span if request.span is not None or not events else TimeRange(
            min(e.interval.start for e in events), max(e.interval.end for e in events))
        subtitle = (f"{span_text(shown.start, shown.end)} · {plural(len(events), 'event')} "
                    f"from {plural(len(sources), 'source')}")
    return Selection(span, events, notes, subtitle, fit_labels=request.span is None)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def footer_text() -> str:
    # No clock time here: the same input must give the same bytes.
    return (f"Made with Timeline {__version__} · dates resolved against each article's "
            "publication date")


def compose_page(
    width: float, height: float, *, title: str, subtitle: str, span: TimeRange,
    events: Sequence[Event], notes: Sequence[SourceNote], lanes: BandRequest, page_label: str,
    fit_labels: bool,
) -> Page:
    """One page: frame, band layout and legend settled together, then the notes."""
    scale = TypeScale.for_page(width, height)
    notes_height = notes_height_needed(notes, scale, width - 2 * scale.margin,
                                       most=height * (1 - MIN_BAND_SHARE))
    prepared = band.PreparedBand.build(events, [n.number for n in notes], lanes)
    legend: list[LegendEntry] = []
    for _ in range(LEGEND_ROUNDS):
        frame = compose_frame(
            width, height, title=title, subtitle=subtitle, legend=legend,
            notes_height=notes_height, footer_left=footer_text(), footer_right=page_label,
            key_height=legend_keys.key_row_height() * scale.band_zoom,
        )
        zoom, span, layout = fit_band(frame.band, prepared, span, scale.band_zoom,
                                      fit_labels=fit_labels)
        wanted = legend_keys.legend_entries(layout)
        if wanted == legend:
            break
        legend = wanted
    return Page(frame, layout_notes(notes, frame.scale, frame.notes_box), layout, zoom, span,
                tuple(events), subtitle)


def fit_band(
    box: Box, prepared: band.PreparedBand, span: TimeRange, zoom: float, *, fit_labels: bool,
) -> tuple[float, TimeRange, TimelineLayout]:
    """The band's layout, drawn a little smaller when that spares a few events from
    clusters (never below MIN_ZOOM_SHARE of the page's type), its span widened so the last
    labels end inside the band."""
    smallest = zoom * MIN_ZOOM_SHARE
    while True:
        layout = band.band_layout(box, prepared, span, zoom=zoom)
        if fit_labels:
            wider = widened_for_labels(layout, span)
            if wider != span:
                span = wider
                layout = band.band_layout(box, prepared, span, zoom=zoom)
        gathered = sum(c.count for c in layout.clusters)
        # Shrinking by a quarter cannot rescue a crowd: then the clusters stay.
        hopeless = layout.counted or gathered > max(3, len(prepared.events) // 5)
        if not gathered or hopeless or zoom * ZOOM_STEP < smallest:
            return zoom, span, layout
        zoom *= ZOOM_STEP


def compose_single_page(selection: Selection, request: PageRequest, width: float,
                        height: float) -> Page:
    return compose_page(
        width, height, title=request.title, subtitle=selection.subtitle, span=selection.span,
        events=selection.events, notes=selection.notes, lanes=request.lanes, page_label="",
        fit_labels=selection.fit_labels,
    )


def compose_paged(
    selection: Selection,
    request: PageRequest,
    width: float,
    height: float,
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> list[Page]:
    """Fill page after page with the next events, as many as their notes allow."""
    total = len(selection.events)
    room = notes_room(selection, request, width, height)
    pages: list[Page] = []
    start = 0
    while start < total or not pages:
        check_cancelled(should_cancel)
        candidates = selection.notes[start:start + MAX_EVENTS_PER_PAGE]
        stop = start + max(1, layout_notes(candidates, room.scale, room.notes_box).shown)
        stop = min(stop, total) if total else 0
        while True:
            page = paged_page(selection, request, width, height, start, stop)
            if page.notes.shown >= stop - start or stop - start <= 1:
                break
            stop = start + max(1, page.notes.shown)  # rare: the real legend took more room
        pages.append(page)
        start = stop
        report(on_progress, start, max(total, 1))
    count = len(pages)
    if count == 1 and total:
        # Everything fits: one page over the whole range, not a page span around the events.
        return [compose_single_page(selection, request, width, height)]
    return [label_page(page, index, count) for index, page in enumerate(pages, start=1)]


def notes_room(selection: Selection, request: PageRequest, width: float, height: float) -> PageFrame:
    """A page frame with the fullest legend and the most room for notes: the estimate of
    how many events' notes a page can carry, before any band is laid out."""
    scale = TypeScale.for_page(width, height)
    return compose_frame(
        width, height, title=request.title, subtitle=f"{selection.subtitle} · this page: …",
        legend=legend_keys.fullest_legend(), notes_height=height, footer_left=footer_text(),
        footer_right=PAGE_LABEL_SAMPLE, key_height=legend_keys.key_row_height() * scale.band_zoom,
    )


def paged_page(selection: Selection, request: PageRequest, width: float, height: float,
               start: int, stop: int) -> Page:
    events = selection.events[start:stop]
    span = page_span(selection.span, events) if events else selection.span
    subtitle = f"{selection.subtitle} · this page: {span_text(span.start, span.end)}"
    return compose_page(
        width, height, title=request.title, subtitle=subtitle, span=span, events=events,
        notes=selection.notes[start:stop], lanes=request.lanes, page_label=PAGE_LABEL_SAMPLE,
        fit_labels=selection.fit_labels,
    )


def widened_for_labels(layout: TimelineLayout, span: TimeRange) -> TimeRange:
    """The span stretched to the right just enough that the last labels end inside the band.

    A label has a fixed width in pixels while its start moves with the scale, so the
    needed duration is exact: D' = t * W / (W - w) for a label starting t after the start.
    """
    width = layout.width
    duration = span.duration.total_seconds()
    needed = duration
    margin = 8.0
    for mark in layout.marks:
        right = mark.label_x + mark.full_width + margin
        if right > width and width - mark.full_width - margin > width * 0.2:
            start_seconds = max(mark.label_x, 0.0) / width * duration
            needed = max(needed, start_seconds * width / (width - mark.full_width - margin))
    if needed <= duration:
        return span
    return TimeRange(span.start, span.start + timedelta(seconds=min(needed, 3 * duration)))


def label_page(page: Page, index: int, count: int) -> Page:
    """Put the page number in the room kept for it."""
    label = f"page {index} of {count}"
    texts = tuple(
        replace(t, text=label) if t.role is TextRole.FOOTER and t.align_right else t
        for t in page.frame.texts
    )
    return replace(page, frame=replace(page.frame, texts=texts), index=index, count=count)


def page_span(whole: TimeRange, events: Sequence[Event]) -> TimeRange:
    """The span of one page's events, padded, and never wider than the whole export."""
    start = min(e.interval.start for e in events)
    end = max(e.interval.end for e in events)
    pad = max((end - start) * 0.04, timedelta(hours=12))
    return TimeRange(max(whole.start, start - pad), min(whole.end, end + pad))


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
    """The pages for this corpus and request."""
    selection = select(corpus, request)
    if selection is None:
        raise ValueError("nothing to export: the corpus has no dated events")
    if paginate:
        return compose_paged(selection, request, width, height,
                             on_progress=on_progress, should_cancel=should_cancel)
    return [compose_single_page(selection, request, width, height)]
