"""File → Export…, File → Print… and Edit → Copy view as image, installed on the window.

The dialog (ui/export_dialog.py) chooses and runs an export; printing and the clipboard
compose the view through export/view_export.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from timeline.export.view_export import ViewScope, print_corpus, view_image, view_request, view_scope
from timeline.ui.export_dialog import ExportDialog
from timeline.ui.i18n import tr
from timeline.ui.window_host import WindowHost


def current_view(window: WindowHost) -> ViewScope | None:
    """What the window's timeline view shows, or None when its range is empty."""
    view = window.timeline_view
    return view_scope(view.viewport(), view.shown_events(), view.grouping)


def has_events(window: WindowHost) -> bool:
    return any(not e.hidden for e in window.session.corpus.events)


@dataclass(frozen=True, slots=True)
class ExportActions:
    export: QAction  # File → Export… (Ctrl+E)
    print: QAction  # File → Print…
    copy_view: QAction  # Edit → Copy view as image (Ctrl+Shift+C)


def install_export_actions(window: WindowHost) -> ExportActions:
    """File → Export…, File → Print… and Edit → Copy view as image on the main window."""
    state = {"title": tr("Timeline")}
    parent = window.window()  # of the dialogs and actions

    def open_dialog() -> None:
        if not has_events(window):
            QMessageBox.information(parent, tr("Export"), tr("There are no dated events to export yet."))
            return
        dialog = ExportDialog(window.session.corpus, view=current_view(window),
                              title=state["title"], parent=parent)
        dialog.exported.connect(lambda result: window.statusBar().showMessage(
            tr("Exported {}").format(result.path), 10_000))
        dialog.exec()
        state["title"] = dialog.title_edit.text() or state["title"]

    def copy_view() -> None:
        if not has_events(window):
            window.statusBar().showMessage(tr("Nothing to copy: no dated events."), 5_000)
            return
        image = view_image(window.session.corpus, current_view(window), title=state["title"])
        QGuiApplication.clipboard().setImage(image)
        window.statusBar().showMessage(
            tr("Copied the view as a {}×{} image.").format(image.width(), image.height()), 5_000)

    def print_view() -> None:
        if not has_events(window):
            window.statusBar().showMessage(tr("Nothing to print: no dated events."), 5_000)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        corpus, view = window.session.corpus, current_view(window)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = print_corpus(printer, view.corpus(corpus) if view else corpus,
                                 view_request(corpus, view, state["title"]))
        finally:
            QGuiApplication.restoreOverrideCursor()
        window.statusBar().showMessage(tr("Sent {} page(s) to the printer.").format(count), 5_000)

    file_menu = window.menu("File")
    edit_menu = window.menu("Edit")
    export_action = QAction(tr("&Export…"), parent)
    export_action.setShortcut(QKeySequence("Ctrl+E"))
    export_action.triggered.connect(open_dialog)
    print_action = QAction(tr("&Print…"), parent)
    print_action.setShortcut(QKeySequence.StandardKey.Print)
    print_action.triggered.connect(print_view)
    copy_action = QAction(tr("Copy view as &image"), parent)
    copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
    copy_action.triggered.connect(copy_view)
    # Before Quit, which the window adds last to the File menu.
    quit_action = window.quit_action
    file_menu.insertAction(quit_action, export_action)
    file_menu.insertAction(quit_action, print_action)
    file_menu.insertSeparator(quit_action)
    edit_menu.addAction(copy_action)
    return ExportActions(export_action, print_action, copy_action)


__all__ = ["ExportActions", "current_view", "has_events", "install_export_actions"]
