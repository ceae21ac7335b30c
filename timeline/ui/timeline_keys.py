"""The timeline's keys as a table: which keys (with Ctrl or Shift) do what to the view.

Read top to bottom, the first binding that matches wins; the widget looks a key up here
and runs its action, as napari binds keys to actions in a table rather than a chain of ifs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt

from timeline.present.view_state import TimelineViewState


class KeyTarget(Protocol):
    """What the keys move: the timeline view."""

    @property
    def state(self) -> TimelineViewState: ...
    def zoom_in(self) -> None: ...
    def zoom_out(self) -> None: ...
    def pan_key(self, key: Qt.Key, shift: bool) -> None: ...
    def step_event(self, step: int) -> bool: ...
    def fit_all(self) -> None: ...
    def fit_story(self) -> None: ...
    def zoom_to_selection(self) -> None: ...
    def clear_selection(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class KeyBinding:
    """Keys (with Ctrl / Shift held, or not; None: either) and what they do to the view.
    The action gets the view, the key and whether Shift is held. `when`: the key means
    something only then (Escape with a selection); otherwise it goes on to the parent."""

    keys: frozenset[Qt.Key]
    action: Callable[[KeyTarget, Qt.Key, bool], object]
    ctrl: bool | None = None
    shift: bool | None = None
    when: Callable[[KeyTarget], bool] | None = None

    def matches(self, key: Qt.Key, *, ctrl: bool, shift: bool) -> bool:
        return (key in self.keys and self.ctrl in (None, ctrl) and self.shift in (None, shift))


def binding_for(key: Qt.Key, *, ctrl: bool, shift: bool) -> KeyBinding | None:
    """The first binding for this key and these modifiers, if any."""
    return next((b for b in KEY_BINDINGS if b.matches(key, ctrl=ctrl, shift=shift)), None)


def _keys(*keys: Qt.Key) -> frozenset[Qt.Key]:
    return frozenset(keys)


_LEFT_RIGHT = _keys(Qt.Key.Key_Left, Qt.Key.Key_Right)

# The first binding that matches wins: Ctrl+Left/Right before plain Left/Right.
KEY_BINDINGS: tuple[KeyBinding, ...] = (
    KeyBinding(_keys(Qt.Key.Key_Plus, Qt.Key.Key_Equal), lambda view, _key, _shift: view.zoom_in()),
    KeyBinding(_keys(Qt.Key.Key_Minus, Qt.Key.Key_Underscore), lambda view, _key, _shift: view.zoom_out()),
    KeyBinding(_LEFT_RIGHT, lambda view, key, _shift: view.step_event(1 if key == Qt.Key.Key_Right else -1),
               ctrl=True),
    KeyBinding(_LEFT_RIGHT, lambda view, key, shift: view.pan_key(key, shift)),
    KeyBinding(_keys(Qt.Key.Key_Down, Qt.Key.Key_Up),
               lambda view, key, _shift: view.step_event(1 if key == Qt.Key.Key_Down else -1)),
    KeyBinding(_keys(Qt.Key.Key_Home), lambda view, _key, _shift: view.fit_all(), shift=True),
    KeyBinding(_keys(Qt.Key.Key_Home), lambda view, _key, _shift: view.fit_story()),
    KeyBinding(_keys(Qt.Key.Key_Z), lambda view, _key, _shift: view.zoom_to_selection()),
    KeyBinding(_keys(Qt.Key.Key_Escape), lambda view, _key, _shift: view.clear_selection(),
               when=lambda view: view.state.has_selection),
)
