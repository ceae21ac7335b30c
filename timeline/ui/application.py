"""Application-wide setup: names, icon, the bundled fonts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon

from timeline import __version__


def resources_folder() -> Path:
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "resources", here / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources/ is not installed")


def load_bundled_fonts() -> list[str]:
    """Register the shipped fonts so screen and export look the same on every machine."""
    families: list[str] = []
    for font_file in sorted((resources_folder() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def configure_application(app: QGuiApplication) -> None:
    app.setApplicationName("Timeline")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Timeline")
    app.setDesktopFileName("io.github.timeline.Timeline")
    icon = resources_folder() / "icons" / "timeline.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    load_bundled_fonts()
