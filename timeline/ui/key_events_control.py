"""The "Key events" control of the filter bar: how many of the most important events tell the
story, from what importance, and whether only they are listed.

It edits a KeyEvents value (timeline.present.story) and emits it as `key_events_changed`;
it holds no setting of its own. The window gives it to the timeline view, whose
`key_events` is the one place the setting lives (the view labels that many per screen,
the table lists or ranks by it, the export starts from it), and shows the view's setting
back here with `display` whenever it changes (the View menu's background toggle, a project
opened).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from timeline.present.story import DEFAULT_KEY_EVENTS, KeyEvents
from timeline.ui.i18n import tr

MAX_TOP = 999  # beyond this a number means nothing to the eye: "all" (0) instead


class KeyEventsControl(QWidget):
    key_events_changed = Signal(object)  # KeyEvents

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyEventsControl")
        self.setAccessibleName(tr("Key events"))
        self._current = DEFAULT_KEY_EVENTS

        self.top = QSpinBox()
        self.top.setRange(0, MAX_TOP)
        self.top.setSpecialValueText(tr("all"))  # 0: every event may get a label
        self.top.setAccessibleName(tr("Number of key events labelled per screen"))
        self.top.setToolTip(tr("The most important events get labels first: this many per screen "
                            "width (all: no limit). The others are counted. The export starts "
                            "from the same number."))
        self.min_importance = QDoubleSpinBox()
        self.min_importance.setRange(0.0, 1.0)
        self.min_importance.setSingleStep(0.05)
        self.min_importance.setDecimals(2)
        self.min_importance.setSpecialValueText(tr("any"))
        self.min_importance.setAccessibleName(tr("Minimum importance of a key event"))
        self.min_importance.setToolTip(tr("Events less important than this (0 to 1) get no label."))
        self.only = QCheckBox(tr("only"))
        self.only.setAccessibleName(tr("Show only the key events"))
        self.only.setToolTip(tr("Draw and list only the key events (the timeline and the Events table)"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget in ((tr("Key events"), self.top), (tr("importance ≥"), self.min_importance)):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
        layout.addWidget(self.only)
        self.display(DEFAULT_KEY_EVENTS)

        self.top.valueChanged.connect(self._emit)
        self.min_importance.valueChanged.connect(self._emit)
        self.only.toggled.connect(self._emit)

    def current(self) -> KeyEvents:
        return self._current

    def display(self, setting: KeyEvents) -> None:
        """Show this setting in the controls without emitting (it came from the view)."""
        blockers = [QSignalBlocker(w) for w in (self.top, self.min_importance, self.only)]
        self.top.setValue(min(setting.top, MAX_TOP))
        self.min_importance.setValue(setting.min_importance)
        self.only.setChecked(setting.only)
        del blockers
        self._current = setting

    def _emit(self) -> None:
        # show_background is the View menu's: carried over unchanged from the last setting.
        setting = replace(self._current, top=self.top.value(),
                          min_importance=round(self.min_importance.value(), 2), only=self.only.isChecked())
        if setting != self._current:
            self._current = setting
            self.key_events_changed.emit(setting)


__all__ = ["KeyEventsControl"]
