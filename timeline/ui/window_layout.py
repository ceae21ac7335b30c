"""The window's size, place and arrangement (docks, toolbars, splitters) kept between runs.

Saved when the window closes, restored when it opens; View → Reset layout puts back the
arrangement the window was built with. A saved state from another layout version (docks
added or renamed) is ignored rather than half-applied.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter

from timeline.ui.settings import app_settings

# Raise when docks or splitters change so an old saved arrangement is not forced onto them.
LAYOUT_VERSION = 1
GROUP = "window"


class WindowLayout:
    def __init__(self, window: QMainWindow, splitters: dict[str, tuple[QSplitter, tuple[int, ...]]]) -> None:
        """`splitters`: name → (splitter, the share of each pane when reset, e.g. (3, 2))."""
        self._window = window
        self._splitters = {name: splitter for name, (splitter, _) in splitters.items()}
        # The arrangement as built: what Reset layout returns to. Splitters by their shares:
        # before the window is first shown their sizes are not laid out yet.
        self._default_size = window.size()
        self._default_state = window.saveState(LAYOUT_VERSION)
        self._default_shares = {name: shares for name, (_, shares) in splitters.items()}

    def restore(self) -> bool:
        """Apply the saved geometry and arrangement; False when there was none to apply."""
        settings = app_settings()
        settings.beginGroup(GROUP)
        try:
            if settings.value("version", 0, type=int) != LAYOUT_VERSION:
                return False
            geometry = settings.value("geometry")
            if isinstance(geometry, QByteArray):
                self._window.restoreGeometry(geometry)
            state = settings.value("state")
            if isinstance(state, QByteArray):
                self._window.restoreState(state, LAYOUT_VERSION)
            for name, splitter in self._splitters.items():
                saved = settings.value(f"splitter/{name}")
                if isinstance(saved, QByteArray):
                    splitter.restoreState(saved)
            return True
        finally:
            settings.endGroup()

    def save(self) -> None:
        settings = app_settings()
        settings.beginGroup(GROUP)
        settings.setValue("version", LAYOUT_VERSION)
        settings.setValue("geometry", self._window.saveGeometry())
        settings.setValue("state", self._window.saveState(LAYOUT_VERSION))
        for name, splitter in self._splitters.items():
            settings.setValue(f"splitter/{name}", splitter.saveState())
        settings.endGroup()
        settings.sync()

    def reset(self) -> None:
        """The docks, panes and size the window started with before any saved layout."""
        window = self._window
        if window.isMaximized() or window.isFullScreen():
            window.showNormal()
        window.restoreState(self._default_state, LAYOUT_VERSION)
        window.resize(QSize(self._default_size))
        for name, splitter in self._splitters.items():
            shares = self._default_shares[name]
            extent = sum(splitter.sizes()) or 1000
            splitter.setSizes([round(extent * share / sum(shares)) for share in shares])
