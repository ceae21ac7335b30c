"""Soak: a 10,000-article project zoomed, panned, edited, saved and reopened again and again.

    nice .venv/bin/python benchmarks/soak.py [--articles 10000] [--rounds 6] [--frames 120] [--seed 3]

Generated news articles (the events benchmark's generator) are analysed once; then each
round, on the real TimelineView shown offscreen at 1600x900:

1. zooms in and out around random points and pans (--frames repaints);
2. makes three analyst edits (rename, note and tags, hide) and an undo/redo through a
   ProjectDocument with its autosave journal, and rebuilds the events once;
3. saves the project (atomically) and opens it again, checking that the articles and
   every edit came back identical.

After each round it records the process's resident memory (RSS) and the number of
Python heap blocks (sys.getallocatedblocks): flat means no leak. --trace also runs
tracemalloc (slow) and prints what grew most between the second and the last round.
At the end the last saved project is analysed from scratch and every edit must still
apply (nothing lost, no conflicts).

Peer in the same run: the same project written as one JSON document with fsync (the
obvious format), against the project file's save and open times.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from timeline.analysis import analyse, reanalyse
from timeline.domain.article import Article
from timeline.domain.edits import AnnotateEvent, Edit, HideEvent, RenameEvent
from timeline.domain.event import Event
from timeline.events import event_keys, unapplied_edits
from timeline.store import ProjectDocument
from timeline.store.article_codec import article_to_row
from timeline.ui.timeline_view import TimelineView

BENCHMARKS = Path(__file__).resolve().parent
WIDTH, HEIGHT = 1600, 900


def generated_articles(count: int, seed: int) -> list[Article]:
    spec = importlib.util.spec_from_file_location("events_benchmark", BENCHMARKS / "events.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return [item.article for item in module.generate(count, seed)]


def rss_mb() -> float:
    """Resident memory now (Linux /proc; elsewhere the peak from getrusage)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def slope(values: list[float]) -> float:
    """Least-squares growth per step."""
    n = len(values)
    if n < 2:
        return 0.0
    mean_x, mean_y = (n - 1) / 2, statistics.fmean(values)
    num = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    return num / sum((x - mean_x) ** 2 for x in range(n))


def pan_and_zoom(view: TimelineView, frames: int, rng: random.Random) -> list[float]:
    times = []
    for _ in range(frames):
        started = time.perf_counter()
        move = rng.random()
        if move < 0.4:
            view.zoom_by(rng.choice((1.6, 2.0, 1.25)), rng.uniform(0, WIDTH))
        elif move < 0.7:
            view.zoom_by(rng.choice((0.6, 0.5, 0.8)), rng.uniform(0, WIDTH))
        elif move < 0.95:
            view.pan_by_pixels(rng.uniform(-600, 600))
        else:
            view.fit_all()
        view.repaint()
        times.append((time.perf_counter() - started) * 1000)
    return times


def json_peer(document: ProjectDocument, path: Path) -> tuple[float, float]:
    """Save and load the same content as one JSON document (fsynced): the obvious format."""
    project = document.snapshot()
    from timeline.store.article_codec import article_from_row
    from timeline.store.edit_codec import edit_from_json, edit_to_json

    started = time.perf_counter()
    payload = {
        "articles": [list(article_to_row(a)) for a in project.articles],
        "edits": [edit_to_json(e) for e in project.edits],
        "cursor": project.cursor,
        "view": dict(project.view_state),
    }
    with open(path, "w", encoding="utf-8") as stream:
        json.dump(payload, stream)
        stream.flush()
        os.fsync(stream.fileno())
    saved = time.perf_counter() - started
    started = time.perf_counter()
    with open(path, encoding="utf-8") as stream:
        raw = json.load(stream)
    [article_from_row(tuple(row)) for row in raw["articles"]]
    [edit_from_json(e) for e in raw["edits"]]
    return saved, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--frames", type=int, default=120)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--trace", action="store_true", help="tracemalloc: show what grew between rounds")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    qInstallMessageHandler(lambda *_: None)
    app = QApplication.instance() or QApplication([])
    workdir = Path(tempfile.mkdtemp(prefix="timeline-soak-"))
    os.environ["TIMELINE_CONFIG_DIR"] = str(workdir / "config")
    try:
        started = time.perf_counter()
        articles = generated_articles(args.articles, args.seed)
        corpus = analyse(articles)
        analysed = time.perf_counter() - started
        print(f"{len(articles)} generated articles ({sum(len(a.text) for a in articles) / 1e6:.1f} M characters) "
              f"analysed in {analysed:.1f} s: {len(corpus.events)} events; RSS {rss_mb():.0f} MB")

        view = TimelineView()
        view.resize(WIDTH, HEIGHT)
        view.show()
        QTest.qWaitForWindowExposed(view)
        view.set_events([e for e in corpus.events if not e.hidden])
        view.finish_pending_layout()

        path = workdir / "soak.timeline"
        document = ProjectDocument(recovery_directory=workdir / "recovery")
        document.set_articles(corpus.articles)
        gc.collect()
        if args.trace:
            tracemalloc.start(8)
        snapshots = []
        rss, heap, frame_times, edit_times, save_times, open_times = [], [], [], [], [], []
        made: list[Edit] = []
        for round_number in range(1, args.rounds + 1):
            frame_times += pan_and_zoom(view, args.frames, rng)

            events = [e for e in corpus.events if e.mentions and not e.hidden]
            chosen = rng.sample(events, 3)
            edits: list[Edit] = [
                RenameEvent(event_keys(chosen[0]), f"Renamed in round {round_number}"),
                AnnotateEvent(event_keys(chosen[1]), note=f"checked in round {round_number}", tags=("soak",)),
                HideEvent(event_keys(chosen[2])),
            ]
            started = time.perf_counter()
            for edit in edits:
                document.apply_edit(edit)
            document.undo()
            document.redo()
            corpus = reanalyse(corpus, document.history.edits)
            view.set_events([e for e in corpus.events if not e.hidden])
            view.finish_pending_layout()
            edit_times.append(time.perf_counter() - started)
            made += edits

            document.set_view_state({"visible": [view.viewport().start, view.viewport().end]})
            started = time.perf_counter()
            document.save(path)
            save_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            reopened = ProjectDocument.open(path, recovery_directory=workdir / "recovery")
            open_times.append(time.perf_counter() - started)
            assert reopened.articles == document.articles, "articles changed on the way through the file"
            assert reopened.history.all_edits == tuple(made), "edits changed on the way through the file"
            assert not reopened.is_modified
            del reopened

            gc.collect()
            rss.append(rss_mb())
            heap.append(sys.getallocatedblocks() / 1000)
            live_events = sum(1 for item in gc.get_objects() if type(item) is Event)
            if args.trace:
                snapshots.append(tracemalloc.take_snapshot())
            print(f"  round {round_number}: RSS {rss[-1]:.0f} MB, Python heap {heap[-1]:.0f}k blocks, "
                  f"{live_events} Event objects alive ({len(corpus.events)} in the corpus), "
                  f"edits+rebuild {edit_times[-1]:.1f} s, save {save_times[-1]:.2f} s, open {open_times[-1]:.2f} s")
        if args.trace and len(snapshots) > 2:
            print("grew most between round 2 and the last (tracemalloc):")
            for stat in snapshots[-1].compare_to(snapshots[1], "traceback")[:8]:
                print(f"  {stat.size_diff / 1e3:+.1f} kB in {stat.count_diff:+d} blocks at")
                for line in stat.traceback.format()[-6:]:
                    print("     ", line)
            tracemalloc.stop()

        # Who holds the Event objects of earlier rounds? The layout's per-event cache keeps
        # up to 4 x N + 10,000 entries (timeline.present.timeline_layout): bounded, not a leak.
        derived = getattr(getattr(view, "_measure", None), "derived", None)
        if isinstance(derived, dict):
            derived.pop("timeline_layout", None)
            gc.collect()
            alive = sum(1 for item in gc.get_objects() if type(item) is Event)
            print(f"after dropping the layout's per-event cache: {alive} Event objects alive")

        settled = rss[1:] if len(rss) > 2 else rss  # the first round warms caches
        print(f"memory: RSS growth {slope(settled):+.1f} MB/round over rounds 2-{len(rss)} "
              f"({settled[0]:.0f} -> {settled[-1]:.0f} MB); Python heap {slope(heap[1:]):+.1f}k blocks/round "
              f"({heap[1]:.0f}k -> {heap[-1]:.0f}k)")
        print(f"frames: {len(frame_times)} pan/zoom repaints, median {statistics.median(frame_times):.1f} ms, "
              f"p95 {sorted(frame_times)[int(0.95 * len(frame_times))]:.1f} ms")
        size = path.stat().st_size / 1e6
        print(f"project file: {size:.1f} MB; save median {statistics.median(save_times):.2f} s, "
              f"open median {statistics.median(open_times):.2f} s (open = read, integrity check, checksum, decode)")
        peer_save, peer_open = json_peer(document, workdir / "peer.json")
        print(f"peer (one JSON document, fsynced): save {peer_save:.2f} s, load {peer_open:.2f} s, "
              f"{(workdir / 'peer.json').stat().st_size / 1e6:.1f} MB")

        # Nothing lost: a fresh extraction of the reopened project takes every edit.
        started = time.perf_counter()
        final = ProjectDocument.open(path)
        fresh = analyse(final.articles, final.history.edits)
        conflicts = unapplied_edits(fresh.analyses, final.history.edits)
        labels = {e.label for e in fresh.events}
        renamed = [e for e in made if isinstance(e, RenameEvent)]
        missing = [e.label for e in renamed if e.label not in labels]
        print(f"reopened and re-extracted in {time.perf_counter() - started:.1f} s: {len(final.history.all_edits)} "
              f"edits kept, {len(conflicts)} conflicts, {len(missing)} renamed events missing"
              + (" -> NOTHING LOST" if not conflicts and not missing else " -> LOST WORK"))
        document.close()
        view.close()
        app.processEvents()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
