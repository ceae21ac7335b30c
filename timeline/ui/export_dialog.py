"""File → Export…, Edit → Copy view as image and File → Print…: briefing exports from the window.

The export runs on Qt's thread pool (painting into QImage, QSvgGenerator and QPdfWriter
is allowed off the GUI thread; QPixmap is not), with progress and cancel in the dialog.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.corpus import Corpus
from timeline.export.exporter import ExportResult, export_corpus
from timeline.export.fonts import load_export_fonts
from timeline.export.options import LANE_CHOICES, MAX_PAGES, PAGE_SIZES_PT, ExportFormat, ExportOptions
from timeline.export.pages import story_range
from timeline.export.scope import TimeRange
from timeline.export.view_export import ViewScope
from timeline.present.story import DEFAULT_TOP
from timeline.ui.background import BackgroundTask, start
from timeline.ui.export_choices import FORMAT_NAMES, LANE_NAMES, PAGE_NAMES, SIZE_PRESETS
from timeline.ui.i18n import tr
from timeline.ui.qt_dates import from_qdate, to_qdate

SCOPE_VIEW, SCOPE_CORPUS, SCOPE_RANGE = 0, 1, 2


class ExportDialog(QDialog):
    """Choose format, scope, size or page, title; then export in the background."""

    exported = Signal(object)  # ExportResult
    export_failed = Signal(str)

    def __init__(self, corpus: Corpus, *, view: ViewScope | None = None,
                 title: str = "Timeline", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export timeline"))
        self.setObjectName("exportDialog")
        self._corpus = corpus
        self._view = view
        self._task: BackgroundTask | None = None
        self.last_result: ExportResult | None = None
        load_export_fonts()  # on the GUI thread, before any worker measures text

        self.format_box = QComboBox()
        self.format_box.setAccessibleName(tr("Export format"))
        for fmt, name in FORMAT_NAMES.items():
            self.format_box.addItem(tr(name), fmt.value)  # Qt would turn the enum into str

        self.title_edit = QLineEdit(title)
        self.title_edit.setAccessibleName(tr("Title"))
        self.subtitle_edit = QLineEdit()
        self.subtitle_edit.setAccessibleName(tr("Subtitle"))
        self.subtitle_edit.setPlaceholderText(tr("the date range and counts"))
        self.lanes_box = QComboBox()
        self.lanes_box.setAccessibleName(tr("Lanes"))
        for key in LANE_CHOICES:
            self.lanes_box.addItem(tr(LANE_NAMES[key]), key)
        self.lanes_box.setCurrentIndex(self.lanes_box.findData(view.lanes if view else "none"))

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(tr("&Format:"), self.format_box)
        form.addRow(tr("&Title:"), self.title_edit)
        form.addRow(tr("&Subtitle:"), self.subtitle_edit)
        form.addRow(tr("&Lanes:"), self.lanes_box)
        layout.addLayout(form)
        layout.addWidget(self._build_scope())
        layout.addWidget(self._build_key_events())
        layout.addWidget(self._build_picture_options())
        layout.addWidget(self._build_page_options())

        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(tr("Export progress"))
        self.progress_bar.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)

        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(tr("&Export…"))
        self.export_button.setAccessibleName(tr("Export"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(tr("&Cancel export"))
        self.cancel_button.setAccessibleName(tr("Cancel export"))
        self.cancel_button.setEnabled(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._choose_file_and_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        layout.addWidget(self.buttons)

        self.format_box.currentIndexChanged.connect(self._update_enabled)
        self.size_box.currentIndexChanged.connect(self._on_size_preset)
        self.print_resolution.toggled.connect(self._update_enabled)
        self._update_enabled()

    # -- building --------------------------------------------------------------------------
    def _build_scope(self) -> QGroupBox:
        group = QGroupBox(tr("Scope"))
        self.scope_buttons = QButtonGroup(self)
        self.view_button = QRadioButton(tr("Current &view"))
        self.corpus_button = QRadioButton(tr("The whole &story (its span, without background)"))
        self.range_button = QRadioButton(tr("Date &range:"))
        for number, button in enumerate((self.view_button, self.corpus_button, self.range_button)):
            button.setAccessibleName(button.text().replace("&", "").rstrip(":"))
            self.scope_buttons.addButton(button, number)
        # The range starts as the story's span, not the corpus's: a stray 1752 or 2175
        # in one article must not set the analyst's dates.
        whole = story_range(self._corpus)
        first = whole.start.date() if whole else date(2000, 1, 1)
        last = (whole.end - timedelta(days=1)).date() if whole else date(2000, 12, 31)
        self.from_edit = QDateEdit(to_qdate(first))
        self.to_edit = QDateEdit(to_qdate(last))
        for edit, name in ((self.from_edit, tr("From date")), (self.to_edit, tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.view_button.setEnabled(self._view is not None)
        (self.view_button if self._view is not None else self.corpus_button).setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.range_button)
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(tr("to")))
        row.addWidget(self.to_edit)
        row.addStretch(1)
        box = QVBoxLayout(group)
        box.addWidget(self.view_button)
        box.addWidget(self.corpus_button)
        box.addLayout(row)
        self.scope_buttons.idToggled.connect(lambda *_: self._update_enabled())
        return group

    def _build_key_events(self) -> QGroupBox:
        group = QGroupBox(tr("Key events (PNG, SVG, PDF)"))
        self.key_group = group
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
        form = QFormLayout(group)
        form.addRow(tr("&Top events:"), self.top_spin)
        form.addRow(tr("At least &sources:"), self.min_sources_spin)
        form.addRow(tr("PDF pa&ges:"), self.pages_spin)
        return group

    def _build_picture_options(self) -> QGroupBox:
        group = QGroupBox(tr("Picture (PNG, SVG)"))
        self.picture_group = group
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
        form = QFormLayout(group)
        form.addRow(tr("Si&ze:"), size_row)
        form.addRow(tr("Sc&ale:"), self.scale_spin)
        form.addRow(dpi_row)
        return group

    def _build_page_options(self) -> QGroupBox:
        group = QGroupBox(tr("Page (PDF, print-resolution PNG)"))
        self.page_group = group
        self.page_box = QComboBox()
        self.page_box.setAccessibleName(tr("Page size"))
        for key in PAGE_SIZES_PT:
            self.page_box.addItem(tr(PAGE_NAMES[key]), key)
        self.orientation_box = QComboBox()
        self.orientation_box.setAccessibleName(tr("Orientation"))
        self.orientation_box.addItem(tr("Landscape"), "landscape")
        self.orientation_box.addItem(tr("Portrait"), "portrait")
        form = QFormLayout(group)
        form.addRow(tr("&Page:"), self.page_box)
        form.addRow(tr("&Orientation:"), self.orientation_box)
        return group

    # -- state -----------------------------------------------------------------------------
    @property
    def chosen_format(self) -> ExportFormat:
        return ExportFormat(self.format_box.currentData())

    def set_format(self, fmt: ExportFormat) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(fmt.value))

    def chosen_span(self) -> TimeRange | None:
        if self.exports_view and self._view is not None:
            return self._view.span
        if self.scope_buttons.checkedId() == SCOPE_RANGE:
            first, last = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
            if last < first:
                raise ValueError(tr("the date range ends before it starts"))
            return TimeRange(datetime.combine(first, time()),
                             datetime.combine(last, time()) + timedelta(days=1))
        return None

    def options(self) -> ExportOptions:
        """The options as the widgets say; ValueError when they do not make sense."""
        fmt = self.chosen_format
        subtitle = self.subtitle_edit.text().strip() or None
        return ExportOptions(
            fmt,
            title=self.title_edit.text().strip() or tr("Timeline"),
            subtitle=subtitle,
            span=self.chosen_span(),
            width=self.width_spin.value(),
            height=self.height_spin.value(),
            scale=self.scale_spin.value(),
            dpi=self.dpi_spin.value() if fmt is ExportFormat.PNG and self.print_resolution.isChecked()
            else None,
            page=self.page_box.currentData(),
            orientation=self.orientation_box.currentData(),
            lanes=self.lanes_box.currentData(),
            top=self.top_spin.value(),
            min_sources=self.min_sources_spin.value(),
            pages=self.pages_spin.value(),
        )

    @property
    def exports_view(self) -> bool:
        return self._view is not None and self.scope_buttons.checkedId() == SCOPE_VIEW

    def scoped_corpus(self) -> Corpus:
        """The view's filtered events for the current view; every event otherwise."""
        if self.exports_view and self._view is not None:
            return self._view.corpus(self._corpus)
        return self._corpus

    def _update_enabled(self) -> None:
        fmt = self.chosen_format
        png_on_page = fmt is ExportFormat.PNG and self.print_resolution.isChecked()
        self.picture_group.setEnabled(fmt in (ExportFormat.PNG, ExportFormat.SVG))
        self.print_resolution.setEnabled(fmt is ExportFormat.PNG)
        self.dpi_spin.setEnabled(png_on_page)
        custom = self.size_box.currentData() is None
        for widget in (self.width_spin, self.height_spin):
            widget.setEnabled(custom and not png_on_page)
        self.size_box.setEnabled(not png_on_page)
        self.scale_spin.setEnabled(fmt is ExportFormat.PNG and not png_on_page)
        self.page_group.setEnabled(fmt is ExportFormat.PDF or png_on_page)
        self.key_group.setEnabled(fmt.is_picture)
        self.pages_spin.setEnabled(fmt is ExportFormat.PDF)
        self.from_edit.setEnabled(self.range_button.isChecked())
        self.to_edit.setEnabled(self.range_button.isChecked())
        self.subtitle_edit.setEnabled(fmt is not ExportFormat.CSV)
        self.title_edit.setEnabled(fmt is not ExportFormat.CSV)

    def _on_size_preset(self) -> None:
        size = self.size_box.currentData()
        if size is not None:
            self.width_spin.setValue(size[0])
            self.height_spin.setValue(size[1])
        self._update_enabled()

    # -- exporting -------------------------------------------------------------------------
    def _choose_file_and_export(self) -> None:
        fmt = self.chosen_format
        suffix = fmt.suffix
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export timeline"), tr("timeline{}").format(suffix), f"{tr(FORMAT_NAMES[fmt])} (*{suffix})")
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.start_export(Path(path))

    @property
    def is_exporting(self) -> bool:
        return self._task is not None

    def start_export(self, path: Path) -> bool:
        """Export to `path` in the background; False (and a message) when options are wrong."""
        if self._task is not None:
            return False
        try:
            options = self.options()
        except ValueError as error:
            self._show_status(tr("Cannot export: {}").format(error), error=True)
            return False
        corpus = self.scoped_corpus()

        def work(progress: Any, cancelled: Any) -> ExportResult:
            return export_corpus(corpus, options, path, on_progress=progress,
                                 should_cancel=cancelled)

        task = BackgroundTask(work)
        task.relay.progressed.connect(self._on_progress)
        task.relay.succeeded.connect(self._on_succeeded)
        task.relay.failed.connect(self._on_failed)
        self._task = task
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._show_status(tr("Exporting to {}…").format(path.name))
        start(task)
        return True

    def cancel_export(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._show_status(tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _finish(self) -> None:
        self._task = None
        self.progress_bar.setVisible(False)
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _on_succeeded(self, result: ExportResult) -> None:
        self._finish()
        self.last_result = result
        pages = tr(", {} pages").format(result.pages) if result.pages > 1 else ""
        self._show_status(tr("Wrote {}: {} events{}, {:.0f} KiB.").format(
            result.path.name, result.events, pages, result.size_bytes / 1024))
        self.exported.emit(result)

    def _on_failed(self, message: str) -> None:
        self._finish()
        if message.startswith("ExportCancelled"):
            message = tr("Export cancelled; no file was written.")
        else:
            message = tr("Export failed: {}").format(message.split(": ", 1)[-1])
        self._show_status(message, error=True)
        self.export_failed.emit(message)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #a01010;" if error else "")

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()  # the result, if any, arrives to a closed dialog and is ignored
        super().reject()


__all__ = ["ExportDialog"]
