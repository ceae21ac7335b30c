"""A Qt application for exporting without a window: offscreen when there is no display."""

from __future__ import annotations

import os
import sys
from typing import cast

from PySide6.QtGui import QGuiApplication

from timeline.export.fonts import load_export_fonts


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> QGuiApplication:
    """The running application, or a new one; Qt must choose its platform before it starts."""
    # instance() is typed as the core application; the ones this program makes are GUI ones.
    app = cast("QGuiApplication | None", QGuiApplication.instance())
    if app is None:
        if not has_display():
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["timeline-export"])
    load_export_fonts()
    return app
