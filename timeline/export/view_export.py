"""The timeline view as an export: its scope (range, shown events, lanes), and the view
composed as one slide (the clipboard) or as printed pages, by the export's own page composer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from timeline.domain.corpus import Corpus
from timeline.domain.event import Event
from timeline.export.band import BandRequest
from timeline.export.pages import PageRequest, compose_pages
from timeline.export.picture_formats import paint_pages, render_image
from timeline.export.scope import TimeRange
from timeline.present.grouping import Grouping
from timeline.present.time_scale import from_seconds
from timeline.present.viewport import Viewport

CLIPBOARD_SIZE = (1920, 1080)


@dataclass(frozen=True, slots=True)
class ViewScope:
    """What the timeline view shows: its range, its events after filtering, its lanes."""

    span: TimeRange
    events: tuple[Event, ...]
    lanes: str = "none"

    def corpus(self, corpus: Corpus) -> Corpus:
        """The corpus as the view filters it: same articles, only the events it shows."""
        return replace(corpus, events=self.events)


def view_scope(viewport: Viewport, events: Sequence[Event], grouping: Grouping) -> ViewScope | None:
    """The scope of a view showing these events over this range; None when the range is empty."""
    start, end = from_seconds(viewport.start), from_seconds(viewport.end)
    if end <= start:
        return None
    return ViewScope(TimeRange(start, end), tuple(events), grouping.value)


def view_image(corpus: Corpus, view: ViewScope | None, *, title: str = "Timeline",
               size: tuple[int, int] = CLIPBOARD_SIZE) -> QImage:
    """The view as a composed slide (title, legend, notes): the export's page, for pasting."""
    pages = compose_pages(view.corpus(corpus) if view else corpus, view_request(corpus, view, title),
                          float(size[0]), float(size[1]), paginate=False)
    return render_image(pages[0], size)


def view_request(corpus: Corpus, view: ViewScope | None, title: str) -> PageRequest:
    """The page request for a view: its span and lanes (none: the whole corpus)."""
    if view is None:
        return PageRequest(title)
    lanes = BandRequest.for_articles(Grouping(view.lanes), corpus.articles)
    return PageRequest(title, None, view.span, lanes)


def print_corpus(printer: QPrinter, corpus: Corpus, request: PageRequest) -> int:
    """Paint the pages on the printer's paper, composed for its page size; returns pages."""
    rect = printer.pageLayout().paintRectPoints()
    width, height = rect.width() * 96 / 72, rect.height() * 96 / 72
    pages = compose_pages(corpus, request, width, height, paginate=True)
    paint_pages(printer, pages)
    return len(pages)
