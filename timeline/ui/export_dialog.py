"""File → Export…, Edit → Copy view as image and File → Print…: briefing exports from the window.

The export runs on Qt's thread pool (painting into QImage, QSvgGenerator and QPdfWriter
is allowed off the GUI thread; QPixmap is not), with progress and cancel in the dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.corpus import Corpus
from timeline.export.exporter import ExportResult, export_corpus
from timeline.export.fonts import load_export_fonts
from timeline.export.options import LANE_CHOICES, ExportFormat, ExportOptions
from timeline.export.pages import story_range
from timeline.export.scope import TimeRange
from timeline.export.view_export import ViewScope
from timeline.ui.background import CANCELLED_AFTER_FINISHING, BackgroundTask, start, take_back
from timeline.ui.export_choices import FORMAT_NAMES, LANE_NAMES
from timeline.ui.export_option_groups import SCOPE_VIEW, KeyEventsGroup, PageGroup, PictureGroup, ScopeGroup
from timeline.ui.i18n import tr


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
        self._path: Path | None = None  # where the export under way writes
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
        self.scope = ScopeGroup(story_range(corpus), has_view=view is not None)
        self.key_group = KeyEventsGroup()
        self.picture_group = PictureGroup()
        self.page_group = PageGroup()
        for group in (self.scope, self.key_group, self.picture_group, self.page_group):
            layout.addWidget(group)

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
        self.scope.changed.connect(self._update_enabled)
        self.picture_group.changed.connect(self._update_enabled)
        self._update_enabled()

    # -- state -----------------------------------------------------------------------------
    @property
    def chosen_format(self) -> ExportFormat:
        return ExportFormat(self.format_box.currentData())

    def set_format(self, fmt: ExportFormat) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(fmt.value))

    def chosen_span(self) -> TimeRange | None:
        if self.exports_view and self._view is not None:
            return self._view.span
        return self.scope.chosen_range()

    def options(self) -> ExportOptions:
        """The options as the widgets say; ValueError when they do not make sense."""
        fmt = self.chosen_format
        subtitle = self.subtitle_edit.text().strip() or None
        return ExportOptions(
            fmt,
            title=self.title_edit.text().strip() or tr("Timeline"),
            subtitle=subtitle,
            span=self.chosen_span(),
            width=self.picture_group.width_spin.value(),
            height=self.picture_group.height_spin.value(),
            scale=self.picture_group.scale_spin.value(),
            dpi=self.picture_group.dpi(fmt),
            page=self.page_group.page_box.currentData(),
            orientation=self.page_group.orientation_box.currentData(),
            lanes=self.lanes_box.currentData(),
            top=self.key_group.top_spin.value(),
            min_sources=self.key_group.min_sources_spin.value(),
            pages=self.key_group.pages_spin.value(),
        )

    @property
    def exports_view(self) -> bool:
        return self._view is not None and self.scope.buttons.checkedId() == SCOPE_VIEW

    def scoped_corpus(self) -> Corpus:
        """The view's filtered events for the current view; every event otherwise."""
        if self.exports_view and self._view is not None:
            return self._view.corpus(self._corpus)
        return self._corpus

    def _update_enabled(self) -> None:
        fmt = self.chosen_format
        self.picture_group.update_for(fmt)
        self.page_group.setEnabled(fmt is ExportFormat.PDF or self.picture_group.png_on_page(fmt))
        self.key_group.update_for(fmt)
        self.scope.update_enabled()
        self.subtitle_edit.setEnabled(fmt is not ExportFormat.CSV)
        self.title_edit.setEnabled(fmt is not ExportFormat.CSV)

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
        self._path = path
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
            if take_back(self._task):
                # it was still queued behind other work: nothing ran, nothing to wait for
                self._on_failed("ExportCancelled: cancelled before it began")
                return
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
        if message == CANCELLED_AFTER_FINISHING:
            # the cancel came after the export's last check: the file is there, say so
            message = tr("Cancelled too late: {} was already written.").format(self._path.name if self._path else "")
        elif message.startswith("ExportCancelled"):
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
