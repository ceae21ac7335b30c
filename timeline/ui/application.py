"""Application-wide setup: names, icon, the bundled fonts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QIcon

from timeline import __version__
from timeline.export.fonts import load_export_fonts


def resources_folder() -> Path:
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "resources", here / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources/ is not installed")


def configure_application(app: QGuiApplication) -> None:
    app.setApplicationName("Timeline")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Timeline")
    app.setDesktopFileName("io.github.timeline.Timeline")
    icon = resources_folder() / "icons" / "timeline.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    load_export_fonts()  # the same shipped fonts on screen as in exports
