"""From corpus and request to composed pages: one briefing page by default, more only when asked.

By default a picture or PDF is one page over the story's span (present.story.story_span):
the most important events of it that fit at a readable size, each drawn with its label
and its numbered note (fitting.py), the crowd of a busy week in a zoomed inset (inset.py).
Background events are left out: a briefing tells the story. With `pages` > 1 a PDF splits
the range into that many consecutive, non-overlapping parts, each a briefing page of its
own. Geometry only: painting is page_painter's job.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from timeline import __version__
from timeline.domain.article import Article
from timeline.domain.corpus import Corpus
from timeline.domain.event import Event
from timeline.export.band import BandRequest
from timeline.export.date_text import span_text
from timeline.export.fitting import PageWords, fit_page
from timeline.export.page_layout import TextRole
from timeline.export.page_model import Page
from timeline.export.progress import CancelCheck, ProgressCallback, check_cancelled, report
from timeline.export.scope import TimeRange, corpus_range, events_in_range
from timeline.present.briefing import briefing_order, midpoint, split_span
from timeline.present.drawn_interval import drawn_interval
from timeline.present.story import DEFAULT_TOP, story_span
from timeline.present.time_scale import SECONDS_PER_DAY, from_seconds, to_seconds

PAGE_LABEL_SAMPLE = "page 8888 of 8888"  # room kept for the page number before it is known
# A default page is drawn over its events' own stretch when that is this share of the story span
# or less: a little empty margin is no harm, half a page is.
TIGHTEN_SHARE = 0.85
STORY_PAD = 0.03  # the story's span is padded by this share each side, so no dot sits on the edge

__all__ = ["Page", "PageRequest", "Selection", "compose_pages", "select", "story_range"]


@dataclass(frozen=True, slots=True)
class PageRequest:
    """Everything that decides what the pages say, apart from their size."""

    title: str
    subtitle: str | None = None  # None: worded from the span and counts
    span: TimeRange | None = None  # None: the story's span (present.story)
    lanes: BandRequest = field(default_factory=BandRequest)
    top: int = DEFAULT_TOP  # the most important events drawn (0: as many as fit)
    min_sources: int = 0  # only events reported by at least this many articles
    pages: int = 1  # PDF: more pages only when asked, each over its own part of the range


@dataclass(frozen=True, slots=True)
class Selection:
    span: TimeRange
    events: tuple[Event, ...]  # every event in scope, in briefing order (most important first)
    articles: Mapping[str, Article]
    fit_labels: bool  # the span is ours to widen so that no label is cut at the right edge


def story_range(corpus: Corpus) -> TimeRange | None:
    """The story's span (where its articles and key events are), padded a little."""
    story = story_span([a.date for a in corpus.articles], corpus.events)
    if story is None:
        return corpus_range(corpus.events)
    pad = max((story[1] - story[0]) * STORY_PAD, 6 * 3600.0)
    return TimeRange(from_seconds(story[0] - pad), from_seconds(story[1] + pad))


def select(corpus: Corpus, request: PageRequest) -> Selection | None:
    """The events in scope, or None when the corpus has nothing dated to show: touching the
    span, shown, not background, with at least `min_sources` sources."""
    span = request.span or story_range(corpus)
    if span is None:
        return None
    scoped = [e for e in events_in_range(corpus.events, span)
              if not e.background and e.source_count >= request.min_sources]
    articles: Mapping[str, Article] = {a.article_id: a for a in corpus.articles}
    return Selection(span, tuple(briefing_order(scoped)), articles, fit_labels=request.span is None)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def footer_text() -> str:
    # No clock time here: the same input must give the same bytes.
    return (f"Made with Timeline {__version__} · dates resolved against each article's "
            "publication date")


def subtitle_for(request: PageRequest, span: TimeRange, in_range: int,
                 tail: str = "") -> Callable[[Sequence[Event]], str]:
    """The analyst's subtitle, or the range and what is drawn of it ('25 of 600 events')."""
    def words(events: Sequence[Event]) -> str:
        if request.subtitle is not None:
            return request.subtitle + tail
        sources = {article_id for e in events for article_id in e.article_ids}
        # The story reads as the events' own extent, not the padded drawing range.
        shown = span if request.span is not None or not events else TimeRange(
            min(e.interval.start for e in events), max(e.interval.end for e in events))
        counted = (plural(len(events), "event") if len(events) >= in_range
                   else f"{len(events)} key events of {in_range}")
        return f"{span_text(shown.start, shown.end)} · {counted} from {plural(len(sources), 'source')}{tail}"
    return words


def briefing_page(selection: Selection, request: PageRequest, span: TimeRange, events: Sequence[Event],
                  width: float, height: float, *, page_label: str = "", tail: str = "",
                  widen: bool) -> Page:
    candidates = list(events[: request.top] if request.top else events)
    words = PageWords(request.title, footer_text(), page_label,
                      subtitle_for(request, span, len(events), tail))
    page = fit_page(candidates, len(events), span, words, selection.articles, request.lanes,
                    width, height, widen=widen)
    if request.span is None and page.events:
        # The analyst gave no range: draw the stretch the chosen events take, not the whole story
        # span with half a page empty after them; the events then have more room, so fit again.
        tight = drawn_extent(page.events, span)
        if _length(tight) < TIGHTEN_SHARE * _length(span):
            page = fit_page(candidates, len(events), tight, words, selection.articles, request.lanes,
                            width, height, widen=widen)
    return page


def _length(span: TimeRange) -> float:
    return to_seconds(span.end) - to_seconds(span.start)


def drawn_extent(events: Sequence[Event], within: TimeRange) -> TimeRange:
    """The stretch of `within` that the events' drawn intervals take, padded so no mark sits on the edge."""
    low, high = to_seconds(within.start), to_seconds(within.end)
    starts = [max(to_seconds(drawn_interval(e).start), low) for e in events]
    ends = [min(to_seconds(drawn_interval(e).end), high) for e in events]
    first, last = min(starts), max(ends)
    pad = max((last - first) * STORY_PAD, SECONDS_PER_DAY)
    return TimeRange(from_seconds(max(low, first - pad)), from_seconds(min(high, last + pad)))


def page_ranges(span: TimeRange, events: Sequence[Event], pages: int) -> list[TimeRange]:
    """`pages` consecutive, non-overlapping parts of the span with about as many events each,
    over the stretch of the span the events take (no last page of empty months)."""
    low, high = to_seconds(span.start), to_seconds(span.end)
    mids = sorted(min(max(midpoint(e), low), high) for e in events)
    if not mids:
        return [span]
    pad = max((mids[-1] - mids[0]) * STORY_PAD, SECONDS_PER_DAY)
    low, high = max(low, mids[0] - pad), min(high, mids[-1] + pad)
    parts = split_span(low, high, mids, pages)
    return [TimeRange(from_seconds(a), from_seconds(b)) for a, b in parts]


def label_page(page: Page, index: int, count: int) -> Page:
    """Put the page number in the room kept for it."""
    label = f"page {index} of {count}"
    texts = tuple(
        replace(t, text=label) if t.role is TextRole.FOOTER and t.align_right else t
        for t in page.frame.texts
    )
    return replace(page, frame=replace(page.frame, texts=texts), index=index, count=count)


def compose_ranges(selection: Selection, request: PageRequest, width: float, height: float, *,
                   on_progress: ProgressCallback | None = None,
                   should_cancel: CancelCheck | None = None) -> list[Page]:
    """One briefing page per part of the range: its own axis, its own key events and notes."""
    ranges = page_ranges(selection.span, selection.events, request.pages)
    # Each event on one page only: the page where its midpoint lies (the first or last page
    # for a long span that began before, or ends after, the range).
    starts = [to_seconds(r.start) for r in ranges]
    by_page: list[list[Event]] = [[] for _ in ranges]
    for event in selection.events:
        by_page[max(0, bisect_right(starts, midpoint(event)) - 1)].append(event)
    pages: list[Page] = []
    for number, (part, inside) in enumerate(zip(ranges, by_page, strict=True), start=1):
        check_cancelled(should_cancel)
        tail = f" · this page: {span_text(part.start, part.end)}"
        pages.append(briefing_page(selection, request, part, inside, width, height,
                                   page_label=PAGE_LABEL_SAMPLE, tail=tail, widen=False))
        report(on_progress, number, len(ranges))
    return [label_page(page, index, len(pages)) for index, page in enumerate(pages, start=1)]


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
    """The pages for this corpus and request: one, or `request.pages` when paginating."""
    selection = select(corpus, request)
    if selection is None:
        raise ValueError("nothing to export: the corpus has no dated events")
    if paginate and request.pages > 1:
        return compose_ranges(selection, request, width, height,
                              on_progress=on_progress, should_cancel=should_cancel)
    return [briefing_page(selection, request, selection.span, selection.events, width, height,
                          widen=selection.fit_labels)]
