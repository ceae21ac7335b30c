"""The bundled DejaVu fonts, registered with Qt so an export looks the same on every machine."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from timeline.package_data import fonts_dir

FAMILY = "DejaVu Sans"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def fonts_folder() -> Path:
    folder = fonts_dir()
    if not folder.is_dir():
        raise FileNotFoundError(f"the bundled fonts are not installed (no {folder})")
    return folder


@cache
def load_export_fonts() -> str:
    """Register the shipped fonts once (needs a QGuiApplication); returns the family name.

    A missing font file is an installation fault, reported rather than quietly replaced
    by whatever the system has, which would make exports differ between machines.
    """
    folder = fonts_folder()
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id < 0:
            raise RuntimeError(f"Qt could not load the bundled font {folder / name}")
        families = QFontDatabase.applicationFontFamilies(font_id)
        if FAMILY not in families:
            raise RuntimeError(f"{name} holds {families}, not {FAMILY!r}")
    return FAMILY


def export_font(size: float, *, bold: bool = False) -> QFont:
    """DejaVu Sans, `size` layout units tall.

    Pixel sizes, not point sizes: a point size would be converted with the device's own
    resolution and then scaled again by the painter's transform from layout units.
    """
    font = QFont(load_export_fonts())
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    font.setKerning(True)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
