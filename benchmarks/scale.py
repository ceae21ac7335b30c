"""Corpus scale on real pages: the whole `timeline events` against bare page reading, edits, reopening.

    .venv/bin/python benchmarks/scale.py [CORPUS] [--limit N] [--skip-pipeline] [--skip-edits]
                                         [--skip-window] [--skip-reopen]

CORPUS: a folder of articles (default ../corpora/bpoil, the converted development topic of
the public timeline data set: 1,458 real news reports). Measures, in one run:

1. `timeline events CORPUS --json` in a fresh process, on the cores other programs leave free and with one worker
   (TIMELINE_WORKERS=1), against the peer: trafilatura.extract + htmldate.find_date on the
   same pages, one core, also in a fresh process. The corpus holds the pages' text, so the
   peer reads each as the simplest web page of that text (its title, one paragraph a line);
   both include reading the files. Prints both rates and their ratio (>= 1.0: the whole
   pipeline keeps up with bare page reading).
2. Corrections: p95 latency of 50 mixed edits and undos (rename, hide, re-date, merge,
   annotate, undo, redo) through the incremental path the window takes, and the Python
   heap (tracemalloc) and RSS before and after 100 edits and undos.
3. The window, in a fresh process: the first events shown while the corpus loads, all of
   it shown, then keypress to repaint for 50 mixed edits and undos (the first edit after
   the load counted), then an article's date changed: how long until it is shown, and the
   window's longest stall meanwhile.
4. Reopening: a project saved with its analysis, opened again to a corpus ready to paint,
   against the same project saved without it.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(REPOSITORY))

DEFAULT_CORPUS = REPOSITORY.parent / "corpora" / "bpoil"


def _page_files(corpus: Path, limit: int | None) -> list[Path]:
    from timeline.ingest import planned_reads

    files = [path for path, _article_id, _declaration in planned_reads([corpus])]
    return files[:limit] if limit else files


def _limited_corpus(corpus: Path, limit: int | None, workdir: Path) -> Path:
    """The corpus itself, or its first `limit` files copied into a folder with its manifest
    (copied, not linked: links inside a folder are not followed when it is read)."""
    if not limit:
        return corpus
    target = workdir / "pages"
    for path in _page_files(corpus, limit):
        relative = path.relative_to(corpus)
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target / relative)
    manifest = corpus / "manifest.toml"
    if manifest.exists():
        shutil.copyfile(manifest, target / "manifest.toml")
    return target


# -- the peer: bare page reading -------------------------------------------------------------


def as_web_page(text: str) -> str:
    from html import escape

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = escape(lines[0]) if lines else ""
    body = "\n".join(f"<p>{escape(line)}</p>" for line in lines)
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\n{body}\n"
            "</article></body></html>")


def run_peer(corpus: Path, limit: int | None) -> None:
    """In its own process: read each file, make its page, then trafilatura + htmldate on it."""
    import trafilatura
    from htmldate import find_date

    started = time.perf_counter()
    pages = 0
    for path in _page_files(corpus, limit):
        html = as_web_page(path.read_text(encoding="utf-8", errors="replace"))
        trafilatura.extract(html)
        find_date(html)
        pages += 1
    print(f"{pages} {time.perf_counter() - started:.3f}")


def _timed(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def _children_cpu() -> float:
    """CPU seconds (user + system) of every child process this one has waited for so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_pipeline(corpus: Path, limit: int | None, workdir: Path) -> None:
    pages = len(_page_files(corpus, limit))
    folder = _limited_corpus(corpus, limit, workdir)
    events = [sys.executable, "-m", "timeline", "events", str(folder), "--json", "--quiet"]
    # CPU seconds beside wall time: on a shared machine the wall time of a run on every core
    # depends on what else runs, its CPU much less.
    cpu = [_children_cpu()]
    all_cores = _timed(events)
    cpu.append(_children_cpu())
    one_worker = _timed(events, env={**os.environ, "TIMELINE_WORKERS": "1"})
    cpu.append(_children_cpu())
    started = time.perf_counter()
    peer = subprocess.run([sys.executable, __file__, "--peer", str(corpus), "--limit", str(limit or 0)],
                          check=True, capture_output=True, text=True)
    peer_wall = time.perf_counter() - started
    cpu.append(_children_cpu())
    all_cpu, one_cpu, peer_cpu = (later - earlier for earlier, later in itertools.pairwise(cpu))
    peer_pages = int(peer.stdout.split()[0])
    print(f"pages: {pages} from {corpus}")
    print(f"timeline events --json, workers by free cores (of {os.cpu_count()}): {all_cores:6.2f} s  "
          f"{pages / all_cores:6.1f} pages/s  (CPU {all_cpu:.1f} s, every process)")
    print(f"timeline events --json, one worker:          {one_worker:6.2f} s  {pages / one_worker:6.1f} pages/s"
          f"  (CPU {one_cpu:.1f} s)")
    print(f"peer trafilatura.extract + htmldate.find_date, one core: {peer_wall:6.2f} s  "
          f"{peer_pages / peer_wall:6.1f} pages/s (fresh process, imports included; CPU {peer_cpu:.1f} s)")
    print(f"ratio timeline/peer (>= 1.0 keeps up): all cores {peer_wall / all_cores:.2f}, "
          f"one worker {peer_wall / one_worker:.2f}")


# -- corrections ---------------------------------------------------------------------------------


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _mixed_edits(events: list, rng: random.Random, articles: list | None = None) -> Iterator[object]:
    """An analyst's session: mostly renames, hides, notes and re-dates, some merges; "undo" and
    "redo" stand for those keys. With `articles`, some edits correct an article's date."""
    from datetime import timedelta

    from timeline.domain.edits import AnnotateEvent, HideEvent, MergeEvents, RenameEvent, SetArticleDate, SetEventDate
    from timeline.events import event_keys

    dated = [article for article in articles or () if article.date is not None]

    by_day: dict[object, list] = {}
    for event in events:
        by_day.setdefault(event.interval, []).append(event)
    pairs = [group for group in by_day.values() if len(group) >= 2]
    number = 0
    while True:
        number += 1
        event = rng.choice(events)
        kind = rng.random()
        if kind < 0.25:
            yield RenameEvent(event_keys(event), f"Renamed {number}")
        elif kind < 0.4:
            yield HideEvent(event_keys(event))
        elif kind < 0.5:
            yield AnnotateEvent(event_keys(event), note=f"note {number}")
        elif kind < 0.6:
            yield SetEventDate(event_keys(event), "2010-06-0" + str(1 + number % 9))
        elif kind < 0.7 and pairs:
            first, second = rng.sample(rng.choice(pairs), 2)
            yield MergeEvents(event_keys(first), event_keys(second))
        elif kind < 0.78 and dated:
            article = rng.choice(dated)
            yield SetArticleDate(article.article_id, article.date + timedelta(days=rng.choice([-7, -2, -1, 1, 3, 7])))
        elif kind < 0.88:
            yield "undo"
        else:
            yield "redo"


def measure_edits(corpus_folder: Path, limit: int | None, workdir: Path, seed: int) -> None:
    """Edit to new corpus and timeline index (what the window repaints from), as the window does it."""
    import gc

    from timeline.analysis import load_analysed
    from timeline.analysis.redate import ArticleRedater
    from timeline.jobs.edit_ready import ready_for_edits
    from timeline.present.index_update import updated_index
    from timeline.present.level_of_detail import build_index, index_of_shown
    from timeline.store.history import EditHistory

    folder = _limited_corpus(corpus_folder, limit, workdir / "edits") if limit else corpus_folder
    corpus, base = load_analysed([folder])
    # What the analysis worker keeps to apply an article's new date (built there after the load).
    started = time.perf_counter()
    redater = ArticleRedater(corpus.analyses, base)
    redater_seconds = time.perf_counter() - started
    # As the window has it: the replay made ready in the background task with the analysis.
    ready = ready_for_edits((corpus, index_of_shown(corpus.events), base), ())
    replay, corpus = ready.replay, ready.corpus
    index = ready.timeline_index
    history = EditHistory()
    edits = _mixed_edits(list(corpus.events), random.Random(seed), list(corpus.articles))
    redates: list[tuple[float, float]] = []  # (in the worker, in the window) per article date change

    def one_step() -> float:
        while True:
            edit = next(edits)
            if (edit == "undo" and not history.can_undo) or (edit == "redo" and not history.can_redo):
                continue
            break
        started = time.perf_counter()
        if edit == "undo":
            history.undo()
        elif edit == "redo":
            history.redo()
        else:
            history.push(edit)  # type: ignore[arg-type]
        if not replay.can_replay(history.edits):  # an article's date changed
            change = redater.redate(history.edits)
            worked_out = time.perf_counter()
            replay.redated(change.analyses, change.base_after(replay.base), change.gone, change.came)
            redates.append((worked_out - started, time.perf_counter() - worked_out))
        shown = replay.corpus(history.edits)
        middle = time.perf_counter()
        nonlocal index
        events = [event for event in shown.events if not event.hidden]
        index = updated_index(index, events) or build_index(events)  # as the timeline does
        indexing.append(time.perf_counter() - middle)
        return time.perf_counter() - started

    indexing: list[float] = []
    # The first edit counts like any other: an analyst waits for it too.
    gc.collect()
    rss_before, blocks_before = _rss_mb(), sys.getallocatedblocks()
    if os.environ.get("SCALE_PROFILE"):
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(lambda: [one_step() for _ in range(50)])
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    latencies = [one_step() for _ in range(50)]
    first_edit = latencies[0]
    latencies += [one_step() for _ in range(50)]
    gc.collect()
    rss_after, blocks_after = _rss_mb(), sys.getallocatedblocks()
    first_50 = sorted(latencies[:50])
    p95 = first_50[int(0.95 * len(first_50)) - 1]
    print(f"edits on {len(corpus.articles)} articles, {len(corpus.events)} events (incremental path of the window):")
    print(f"  edit or undo/redo to new corpus + timeline index: p95 {p95 * 1000:.1f} ms, "
          f"median {statistics.median(first_50) * 1000:.1f} ms, max {first_50[-1] * 1000:.1f} ms (50 mixed, the first "
          f"{first_edit * 1000:.1f} ms, counted); of which the timeline index: median "
          f"{statistics.median(indexing) * 1000:.1f} ms")
    if redates:
        worker = sorted(part[0] for part in redates)
        total = sorted(part[0] + part[1] for part in redates)
        print(f"  of which {len(redates)} article date changes (and their undo/redo): p95 "
              f"{total[max(0, int(0.95 * len(total)) - 1)] * 1000:.1f} ms, median {statistics.median(total) * 1000:.1f}"
              f" ms, max {total[-1] * 1000:.1f} ms; re-resolving and regrouping (the worker's part) median "
              f"{statistics.median(worker) * 1000:.1f} ms, max {worker[-1] * 1000:.1f} ms; the worker's grouping "
              f"state built in {redater_seconds:.1f} s after the load")
    print(f"  memory over 100 edits and undos: RSS {rss_before:.0f} -> {rss_after:.0f} MB "
          f"({(rss_after / rss_before - 1) * 100:+.1f} %), Python blocks {blocks_before:,} -> {blocks_after:,} "
          f"({(blocks_after / blocks_before - 1) * 100:+.1f} %); {len(history.edits)} edits in force at the end")


# -- the window ---------------------------------------------------------------------------------------


def measure_window(corpus_folder: Path, limit: int | None, workdir: Path, seed: int) -> None:
    """In a fresh process: the window loading the corpus (first events shown, all shown), then
    keypress-to-repaint of 50 mixed edits and undos (the session's edit, the event loop's turn
    with every view's update, the timeline's paint)."""
    folder = _limited_corpus(corpus_folder, limit, workdir / "window") if limit else corpus_folder
    result = subprocess.run([sys.executable, __file__, "--window", str(folder), "--seed", str(seed)],
                            check=True, capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    print(result.stdout, end="")


@contextmanager
def _private_state() -> Iterator[None]:
    """The window's settings and autosave journals in a folder of its own, removed after. In the
    real home each run left its journal (edits, never saved), and every launch read every
    journal left before it to offer recovery: 230 of them (1.8 GB) on the shared machine, 5 s
    of processor time that the window's process spent during the load it was measuring."""
    if os.environ.get("TIMELINE_CONFIG_DIR"):
        yield  # the caller chose one
        return
    with tempfile.TemporaryDirectory(prefix="timeline-bench-config-") as config:
        os.environ["TIMELINE_CONFIG_DIR"] = config
        try:
            yield
        finally:
            del os.environ["TIMELINE_CONFIG_DIR"]


def run_window(folder: Path, seed: int) -> None:
    started = time.perf_counter()
    # As `timeline open` does: the analysis worker starts before Qt and the window are imported.
    from timeline.jobs.analysis_worker import shared_worker

    shared_worker().warm_up()

    from PySide6.QtWidgets import QApplication

    from timeline.ui.main_window import MainWindow

    app = QApplication([])
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    session = window.session
    shown: list[tuple[float, int]] = []
    session.corpus_changed.connect(lambda: shown.append((time.perf_counter(), len(session.corpus.articles))))
    asked = time.perf_counter()
    session.load_paths([folder])
    while session.is_busy or not shown:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    window.timeline_view.repaint()
    total, loaded_at = shown[-1][1], shown[-1][0]
    print(f"window on {total} articles: first events shown {shown[0][0] - asked:.2f} s after the load was asked "
          f"({shown[0][0] - started:.2f} s after this process started; {shown[0][1]} articles), "
          f"all {shown[-1][0] - asked:.2f} s; {len(shown) - 1} partial views before the whole")
    # What the load leaves to the next turns (the article lists, labels shaped a slice at a
    # time) is done before the first keypress, as it is while the analyst reads the timeline.
    settled = time.perf_counter() + 1.0
    while time.perf_counter() < settled:
        app.processEvents()
        time.sleep(0.01)
    edits = _mixed_edits(list(session.corpus.events), random.Random(seed))
    latencies = []
    for _ in range(50):
        while True:
            edit = next(edits)
            if (edit == "undo" and not session.history.can_undo) or (edit == "redo" and not session.history.can_redo):
                continue
            break
        begun = time.perf_counter()
        painted_before = window.timeline_view.paint_count
        if edit == "undo":
            session.undo()
        elif edit == "redo":
            session.redo()
        else:
            session.apply_edit(edit)  # type: ignore[arg-type]
        latencies.append(_until_painted(app, window.timeline_view, painted_before) - begun)
        if session.is_busy:
            raise SystemExit("an edit went to a full re-analysis: the incremental path was not taken")
    first_edit = latencies[0]
    latencies.sort()
    print(f"  keypress to repaint, 50 mixed edits and undos: p95 {latencies[int(0.95 * 50) - 1] * 1000:.0f} ms, "
          f"median {statistics.median(latencies) * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms "
          f"(the first edit after the load {first_edit * 1000:.0f} ms, counted)")
    _measure_article_date(app, window, loaded_at=loaded_at)


def _until_painted(app: Any, view: Any, painted_before: int) -> float:
    """When the timeline has painted what the session now shows: the end of the event-loop turn
    in which it painted a frame after `painted_before` (its paint count when the change was
    shown, or asked for), as the window's own loop paints it; when that turn painted nothing
    (no update was pending), a paint asked for at once. (Painting it again after the turn
    that painted it, as this did, counted a second frame the window never paints.)"""
    if view.paint_count == painted_before:
        app.processEvents()
    if view.paint_count == painted_before:
        view.repaint()
    return time.perf_counter()


def _measure_article_date(app: Any, window: Any, changes: int = 40, loaded_at: float = 0.0) -> None:
    """Articles' dates changed, undone and redone: the worker works out what each changes in
    the analysis it holds (its grouping state is built on a thread after the load, so the
    first change may wait for it), the window patches it in. Measured: keypress to repaint
    (the result shown and painted), and how long the window stops answering meanwhile (the
    longest gap between ticks of a 5 ms timer on its thread)."""
    from datetime import timedelta

    from PySide6.QtCore import QTimer

    from timeline.domain.edits import SetArticleDate

    session = window.session
    rng = random.Random(11)
    dated = [a for a in session.corpus.articles if a.date is not None]
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    shown: list[tuple[float, int]] = []  # when the change was shown, and the timeline's paint count then
    session.corpus_changed.connect(lambda: shown.append((time.perf_counter(), window.timeline_view.paint_count)))
    latencies: list[float] = []
    stalls: list[float] = []
    first_keypress = 0.0
    for number in range(changes + 1):
        begun = time.perf_counter()
        first_keypress = first_keypress or begun
        shown.clear()
        ticks.clear()
        if number % 4 == 2:
            session.undo()
        elif number % 4 == 3:
            session.redo()
        else:
            article = rng.choice(dated)
            session.apply_edit(SetArticleDate(article.article_id,
                                              article.date + timedelta(days=rng.choice([-7, -2, -1, 1, 3, 7]))))
        while True:
            app.processEvents()
            if not session.is_busy and shown:
                break
            time.sleep(0.001)
        painted = _until_painted(app, window.timeline_view, shown[-1][1])
        latencies.append(painted - begun)
        stalls.append(max((later - earlier for earlier, later in itertools.pairwise([begun, *ticks, painted])),
                          default=0.0))
    timer.stop()
    first, every = latencies[0], sorted(latencies)
    print(f"  article date changes, undo and redo ({changes + 1}, the first counted): keypress to repaint p95 "
          f"{every[int(0.95 * len(every)) - 1] * 1000:.0f} ms, median {statistics.median(every) * 1000:.0f} ms, max "
          f"{every[-1] * 1000:.0f} ms; the window's longest stall meanwhile {max(stalls) * 1000:.0f} ms; the "
          f"first change {first * 1000:.0f} ms, pressed {first_keypress - loaded_at:.1f} s after the corpus was shown "
          f"(it waits for the worker's grouping state if that is still building)")


# -- reopening ---------------------------------------------------------------------------------------


def measure_reopen(corpus_folder: Path, limit: int | None, workdir: Path) -> None:
    """Save a project with its analysis, then open it again to a corpus and index ready to paint,
    in a fresh process (imports included), against opening it without the analysis."""
    from timeline.analysis import load_analysed
    from timeline.domain.edits import HideEvent, RenameEvent
    from timeline.events import event_keys
    from timeline.store.project import Project
    from timeline.store.project_file import save_project

    folder = _limited_corpus(corpus_folder, limit, workdir / "reopen") if limit else corpus_folder
    corpus, base = load_analysed([folder])
    events = sorted(corpus.events, key=lambda e: (-e.importance, e.event_id))
    edits = (RenameEvent(event_keys(events[0]), "Renamed"), HideEvent(event_keys(events[1])))
    with_cache, without = workdir / "cached.timeline", workdir / "plain.timeline"
    save_project(with_cache, Project(corpus.articles, edits), (corpus.analyses, base))
    save_project(without, Project(corpus.articles, edits))
    timings = {}
    for name, path in (("with its analysis", with_cache), ("without (extract again)", without)):
        result = subprocess.run([sys.executable, __file__, "--reopen", str(path)], check=True,
                                capture_output=True, text=True)
        timings[name] = result.stdout.split()
    print(f"reopen a {len(corpus.articles)}-article project ({with_cache.stat().st_size / 1e6:.1f} MB with the "
          f"analysis, {without.stat().st_size / 1e6:.1f} MB without) to a corpus and timeline index, fresh process:")
    for name, (total, reading, extracted) in timings.items():
        print(f"  {name}: {float(total):.2f} s (reading the file {float(reading):.2f} s), "
              f"{extracted} articles extracted again")


def run_reopen(path: Path) -> None:
    started = time.perf_counter()
    from timeline.present.level_of_detail import index_of_shown
    from timeline.store.analysis_cache import restore
    from timeline.store.project_file import read_project_file

    stored = read_project_file(path)
    read = time.perf_counter() - started
    analysed, extracted = restore(stored.project.articles, stored.project.edits_in_force, stored.analysis)
    index_of_shown(analysed.corpus.events)
    print(f"{time.perf_counter() - started:.3f} {read:.3f} {extracted}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    parser.add_argument("--peer", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--reopen", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--window", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--skip-window", action="store_true")
    parser.add_argument("--skip-pipeline", action="store_true")
    parser.add_argument("--skip-edits", action="store_true")
    parser.add_argument("--skip-reopen", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    limit = args.limit or None
    if args.peer:
        run_peer(args.corpus, limit)
        return 0
    if args.reopen:
        run_reopen(args.corpus)
        return 0
    if args.window:
        with _private_state():
            run_window(args.corpus, args.seed)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        workdir = Path(scratch)
        if not args.skip_pipeline:
            measure_pipeline(args.corpus, limit, workdir)
        if not args.skip_edits:
            measure_edits(args.corpus, limit, workdir, args.seed)
        if not args.skip_window:
            measure_window(args.corpus, limit, workdir, args.seed)
        if not args.skip_reopen:
            measure_reopen(args.corpus, limit, workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
