"""Mouse, wheel and trackpad on the timeline: drag to pan, wheel to zoom (Shift or a sideways
scroll pans), click to select or open a cluster, Ctrl+click to add to the selection, a
double click on empty ground to zoom in, a pinch to zoom."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCursor, QMouseEvent, QNativeGestureEvent, QWheelEvent

from timeline.present.timeline_layout import ClusterMark, TimelineLayout
from timeline.present.view_state import TimelineViewState
from timeline.present.viewport import Viewport, pan_pixels

WHEEL_NOTCH = 120  # angleDelta units per mouse-wheel notch
ZOOM_PER_NOTCH = 2 ** 0.25
DRAG_THRESHOLD = 4  # pixels before a press becomes a drag, not a click


class PointerTarget(Protocol):
    """What the pointer moves: the timeline view."""

    @property
    def state(self) -> TimelineViewState: ...
    def width(self) -> int: ...
    def current_layout(self) -> TimelineLayout: ...
    def zoom_by(self, factor: float, x: float | None = None) -> None: ...
    def pan_by_pixels(self, dx: float) -> None: ...
    def set_viewport(self, viewport: Viewport) -> None: ...
    def choose_event(self, event_id: str) -> None: ...
    def toggle_selected(self, event_id: str) -> None: ...
    def open_cluster(self, cluster: ClusterMark) -> None: ...
    def clear_selection(self) -> bool: ...
    def setCursor(self, cursor: QCursor | Qt.CursorShape) -> None: ...
    def unsetCursor(self) -> None: ...


class TimelinePointer:
    """Turns pointer events into the view's moves; each handler says whether it took the event."""

    def __init__(self, view: PointerTarget) -> None:
        self._view = view
        self._press: QPointF | None = None
        self._press_viewport: Viewport | None = None
        self._dragging = False

    def wheel(self, event: QWheelEvent) -> None:
        angle = event.angleDelta()
        pixels = event.pixelDelta()
        horizontal = angle.x() if angle.x() else 0
        vertical = angle.y()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not horizontal:
            horizontal, vertical = vertical, 0
        if horizontal and abs(horizontal) >= abs(vertical):
            dx = pixels.x() if not pixels.isNull() and pixels.x() else horizontal / WHEEL_NOTCH * 60
            self._view.pan_by_pixels(dx)
        elif vertical:
            self._view.zoom_by(ZOOM_PER_NOTCH ** (vertical / WHEEL_NOTCH), event.position().x())
        event.accept()

    def gesture(self, event: QNativeGestureEvent) -> bool:
        if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self._view.zoom_by(1.0 + event.value(), event.position().x())
            return True
        return False

    def press(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._press = event.position()
        self._press_viewport = self._view.state.viewport
        self._dragging = False
        event.accept()
        return True

    def move(self, event: QMouseEvent) -> bool:
        if self._press is None or self._press_viewport is None:
            return False
        dx = event.position().x() - self._press.x()
        if self._dragging or abs(dx) >= DRAG_THRESHOLD:
            self._dragging = True
            self._view.setCursor(Qt.CursorShape.ClosedHandCursor)
            self._view.set_viewport(pan_pixels(self._press_viewport, dx, self._view.width()))
        event.accept()
        return True

    def release(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return False
        was_drag = self._dragging
        self._press = None
        self._press_viewport = None
        self._dragging = False
        self._view.unsetCursor()
        if not was_drag:
            adding = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.click(event.position(), adding=adding)
        event.accept()
        return True

    def double_click(self, event: QMouseEvent) -> None:
        layout = self._view.current_layout()
        x, y = event.position().x(), event.position().y()
        if layout.mark_at(x, y) is None and layout.cluster_at(x, y) is None:
            self._view.zoom_by(2.0, x)
        event.accept()

    def click(self, position: QPointF, *, adding: bool = False) -> None:
        """A mark: select it (Ctrl: add or take out); a cluster: open it; else clear."""
        layout = self._view.current_layout()
        mark = layout.mark_at(position.x(), position.y())
        if mark is not None and adding:
            self._view.toggle_selected(mark.event_id)
            return
        if mark is not None:
            self._view.choose_event(mark.event_id)
            return
        cluster = layout.cluster_at(position.x(), position.y())
        if cluster is not None:
            self._view.open_cluster(cluster)
            return
        self._view.clear_selection()
