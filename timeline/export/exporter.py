"""One entry point for every export: corpus and options in, a file out (whole, or nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from timeline import __version__
from timeline.domain.corpus import Corpus
from timeline.export.events_csv import events_csv
from timeline.export.events_json import events_json
from timeline.export.file_output import write_atomically, write_text
from timeline.export.options import ExportFormat, ExportOptions
from timeline.export.progress import CancelCheck, ProgressCallback, check_cancelled
from timeline.export.scope import corpus_range, events_in_range
from timeline.export.timelinejs import timelinejs_json


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    format: ExportFormat
    events: int
    pages: int
    size_bytes: int


def export_corpus(
    corpus: Corpus,
    options: ExportOptions,
    path: str | Path,
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> ExportResult:
    """Write the export; pictures need a QGuiApplication (see headless.py), data does not."""
    # A cancel asked before the work began (the job waited for a free thread) ends it at once.
    check_cancelled(should_cancel)
    path = Path(path)
    if options.format.is_picture:
        data, events, pages = picture_bytes(corpus, options, on_progress=on_progress,
                                            should_cancel=should_cancel)
        write_atomically(path, data)
        return ExportResult(path, options.format, events, pages, len(data))
    text, events = data_text(corpus, options)
    # CSV carries a byte-order mark: spreadsheet programs read UTF-8 only when it is there.
    write_text(path, text, encoding="utf-8-sig" if options.format is ExportFormat.CSV else "utf-8")
    if on_progress is not None:
        on_progress(1, 1)
    return ExportResult(path, options.format, events, 0, path.stat().st_size)


def data_text(corpus: Corpus, options: ExportOptions) -> tuple[str, int]:
    articles = {a.article_id: a for a in corpus.articles}
    span = options.span or corpus_range(corpus.events)
    events = events_in_range(corpus.events, span) if span is not None else []
    if options.format is ExportFormat.CSV:
        return events_csv(events, articles), len(events)
    if options.format is ExportFormat.JSON:
        return events_json(events, articles, title=options.title, span=span), len(events)
    subtitle = options.subtitle or ""
    return timelinejs_json(events, articles, title=options.title, subtitle=subtitle), len(events)


def picture_bytes(
    corpus: Corpus,
    options: ExportOptions,
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> tuple[bytes, int, int]:
    """The encoded picture, the number of events on it and its page count."""
    # Imported here so that CSV and JSON exports never load Qt.
    from PySide6.QtGui import QGuiApplication

    from timeline.export.band import BandRequest
    from timeline.export.pages import PageRequest, compose_pages
    from timeline.export.picture_formats import pdf_bytes, png_bytes, svg_bytes
    from timeline.present.grouping import Grouping

    if QGuiApplication.instance() is None:
        raise RuntimeError("picture exports need a QGuiApplication: call ensure_gui_application()")
    lanes = BandRequest.for_articles(Grouping(options.lanes), corpus.articles)
    request = PageRequest(options.title, options.subtitle, options.span, lanes,
                          top=options.top, min_sources=options.min_sources, pages=options.pages)
    width, height = options.layout_size
    paginate = options.format is ExportFormat.PDF
    pages = compose_pages(corpus, request, width, height, paginate=paginate,
                          should_cancel=should_cancel)
    events = sum(len(p.events) for p in pages)
    if options.format is ExportFormat.PDF:
        data = pdf_bytes(pages, options, title=options.title, on_progress=on_progress,
                         should_cancel=should_cancel)
    elif options.format is ExportFormat.SVG:
        page = pages[0]
        description = f"{page.subtitle} — made with Timeline {__version__}"
        data = svg_bytes(page, title=options.title, description=description)
    else:
        data = png_bytes(pages[0], options)
    if on_progress is not None and options.format is not ExportFormat.PDF:
        on_progress(1, 1)
    return data, events, len(pages)
