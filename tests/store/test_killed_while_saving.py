"""A process killed in the middle of saving leaves the old project or the new one, never a broken file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from save_child import FIRST, SECOND

from timeline.store.project_file import open_project, save_project

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@pytest.mark.parametrize("delay", [0.05, 0.13, 0.31])
def test_killed_mid_save_leaves_a_whole_project(repo_root, tmp_path, delay):
    path = tmp_path / "case.timeline"
    save_project(path, SECOND)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo_root), str(repo_root / "tests" / "store")])}
    child = subprocess.Popen(
        [sys.executable, str(repo_root / "tests" / "store" / "save_child.py"), str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().startswith("saved")  # it is saving in a loop now
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert open_project(path) in (FIRST, SECOND)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "case.timeline"]
    assert all(name.startswith(".case.timeline.") and name.endswith(".tmp") for name in leftovers)


def test_the_next_save_clears_temporaries_that_killed_saves_left(tmp_path):
    path = tmp_path / "case.timeline"
    old = tmp_path / ".case.timeline.abc123.tmp"
    recent = tmp_path / ".case.timeline.def456.tmp"  # perhaps another window saving right now
    for leftover in (old, recent):
        leftover.write_bytes(b"half a project")
    os.utime(old, (time.time() - 2 * 3600, time.time() - 2 * 3600))
    save_project(path, FIRST)
    assert not old.exists() and recent.exists()
