"""Where the timeline looks: zoom, pan, fit everything or the story, zoom to the selection,
step from event to event, open a cluster. A mixin of `TimelineView` (ui/timeline_view.py):
every move is a transition of the view's state taken through the widget's one `_commit`,
so these methods only work out the new viewport or selection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt

from timeline.present.framing import fit_all_view, fit_story_view
from timeline.present.level_of_detail import overlapping
from timeline.present.timeline_layout import ClusterMark
from timeline.present.viewport import Viewport, fit, pan_pixels

if TYPE_CHECKING:
    from timeline.present.text_measure import TextMeasure
    from timeline.present.timeline_content import TimelineContent
    from timeline.present.timeline_layout import TimelineLayout
    from timeline.present.view_state import TimelineViewState

KEY_ZOOM = 1.5


class TimelineMoves:
    """The view's moves; the widget provides the state, the content and the rest below."""

    if TYPE_CHECKING:  # what the mixin uses of TimelineView (declared here for the type checker only)
        _state: TimelineViewState
        _content: TimelineContent
        _measure: TextMeasure
        _fitted_once: bool

        def width(self) -> int: ...
        def current_layout(self) -> TimelineLayout: ...
        def _commit(self, new: TimelineViewState, *, emit_current: bool = True) -> None: ...
        def _select(self, event_id: str, *, emit: bool) -> None: ...
        def _show_cluster_menu(self, event_ids: list[str], at: QPoint) -> None: ...

    def set_viewport(self, viewport: Viewport) -> None:
        # A view chosen before the events arrive (a project being reopened) is kept.
        self._fitted_once = True
        self._commit(self._state.show(viewport))

    def zoom_by(self, factor: float, x: float | None = None) -> None:
        """Zoom in (factor > 1) or out keeping the time under x (default: the centre) still."""
        anchor_x = self.width() / 2 if x is None else x
        anchor = self._state.viewport.time_at(anchor_x, max(self.width(), 1))
        self._fitted_once = True
        self._commit(self._state.zoom(factor, anchor))

    def zoom_in(self) -> None:
        """One keyboard step in, keeping the selected event still when it is on screen."""
        self.zoom_by(KEY_ZOOM, self._focus_x())

    def zoom_out(self) -> None:
        self.zoom_by(1 / KEY_ZOOM, self._focus_x())

    def pan_by_pixels(self, dx: float) -> None:
        self.set_viewport(pan_pixels(self._state.viewport, dx, self.width()))

    def fit_all(self) -> None:
        """Everything in view, with room for the last event's label before the right edge."""
        viewport = fit_all_view(self._content.index, self._measure, float(max(self.width(), 1)))
        if viewport is not None:
            self.set_viewport(viewport)

    def story_span(self) -> tuple[float, float] | None:
        """Where the story is (present.story.story_span over the shown events), in seconds."""
        return self._content.story_span()

    def fit_story(self) -> None:
        """Home: the story's span (where its articles and key events are), not every outlier,
        with room for the labels of the key events near its end."""
        span = self.story_span()
        if span is None:
            self.fit_all()
            return
        self.set_viewport(fit_story_view(span, self._content.index, self._state.key_events, self._measure,
                                         float(max(self.width(), 1))))

    def zoom_to_selection(self) -> None:
        event = self._content.index.find(self._state.selected)
        if event is not None:
            start, end = self._content.seconds(event.event_id)
            self.set_viewport(fit(start, end, margin=0.5))

    def step_event(self, step: int) -> bool:
        """Select the next (step > 0) or previous event in time order; False at either end.

        Steps stay within the view and the story: with nothing selected the first (last)
        event on screen; never off to an outlier years away, never round in a loop.
        """
        stepped = self._state.step(self._content.index, step, self.story_span())
        if stepped is None:
            return False
        self._select(stepped.selected, emit=True)
        return True

    def open_cluster(self, cluster: ClusterMark) -> None:
        """Zoom onto the cluster's events; when zooming cannot part them, list them."""
        target = fit(cluster.t0, cluster.t1, margin=0.15)
        if target.span < self._state.viewport.span * 0.8:
            self.set_viewport(target)
            return
        ids = list(cluster.members)
        if not ids:
            found = overlapping(self._content.index, cluster.t0, cluster.t1)
            found.sort(key=lambda i: self._content.index.starts[i])
            ids = [self._content.index.events[i].event_id for i in found]
        self._show_cluster_menu(ids, QPoint(int(cluster.x0), int(cluster.y)))

    def pan_key(self, key: Qt.Key, shift: bool) -> None:
        """Left/Right pan by an eighth of the view, Shift by half."""
        fraction = 0.5 if shift else 0.125
        direction = 1 if key == Qt.Key.Key_Left else -1
        self.pan_by_pixels(direction * fraction * self.width())

    def _focus_x(self) -> float | None:
        """Keyboard zoom keeps the selected event still when it is on screen."""
        selected = self._state.selected
        mark = self.current_layout().find_mark(selected) if selected else None
        return mark.xp if mark is not None else None
