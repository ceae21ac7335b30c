"""Application-wide setup: names, icon, the bundled fonts."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QIcon

from timeline import __version__
from timeline.export.fonts import load_export_fonts
from timeline.package_data import icon_file, resources_dir


def resources_folder() -> Path:
    return resources_dir()


# Background analysis is pure Python and holds the GIL; handing it back every 2 ms instead of
# Python's default 5 ms keeps the window answering input while a corpus loads.
GIL_SWITCH_INTERVAL_S = 0.002


def configure_application(app: QGuiApplication) -> None:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app.setApplicationName("Timeline")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Timeline")
    app.setDesktopFileName("io.github.timeline.Timeline")
    icon = icon_file()
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    load_export_fonts()  # the same shipped fonts on screen as in exports
