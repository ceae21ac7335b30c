"""Help → About Timeline: the version, the licence, and every bundled dependency's licence."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline import __version__
from timeline.dependency_licences import (
    APP_LICENCE,
    DependencyLicence,
    collect_licences,
    licence_texts,
)
from timeline.ui.i18n import tr, translatable

if TYPE_CHECKING:
    from timeline.ui.window_host import WindowHost

NAME_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (translatable("Package"), translatable("Version"), translatable("Licence"), translatable("Required by"))


class AboutDialog(QDialog):
    """Says what this build is and under which terms it and its dependencies may be used."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        dependencies: list[DependencyLicence] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(tr("About Timeline"))
        self.resize(760, 560)
        self.dependencies = collect_licences() if dependencies is None else dependencies

        self.title = QLabel(tr("Timeline {}").format(__version__))
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.summary = QLabel(
            tr("Turns a pile of news reports into a dated, sourced timeline of events.\nReleased under the {} licence. "
               "Works offline; nothing leaves this computer.").format(APP_LICENCE)
        )
        self.summary.setWordWrap(True)
        self.runtime = QLabel(
            tr("Python {} · Qt {} · PySide6 {}").format(platform.python_version(), qVersion(), pyside_version))
        self.runtime.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTreeWidget()
        self.table.setObjectName("dependencyLicences")
        self.table.setAccessibleName(tr("Licences of the software Timeline uses"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([tr(name) for name in COLUMNS])
        self.table.setSortingEnabled(False)  # already sorted by name; keeps the order stable
        for dependency in self.dependencies:
            item = QTreeWidgetItem(
                [
                    dependency.name,
                    dependency.version,
                    dependency.licence,
                    ", ".join(dependency.required_by),
                ]
            )
            item.setData(0, NAME_ROLE, dependency.name)
            item.setToolTip(2, dependency.licence)
            self.table.addTopLevelItem(item)
        for column in range(len(COLUMNS)):
            self.table.resizeColumnToContents(column)

        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setAccessibleName(tr("Licence text of the selected package"))
        self.licence_text.setPlaceholderText(tr("Select a package to read its licence."))
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.table.currentItemChanged.connect(self._show_licence_text)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        header = QHBoxLayout()
        icon = QIcon(QGuiApplication.windowIcon())
        if not icon.isNull():
            picture = QLabel()
            picture.setPixmap(icon.pixmap(64, 64))
            header.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.summary)
        text.addWidget(self.runtime)
        header.addLayout(text, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.licence_text)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(QLabel(tr("Timeline uses {} packages:").format(len(self.dependencies))))
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def select_package(self, name: str) -> None:
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            if item is not None and item.data(0, NAME_ROLE) == name:
                self.table.setCurrentItem(item)
                return
        raise KeyError(name)

    def _show_licence_text(self, current: QTreeWidgetItem | None) -> None:
        if current is None:
            self.licence_text.clear()
            return
        name = str(current.data(0, NAME_ROLE))
        # Read on selection: two dozen licence files are not worth reading up front.
        texts = licence_texts(name)
        if texts:
            self.licence_text.setPlainText(
                "\n\n".join(f"── {file_name} ──\n{text.strip()}" for file_name, text in texts)
            )
        else:
            self.licence_text.setPlainText(
                tr("{} ships no licence file in its package metadata; its declared licence is: {}.").format(
                    name, current.text(2))
            )


def install_about_action(window: WindowHost) -> QAction:
    """Adds Help → About Timeline (the application menu on macOS) to the window."""
    parent = window.window()
    action = QAction(tr("&About Timeline"), parent)
    action.setObjectName("aboutAction")
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda: _open_about(parent))
    # The window's Help menu, by its English title: a menu found by its shown text would
    # be missed under a translation, and a second Help menu made.
    window.menu("Help").addAction(action)
    return action


def _open_about(parent: QWidget) -> AboutDialog:
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # window-modal, returns at once: the event loop keeps running
    return dialog
