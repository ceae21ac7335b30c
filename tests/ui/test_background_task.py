"""A background task always tells its owner that it ended, even when cancelled as it finished."""

from __future__ import annotations

from timeline.ui.background import CANCELLED_AFTER_FINISHING, BackgroundTask, start


def test_a_task_cancelled_while_its_work_finishes_ends_with_failed_not_silence(qtbot):
    holder: list[BackgroundTask] = []

    def work(_progress, _cancelled):
        holder[0].cancel()  # the cancel arrives after the work's last look at the flag
        return "done"

    task = BackgroundTask(work)
    holder.append(task)
    succeeded: list[object] = []
    task.relay.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(task.relay.failed, timeout=10_000) as blocker:
        start(task)
    assert blocker.args == [CANCELLED_AFTER_FINISHING]
    assert succeeded == []


def test_a_task_not_cancelled_delivers_its_result(qtbot):
    task = BackgroundTask(lambda _progress, _cancelled: 42)
    with qtbot.waitSignal(task.relay.succeeded, timeout=10_000) as blocker:
        start(task)
    assert blocker.args == [42]
