"""The longest stall of the window's GUI thread while 1,000 articles load, against loading on the GUI thread.

    nice .venv/bin/python benchmarks/ui_stall.py [--articles 1000] [--seed 5]
    nice .venv/bin/python benchmarks/ui_stall.py --folder /work/corpora/bpoil --at-launch

A precise QTimer asks to tick every 5 ms on the GUI thread; each gap between ticks
minus 5 ms is time the GUI thread could not answer the user (a stall). Measured:

1. loading a folder of generated articles through the window's session (reading,
   extraction and events in the background, then the window showing the corpus):
   the longest stall, the 99th percentile and how long the load took. Target: < 100 ms;
2. cancelling a second load after 150 ms: how soon the window is idle again, and
   that the corpus shown is still the first one;
3. the first and second analyst edit on the loaded corpus (the first also starts
   the autosave journal, which then holds the articles);
4. the peer, in the same run: the same load done on the GUI thread, where the stall
   is the whole load.

--folder loads a folder of real articles instead of generated ones; --at-launch starts the
first load as soon as the window is shown (as `timeline DIR` does), while the analysis worker
process is still starting, and measures the idle window afterwards instead of before.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import os
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, Qt, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from timeline.analysis import load_corpus
from timeline.domain.edits import RenameEvent
from timeline.events import event_keys
from timeline.ui.application import GIL_SWITCH_INTERVAL_S
from timeline.ui.main_window import MainWindow

TICK_MS = 5
TARGET_MS = 100.0
BENCHMARKS = Path(__file__).resolve().parent


def generated_folder(count: int, seed: int, folder: Path) -> None:
    """News-like articles with a manifest, from the events benchmark's generator."""
    spec = importlib.util.spec_from_file_location("events_benchmark", BENCHMARKS / "events.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    module.write_folder(module.generate(count, seed), folder)


class StallMeter:
    """Records the gaps between ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps_ms: list[float] = []
        self.work_ms: list[float] = []  # GUI-thread CPU time inside each gap
        self._last = 0.0
        self._last_cpu = 0.0

    def start(self) -> None:
        self.gaps_ms = []
        self.work_ms = []
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self._tick()
        self.timer.stop()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps_ms.append(max((now - self._last) * 1000 - TICK_MS, 0.0))
        self.work_ms.append((cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu = now, cpu

    def longest(self) -> float:
        return max(self.gaps_ms, default=0.0)

    def longest_work(self) -> float:
        """The most CPU the GUI thread itself spent between two ticks: its own work, as
        opposed to waiting for the GIL or for a CPU the machine's other processes hold."""
        return max(self.work_ms, default=0.0)

    def summary(self) -> str:
        return (f"longest stall {self.longest():.1f} ms (GUI-thread work in it at most "
                f"{self.longest_work():.1f} ms), p99 {self.percentile(0.99):.1f} ms")

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.gaps_ms)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def run_until(signal: object, start: Callable[[], None], settle_ms: int = 300, timeout_ms: int = 600_000,
              *, may_fire_at_once: bool = False) -> None:
    """Start something, spin the event loop until `signal` fires, then a little longer
    so the window's reaction to it (lists, the timeline) is measured too. With
    `may_fire_at_once`, a signal fired inside start() (an edit done incrementally) ends it."""
    loop = QEventLoop()
    fired: list[bool] = []

    def quit_loop() -> None:
        fired.append(True)
        loop.quit()

    signal.connect(quit_loop)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    start()
    if not (may_fire_at_once and fired):
        loop.exec()
    signal.disconnect(quit_loop)  # type: ignore[attr-defined]
    settle = QEventLoop()
    QTimer.singleShot(settle_ms, settle.quit)
    settle.exec()


def measure_idle(meter: StallMeter) -> None:
    """The floor: what the machine alone does to the timer (other processes, the OS)."""
    meter.start()
    idle = QEventLoop()
    QTimer.singleShot(2000, idle.quit)
    idle.exec()
    meter.stop()
    print(f"  idle window     : {meter.summary()} (nothing running: the machine's own noise)")


def _where(session: object) -> str:
    worker = getattr(session, "_worker", None)
    ran = getattr(worker, "last_run_in", None)
    return ran or "(not reported)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--folder", type=Path, default=None,
                        help="load this folder of articles (e.g. /work/corpora/bpoil) instead of generated ones")
    parser.add_argument("--at-launch", action="store_true",
                        help="start the first load right after the window is shown, as `timeline DIR` does")
    parser.add_argument("--profile", action="store_true",
                        help="also print where the GUI thread spent its time during the load (cProfile)")
    parser.add_argument("--switch-interval-ms", type=float, default=None,
                        help="Python's GIL switch interval (default: the window's own, 2 ms)")
    args = parser.parse_args()
    # The window's own setting unless told otherwise (configure_application sets it at start).
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S if args.switch_interval_ms is None else args.switch_interval_ms / 1000)

    qInstallMessageHandler(lambda *_: None)  # offscreen "propagateSizeHints" chatter
    app = QApplication.instance() or QApplication([])
    config = Path(tempfile.mkdtemp(prefix="timeline-bench-config-"))
    os.environ["TIMELINE_CONFIG_DIR"] = str(config)  # the journal goes here, not the real home
    generated = args.folder is None
    folder = Path(tempfile.mkdtemp(prefix="timeline-bench-articles-")) if generated else args.folder
    try:
        if generated:
            generated_folder(args.articles, args.seed, folder)
        launched = time.perf_counter()
        window = MainWindow()
        window.projects.prompts.can_ask = lambda: False  # type: ignore[method-assign]
        window.show()
        session = window.session
        meter = StallMeter()

        what = f"{args.articles} generated articles" if generated else "the articles"
        print(f"{what} in {folder}; "
              f"GIL switch interval {sys.getswitchinterval() * 1000:g} ms; {os.cpu_count()} CPUs, "
              f"load average {os.getloadavg()[0]:.1f}")
        print(f"GUI-thread stalls (gaps beyond the {TICK_MS} ms tick); target: longest < {TARGET_MS:.0f} ms")

        if not args.at_launch:
            measure_idle(meter)

        profiler = cProfile.Profile() if args.profile else None
        meter.start()
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()  # the GUI thread only: cProfile follows the thread that enables it
        first_shown: list[float] = []
        session.corpus_changed.connect(lambda: first_shown.append(time.perf_counter()))
        # Until the load ends (busy off), not its first partial view: the corpus streams in.
        run_until(session.busy_changed, lambda: session.load_paths([folder]))
        if profiler is not None:
            profiler.disable()
        load_seconds = time.perf_counter() - started
        meter.stop()
        corpus = session.corpus
        verdict = "meets" if meter.longest() < TARGET_MS else "MISSES"
        print(f"  background load : {len(corpus.articles)} articles, {len(corpus.events)} events in "
              f"{load_seconds:.2f} s; {meter.summary()}, {len(meter.gaps_ms)} ticks ({verdict} the target)")
        since = launched if args.at_launch else started
        first = f"{first_shown[0] - since:.2f} s" if first_shown else "never"
        print(f"    first events shown {first} after {'launch' if args.at_launch else 'the load began'}; "
              f"the load ran in {_where(session)}")
        if args.at_launch:
            measure_idle(meter)
        if profiler is not None:
            print("    GUI-thread time during the load, by function (cumulative):")
            stats = pstats.Stats(profiler, stream=sys.stdout)
            slots = r"timeline/ui/[a-z_]+\.py:[0-9]+\((_on_|show_|set_|paintEvent)"
            stats.sort_stats("cumulative").print_stats(slots, 14)

        # Cancel a second load shortly after it starts.
        meter.start()
        session.load_paths([folder])
        wait = QEventLoop()
        QTimer.singleShot(150, wait.quit)
        wait.exec()
        cancelled_at = time.perf_counter()
        run_until(session.busy_changed, session.cancel, settle_ms=100)
        idle_after = time.perf_counter() - cancelled_at
        meter.stop()
        kept = session.corpus is corpus
        print(f"  cancel          : idle {idle_after * 1000:.0f} ms after Cancel; corpus kept: {kept}; "
              f"{meter.summary()}")

        for label in ("first edit", "second edit"):
            event = max(session.corpus.events, key=lambda e: e.source_count)
            edit = RenameEvent(event_keys(event), f"{label} label")
            meter.start()
            started = time.perf_counter()
            run_until(session.corpus_changed, lambda edit=edit: session.apply_edit(edit), settle_ms=100,
                      may_fire_at_once=True)
            took = time.perf_counter() - started
            meter.stop()
            print(f"  {label:<16}: shown after {took * 1000:.0f} ms; {meter.summary()}")

        # The peer: the same work on the GUI thread.
        meter.start()
        started = time.perf_counter()
        peer_corpus = load_corpus([folder])
        session.set_corpus(peer_corpus)
        app.processEvents()
        peer_seconds = time.perf_counter() - started
        meter.stop()
        print(f"  peer (GUI thread): {len(peer_corpus.events)} events in {peer_seconds:.2f} s; {meter.summary()}")
        window.projects.document.close()
        window.close()
    finally:
        if generated:
            shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(config, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
