"""What the timeline says to a screen reader and in tooltips: an event in one line, the
selection with how many events are shown, and what is under the pointer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QWidget

from timeline.domain.event import Event
from timeline.present.calendar_text import event_date_text
from timeline.present.event_filter import EventFilter
from timeline.present.timeline_layout import TimelineLayout
from timeline.ui.i18n import tr


def describe_event(event: Event) -> str:
    """One line a screen reader or tooltip can say: label, date, sources, flags."""
    sources = event.source_count
    parts = [event.label, event_date_text(event),
             tr("{} sources").format(sources) if sources != 1 else tr("1 source")]
    if event.conflict:
        parts.append(tr("sources disagree"))
    if event.extent is not None:
        parts.append(tr("lasting {} days").format(event.extent.duration.days))
    if event.date_set_by_analyst:
        parts.append(tr("date set by the analyst"))
    elif event.is_implied:
        parts.append(tr("date implied from context"))
    return ", ".join(parts)


def announce_selection(widget: QWidget, selected: Event | None, shown: int, criteria: EventFilter) -> None:
    """Describe the selection (and how many events are shown, under which filter) as the
    widget's accessible description; a screen reader says a newly selected event at once."""
    summary = tr("{} events shown").format(shown)
    if not criteria.is_empty:
        summary += tr(" (filter: {})").format(criteria.describe())
    text = tr("Selected: {}. {}").format(describe_event(selected), summary) if selected else summary
    if text == widget.accessibleDescription():
        return
    widget.setAccessibleDescription(text)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
        if selected is not None:
            # Screen readers say this at once, as the analyst steps through events.
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, describe_event(selected)))


def tooltip_text(layout: TimelineLayout, x: float, y: float, shown_event: Callable[[str], Event | None]) -> str | None:
    """The tooltip at (x, y): the event under it (`shown_event` finds it among the shown
    ones), else how many events a cluster there holds; None over empty ground."""
    mark = layout.mark_at(x, y)
    if mark is not None:
        event = shown_event(mark.event_id)
        if event is not None:
            return describe_event(event)
    cluster = layout.cluster_at(x, y)
    if cluster is not None:
        return tr("{} events here: click to open").format(cluster.count)
    return None
