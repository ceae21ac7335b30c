"""One briefing page: the key events that fit at a readable size, each drawn with its label and note.

The page starts from the candidates (most important first) and composes frame, bands and
notes. Whatever cannot be drawn (gathered in a cluster, a label with no room, a note with
no room) makes one event leave, chosen by `present.briefing.first_to_drop` (a busy day's
least important repeat before a quiet day's only event), and the page is composed again.
So every event drawn has its note, and no note is for an event not drawn; the events of
the range left out are counted in one line under the notes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from timeline.domain.article import Article
from timeline.domain.event import Event
from timeline.export import legend_keys
from timeline.export.band import BandRequest
from timeline.export.inset import ArrangedBands, arrange_bands
from timeline.export.notes_layout import layout_notes, notes_height_needed
from timeline.export.page_layout import MIN_BAND_SHARE, LegendEntry, TypeScale, compose_frame
from timeline.export.page_model import Page
from timeline.export.scope import TimeRange
from timeline.export.source_notes import source_notes
from timeline.present.briefing import first_to_drop

MAX_EVENTS_PER_PAGE = 40  # beyond this a printed page cannot give each event a label and a note
LEGEND_ROUNDS = 3  # the legend follows the band, whose room follows the legend: settle it
BULK_SHARE = 2  # a crowd of many loses up to 1/BULK_SHARE of its events per round, for speed
REFILL_TRIES = 12  # dropped events offered back once the page fits: bounds the extra compositions


@dataclass(frozen=True, slots=True)
class PageWords:
    """The page's fixed words, and how its subtitle reads for the events it ends up with."""

    title: str
    footer: str
    page_label: str
    subtitle: Callable[[Sequence[Event]], str]


def time_order(events: Sequence[Event]) -> tuple[Event, ...]:
    return tuple(sorted(events, key=lambda e: (e.interval.start, e.interval.end, e.event_id)))


def fit_page(candidates: Sequence[Event], in_range: int, span: TimeRange, words: PageWords,
             articles: Mapping[str, Article], lanes: BandRequest, width: float, height: float, *,
             widen: bool) -> Page:
    """The page of as many of `candidates` (briefing order) as can all be drawn whole.

    `in_range`: how many events the range holds in all (those not drawn are counted)."""
    kept = list(candidates[:MAX_EVENTS_PER_PAGE])
    dropped: list[Event] = []
    while True:
        page, bands = compose(kept, in_range, span, words, articles, lanes, width, height, widen=widen)
        crowd = _not_drawn_whole(page, bands, kept)
        if not crowd or len(kept) <= 1:
            break
        pool = bands.near(crowd, kept)
        for _ in range(max(1, len(crowd) // BULK_SHARE) if len(crowd) > 4 else 1):
            if len(kept) <= 1 or not pool:
                break
            gone = first_to_drop(pool, kept)
            kept.remove(gone)
            pool.remove(gone)
            dropped.append(gone)
    # Dropping in bulk is fast but may leave room: offer the dropped events back, the most
    # important first, and keep each one the page can still draw whole.
    order = {e.event_id: k for k, e in enumerate(candidates)}
    for event in sorted(dropped, key=lambda e: order[e.event_id])[:REFILL_TRIES]:
        trial = [*kept, event]
        trial_page, trial_bands = compose(trial, in_range, span, words, articles, lanes, width, height, widen=widen)
        if not _not_drawn_whole(trial_page, trial_bands, trial):
            kept, page = trial, trial_page
    return page


def _not_drawn_whole(page: Page, bands: ArrangedBands, kept: Sequence[Event]) -> list[Event]:
    """The events of the page that are not drawn with their label and note (all, when the
    notes do not fit: the page as a whole is too full)."""
    crowd = [e for e in kept if e.event_id not in bands.drawn]
    if not crowd and page.notes.shown < len(kept):
        return list(kept)
    return crowd


def compose(events: Sequence[Event], in_range: int, span: TimeRange, words: PageWords,
            articles: Mapping[str, Article], lanes: BandRequest, width: float, height: float, *,
            widen: bool) -> tuple[Page, ArrangedBands]:
    """Frame, bands and notes for these events, the legend settled against the bands."""
    ordered = time_order(events)
    notes = source_notes(ordered, articles)
    numbers = tuple(n.number for n in notes)
    scale = TypeScale.for_page(width, height)
    not_drawn = max(in_range - len(ordered), 0)
    notes_height = notes_height_needed(notes, scale, width - 2 * scale.margin,
                                       most=height * (1 - MIN_BAND_SHARE), more=not_drawn > 0)
    subtitle = words.subtitle(ordered)
    legend: list[LegendEntry] = []
    for _ in range(LEGEND_ROUNDS):
        frame = compose_frame(
            width, height, title=words.title, subtitle=subtitle, legend=legend,
            notes_height=notes_height, footer_left=words.footer, footer_right=words.page_label,
            key_height=legend_keys.key_row_height() * scale.band_zoom,
        )
        bands = arrange_bands(frame.band, ordered, numbers, span, scale.band_zoom, lanes, widen=widen)
        shown = bands.main.layout
        if bands.inset is not None:
            inset = bands.inset.layout
            shown = replace(shown, marks=shown.marks + inset.marks, clusters=shown.clusters + inset.clusters)
        wanted = legend_keys.legend_entries(shown)
        if wanted == legend:
            break
        legend = wanted
    page = Page(frame, layout_notes(notes, frame.scale, frame.notes_box, not_drawn=not_drawn),
                bands.main.layout, bands.main.zoom, bands.main.span, ordered, subtitle,
                band_box=bands.main.box, inset=bands.inset)
    return page, bands
