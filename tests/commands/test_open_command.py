"""`timeline open`: the analysis worker starts before the window's modules are imported."""

from __future__ import annotations

import subprocess
import sys


def test_the_analysis_worker_is_asked_to_start_before_qt_is_imported(seeds_dir) -> None:
    # Its imports (about a second) then run beside Qt's and the window's, not after them.
    code = f"""
import argparse, sys
from pathlib import Path
from timeline.commands import open_command
from timeline.jobs import analysis_worker

def warm_up(self):
    print("PySide6" in sys.modules)
    raise SystemExit(0)

analysis_worker.AnalysisWorker.warm_up = warm_up
open_command.run(argparse.Namespace(paths=[Path({str(seeds_dir)!r})]))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "False"
