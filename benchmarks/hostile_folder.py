"""A folder of hostile files beside good ones, through `timeline extract`, `events` and `export`:
every good file loads, each bad one has a one-line reason, and the peak memory of the whole
process tree (the command, its reader and workers) stays bounded. The peer, in the same run,
is the same commands on the good files alone.

    .venv/bin/python benchmarks/hostile_folder.py [--scale 1.0] [--keep DIR]

Linux only (memory is read from /proc). Prints, per command: wall time, the peak of the
summed resident memory of the process tree, the largest single process, the exit status
and the lines naming skipped files.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.hostile_documents import build_hostile_folder  # noqa: E402
from benchmarks.process_tree import descendants  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as stream:
            return int(stream.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def measure(command: list[str]) -> dict[str, object]:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_tree = peak_one = 0
    while process.poll() is None:
        sizes = [_rss(pid) for pid in [process.pid, *descendants(process.pid)]]
        peak_tree, peak_one = max(peak_tree, sum(sizes)), max(peak_one, max(sizes, default=0))
        time.sleep(0.02)
    stderr = process.stderr.read() if process.stderr else ""
    return {
        "seconds": time.perf_counter() - started,
        "peak_tree_mb": peak_tree / 2**20,
        "peak_process_mb": peak_one / 2**20,
        "exit": process.returncode,
        "skipped": [line for line in stderr.splitlines() if "skipped" in line],
        "tracebacks": stderr.count("Traceback"),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="bomb sizes (1.0: the issue's, 2 GB inside)")
    parser.add_argument("--keep", type=Path, help="build the folders here and keep them")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="timeline-hostile-"))
    hostile, good = base / "hostile", base / "good"
    started = time.perf_counter()
    expected = build_hostile_folder(hostile, scale=args.scale)
    good.mkdir(parents=True, exist_ok=True)
    for name in ("good_one.txt", "good_two.txt"):
        shutil.copy(hostile / name, good / name)
    for seed in (REPO / "seeds").iterdir():
        shutil.copy(seed, hostile / seed.name)
        shutil.copy(seed, good / seed.name)
    size = sum(p.lstat().st_size for p in hostile.rglob("*"))
    print(f"hostile folder: {len(list(hostile.rglob('*')))} entries, {size / 2**20:.1f} MB on disk, "
          f"built in {time.perf_counter() - started:.1f} s")
    timeline = [sys.executable, "-m", "timeline"]
    for name, extra in (("extract", []), ("events", []), ("export", ["--out", str(base / "out.png")])):
        for label, folder in (("hostile", hostile), ("good only (peer)", good)):
            result = measure([*timeline, name, str(folder), *extra])
            print(f"{name:8} {label:17} {result['seconds']:6.1f} s  tree peak {result['peak_tree_mb']:6.0f} MB"
                  f"  largest process {result['peak_process_mb']:6.0f} MB  exit {result['exit']}"
                  f"  tracebacks {result['tracebacks']}")
            if label == "hostile" and name != "extract":
                for line in result["skipped"]:  # type: ignore[union-attr]
                    print(f"    {line}")
    print("expected reasons:", ", ".join(f"{k}: {v}" for k, v in expected.items()))
    if args.keep is None:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
