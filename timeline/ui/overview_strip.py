"""The whole corpus in one thin strip, with the timeline's visible window marked.

Follows a TimelineView: counts its shown events per column (bisects only, so 100,000
events cost nothing), and dragging or clicking moves the view's window.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline.present.calendar_text import day_text
from timeline.present.level_of_detail import count_by_midpoint
from timeline.present.ticks import axis_ticks
from timeline.present.time_scale import from_seconds
from timeline.present.viewport import Viewport, centre_on, fit, pan
from timeline.ui.i18n import tr
from timeline.ui.timeline_view import TimelineView

COLUMN = 3.0  # pixels per histogram column
MIN_WINDOW = 6.0  # the window marker never shrinks below this, so it can be grabbed


STORY_MIN_WIDTH = 6.0  # pixels: a week in a millennium still shows


class OverviewStrip(QWidget):
    def __init__(self, view: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.setAccessibleName(tr("Overview of the whole timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._view = view
        self._grab_offset: float | None = None  # time between pointer and window start
        view.viewport_changed.connect(self._on_viewport)
        view.events_changed.connect(self.update)
        self._on_viewport()

    def sizeHint(self) -> QSize:
        return QSize(400, 44)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 36)

    # -- geometry --------------------------------------------------------------------------
    def full_range(self) -> Viewport:
        """The corpus with a little margin, widened to include the view's window."""
        index = self._view.event_index()
        window = self._view.viewport()
        if index.first_start is None or index.last_end is None:
            return window
        corpus = fit(index.first_start, index.last_end, margin=0.02)
        return Viewport(min(corpus.start, window.start), max(corpus.end, window.end))

    def window_rect(self) -> QRectF:
        full = self.full_range()
        window = self._view.viewport()
        x0 = full.x_of(window.start, self.width())
        x1 = full.x_of(window.end, self.width())
        if x1 - x0 < MIN_WINDOW:
            centre = (x0 + x1) / 2
            x0, x1 = centre - MIN_WINDOW / 2, centre + MIN_WINDOW / 2
        return QRectF(x0, 1, x1 - x0, self.height() - 2)

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        style = self._view.timeline_style()
        painter = QPainter(self)
        painter.fillRect(self.rect(), style.band_shade)
        if not self._view.has_events():
            painter.end()  # no dates to show: an axis here would be an arbitrary one (1970)
            return
        full = self.full_range()
        width, height = float(self.width()), float(self.height())
        label_height = QFontMetricsF(style.small_font).height()
        chart_bottom = height - label_height - 2
        self._paint_story(painter, full, chart_bottom)
        index = self._view.event_index()
        columns = max(1, int(width / COLUMN))
        edges = [full.start + k * full.span / columns for k in range(columns + 1)]
        counts = count_by_midpoint(index, edges) if len(index) else []
        peak = max(counts, default=0)
        if peak:
            colour = QColor(style.mark_colour(0))
            colour.setAlpha(190)
            for k, count in enumerate(counts):
                if count:
                    # Square root: one event still shows beside a column of thousands.
                    bar = max(1.5, (count / peak) ** 0.5 * (chart_bottom - 4))
                    painter.fillRect(QRectF(k * COLUMN, chart_bottom - bar, COLUMN - 0.5, bar),
                                     colour)
        painter.setFont(style.small_font)
        painter.setPen(style.muted_text)
        metrics = QFontMetricsF(style.small_font)
        ticks = axis_ticks(full, width, metrics.horizontalAdvance)
        for tick in ticks.ticks:
            painter.drawLine(QPointF(tick.x, chart_bottom), QPointF(tick.x, chart_bottom + 3))
            painter.drawText(QPointF(tick.x + 2, height - 3), tick.label)
        window = self.window_rect()
        fill = QColor(style.selection)
        fill.setAlpha(60)
        painter.fillRect(window, fill)
        pen = QPen(style.selection if not style.high_contrast else style.text,
                   2.0 if self.hasFocus() else 1.5)
        painter.setPen(pen)
        painter.drawRect(window)
        painter.end()

    def _paint_story(self, painter: QPainter, full: Viewport, bottom: float) -> None:
        """The story's span (where Home goes) as a shaded stretch with its name, so the
        strip can show every date and still say where the story is."""
        story = self._view.story_span()
        if story is None:
            return
        style = self._view.timeline_style()
        x0, x1 = full.x_of(story[0], self.width()), full.x_of(story[1], self.width())
        if x1 - x0 < STORY_MIN_WIDTH:
            centre = (x0 + x1) / 2
            x0, x1 = centre - STORY_MIN_WIDTH / 2, centre + STORY_MIN_WIDTH / 2
        shade = QColor(style.highlight)
        shade.setAlpha(70)
        painter.fillRect(QRectF(x0, 0, x1 - x0, bottom), shade)
        painter.setPen(QPen(style.highlight, 1.0))
        painter.drawLine(QPointF(x0, bottom), QPointF(x1, bottom))
        painter.setFont(self._view.timeline_style().small_font)
        painter.setPen(style.muted_text)
        metrics = QFontMetricsF(style.small_font)
        text = "story"
        advance = metrics.horizontalAdvance(text)
        tx = x0 + 2 if x0 + 2 + advance < self.width() else x0 - 2 - advance
        painter.drawText(QPointF(max(tx, 0.0), metrics.ascent() + 1), text)

    # -- input -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        full = self.full_range()
        at = full.time_at(event.position().x(), self.width())
        if not self.window_rect().contains(event.position()):
            # A click outside the window centres it there; the drag goes on from there.
            self._view.set_viewport(centre_on(self._view.viewport(), at))
        self._grab_offset = at - self._view.viewport().start
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab_offset is None:
            super().mouseMoveEvent(event)
            return
        full = self.full_range()
        at = full.time_at(event.position().x(), self.width())
        window = self._view.viewport()
        self._view.set_viewport(Viewport(at - self._grab_offset,
                                         at - self._grab_offset + window.span))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._grab_offset = None
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        # The wheel over the overview zooms the timeline around its window's centre.
        self._view.zoom_by(2 ** (event.angleDelta().y() / 480))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = self._view.viewport().span * 0.25
        if event.key() == Qt.Key.Key_Left:
            self._view.set_viewport(pan(self._view.viewport(), -step))
        elif event.key() == Qt.Key.Key_Right:
            self._view.set_viewport(pan(self._view.viewport(), step))
        elif event.key() == Qt.Key.Key_Home and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._view.fit_all()
        elif event.key() == Qt.Key.Key_Home:
            self._view.fit_story()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _on_viewport(self) -> None:
        window = self._view.viewport()
        self.setAccessibleDescription(
            tr("Showing {} to {}").format(
                day_text(from_seconds(window.start).date()), day_text(from_seconds(window.end).date())))
        self.update()
