"""The export dialog, clipboard copy and printing, driven through Qt like an analyst would."""

from __future__ import annotations

import importlib.util
import threading
from datetime import date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pypdf
import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow, QMenu

from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.domain.interval import TimeInterval
from timeline.export.options import ExportFormat
from timeline.export.pages import PageRequest, story_range
from timeline.export.scope import TimeRange
from timeline.export.view_export import ViewScope, print_corpus, view_image
from timeline.present.grouping import Grouping
from timeline.present.time_scale import to_seconds
from timeline.present.viewport import Viewport
from timeline.ui.background import BackgroundTask, start
from timeline.ui.export_actions import current_view, install_export_actions
from timeline.ui.export_dialog import ExportDialog


def _load_story_module():  # the export tests' hand-built corpus, shared rather than copied
    path = Path(__file__).resolve().parent.parent / "export" / "story_corpus.py"
    spec = importlib.util.spec_from_file_location("export_story_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_story = _load_story_module()
build_story, make_article, make_event = _story.build_story, _story.make_article, _story.make_event


@pytest.fixture
def story() -> Corpus:
    return build_story()


def crowded(count: int) -> Corpus:
    article = make_article("a", date(2020, 1, 1), outlet="wire")
    events = tuple(make_event(f"e{n}", f"Event {n}",
                              TimeInterval.for_day(date(2000, 1, 1) + timedelta(days=n)),
                              [(article, "then", "Then.")]) for n in range(count))
    return Corpus((ArticleAnalysis(article, ()),), events)


VIEW_SPAN = TimeRange(datetime(2023, 3, 15), datetime(2023, 3, 25))


@pytest.fixture
def dialog(qtbot, story):
    # The view is filtered down to the warrant: exporting the view must honour that.
    shown = tuple(e for e in story.events if e.event_id == "ev-warrant")
    dialog = ExportDialog(story, view=ViewScope(VIEW_SPAN, shown, "outlet"))
    qtbot.addWidget(dialog)
    return dialog


def test_widgets_become_options(dialog):
    dialog.set_format(ExportFormat.PDF)
    dialog.page_group.page_box.setCurrentIndex(dialog.page_group.page_box.findData("letter"))
    dialog.page_group.orientation_box.setCurrentIndex(dialog.page_group.orientation_box.findData("portrait"))
    dialog.title_edit.setText("Moscow visit")
    dialog.scope.range_button.setChecked(True)
    dialog.scope.from_edit.setDate(QDate(2023, 3, 17))
    dialog.scope.to_edit.setDate(QDate(2023, 3, 20))
    options = dialog.options()
    assert options.format is ExportFormat.PDF
    assert (options.page, options.orientation, options.title) == ("letter", "portrait", "Moscow visit")
    assert options.span == TimeRange(datetime(2023, 3, 17), datetime(2023, 3, 21))
    assert dialog.page_group.isEnabled() and not dialog.picture_group.isEnabled()


def test_scope_defaults_to_the_current_view_with_its_filter_and_lanes(dialog, story):
    assert dialog.scope.view_button.isChecked()
    assert dialog.options().span == VIEW_SPAN
    assert dialog.options().lanes == "outlet"
    assert [e.event_id for e in dialog.scoped_corpus().events] == ["ev-warrant"]
    dialog.scope.corpus_button.setChecked(True)
    assert dialog.options().span is None
    assert dialog.scoped_corpus() is story


def test_exporting_the_view_leaves_out_what_the_view_filters(dialog, qtbot, tmp_path):
    dialog.set_format(ExportFormat.CSV)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.start_export(tmp_path / "view.csv")
    text = blocker.args[0].path.read_text(encoding="utf-8-sig")
    assert "ev-warrant" in text
    assert "ev-meeting" not in text  # in range, but filtered out of the view


def test_size_presets_and_print_resolution(dialog):
    dialog.set_format(ExportFormat.PNG)
    dialog.picture_group.size_box.setCurrentIndex(1)
    assert (dialog.options().width, dialog.options().height) == (3840, 2160)
    dialog.picture_group.print_resolution.setChecked(True)
    dialog.picture_group.dpi_spin.setValue(150)
    assert dialog.options().pixel_size == (1754, 1240)  # A4 landscape at 150 dpi
    assert dialog.page_group.isEnabled() and not dialog.picture_group.size_box.isEnabled()


def test_export_runs_in_the_background_and_reports(dialog, qtbot, tmp_path):
    dialog.set_format(ExportFormat.PDF)
    dialog.scope.corpus_button.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        assert dialog.start_export(tmp_path / "out.pdf")
        assert dialog.is_exporting and dialog.cancel_button.isEnabled()
    result = blocker.args[0]
    assert result.path.exists()
    assert len(pypdf.PdfReader(result.path).pages) == 1
    assert "Wrote out.pdf" in dialog.status_label.text()
    assert not dialog.is_exporting and dialog.export_button.isEnabled()


def _started_and_cancelled(qtbot, events: int, export_format: ExportFormat, path, timeout_ms: int):
    """An export of `events` events started and cancelled at once: the dialog, and the message it failed with."""
    dialog = ExportDialog(crowded(events))
    qtbot.addWidget(dialog)
    dialog.set_format(export_format)
    with qtbot.waitSignal(dialog.export_failed, timeout=timeout_ms) as signal:
        dialog.start_export(path)
        dialog.cancel_export()
    return dialog, signal.args[0]


def test_cancel_stops_a_large_export_and_writes_nothing(qtbot, tmp_path):
    # Cancelled at once, the export always ends with a message; it says whether the file was
    # still written (the export had passed its last check, a race a fast machine can win).
    _dialog, message = _started_and_cancelled(qtbot, 4000, ExportFormat.PDF, tmp_path / "big.pdf", 30_000)
    if "too late" in message:
        assert list(tmp_path.iterdir()) == [tmp_path / "big.pdf"]  # whole, and no temporary file left
    else:
        assert "cancelled" in message
        assert list(tmp_path.iterdir()) == []


def test_backwards_range_is_refused_in_the_dialog(dialog, tmp_path):
    dialog.scope.range_button.setChecked(True)
    dialog.scope.from_edit.setDate(QDate(2023, 3, 20))
    dialog.scope.to_edit.setDate(QDate(2023, 3, 1))
    assert not dialog.start_export(tmp_path / "x.png")
    assert "ends before it starts" in dialog.status_label.text()


def test_view_image_is_a_composed_slide(story):
    image = view_image(story, ViewScope(VIEW_SPAN, story.events), title="Visit")
    assert (image.width(), image.height()) == (1920, 1080)
    assert len({image.pixel(x, 60) for x in range(0, 1900, 5)}) > 2  # the title is drawn


def test_print_composes_for_the_printer_paper(story, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_corpus(printer, story, PageRequest("Printed", None, None))
    reader = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == pages == 1
    assert "Printed" in reader.pages[0].extract_text()


class FakeWindow(QMainWindow):
    """The two things the lead's window offers the export: its session and the view."""

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.session = SimpleNamespace(corpus=corpus)
        self.timeline_view = SimpleNamespace(
            viewport=lambda: Viewport(to_seconds(datetime(2023, 3, 1)),
                                      to_seconds(datetime(2023, 4, 1))),
            shown_events=lambda: corpus.events, grouping=Grouping.NONE)
        self.menus: dict[str, QMenu] = {}
        self.quit_action = self.menu("File").addAction("Quit")

    def menu(self, title: str) -> QMenu:
        if title not in self.menus:
            self.menus[title] = self.menuBar().addMenu(title)
        return self.menus[title]


def test_install_adds_the_menu_actions_and_copy_fills_the_clipboard(qtbot, story):
    window = FakeWindow(story)
    qtbot.addWidget(window)
    actions = install_export_actions(window)
    file_texts = [a.text() for a in window.menu("File").actions()]
    assert file_texts.index("&Export…") < file_texts.index("Quit")
    assert "&Print…" in file_texts
    assert "Copy view as &image" in [a.text() for a in window.menu("Edit").actions()]
    QGuiApplication.clipboard().clear()
    actions.copy_view.trigger()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1920, 1080)
    assert "Copied the view" in window.statusBar().currentMessage()


def test_current_view_reads_the_timeline_view(qtbot, story):
    window = FakeWindow(story)
    qtbot.addWidget(window)
    view = current_view(window)
    assert view.span == TimeRange(datetime(2023, 3, 1), datetime(2023, 4, 1))
    assert view.lanes == "none" and len(view.events) == len(story.events)


def test_the_main_window_offers_export_print_and_copy(qtbot):
    from timeline.analysis import seeds_folder
    from timeline.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.corpus_changed, timeout=60_000):
        window.session.load_paths([seeds_folder()])
    texts = [a.text() for a in window.menu("File").actions()]
    assert "&Export…" in texts and "&Print…" in texts
    view = current_view(window)
    assert view is not None and view.events
    QGuiApplication.clipboard().clear()
    window.copy_view_action.trigger()
    assert QGuiApplication.clipboard().image().width() == 1920


def test_range_starts_as_the_story_span_and_key_event_options_reach_the_export(dialog, story):
    story_span = story_range(story)
    assert story_span is not None
    # Not the corpus's range: the story's 2024 election lies outside the story's span.
    assert dialog.scope.from_edit.date().toPython() == story_span.start.date()
    assert dialog.scope.to_edit.date().toPython() <= story_span.end.date() < date(2024, 1, 1)
    dialog.set_format(ExportFormat.PDF)
    dialog.key_group.top_spin.setValue(9)
    dialog.key_group.min_sources_spin.setValue(2)
    dialog.key_group.pages_spin.setValue(4)
    options = dialog.options()
    assert (options.top, options.min_sources, options.pages) == (9, 2, 4)
    dialog.set_format(ExportFormat.CSV)
    assert not dialog.key_group.isEnabled()


def test_an_export_still_queued_behind_other_work_is_cancelled_at_once(qtbot, tmp_path):
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    release = threading.Event()
    blockers = [BackgroundTask(lambda _progress, _cancelled: release.wait(20)) for _ in range(pool.maxThreadCount())]
    for blocker in blockers:
        start(blocker)  # every thread busy: the export has to wait its turn
    try:
        dialog, message = _started_and_cancelled(qtbot, 50, ExportFormat.PNG, tmp_path / "queued.png", 2_000)
        assert "cancelled" in message
        assert not dialog.is_exporting
        assert list(tmp_path.iterdir()) == []
    finally:
        release.set()
        pool.waitForDone(5_000)
