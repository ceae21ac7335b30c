"""`timeline --self-test`: proves an installed or bundled copy works, offscreen, in seconds.

Runs the whole flow on the shipped demo corpus (read, extract, build events, export a PNG
and an SVG, read them back) plus the pieces a bundle most often loses: dateparser's data,
trafilatura's and htmldate's, the Qt image, icon and platform plugins, the app's resources.
Prints one line per check and exits 0 only when every check passed.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, cast

from timeline import __version__

PROG = "timeline --self-test"

# What the demo corpus must show (seeds/SEEDS.md): a TIMEX3 value and the fewest sources
# that must report it. The Kremlin meeting is the one every article reports.
EXPECTED_EVENTS: tuple[tuple[str, int], ...] = (
    ("2023-03-17", 3),
    ("2023-03-20", 5),
    ("2023-03-21", 3),
    ("2023-03-22", 1),
    ("2024-03", 4),
)
KEY_EVENT = "2023-03-20"

# dateparser only sees absolute dates in compact forms the rules hand over; this is one.
DATEPARSER_PROBE = ("20-Mar-2023", "2023-03-20")

WEB_PAGE_DATE = date(2023, 3, 20)
WEB_PAGE_SENTENCE = "Delegations from both countries met in the Kremlin for a second day of talks."
WEB_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Leaders meet in Moscow</title>
<meta property="article:published_time" content="{WEB_PAGE_DATE.isoformat()}T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Leaders meet in Moscow</h1>
<p>{WEB_PAGE_SENTENCE} Officials said the discussions covered trade, energy and the war
in Ukraine, and that a joint statement would follow once both sides had agreed on it.</p>
<p>Analysts said the visit was meant to show that the partnership remained close despite
pressure from abroad, and that further meetings were planned for later in the year.</p>
</article><footer>Copyright the publisher</footer></body></html>
"""

EXPORT_SIZE = (1280, 720)
MIN_INKED_SHARE = 0.02  # of sampled pixels that differ from the page colour: not a blank page


class CheckFailed(Exception):
    """A check found something wrong; the message says what, in one line."""


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    passed: bool
    detail: str
    seconds: float


@dataclass
class SelfTestState:
    """What one check hands to the next: the folder to write into, then the corpus."""

    folder: Path
    app: Any = None  # held here so the QApplication outlives the check that made it
    corpus: Any = None
    key_event: Any = None
    results: list[CheckResult] = field(default_factory=list)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="FOLDER",
        help="write the test files (web page, PNG, SVG) into FOLDER and keep them",
    )


def run_self_test(argv: Sequence[str] = ()) -> int:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Check that this copy of Timeline works: offscreen, no network, seconds.",
    )
    add_arguments(parser)
    args = parser.parse_args(list(argv))
    print(f"Timeline {__version__} self-test: {runtime_description()}", flush=True)
    started = time.perf_counter()
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        results = run_checks(args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="timeline-self-test-") as folder:
            results = run_checks(Path(folder))
    elapsed = time.perf_counter() - started
    failed = [r for r in results if not r.passed]
    if failed:
        print(
            f"{len(failed)} of {len(results)} checks failed ({elapsed:.1f} s): "
            + "; ".join(f"{r.name}: {r.detail}" for r in failed)
        )
        return 1
    print(f"All {len(results)} checks passed in {elapsed:.1f} s.")
    return 0


def runtime_description() -> str:
    kind = "bundle" if getattr(sys, "frozen", False) else "source"
    return f"{kind} at {Path(__file__).resolve().parent.parent}, Python {platform.python_version()}"


def run_checks(folder: Path) -> list[CheckResult]:
    """Every check in order, each reported as it finishes; later ones skip what failed."""
    state = SelfTestState(folder)
    checks: tuple[tuple[str, Callable[[SelfTestState], str]], ...] = (
        ("Qt offscreen", check_qt),
        ("Qt plugins", check_qt_plugins),
        ("resources", check_resources),
        ("window", check_window),
        ("licences", check_licences),
        ("dateparser", check_dateparser),
        ("web page", check_web_page),
        ("demo corpus", check_demo_corpus),
        ("events", check_events),
        ("PNG export", check_png_export),
        ("SVG export", check_svg_export),
    )
    for name, check in checks:
        state.results.append(attempt(name, check, state))
        print(format_result(state.results[-1]), flush=True)
    return state.results


def attempt(name: str, check: Callable[[SelfTestState], str], state: SelfTestState) -> CheckResult:
    started = time.perf_counter()
    try:
        detail = check(state)
        passed = True
    except CheckFailed as failure:
        detail, passed = str(failure), False
    except Exception as error:  # a self-test reports every fault instead of stopping at one
        detail, passed = f"{type(error).__name__}: {error}", False
    return CheckResult(name, passed, detail, time.perf_counter() - started)


def format_result(result: CheckResult) -> str:
    mark = "ok  " if result.passed else "FAIL"
    return f"  {mark} {result.name:<13} {result.detail}  ({result.seconds:.2f} s)"


def check_qt(state: SelfTestState) -> str:
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        # Before the application exists: the self-test never opens a window on screen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication(["timeline"])
        state.app = app
    if not isinstance(app, QApplication):
        raise CheckFailed(f"a {type(app).__name__} is running; the window check needs widgets")
    return f"platform {app.platformName()}, Qt {qVersion()}"


def check_qt_plugins(state: SelfTestState) -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon, QImageReader, QImageWriter

    readable = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    writable = {bytes(f.data()).decode() for f in QImageWriter.supportedImageFormats()}
    if "png" not in writable:
        raise CheckFailed("Qt cannot write PNG")
    if "svg" not in readable:
        raise CheckFailed("the SVG image-format plugin is missing (imageformats/qsvg)")
    found = []
    for folder in QCoreApplication.libraryPaths():
        found += [p.name for p in (Path(folder) / "platforms").glob("*") if p.is_file()]
    platforms = sorted({plugin_name(name) for name in found})
    if sys.platform.startswith("linux") and "xcb" not in platforms:
        raise CheckFailed(f"no xcb platform plugin, so no window on X11 (found {platforms})")
    import PySide6.QtPrintSupport  # noqa: F401  (the print dialog needs it)

    icon = QIcon(str(_resources() / "icons" / "timeline.svg"))
    if icon.pixmap(32, 32).isNull():
        raise CheckFailed("the SVG icon engine plugin is missing (iconengines/qsvgicon)")
    return f"platforms {', '.join(platforms)}; image formats include png, svg; SVG icons"


def plugin_name(file_name: str) -> str:
    """'libqxcb.so' → 'xcb', 'qwindows.dll' → 'windows', 'libqcocoa.dylib' → 'cocoa'."""
    stem = file_name.split(".")[0]
    stem = stem.removeprefix("lib")
    return stem.removeprefix("q")


def _resources() -> Path:
    from timeline.ui.application import resources_folder

    return resources_folder()


def check_resources(state: SelfTestState) -> str:
    from PySide6.QtWidgets import QApplication

    from timeline.ui.application import configure_application

    # check_qt, which runs first, has made sure the running application is a QApplication.
    app = cast(QApplication, QApplication.instance())
    configure_application(app)
    from timeline.export.fonts import load_export_fonts

    family = load_export_fonts()
    if app.windowIcon().isNull():
        raise CheckFailed("the window icon did not load")
    return f"{_resources()}: icon, fonts ({family})"


def check_window(state: SelfTestState) -> str:
    from timeline.ui.main_window import MainWindow

    window = MainWindow()
    try:
        # grab() paints without showing: a real screen is never touched.
        picture = window.grab()
        if picture.isNull():
            raise CheckFailed("the main window did not paint")
        menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
        return f"main window painted {picture.width()}x{picture.height()}; menus {', '.join(menus)}"
    finally:
        window.close()
        window.deleteLater()


def check_licences(state: SelfTestState) -> str:
    """The About dialog's table comes from package metadata, which a bundle must carry."""
    from timeline.dependency_licences import (
        DIRECT_DEPENDENCIES,
        NOT_STATED,
        collect_licences,
        normalise,
    )

    found = {normalise(item.name): item for item in collect_licences()}
    missing = [name for name in DIRECT_DEPENDENCIES if normalise(name) not in found]
    if missing:
        raise CheckFailed(f"no package metadata for {', '.join(missing)}")
    unstated = sorted(item.name for item in found.values() if item.licence == NOT_STATED)
    if unstated:
        raise CheckFailed(f"no licence stated by {', '.join(unstated)}")
    return f"{len(found)} packages with their licences for the About dialog"


def check_dateparser(state: SelfTestState) -> str:
    from timeline.extract import extract_mentions

    written, expected = DATEPARSER_PROBE
    text = f"The summit opened on {written} in Moscow."
    values = [m.value for m in extract_mentions(text, None)]
    if expected not in values:
        raise CheckFailed(f"{text!r} gave {values}, not {expected}")
    return f"{written!r} → {expected}"


def check_web_page(state: SelfTestState) -> str:
    from timeline.ingest import read_document

    page = state.folder / "page.html"
    page.write_text(WEB_PAGE, encoding="utf-8")
    article = read_document(page)
    if article.error:
        raise CheckFailed(f"could not read a web page: {article.error}")
    if WEB_PAGE_SENTENCE not in article.text:
        raise CheckFailed("the article text was not extracted from the page")
    if article.date != WEB_PAGE_DATE:
        raise CheckFailed(f"page date {article.date}, expected {WEB_PAGE_DATE}")
    return f"text and date {article.date} ({article.date_source}) from HTML"


def check_demo_corpus(state: SelfTestState) -> str:
    from timeline.analysis import load_corpus, seeds_folder

    seeds = seeds_folder()
    corpus = load_corpus([seeds])
    if not corpus.analyses:
        raise CheckFailed(f"no articles in {seeds}")
    unreadable = [a.article_id for a in corpus.articles if not a.is_readable]
    if unreadable:
        raise CheckFailed(f"unreadable: {', '.join(unreadable)}")
    without = [a.article.article_id for a in corpus.analyses if not a.mentions]
    if without:
        raise CheckFailed(f"no dates found in {', '.join(without)}")
    state.corpus = corpus
    mentions = sum(len(a.mentions) for a in corpus.analyses)
    return f"{len(corpus.analyses)} articles, {mentions} mentions from {seeds}"


def check_events(state: SelfTestState) -> str:
    corpus = _needs_corpus(state)
    missing = []
    for value, sources in EXPECTED_EVENTS:
        best = max((e.source_count for e in corpus.events if e.value == value), default=0)
        if best < sources:
            missing.append(f"{value} ({best} of {sources} sources)")
    if missing:
        raise CheckFailed(f"expected events missing: {', '.join(missing)}")
    state.key_event = max((e for e in corpus.events if e.value == KEY_EVENT), key=lambda e: e.source_count)
    return f"{len(corpus.events)} events; {KEY_EVENT} reported by {state.key_event.source_count} sources"


def _needs_corpus(state: SelfTestState) -> Any:
    if state.corpus is None:
        raise CheckFailed("not run: the demo corpus did not load")
    return state.corpus


def _export(state: SelfTestState, fmt_name: str) -> Path:
    from timeline.export.exporter import export_corpus
    from timeline.export.options import ExportFormat, ExportOptions

    corpus = _needs_corpus(state)
    width, height = EXPORT_SIZE
    options = ExportOptions(ExportFormat(fmt_name), title="Timeline self-test", width=width, height=height)
    return export_corpus(corpus, options, state.folder / f"timeline.{fmt_name}").path


def check_png_export(state: SelfTestState) -> str:
    from PySide6.QtGui import QImage

    path = _export(state, "png")
    image = QImage(str(path))
    if image.isNull():
        raise CheckFailed(f"{path} is not a readable PNG")
    if (image.width(), image.height()) != EXPORT_SIZE:
        raise CheckFailed(f"{image.width()}x{image.height()}, expected {EXPORT_SIZE}")
    share = inked_share(image)
    if share < MIN_INKED_SHARE:
        raise CheckFailed(f"the PNG is nearly blank ({share:.1%} of pixels drawn)")
    return f"{image.width()}x{image.height()}, {share:.0%} drawn, {path.stat().st_size} bytes"


def inked_share(image: Any, step: int = 4) -> float:
    """Share of sampled pixels that differ from the commonest colour (the page's)."""
    samples = Counter(image.pixel(x, y) for y in range(0, image.height(), step) for x in range(0, image.width(), step))
    if not samples:
        return 0.0
    _, background = samples.most_common(1)[0]
    return 1 - background / samples.total()


def check_svg_export(state: SelfTestState) -> str:
    path = _export(state, "svg")
    # Our own file, just written; ElementTree expands no external entities and fetches nothing.
    root = ET.parse(path).getroot()
    if root.tag != "{http://www.w3.org/2000/svg}svg":
        raise CheckFailed(f"{path} is not SVG (root {root.tag})")
    texts = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    label = state.key_event.label if state.key_event is not None else None
    if label is None:
        raise CheckFailed("not run: no key event to look for")
    if label not in texts:
        raise CheckFailed(f"the label {label!r} is not in the SVG's text")
    count = sum(1 for _ in root.iter("{http://www.w3.org/2000/svg}text"))
    return f"{count} text elements, including {label[:40]!r}…"
