"""Timeline view speed: frame paint times while zooming and panning, and first paint of the seeds.

    nice .venv/bin/python benchmarks/view.py [--sizes 1000,10000,100000] [--frames 60]
                                             [--launches 3]

For each N, the time to index the events (index_of_shown, which the window runs in its
background task), to hand them to the view with and without that index (GUI thread), and
the first frame after the load are printed. Then generated events
(timeline.present.synthetic_events: ten years, mostly days, some weeks, months, quarters
and years) go into the real TimelineView, shown offscreen at 1920x1080. A frame is one
synchronous repaint() after a viewport move: layout (lanes, clusters, ticks) plus
painting. The script zooms from the full range down to one day (--frames steps, around
a fixed point), then pans at that zoom (--frames steps of 40 px, as a drag would),
replays that --passes times, and prints the median and 95th percentile of the per-frame
medians (wall clock; this thread's CPU time alongside, since the machine may be shared),
and the p95 of the first, cold pass alone.

Peer in the same run: a naive painter that draws every event (dot and label, lane by
index) with no clipping, no lanes and no level of detail, over the same frames, at each
N up to 10,000; it shows what clipping and counting buy as N grows.

Then it launches `python -m timeline` on the demo corpus --launches times with
TIMELINE_QUIT_AFTER_FIRST_PAINT=1 (the window quits after its first painted timeline)
and reports the time from process start to that first paint.

The last line reads `p95 <ms> ms, median <ms> ms at <N> events` for the largest N.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, Qt, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtGui import QFontDatabase, QPainter, QPaintEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from timeline.domain.event import Event  # noqa: E402
from timeline.present.level_of_detail import index_of_shown  # noqa: E402
from timeline.present.synthetic_events import synthetic_events  # noqa: E402
from timeline.present.time_scale import SECONDS_PER_DAY, to_seconds  # noqa: E402
from timeline.present.viewport import Viewport, fit, pan_pixels  # noqa: E402
from timeline.render.timeline_style import light_style  # noqa: E402
from timeline.ui.timeline_view import TimelineView  # noqa: E402

WIDTH, HEIGHT = 1920, 1080
PEER_MAX = 10_000  # the naive peer at 100,000 events would take minutes per run


def frame_viewports(events: Sequence[Event], frames: int) -> list[Viewport]:
    """Full range to one day around a fixed point, then a drag-like pan at that zoom."""
    first = to_seconds(events[0].interval.start)
    last = max(to_seconds(e.interval.end) for e in events)
    full = fit(first, last)
    anchor = first + (last - first) * 0.37  # any fixed point inside the data
    day = SECONDS_PER_DAY
    ratio = (day / full.span) ** (1 / (frames - 1))
    views = []
    for k in range(frames):
        span = full.span * ratio**k
        fraction = (anchor - full.start) / full.span
        views.append(Viewport(anchor - fraction * span, anchor - fraction * span + span))
    view = views[-1]
    for _ in range(frames):
        view = pan_pixels(view, -40, WIDTH)
        views.append(view)
    return views


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(paint_frame: Callable[[Viewport], None],
            views: Sequence[Viewport]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per frame. Wall is what the analyst waits; CPU
    (this thread's) is the same frame without the time other processes took the core."""
    gc.collect()
    walls, cpus = [], []
    for view in views:
        started, started_cpu = time.perf_counter(), time.thread_time()
        paint_frame(view)
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.thread_time() - started_cpu) * 1000)
    return walls, cpus


class NaivePeer(QWidget):
    """Paints every event every frame: no clipping, no lanes, no counting."""

    def __init__(self, events: Sequence[Event]) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.events = events
        self.starts = [to_seconds(e.interval.start) for e in events]
        self.ends = [to_seconds(e.interval.end) for e in events]
        self.viewport = Viewport(0, 1)
        self.style_ = light_style()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.style_.background)
        painter.setFont(self.style_.font)
        lanes = (self.height() - 60) // 24
        width = self.width()
        for k, item in enumerate(self.events):
            x = self.viewport.x_of((self.starts[k] + self.ends[k]) / 2, width)
            y = 10 + (k % lanes) * 24
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.style_.mark_colour(0))
            painter.drawEllipse(QPointF(x, y + 8), 5, 5)
            painter.setPen(self.style_.text)
            painter.drawText(QPointF(x + 9, y + 13), item.label)
        painter.end()


def first_paint(launches: int) -> tuple[list[float], list[str]]:
    """Wall time from starting `python -m timeline` to its first painted timeline."""
    env = dict(os.environ, TIMELINE_QUIT_AFTER_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    walls, reports = [], []
    for _ in range(launches):
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "timeline"], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=120, check=False)
        walls.append(time.perf_counter() - started)
        line = next((s for s in result.stdout.splitlines() if s.startswith("first paint")), "")
        reports.append(line or f"no first-paint line (exit {result.returncode}): "
                               f"{result.stderr.strip()[-200:]}")
    return walls, reports


def quiet_offscreen_warnings() -> None:
    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(f"{message}\n")

    qInstallMessageHandler(handler)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--frames", type=int, default=60)
    parser.add_argument("--launches", type=int, default=3)
    parser.add_argument("--passes", type=int, default=3,
                        help="times the frame sequence is replayed (per-frame median)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    quiet_offscreen_warnings()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for font in (ROOT / "resources" / "fonts").glob("*.ttf"):
        QFontDatabase.addApplicationFont(str(font))

    print(f"Frames at {WIDTH}x{HEIGHT}: zoom full range -> one day in {args.frames} steps, "
          f"then {args.frames} pan steps of 40 px. Frame = repaint() after the move.")
    results = {}
    for count in sizes:
        events = synthetic_events(count)
        views = frame_viewports(events, args.frames)
        view = TimelineView()
        view.resize(WIDTH, HEIGHT)
        view.show()
        QTest.qWaitForWindowExposed(view)
        # As the window does it: the index is built in the session's background task, then
        # the GUI thread only takes it; set_events without an index is the old path.
        started = time.perf_counter()
        index = index_of_shown(events)
        indexed = time.perf_counter() - started
        started, started_cpu = time.perf_counter(), time.thread_time()
        view.set_events(events, index=index)
        loaded = time.perf_counter() - started
        loaded_cpu = time.thread_time() - started_cpu
        measuring = time.perf_counter()
        view.finish_pending_layout()  # in the app the event loop does this a slice per turn
        view.repaint()  # the first frame after a load: lanes and label widths from scratch
        first_frame = time.perf_counter() - measuring
        other = TimelineView()
        other.resize(WIDTH, HEIGHT)
        started = time.perf_counter()
        other.set_events(events)
        unindexed = time.perf_counter() - started
        other.deleteLater()
        print(f"  TimelineView  N={count:>7,}: index_of_shown (background) {indexed * 1000:.1f} ms; "
              f"set_events with it {loaded * 1000:.1f} ms (CPU {loaded_cpu * 1000:.1f}), without "
              f"{unindexed * 1000:.1f} ms; first frame {first_frame * 1000:.1f} ms")

        painted_before = view.paint_count

        def ours(viewport: Viewport, view: TimelineView = view) -> None:
            view.set_viewport(viewport)
            view.repaint()

        passes = [measure(ours, views) for _ in range(args.passes)]
        cold = passes[0][0]
        # Per frame, the median over the passes: one pass is at the mercy of whatever else
        # the machine is doing; the first pass alone (cold caches) is printed as well.
        times = [statistics.median(p[0][k] for p in passes) for k in range(len(views))]
        cpu = [statistics.median(p[1][k] for p in passes) for k in range(len(views))]
        painted = view.paint_count - painted_before
        if painted < args.passes * len(views):
            print(f"  warning: only {painted} of {args.passes * len(views)} frames were painted")
        zoom, panning = times[: args.frames], times[args.frames:]
        results[count] = times
        print(f"  TimelineView  N={count:>7,}: "
              f"median {statistics.median(times):6.2f} ms, p95 {percentile(times, 0.95):6.2f} ms, "
              f"max {max(times):6.2f} ms (zoom p95 {percentile(zoom, 0.95):.2f}, "
              f"pan p95 {percentile(panning, 0.95):.2f}; CPU p95 {percentile(cpu, 0.95):.2f}; "
              f"first pass p95 {percentile(cold, 0.95):.2f})")
        view.close()
        if count <= PEER_MAX:
            peer = NaivePeer(events)
            peer.resize(WIDTH, HEIGHT)
            peer.show()
            QTest.qWaitForWindowExposed(peer)

            def naive(viewport: Viewport, peer: NaivePeer = peer) -> None:
                peer.viewport = viewport
                peer.repaint()

            peer_times, peer_cpu = measure(naive, views)
            print(f"  peer: naive   N={count:>7,}: every event, no clipping      | "
                  f"median {statistics.median(peer_times):6.2f} ms, "
                  f"p95 {percentile(peer_times, 0.95):6.2f} ms, max {max(peer_times):6.2f} ms "
                  f"(CPU p95 {percentile(peer_cpu, 0.95):.2f})")
            peer.close()
        del view
        app.processEvents()

    if args.launches > 0:
        walls, reports = first_paint(args.launches)
        print(f"First paint of the seeds (python -m timeline, {args.launches} launches): "
              f"median {statistics.median(walls):.2f} s from process start "
              f"(target < 1.5 s); each: {', '.join(f'{w:.2f}' for w in walls)} s")
        for report in reports:
            print(f"  window says: {report}")

    largest = max(results)
    times = results[largest]
    print(f"p95 {percentile(times, 0.95):.1f} ms, median {statistics.median(times):.1f} ms "
          f"at {largest} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
