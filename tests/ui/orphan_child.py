"""Run by test_no_orphans: starts the analysis worker and a file reader, prints their process ids
(and the resource tracker's), then waits to be killed."""

from __future__ import annotations

import multiprocessing
import sys
import time
from pathlib import Path


def main() -> None:
    from timeline.ingest.reader_process import shared_reader_pool
    from timeline.jobs.analysis_worker import AnalysisWorker, load_job

    worker = AnalysisWorker()
    worker.warm_up()
    worker.run(load_job, ([Path(sys.argv[1])], ()), lambda done, total: None, lambda: False)
    readers = shared_reader_pool()  # this process's own reader too (plain text needs none: started here)
    assert readers is not None
    readers.warm_up()
    from multiprocessing import resource_tracker

    pids = [child.pid for child in multiprocessing.active_children()]
    tracker = getattr(resource_tracker._resource_tracker, "_pid", None)
    if tracker:
        pids.append(tracker)
    print(" ".join(str(pid) for pid in pids), flush=True)
    time.sleep(120)


if __name__ == "__main__":
    main()
