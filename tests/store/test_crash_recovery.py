"""A session killed with SIGKILL mid-way through its edits loses none that it had acknowledged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from crash_child import expected_history
from store_samples import sample_articles

from timeline.store.document import ProjectDocument
from timeline.store.project import Project
from timeline.store.project_file import save_project
from timeline.store.recovery import find_recoverable, recover

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

KILL_AFTER = 60


def run_and_kill(repo_root, recovery_dir, *extra: str) -> int:
    """Start the child, kill it once it has acknowledged KILL_AFTER changes; the last ack seen."""
    env = {**os.environ, "PYTHONPATH": str(repo_root)}
    child = subprocess.Popen(
        [sys.executable, str(repo_root / "tests" / "store" / "crash_child.py"), str(recovery_dir), *extra],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    last = -1
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("ack "):
            last = int(line.split()[1])
            if last >= KILL_AFTER:
                child.send_signal(signal.SIGKILL)
                break
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    for line in child.stdout:  # acks written to the pipe before the kill landed
        if line.startswith("ack "):
            last = int(line.split()[1])
    return last


def check_recovered(document, last_ack: int) -> None:
    # Changes 0..last_ack were acknowledged; one more may have reached the journal unacknowledged.
    candidates = [expected_history(last_ack + 1), expected_history(last_ack + 2)]
    found = (document.history.all_edits, document.history.cursor)
    assert found in [(h.all_edits, h.cursor) for h in candidates]
    assert document.is_modified


def test_untitled_work_survives_sigkill(repo_root, tmp_path):
    recovery_dir = tmp_path / "recovery"
    last_ack = run_and_kill(repo_root, recovery_dir)
    offers = find_recoverable(recovery_dir)
    assert len(offers) == 1 and offers[0].project_path is None
    document, _notes = recover(offers[0].journal_path, recovery_directory=recovery_dir)
    check_recovered(document, last_ack)
    document.close()
    assert find_recoverable(recovery_dir) == []


def test_edits_on_a_saved_project_survive_sigkill(repo_root, tmp_path):
    recovery_dir = tmp_path / "recovery"
    path = tmp_path / "case.timeline"
    save_project(path, Project(sample_articles(5), view_state={"zoom": 2}))
    last_ack = run_and_kill(repo_root, recovery_dir, str(path))
    (offer,) = find_recoverable(recovery_dir)
    assert offer.project_path == path.resolve()
    document, notes = recover(offer.journal_path, recovery_directory=recovery_dir)
    assert notes == () or all("incomplete" in note for note in notes)
    check_recovered(document, last_ack)
    assert document.articles == sample_articles(5)
    assert document.view_state == {"zoom": 2}
    # The recovered work saves into the project like any other.
    document.save()
    assert find_recoverable(recovery_dir) == []
    reopened = ProjectDocument.open(path)
    assert reopened.history.all_edits == document.history.all_edits
    assert not reopened.is_modified
