"""`timeline open [PATH...]`: the window, on the given files and folders or the demo corpus."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "open",
        help="open the window on files or folders (the default; the demo corpus when no path)",
        description="Open the Timeline window. Without paths it opens the bundled demo corpus.",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="articles or folders of articles")


def run(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from timeline.analysis import seeds_folder
    from timeline.ui.application import configure_application
    from timeline.ui.main_window import MainWindow

    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(f"timeline: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    window = MainWindow()
    window.show()
    window.session.load_paths(args.paths or [seeds_folder()])
    return int(app.exec())
