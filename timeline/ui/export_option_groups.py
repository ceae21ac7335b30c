"""The option groups of the export dialog (ui/export_dialog.py), each with its widgets, when
they apply to a format, and its part of the options: the scope (the view, the story, a
date range), the key events, the picture's size and the page."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from timeline.export.options import MAX_PAGES, PAGE_SIZES_PT, ExportFormat
from timeline.export.scope import TimeRange
from timeline.present.story import DEFAULT_TOP
from timeline.ui.export_choices import PAGE_NAMES, SIZE_PRESETS
from timeline.ui.i18n import tr
from timeline.ui.qt_dates import from_qdate, to_qdate

SCOPE_VIEW, SCOPE_CORPUS, SCOPE_RANGE = 0, 1, 2


class ScopeGroup(QGroupBox):
    """What is exported: the current view (when there is one), the whole story, or a range
    of dates (which starts as the story's span)."""

    changed = Signal()

    def __init__(self, story: TimeRange | None, *, has_view: bool) -> None:
        super().__init__(tr("Scope"))
        self.buttons = QButtonGroup(self)
        self.view_button = QRadioButton(tr("Current &view"))
        self.corpus_button = QRadioButton(tr("The whole &story (its span, without background)"))
        self.range_button = QRadioButton(tr("Date &range:"))
        for number, button in enumerate((self.view_button, self.corpus_button, self.range_button)):
            button.setAccessibleName(button.text().replace("&", "").rstrip(":"))
            self.buttons.addButton(button, number)
        # The range starts as the story's span, not the corpus's: a stray 1752 or 2175
        # in one article must not set the analyst's dates.
        first = story.start.date() if story else date(2000, 1, 1)
        last = (story.end - timedelta(days=1)).date() if story else date(2000, 12, 31)
        self.from_edit = QDateEdit(to_qdate(first))
        self.to_edit = QDateEdit(to_qdate(last))
        for edit, name in ((self.from_edit, tr("From date")), (self.to_edit, tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.view_button.setEnabled(has_view)
        (self.view_button if has_view else self.corpus_button).setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.range_button)
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(tr("to")))
        row.addWidget(self.to_edit)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.view_button)
        box.addWidget(self.corpus_button)
        box.addLayout(row)
        self.buttons.idToggled.connect(lambda *_: self.changed.emit())

    def chosen_range(self) -> TimeRange | None:
        """The date range when one is chosen (to the end of its last day); ValueError when
        it ends before it starts."""
        if self.buttons.checkedId() != SCOPE_RANGE:
            return None
        first, last = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
        if last < first:
            raise ValueError(tr("the date range ends before it starts"))
        return TimeRange(datetime.combine(first, time()), datetime.combine(last, time()) + timedelta(days=1))

    def update_enabled(self) -> None:
        self.from_edit.setEnabled(self.range_button.isChecked())
        self.to_edit.setEnabled(self.range_button.isChecked())


class KeyEventsGroup(QGroupBox):
    """How many of the most important events a picture draws, from how many sources, on how
    many PDF pages."""

    def __init__(self) -> None:
        super().__init__(tr("Key events (PNG, SVG, PDF)"))
        self.top_spin = QSpinBox()
        self.top_spin.setRange(0, 500)
        self.top_spin.setValue(DEFAULT_TOP)
        self.top_spin.setSpecialValueText(tr("as many as fit"))
        self.top_spin.setAccessibleName(tr("Most important events to draw"))
        self.min_sources_spin = QSpinBox()
        self.min_sources_spin.setRange(0, 10_000)
        self.min_sources_spin.setAccessibleName(tr("Least number of sources"))
        self.pages_spin = QSpinBox()
        self.pages_spin.setRange(1, MAX_PAGES)
        self.pages_spin.setAccessibleName(tr("PDF pages"))
        form = QFormLayout(self)
        form.addRow(tr("&Top events:"), self.top_spin)
        form.addRow(tr("At least &sources:"), self.min_sources_spin)
        form.addRow(tr("PDF pa&ges:"), self.pages_spin)

    def update_for(self, fmt: ExportFormat) -> None:
        self.setEnabled(fmt.is_picture)
        self.pages_spin.setEnabled(fmt is ExportFormat.PDF)


class PictureGroup(QGroupBox):
    """A picture's size (a preset or custom pixels) and scale, or a PNG at the print
    resolution of the page."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__(tr("Picture (PNG, SVG)"))
        self.size_box = QComboBox()
        self.size_box.setAccessibleName(tr("Picture size"))
        for name, size in SIZE_PRESETS:
            self.size_box.addItem(tr(name), size)
        self.width_spin = QSpinBox()
        self.height_spin = QSpinBox()
        for spin, name, value in ((self.width_spin, tr("Width in pixels"), 1920),
                                  (self.height_spin, tr("Height in pixels"), 1080)):
            spin.setRange(320, 16384)
            spin.setValue(value)
            spin.setAccessibleName(name)
        self.scale_spin = QDoubleSpinBox()
        self.scale_spin.setRange(0.25, 8.0)
        self.scale_spin.setSingleStep(0.5)
        self.scale_spin.setValue(1.0)
        self.scale_spin.setAccessibleName(tr("Scale"))
        self.print_resolution = QCheckBox(tr("PNG at print &resolution of the page:"))
        self.print_resolution.setAccessibleName(tr("PNG at print resolution"))
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(36, 1200)
        self.dpi_spin.setValue(300)
        self.dpi_spin.setSuffix(tr(" dpi"))
        self.dpi_spin.setAccessibleName(tr("Print resolution in dots per inch"))
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_box)
        size_row.addWidget(self.width_spin)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_spin)
        dpi_row = QHBoxLayout()
        dpi_row.addWidget(self.print_resolution)
        dpi_row.addWidget(self.dpi_spin)
        dpi_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(tr("Si&ze:"), size_row)
        form.addRow(tr("Sc&ale:"), self.scale_spin)
        form.addRow(dpi_row)
        self.size_box.currentIndexChanged.connect(self._on_size_preset)
        self.print_resolution.toggled.connect(self.changed)

    def png_on_page(self, fmt: ExportFormat) -> bool:
        """A PNG sized by the page at the print resolution (the page group applies)."""
        return fmt is ExportFormat.PNG and self.print_resolution.isChecked()

    def dpi(self, fmt: ExportFormat) -> int | None:
        return self.dpi_spin.value() if self.png_on_page(fmt) else None

    def update_for(self, fmt: ExportFormat) -> None:
        png_on_page = self.png_on_page(fmt)
        self.setEnabled(fmt in (ExportFormat.PNG, ExportFormat.SVG))
        self.print_resolution.setEnabled(fmt is ExportFormat.PNG)
        self.dpi_spin.setEnabled(png_on_page)
        custom = self.size_box.currentData() is None
        for widget in (self.width_spin, self.height_spin):
            widget.setEnabled(custom and not png_on_page)
        self.size_box.setEnabled(not png_on_page)
        self.scale_spin.setEnabled(fmt is ExportFormat.PNG and not png_on_page)

    def _on_size_preset(self) -> None:
        size = self.size_box.currentData()
        if size is not None:
            self.width_spin.setValue(size[0])
            self.height_spin.setValue(size[1])
        self.changed.emit()


class PageGroup(QGroupBox):
    """The page of a PDF or a print-resolution PNG: its size and orientation."""

    def __init__(self) -> None:
        super().__init__(tr("Page (PDF, print-resolution PNG)"))
        self.page_box = QComboBox()
        self.page_box.setAccessibleName(tr("Page size"))
        for key in PAGE_SIZES_PT:
            self.page_box.addItem(tr(PAGE_NAMES[key]), key)
        self.orientation_box = QComboBox()
        self.orientation_box.setAccessibleName(tr("Orientation"))
        self.orientation_box.addItem(tr("Landscape"), "landscape")
        self.orientation_box.addItem(tr("Portrait"), "portrait")
        form = QFormLayout(self)
        form.addRow(tr("&Page:"), self.page_box)
        form.addRow(tr("&Orientation:"), self.orientation_box)
