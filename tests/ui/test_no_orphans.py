"""When the window's process is killed, its analysis worker, its file readers and multiprocessing's
resource tracker go with it: nothing is left running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from benchmarks.process_tree import descendants

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead, waiting only for its (gone) parent's reaper
        with open(f"/proc/{pid}/stat") as stream:
            return stream.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


def test_killing_the_window_process_leaves_no_worker_behind(repo_root, seeds_dir):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo_root), str(repo_root / "tests" / "ui")])}
    parent = subprocess.Popen([sys.executable, str(repo_root / "tests" / "ui" / "orphan_child.py"), str(seeds_dir)],
                              stdout=subprocess.PIPE, text=True, env=env)
    assert parent.stdout is not None
    children = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(children) >= 3  # the analysis worker, a reader, the resource tracker
    assert all(_alive(pid) for pid in children)

    parent.send_signal(signal.SIGKILL)
    parent.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)

    assert [pid for pid in children if _alive(pid)] == []


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads the process tree from /proc")
def test_killing_a_command_mid_load_leaves_no_pool_worker_or_reader_behind(repo_root, seeds_dir, tmp_path):
    text = next(seeds_dir.glob("*.txt")).read_text(encoding="utf-8")
    for number in range(300):  # enough for the pool of worker processes to start
        (tmp_path / f"{number:03d}.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(repo_root), "TIMELINE_WORKERS": "2"}
    command = subprocess.Popen([sys.executable, "-m", "timeline", "events", str(tmp_path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    seen: set[int] = set()
    deadline = time.monotonic() + 60
    # The two pool workers (and multiprocessing's resource tracker when they are spawned, not
    # forked; readers only for formats other than plain text).
    while len(seen) < 2 and time.monotonic() < deadline and command.poll() is None:
        seen |= set(descendants(command.pid))
        time.sleep(0.05)
    assert len(seen) >= 2, "the pool never started"

    command.send_signal(signal.SIGKILL)
    command.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in seen) and time.monotonic() < deadline:
        time.sleep(0.1)

    assert [pid for pid in seen if _alive(pid)] == []
