"""The zoomable timeline widget: events on a date axis, navigated by mouse, trackpad and keys.

State lives in one plain value, a `TimelineViewState` (timeline.present.view_state: the
viewport, the selection, lanes, filter, highlight, Key events setting and contrast), whose
pure transitions the widget applies in one place (`_commit`), which then says what changed;
geometry comes from timeline.present, painting from timeline.render.paint_timeline (with
the window's additions in ui/timeline_frame.py). The widget only turns input into
transitions: keys through the table in ui/timeline_keys.py, the pointer in
ui/timeline_pointer.py, the moves (zoom, pan, fit, step) in its mixin ui/timeline_moves.py.

Signals: `event_selected(str)` when the analyst picks an event ("" to clear);
`selection_changed()` when the set of selected events changes (Ctrl+click adds or
removes one; `selected_event_ids()` lists them, the current one first);
`viewport_changed(float, float)` with the visible range in seconds since 1970;
`events_changed()` when the shown events change (after set_events or a filter);
`key_events_changed(object)` with the new KeyEvents setting; `state_changed(object)` with the
new TimelineViewState after any change (the others are views of it, kept for their listeners).
Slots: `set_events`, `select_event` (does not re-emit), `highlight_events`, `set_filter`,
`set_key_events`, `set_grouping`, `set_articles`, `set_high_contrast`, `set_loading_text`,
`fit_all`, `zoom_to_selection`.

Keys: + and - zoom, Left/Right pan (Shift: by half a screen), Home fits the story (where
the articles and key events are), Shift+Home fits everything, Z zooms to the selection,
Tab/Shift+Tab, Down/Up and Ctrl+Right/Left step from event to event in time order within
the view and the story (Tab past the last event moves focus on), Escape clears the
selection. Labels go to the key events first (`set_key_events`); background events are
drawn only when asked for. `key_events` is the one place the Key events setting lives:
the filter bar's control, the table and the export all read it from here.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from timeline.domain.article import Article
from timeline.domain.event import Event
from timeline.present.event_filter import EventFilter
from timeline.present.framing import revealing
from timeline.present.grouping import Grouping
from timeline.present.layout_memory import LayoutMemory
from timeline.present.level_of_detail import EventIndex
from timeline.present.story import DEFAULT_KEY_EVENTS, KeyEvents
from timeline.present.timeline_content import TimelineContent
from timeline.present.timeline_layout import DEFAULT_OPTIONS, LayoutOptions, TimelineLayout
from timeline.present.view_state import TimelineViewState
from timeline.present.viewport import Viewport
from timeline.render.timeline_painter import measure_for_style
from timeline.render.timeline_style import TimelineStyle
from timeline.ui.i18n import tr
from timeline.ui.label_shaping import LabelShaping
from timeline.ui.themes import style_for_palette
from timeline.ui.timeline_frame import invitation_text, paint_events, paint_invitation
from timeline.ui.timeline_keys import binding_for
from timeline.ui.timeline_menus import CLUSTER_MENU_LIMIT, add_view_options, cluster_menu
from timeline.ui.timeline_moves import TimelineMoves
from timeline.ui.timeline_pointer import TimelinePointer
from timeline.ui.timeline_speech import announce_selection, tooltip_text


def _options_for(setting: KeyEvents) -> LayoutOptions:
    """The layout's label budget and importance floor from the Key events setting."""
    return replace(DEFAULT_OPTIONS, label_budget=setting.top, label_min_importance=setting.min_importance)


class TimelineView(TimelineMoves, QWidget):
    event_selected = Signal(str)
    selection_changed = Signal()
    viewport_changed = Signal(float, float)
    events_changed = Signal()
    key_events_changed = Signal(object)  # KeyEvents
    state_changed = Signal(object)  # TimelineViewState

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setAccessibleName(tr("Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)
        self.setMinimumSize(320, 160)

        self._state = TimelineViewState()  # everything the analyst chose to see
        self._content = TimelineContent()  # the events given, those shown, the story, the bands
        self._labels = LabelShaping(lambda: self._measure, self.update)  # new labels, a slice per turn
        self._options = _options_for(DEFAULT_KEY_EVENTS)
        self._loading_text = ""  # said instead of the invitation while articles are read
        self._fitted_once = False
        self._style = style_for_palette(self.palette())
        self._measure = measure_for_style(self._style)
        self._layouts = LayoutMemory()  # the last layout, the cache by zoom, the lanes as drawn
        self._pointer = TimelinePointer(self)  # mouse, wheel and trackpad
        self.cluster_menu: QMenu | None = None
        self.last_paint_seconds = 0.0
        self.paint_count = 0  # for benchmarks and tests: frames actually painted

    # -- data in ---------------------------------------------------------------------------
    def set_events(self, events: Sequence[Event], index: EventIndex | None = None) -> None:
        """Show these events (the caller leaves out hidden ones). Keeps the current view,
        except on the first non-empty set, which is fitted.

        `index`: the events already indexed (`index_of_shown`, built off the GUI thread);
        used when it was built from exactly these events, so a large corpus arrives
        without sorting on the GUI thread.
        """
        self._content.set_events(events)
        given = self._content.all_events
        prebuilt = index if index is not None and index.matches(given) else None
        # Many new labels are shaped over the next turns; the repaint waits for them.
        shaping = self._labels.start(e.label for e in given)
        self._apply_filter(prebuilt=prebuilt, repaint=not shaping)

    def finish_pending_layout(self) -> None:
        """Measure every label still waiting now (benchmarks and scripts that paint directly,
        without the event loop that would measure them a slice at a time)."""
        self._labels.finish_now()

    def set_articles(self, articles: Iterable[Article]) -> None:
        """Titles and outlets, for lanes by article or outlet."""
        self._content.set_articles(articles)
        if self._state.grouping in (Grouping.ARTICLE, Grouping.OUTLET):
            self._rebuild_bands()

    def set_filter(self, criteria: EventFilter) -> None:
        if criteria != self._state.event_filter:
            self._apply_filter(replace(self._state, event_filter=criteria))

    def set_key_events(self, setting: KeyEvents) -> None:
        """How many events get labels first (per screen), from what importance, whether
        background events are drawn, and whether only the key events are."""
        before = self._state.key_events
        if setting == before:
            return
        changed = replace(self._state, key_events=setting)
        self._options = _options_for(setting)
        if setting.only or (before.show_background, before.only) != (setting.show_background, setting.only):
            self._apply_filter(changed)  # the shown events change, not only their labels
        else:
            self._commit(changed)
            self._rebuild_bands()
            self.events_changed.emit()

    def set_loading_text(self, text: str) -> None:
        """What the empty view says while articles are being read ("" for the invitation)."""
        if text != self._loading_text:
            self._loading_text = text
            if not self._content.all_events:
                self.update()

    @property
    def key_events(self) -> KeyEvents:
        return self._state.key_events

    def set_grouping(self, grouping: Grouping) -> None:
        if grouping is not self._state.grouping:
            self._layouts.forget_lanes()  # lanes are counted within a band: other bands now
            self._commit(replace(self._state, grouping=grouping))
            self._rebuild_bands()

    def set_high_contrast(self, enabled: bool) -> None:
        self._commit(replace(self._state, high_contrast=enabled))
        self._refresh_style()

    def highlight_events(self, event_ids: Iterable[str]) -> None:
        self._commit(replace(self._state, highlighted=frozenset(event_ids)))

    # -- reading state ---------------------------------------------------------------------
    @property
    def state(self) -> TimelineViewState:
        """Everything the analyst chose to see, as one value (what the project saves)."""
        return self._state

    @property
    def grouping(self) -> Grouping:
        return self._state.grouping

    @property
    def high_contrast(self) -> bool:
        return self._state.high_contrast

    @property
    def event_filter(self) -> EventFilter:
        return self._state.event_filter

    def viewport(self) -> Viewport:
        return self._state.viewport

    def shown_events(self) -> tuple[Event, ...]:
        return self._content.shown

    def has_events(self) -> bool:
        """False before any dated event arrives: the view then shows how to add articles, not a
        time axis (which would be an arbitrary one, e.g. January 1970)."""
        return bool(self._content.all_events)

    def event_index(self) -> EventIndex:
        """The shown events, indexed for clipping (the overview strip counts from it)."""
        return self._content.index

    def timeline_style(self) -> TimelineStyle:
        """The current look: light or dark from the palette, or high contrast."""
        return self._style

    def selected_event_id(self) -> str:
        return self._state.selected

    def selected_event_ids(self) -> tuple[str, ...]:
        """Every selected event: the current one (shown in the source pane) first, then the others."""
        return self._state.selection

    def toggle_selected(self, event_id: str) -> None:
        """Ctrl+click: add the event to the selection (it becomes the current one), or take it out."""
        self._commit(self._state.toggle(event_id, self._content.index.rank_of))

    def current_layout(self) -> TimelineLayout:
        """The layout for the current size and viewport (cached per zoom)."""
        return self._layout_for(self._state.viewport, frozenset(self._state.selection))

    def _layout_for(self, viewport: Viewport, pinned: frozenset[str]) -> TimelineLayout:
        """The layout of this viewport at the current size (the last one is kept: the one drawn,
        or the one a move is about to show)."""
        return self._layouts.layout(self._content, self._state.grouping, viewport, self.width(), self.height(),
                                    self._measure, self._options, pinned)

    def select_event(self, event_id: str) -> None:
        """Select from outside (the table, the session): shows it, does not re-emit."""
        if event_id != self._state.selected:
            self._select(event_id, emit=False)

    # -- the one place the state changes ---------------------------------------------------
    def _commit(self, new: TimelineViewState, *, emit_current: bool = True) -> None:
        """Take the new state, repaint, and say what changed, each signal once: the visible
        range, the current event (`emit_current`: False when the change came from outside or
        from a filter, which must not select anything anew), the selection, the Key events
        setting, and the whole state. Consequences on the data (filtering, bands) are the
        caller's, done before, so listeners read a view that is already up to date."""
        old = self._state
        if new == old:
            return
        self._state = new
        self.update()
        if new.viewport != old.viewport:
            self._fitted_once = True  # a view chosen before the events arrive is kept
            self.viewport_changed.emit(new.viewport.start, new.viewport.end)
        if new.selected != old.selected:
            self._announce_selection()
            if emit_current:
                self.event_selected.emit(new.selected)
        if new.selection != old.selection:
            self.selection_changed.emit()
        if new.key_events != old.key_events:
            self.key_events_changed.emit(new.key_events)
        self.state_changed.emit(new)

    # -- internals: data -------------------------------------------------------------------
    def _apply_filter(self, state: TimelineViewState | None = None, prebuilt: EventIndex | None = None,
                      *, repaint: bool = True) -> None:
        """Work out the shown events for this state (default: the current one), then take it,
        with the selection pruned to what is still shown."""
        state = self._state if state is None else state
        self._content.refilter(state.event_filter, state.key_events, prebuilt)
        self._commit(state.prune_to(self._content.index.rank_of), emit_current=False)
        self._rebuild_bands(repaint=repaint)
        if self._content.shown and not self._fitted_once:
            self._fitted_once = True
            self.fit_story()
        self.events_changed.emit()
        self._announce_selection()

    def _rebuild_bands(self, *, repaint: bool = True) -> None:
        self._content.drop_bands()
        self._layouts.forget()
        if repaint:
            self.update()

    def _refresh_style(self) -> None:
        self._style = style_for_palette(self.palette(), high_contrast=self._state.high_contrast)
        self._measure = measure_for_style(self._style)
        self._rebuild_bands()

    # -- internals: selection --------------------------------------------------------------
    def _select(self, event_id: str, *, emit: bool) -> None:
        """Only this event selected ("" for none), shown with its label on screen."""
        chosen = self._state.select(event_id, self._content.index.rank_of)
        if chosen.selected:
            chosen = self._revealing(chosen, chosen.selected)
        self._commit(chosen, emit_current=emit)
        self._announce_selection()

    def choose_event(self, event_id: str) -> None:
        """The analyst picks this event (a click, a menu): selected, shown, announced."""
        self._select(event_id, emit=True)

    def clear_selection(self) -> bool:
        """Escape, or a click on empty ground: nothing selected. False when nothing was."""
        if not self._state.has_selection:
            return False
        self._select("", emit=True)
        return True

    def _revealing(self, state: TimelineViewState, event_id: str) -> TimelineViewState:
        """The state moved to show the event with its label (present.framing.revealing)."""
        pinned = frozenset(state.selection)
        return revealing(state, event_id, self._content.seconds(event_id),
                         lambda viewport: self._layout_for(viewport, pinned), self.width(), self.height())

    def _announce_selection(self) -> None:
        announce_selection(self, self._content.index.find(self._state.selected), len(self._content.shown),
                           self._state.event_filter)

    def _show_cluster_menu(self, event_ids: list[str], at: QPoint) -> None:
        events = [e for e in (self._content.index.find(i) for i in event_ids[:CLUSTER_MENU_LIMIT]) if e is not None]
        menu = cluster_menu(self, events, len(event_ids), lambda e: self._select(e, emit=True))
        self.cluster_menu = menu
        menu.popup(self.mapToGlobal(at))

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self._labels.pending:
            return  # the old picture stays until the new labels are measured (a few turns)
        started = time.perf_counter()
        painter = QPainter(self)
        rect = QRectF(self.rect())
        if not self._content.all_events:
            message = invitation_text(self._loading_text, has_articles=bool(self._content.articles))
            paint_invitation(painter, rect, self._style, message, has_focus=self.hasFocus())
        else:
            paint_events(painter, rect, self.current_layout(), self._style, self._state,
                         has_focus=self.hasFocus(), nothing_shown=not self._content.shown)
        painter.end()
        self.last_paint_seconds = time.perf_counter() - started
        self.paint_count += 1

    # -- input -----------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        self._pointer.wheel(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.NativeGesture:
            assert isinstance(event, QNativeGestureEvent)
            if self._pointer.gesture(event):
                return True
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            self._tooltip(event)
            return True
        return super().event(event)

    def _tooltip(self, event: QHelpEvent) -> None:
        text = tooltip_text(self.current_layout(), event.pos().x(), event.pos().y(), self._content.index.find)
        if text is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPos(), text, self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._pointer.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._pointer.move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._pointer.release(event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._pointer.double_click(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab steps through events; past the last (or before the first) it leaves the
        # widget, so the keyboard is never trapped here.
        if self._content.shown and self.step_event(1 if forward else -1):
            return True
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        key = Qt.Key(event.key())
        binding = binding_for(key, ctrl=ctrl, shift=shift)
        if binding is None or (binding.when is not None and not binding.when(self)):
            super().keyPressEvent(event)
            return
        binding.action(self, key, shift)
        event.accept()

    def add_view_actions(self, menu: QMenu, *, navigation: bool = True) -> None:
        """The timeline's options in a menu (ui/timeline_menus.add_view_options): the window's
        View menu (navigation=False: it has its own fit and zoom actions with shortcuts) and
        the view's own context menu."""
        add_view_options(self, menu, navigation=navigation)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.setAccessibleName(tr("Timeline options"))
        self.add_view_actions(menu)
        menu.popup(event.globalPos())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layouts.forget_layout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange,
                            QEvent.Type.StyleChange, QEvent.Type.ThemeChange):
            self._refresh_style()
        super().changeEvent(event)
