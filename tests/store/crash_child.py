"""Run as a child process by test_crash_recovery: makes numbered changes, printing "ack N" after each.

`steps(n)` is the fixed sequence of changes, so the test can rebuild what the first n
of them should leave behind and compare it with what recovery finds.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from timeline.domain.edits import AnnotateEvent, Edit, RenameEvent, SetArticleDate
from timeline.store.document import ProjectDocument
from timeline.store.history import EditHistory


def edit_number(i: int) -> Edit:
    keys = frozenset({(f"corpus/{i % 5:03d}.txt", i, i + 6)})
    if i % 3 == 0:
        return RenameEvent(keys, f"event label {i}")
    if i % 3 == 1:
        return AnnotateEvent(keys, note=f"note {i}", tags=(f"t{i}",))
    return SetArticleDate(f"corpus/{i % 5:03d}.txt", None)


def step(i: int) -> tuple[str, Edit | None]:
    if i % 10 == 7:
        return ("undo", None)
    if i % 10 == 8:
        return ("redo", None)
    return ("push", edit_number(i))


def expected_history(count: int) -> EditHistory:
    history = EditHistory()
    for i in range(count):
        action, edit = step(i)
        if action == "push":
            assert edit is not None
            history.push(edit)
        elif action == "undo":
            history.undo()
        else:
            history.redo()
    return history


def main() -> None:
    recovery = Path(sys.argv[1])
    project = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    total = 10_000
    document = (
        ProjectDocument.open(project, recovery_directory=recovery)
        if project is not None
        else ProjectDocument(recovery_directory=recovery)
    )
    print("ready", flush=True)
    for i in range(total):
        action, edit = step(i)
        if action == "push":
            assert edit is not None
            document.apply_edit(edit)
        elif action == "undo":
            document.undo()
        else:
            document.redo()
        assert document.journal_problem is None, document.journal_problem
        print(f"ack {i}", flush=True)  # only after the change is durable in the journal
        time.sleep(0.002)


if __name__ == "__main__":
    main()
