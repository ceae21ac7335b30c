"""`timeline export`: the timeline of some files as PNG, SVG or PDF, or the events as data, headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from timeline.commands.errors import require_existing
from timeline.commands.progress import add_quiet_option, progress_bar
from timeline.export.options import (
    LANE_CHOICES,
    ORIENTATIONS,
    PAGE_SIZES_PT,
    ExportFormat,
    ExportOptions,
    format_for_path,
    parse_date_bound,
    parse_size,
)

PROG = "timeline export"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write the timeline of files or folders as PNG, SVG or PDF, or the events as data",
        description=(
            "Read the files and folders, find and date their events, and write the timeline "
            "for a briefing: PNG (a slide-sized image), SVG (text stays text) or PDF (one page "
            "by default, or --pages N over consecutive parts of the range), each with a title, "
            "a legend and a numbered source note for each key event drawn. With no --from/--to, "
            "the story's span (where its articles are); background events are left out. Or "
            "write the events as CSV, JSON or TimelineJS JSON. Needs no display."
        ),
    )
    parser.add_argument("paths", nargs="+", type=Path, help="files or folders of articles")
    add_quiet_option(parser)
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="the file to write; its suffix chooses the format: "
                             ".png .svg .pdf .csv .json")
    parser.add_argument("--timelinejs", action="store_true",
                        help="with --out FILE.json: write TimelineJS 3's format instead")
    parser.add_argument("--from", dest="date_from", metavar="DATE",
                        help="first day to show (YYYY, YYYY-MM or YYYY-MM-DD); default: the story's "
                             "start (pictures) or the first event (data)")
    parser.add_argument("--to", dest="date_to", metavar="DATE",
                        help="last day to show, inclusive; default: the story's end or the last event")
    parser.add_argument("--title", default="Timeline", help="the title at the top of the page")
    parser.add_argument("--subtitle", default=None,
                        help="the line under the title; default: the date range and counts")
    parser.add_argument("--size", default="1920x1080", metavar="WxH",
                        help="PNG and SVG: the picture's layout size in pixels (default 1920x1080)")
    parser.add_argument("--scale", type=float, default=1.0, metavar="S",
                        help="PNG: pixels per layout pixel; 2 makes 1920x1080 a 3840x2160 image")
    parser.add_argument("--dpi", type=int, default=None, metavar="N",
                        help="PNG: render the --page at this print resolution instead of --size")
    parser.add_argument("--page", choices=tuple(PAGE_SIZES_PT), default="a4",
                        help="PDF (and PNG with --dpi): the page size (default a4)")
    parser.add_argument("--orientation", choices=ORIENTATIONS, default="landscape",
                        help="PDF (and PNG with --dpi): default landscape")
    parser.add_argument("--lanes", choices=LANE_CHOICES, default="none",
                        help="split the timeline into lanes by article, outlet or tag")
    parser.add_argument("--top", type=int, default=25, metavar="N",
                        help="PNG, SVG, PDF: draw the N most important events, as many of them as "
                             "fit the page whole (default 25; 0: as many as fit)")
    parser.add_argument("--min-sources", type=int, default=0, metavar="K",
                        help="PNG, SVG, PDF: only events reported by at least K articles")
    parser.add_argument("--pages", type=int, default=1, metavar="N",
                        help="PDF: split the range into N consecutive pages (default 1: one briefing page)")


def options_from_args(args: argparse.Namespace) -> tuple[ExportOptions, tuple[str | None, str | None]]:
    """The export options, and the --from/--to texts (resolved once the events are known)."""
    fmt = format_for_path(args.out, timelinejs=args.timelinejs)
    width, height = parse_size(args.size)
    options = ExportOptions(
        fmt, title=args.title, subtitle=args.subtitle, width=width, height=height,
        scale=args.scale, dpi=args.dpi, page=args.page, orientation=args.orientation,
        lanes=args.lanes, top=args.top, min_sources=args.min_sources, pages=args.pages,
    )
    return options, (args.date_from, args.date_to)


def run(args: argparse.Namespace) -> int:
    try:
        options, (date_from, date_to) = options_from_args(args)
        first = parse_date_bound(date_from, last=False) if date_from else None
        last = parse_date_bound(date_to, last=True) if date_to else None
    except ValueError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2
    require_existing(args.paths)
    if not args.out.parent.is_dir() and str(args.out.parent):
        print(f"{PROG}: the folder {args.out.parent} does not exist", file=sys.stderr)
        return 2
    return export_paths(args.paths, args.out, options, first, last, quiet=args.quiet)


def export_paths(paths: Sequence[Path], out: Path, options: ExportOptions,
                 first: date | None, last: date | None, *, quiet: bool = False) -> int:
    # Imported here: `timeline --help` should not pay for the analysis stack or Qt.
    from timeline.analysis import load_corpus
    from timeline.export.exporter import export_corpus
    from timeline.export.scope import range_for_dates
    from timeline.ingest.discovery import shown_name

    with progress_bar("Reading", quiet=quiet, then="Building events") as progress:
        corpus = load_corpus(paths, on_progress=progress)
    for article in corpus.articles:
        if not article.is_readable:
            print(f"{PROG}: skipped {shown_name(article.path)}: {article.error}", file=sys.stderr)
    if not any(not e.hidden for e in corpus.events):
        print(f"{PROG}: no dated events found in {len(corpus.articles)} article(s); "
              "nothing to export", file=sys.stderr)
        return 1
    try:
        # No bounds: pictures draw the story's span (widened for labels), data the whole corpus.
        span = range_for_dates(first, last, corpus.events) if first or last else None
    except ValueError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2
    options = replace(options, span=span)
    if options.format.is_picture:
        from timeline.export.headless import ensure_gui_application

        ensure_gui_application()
    try:
        result = export_corpus(corpus, options, out)
    except (OSError, ValueError, RuntimeError, MemoryError) as error:
        print(f"{PROG}: could not write {out}: {error}", file=sys.stderr)
        return 1
    print(summary(result.path, options, result.events, result.pages, result.size_bytes))
    return 0


def summary(path: Path, options: ExportOptions, events: int, pages: int, size: int) -> str:
    what = {
        ExportFormat.PNG: f"{options.pixel_size[0]}x{options.pixel_size[1]} PNG",
        ExportFormat.SVG: f"{options.width}x{options.height} SVG",
        ExportFormat.PDF: f"{pages}-page {options.page} {options.orientation} PDF",
        ExportFormat.CSV: "CSV",
        ExportFormat.JSON: "JSON",
        ExportFormat.TIMELINEJS: "TimelineJS JSON",
    }[options.format]
    return f"wrote {path}: {what}, {events} event{'s' if events != 1 else ''}, {size / 1024:.1f} KiB"
