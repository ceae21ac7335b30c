"""New labels shaped a slice per event-loop turn: shaping hundreds of labels in one paint
would hold the window, so the view keeps its old picture until they are all measured."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QTimer

from timeline.present.text_measure import TextMeasure
from timeline.present.timeline_layout import DEFAULT_OPTIONS

LABELS_MEASURED_PER_TURN = 60


class LabelShaping:
    """Measures labels the layout will elide, a slice per turn; `done` when all are known.
    `measure` gives the current text measure (the look may change meanwhile)."""

    def __init__(self, measure: Callable[[], TextMeasure], done: Callable[[], None]) -> None:
        self._measure = measure
        self._done = done
        self._waiting: list[str] = []

    @property
    def pending(self) -> bool:
        return bool(self._waiting)

    def start(self, labels: Iterable[str]) -> bool:
        """Queue the labels not yet measured; True when they are too many for one turn
        (then they are shaped over the next turns and `done` follows)."""
        measure = self._measure()
        unmeasured = [label for label in labels if not measure.knows_elided(label, DEFAULT_OPTIONS.max_label_width)]
        if len(unmeasured) <= LABELS_MEASURED_PER_TURN:
            return False
        self._waiting = unmeasured
        QTimer.singleShot(0, self._measure_some)
        return True

    def finish_now(self) -> None:
        """Measure every label still waiting (benchmarks and scripts that paint directly)."""
        measure = self._measure()
        for label in self._waiting:
            measure.elided(label, DEFAULT_OPTIONS.max_label_width)
        if self._waiting:
            self._waiting = []
            self._done()

    def _measure_some(self) -> None:
        batch = self._waiting[:LABELS_MEASURED_PER_TURN]
        del self._waiting[:LABELS_MEASURED_PER_TURN]
        measure = self._measure()
        for label in batch:
            measure.elided(label, DEFAULT_OPTIONS.max_label_width)
        if self._waiting:
            QTimer.singleShot(0, self._measure_some)
        else:
            self._done()
