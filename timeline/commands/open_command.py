"""`timeline open [PATH...]`: the window, on the given files and folders or the demo corpus."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import cast

from timeline.commands.errors import UsageError, require_existing


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "open",
        help="open the window on files or folders (the default; the demo corpus when no path)",
        description="Open the Timeline window. Without paths it opens the bundled demo corpus.",
    )
    parser.add_argument("paths", nargs="*", type=Path,
                        help="articles or folders of articles, or a project file (.timeline)")


def run(args: argparse.Namespace) -> int:
    require_existing(args.paths)
    # The analysis worker first, before Qt and the window's modules are imported: its own
    # imports (about a second) then run beside those, on another core, and the first load
    # finds it ready sooner (the window's session finds it started).
    from timeline.jobs.analysis_worker import shared_worker

    shared_worker().warm_up()

    from PySide6.QtWidgets import QApplication

    from timeline.analysis import seeds_folder
    from timeline.store import PROJECT_SUFFIX
    from timeline.ui.application import configure_application
    from timeline.ui.crash_report import install_crash_handler, route_qt_messages_to_log
    from timeline.ui.main_window import MainWindow

    route_qt_messages_to_log()  # before the application: its start-up warnings count too
    # instance() is typed as the core application; the only one this process makes is a QApplication.
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    configure_application(app)
    projects = [p for p in args.paths if p.suffix == PROJECT_SUFFIX and p.is_file()]
    articles = [p for p in args.paths if p not in projects]
    if len(projects) > 1:
        raise UsageError("open one project at a time")
    window = MainWindow()
    install_crash_handler(window, keep_work=window.projects.store_view_state)
    window.show()
    if projects:
        # The project is read off the window's thread; what follows waits for it.
        def opened(success: bool) -> None:
            if not success:
                app.exit(1)
            elif articles:
                window.session.add_paths(articles)

        window.projects.open_finished.connect(opened)
        if not window.projects.open_project(projects[0]):
            return 1
    else:
        window.session.load_paths(articles or [seeds_folder()])
    return int(app.exec())
