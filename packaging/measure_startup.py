"""Measures the bundle's size and its start time to the first painted window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/measure_startup.py [--runs N]

Launches dist/timeline/timeline (and, as the peer in the same run, `python -m timeline`
from the source tree) offscreen on the demo corpus with TIMELINE_QUIT_AFTER_FIRST_PAINT=1,
which makes the window print a line and quit once it has painted the timeline with its
events. The time is from spawning the process to that line. The first bundle run after a
build or a reboot is the coldest this script can see; it does not drop the system's file
cache (that needs root and slows every other program on the machine).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLE = REPO_ROOT / "dist" / "timeline"
FIRST_PAINT_LINE = "first paint"
TIMEOUT_S = 120.0


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(folder: Path, count: int = 8) -> list[tuple[int, str]]:
    """The biggest files and top-level folders inside the bundle's _internal/."""
    inside = folder / "_internal"
    parts = []
    for child in inside.iterdir() if inside.is_dir() else ():
        if child.is_symlink():
            continue  # PyInstaller links top-level names to the real files in PySide6/Qt/lib
        size = folder_size(child) if child.is_dir() else child.stat().st_size
        parts.append((size, child.name + ("/" if child.is_dir() else "")))
    return sorted(parts, reverse=True)[:count]


def time_to_first_paint(command: list[str]) -> float:
    """Seconds from spawning `command` to its first-paint line; raises if it never comes."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TIMELINE_QUIT_AFTER_FIRST_PAINT": "1",
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=REPO_ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: list[float] = []
    output: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            if FIRST_PAINT_LINE in line and not seen:
                seen.append(time.perf_counter() - started)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        process.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    reader.join(timeout=5)
    if not seen:
        errors = process.stderr.read() if process.stderr else ""
        raise RuntimeError(
            f"{' '.join(command)} never reported a first paint (exit {process.returncode}):\n"
            + "".join(output)[-2000:]
            + errors[-2000:]
        )
    return seen[0]


def report(name: str, times: list[float]) -> None:
    rest = times[1:] or times
    print(
        f"{name:<8} first run {times[0]:.2f} s; then median {statistics.median(rest):.2f} s, "
        f"best {min(rest):.2f} s over {len(rest)} runs"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="launches of each (default 5)")
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the one-folder app")
    parser.add_argument("--no-peer", action="store_true", help="skip the source-tree run")
    args = parser.parse_args()

    executable = args.bundle / "timeline"
    if not executable.exists():
        print(f"No bundle at {args.bundle}: build it with ./dev bundle.", file=sys.stderr)
        return 1
    size = folder_size(args.bundle)
    print(f"bundle   {args.bundle}: {size / 2**20:.0f} MiB on disk (files, not blocks)")
    for part_size, name in largest_parts(args.bundle):
        print(f"           {part_size / 2**20:6.1f} MiB  {name}")

    bundle_times = [time_to_first_paint([str(executable)]) for _ in range(args.runs)]
    report("bundle", bundle_times)
    if not args.no_peer:
        source_times = [
            time_to_first_paint([sys.executable, "-m", "timeline"]) for _ in range(args.runs)
        ]
        report("source", source_times)
    return 0


if __name__ == "__main__":
    sys.exit(main())
