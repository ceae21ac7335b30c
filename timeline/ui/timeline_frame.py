"""One frame of the timeline widget: the events as render.paint_timeline draws them, with
what only the window adds around them (the line saying no event matches the filter, the
focus frame when nothing is selected), or, before any dated event, the invitation to add
articles instead of an axis."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from timeline.present.timeline_layout import TimelineLayout
from timeline.present.view_state import TimelineViewState
from timeline.render.timeline_painter import paint_timeline
from timeline.render.timeline_style import TimelineStyle
from timeline.ui.i18n import tr, translatable

EMPTY_MESSAGE = translatable("Drop articles here or use File → Add files…")  # shown through tr()


def paint_events(painter: QPainter, rect: QRectF, layout: TimelineLayout, style: TimelineStyle,
                 state: TimelineViewState, *, has_focus: bool, nothing_shown: bool) -> None:
    """The laid-out events in `rect`; `nothing_shown`: events exist but the filter hides
    them all, which is said above the axis."""
    paint_timeline(painter, rect, layout, style,
                   selected_event_id=state.selected, highlighted=state.highlighted,
                   also_selected=frozenset(state.also_selected), has_focus=has_focus)
    if nothing_shown:
        painter.setPen(style.muted_text)
        painter.setFont(style.font)
        painter.drawText(QRectF(0, 0, rect.width(), layout.axis_top),
                         Qt.AlignmentFlag.AlignCenter, tr("No event matches the filter"))
    if has_focus and not state.selected:
        _paint_focus_frame(painter, rect, style)


def invitation_text(loading_text: str, *, has_articles: bool) -> str:
    """What the view says with no events: the loading text while articles are read (not an
    invitation to drop more), why nothing shows when articles came in without a date to
    place, else how to add articles."""
    if loading_text:
        return loading_text
    if has_articles:
        return tr("No dated events in these articles.\n{}").format(tr(EMPTY_MESSAGE))
    return tr(EMPTY_MESSAGE)


def paint_invitation(painter: QPainter, rect: QRectF, style: TimelineStyle, message: str, *,
                     has_focus: bool) -> None:
    """No events at all: a neutral message, no axis and no dates."""
    painter.fillRect(rect, style.background)
    painter.setPen(style.muted_text)
    painter.setFont(style.font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, message)
    if has_focus:
        _paint_focus_frame(painter, rect, style)


def _paint_focus_frame(painter: QPainter, rect: QRectF, style: TimelineStyle) -> None:
    painter.setPen(QColor(style.selection))
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
