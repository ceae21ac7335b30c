"""Export speed and size: 10,000 generated events in every format, and a 4K PNG of the seeds.

    nice .venv/bin/python benchmarks/export.py [--events 10000] [--repeat 5] [--seed 7]

Measures, in one process with Qt's offscreen platform:
1. each format (PNG 1920x1080, PNG 3840x2160, SVG, paged A4 PDF, CSV, JSON, TimelineJS)
   exported from N generated events (days, weeks, months and years over five years,
   one to four sources each, some in conflict): time, file size, pages;
2. the demo corpus as a 3840x2160 PNG, median of --repeat runs, split into composing
   (layout and notes), painting and PNG encoding, against the 1 s target;
3. the peer, in the same run: a plain QImage of the same size filled white and saved
   as PNG, the fixed cost any 4K PNG export pays before drawing anything.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timeline.analysis import load_corpus, seeds_folder
from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.domain.event import Event, EventMention
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import Anchor, AnchorKind, Mention, TimexType
from timeline.export.exporter import export_corpus
from timeline.export.headless import ensure_gui_application
from timeline.export.options import ExportFormat, ExportOptions
from timeline.export.pages import PageRequest, compose_pages
from timeline.export.picture_formats import image_bytes, render_image

FIRST_DAY = date(2019, 1, 1)
DAYS = 5 * 365
OUTLETS = ("wire report", "newspaper", "broadcaster", "news portal", "weekly", "agency")
WORDS = ("talks", "summit", "ministers", "ceasefire", "sanctions", "visit", "election", "treaty",
         "warrant", "pipeline", "delegation", "vote", "strike", "agreement", "protest", "budget")


def generated_corpus(count: int, seed: int) -> Corpus:
    rng = random.Random(seed)
    articles = [
        Article(article_id=f"art-{k:04d}", path=f"gen/art-{k:04d}.txt",
                title=f"Report {k} on {rng.choice(WORDS)} and {rng.choice(WORDS)}", text="",
                date=FIRST_DAY + timedelta(days=rng.randrange(DAYS)), date_source="manifest",
                outlet=rng.choice(OUTLETS))
        for k in range(max(20, count // 50))
    ]
    events = []
    for n in range(count):
        interval = random_interval(rng)
        sources = rng.sample(articles, rng.choice((1, 1, 1, 2, 2, 3, 4)))
        label = (f"{rng.choice(WORDS).capitalize()} of the {rng.choice(WORDS)} on "
                 f"{rng.choice(WORDS)} number {n}")
        mentions = tuple(
            EventMention(a.article_id, Mention(
                start=0, end=9, text="on Friday", timex_type=TimexType.DATE,
                value=interval.first_day.isoformat(), interval=interval, rule="generated",
                anchor=Anchor(AnchorKind.ARTICLE_DATE, a.date.isoformat(), a.date),
                explanation="generated"), f"A sentence about {label.lower()}.")
            for a in sources
        )
        events.append(Event(f"ev-{n:06d}", label, interval.first_day.isoformat(), interval,
                            mentions, conflict=rng.random() < 0.03))
    events.sort(key=lambda e: (e.interval.start, e.event_id))
    return Corpus(tuple(ArticleAnalysis(a, ()) for a in articles), tuple(events))


def random_interval(rng: random.Random) -> TimeInterval:
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    roll = rng.random()
    if roll < 0.80:
        return TimeInterval.for_day(day)
    if roll < 0.85:
        monday = day - timedelta(days=day.weekday())
        return TimeInterval.for_dates(monday, monday + timedelta(days=6), Granularity.WEEK)
    if roll < 0.95:
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return TimeInterval.for_dates(first, following - timedelta(days=1), Granularity.MONTH)
    return TimeInterval.for_dates(date(day.year, 1, 1), date(day.year, 12, 31), Granularity.YEAR)


def timed(work: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def median_ms(work: Callable[[], object], repeat: int) -> float:
    return statistics.median(timed(work)[0] for _ in range(repeat)) * 1000


FORMATS = (
    ("PNG 1920x1080", ExportOptions(ExportFormat.PNG, title="Generated"), ".png"),
    ("PNG 3840x2160", ExportOptions(ExportFormat.PNG, title="Generated", width=3840, height=2160), ".png"),
    ("SVG 1920x1080", ExportOptions(ExportFormat.SVG, title="Generated"), ".svg"),
    ("PDF A4 paged", ExportOptions(ExportFormat.PDF, title="Generated"), ".pdf"),
    ("CSV", ExportOptions(ExportFormat.CSV), ".csv"),
    ("JSON", ExportOptions(ExportFormat.JSON), ".json"),
    ("TimelineJS", ExportOptions(ExportFormat.TIMELINEJS), ".json"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    ensure_gui_application()

    corpus = generated_corpus(args.events, args.seed)
    print(f"{len(corpus.events)} generated events from {len(corpus.articles)} articles")
    print(f"{'format':<16}{'time':>10}{'size':>12}{'pages':>7}")
    with tempfile.TemporaryDirectory() as folder:
        for name, options, suffix in FORMATS:
            path = Path(folder) / f"export{suffix}"
            seconds, result = timed(lambda o=options, p=path: export_corpus(corpus, o, p))
            pages = str(result.pages) if result.pages else "-"
            print(f"{name:<16}{seconds * 1000:>8.0f} ms{result.size_bytes / 1024:>9.0f} KiB{pages:>7}")

        seeds = load_corpus([seeds_folder()])
        options = ExportOptions(ExportFormat.PNG, title="Moscow visit", width=3840, height=2160)
        path = Path(folder) / "seeds.png"
        export_corpus(seeds, options, path)  # warm-up: fonts, caches
        whole = median_ms(lambda: export_corpus(seeds, options, path), args.repeat)
        size = path.stat().st_size
        request = PageRequest("Moscow visit")
        compose = median_ms(lambda: compose_pages(seeds, request, 3840.0, 2160.0, paginate=False),
                            args.repeat)
        page = compose_pages(seeds, request, 3840.0, 2160.0, paginate=False)[0]
        paint = median_ms(lambda: render_image(page, (3840, 2160)), args.repeat)
        image = render_image(page, (3840, 2160))
        encode = median_ms(lambda: image_bytes(image, "PNG"), args.repeat)

        from PySide6.QtGui import QImage

        def peer() -> bytes:
            blank = QImage(3840, 2160, QImage.Format.Format_ARGB32_Premultiplied)
            blank.fill(0xFFFFFFFF)
            data = image_bytes(blank, "PNG")
            Path(folder, "peer.png").write_bytes(data)
            return data

        peer_ms = median_ms(peer, args.repeat)

    print()
    print(f"seeds ({len(seeds.events)} events) as 3840x2160 PNG, median of {args.repeat}:")
    print(f"  compose {compose:.0f} ms + paint {paint:.0f} ms + encode {encode:.0f} ms "
          f"(+ write) = {whole:.0f} ms, {size / 1024:.0f} KiB")
    print(f"  peer: blank 3840x2160 QImage fill + PNG save: {peer_ms:.0f} ms")
    verdict = "within" if whole < 1000 else "OVER"
    print(f"seeds 3840x2160 PNG {whole:.0f} ms ({verdict} the 1000 ms target), "
          f"peer fill+save {peer_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
