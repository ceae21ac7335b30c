"""Brings documents into the window: paste from the clipboard as an article, drop files or folders.

Only files on this computer are taken from a drop or a paste; web addresses are never
fetched. Pasted text goes through the same dateline detection as files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import (
    QAction,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)

from timeline.domain.article import Article
from timeline.ingest import article_from_html, article_from_text
from timeline.ui.i18n import tr

if TYPE_CHECKING:  # the window imports this module to install it
    from timeline.ui.window_host import WindowHost

PASTED_PREFIX = "pasted-"
_PASTED_ID = re.compile(rf"^{PASTED_PREFIX}(\d+)$")
STATUS_MS = 8_000


def local_paths(mime: QMimeData) -> list[Path]:
    """Files and folders on this computer named by a drag or a copy; web addresses are ignored."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def next_pasted_id(existing: Iterable[str]) -> str:
    numbers = [int(match[1]) for name in existing if (match := _PASTED_ID.match(name))]
    return f"{PASTED_PREFIX}{max(numbers, default=0) + 1}"


def article_from_clipboard(mime: QMimeData, article_id: str) -> Article | None:
    """Plain text when the clipboard has it (browsers always add it), else its HTML."""
    if mime.hasText() and mime.text().strip():
        return article_from_text(mime.text(), article_id=article_id)
    if mime.hasHtml() and mime.html().strip():
        return article_from_html(mime.html(), article_id=article_id)
    return None


class DocumentDropFilter(QObject):
    """Accepts drags that carry local files or folders and hands the paths over on drop."""

    def __init__(self, on_paths: Callable[[list[Path]], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_paths = on_paths

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragMoveEvent):  # also a QDragEnterEvent
            if local_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif isinstance(event, QDropEvent):
            paths = local_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self._on_paths(paths)
                return True
        return False


class DocumentIntake(QObject):
    """The window's paste action and drop target, feeding the session."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.window())
        self._window = window
        self.paste_action = QAction(tr("&Paste as new article"), window.window())
        self.paste_action.setObjectName("pasteArticleAction")
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_action.setStatusTip(tr("Add the text on the clipboard as a new article"))
        self.paste_action.triggered.connect(self.paste_from_clipboard)
        self.drop_filter = DocumentDropFilter(self.add_paths, self)

    def paste_from_clipboard(self) -> Article | None:
        return self.paste(QGuiApplication.clipboard().mimeData())

    def paste(self, mime: QMimeData | None) -> Article | None:
        """Add the clipboard's text as an article (or its files, when files were copied)."""
        if mime is None:
            return None
        paths = local_paths(mime)
        if paths:  # files copied in a file manager: add them, do not paste their names
            self.add_paths(paths)
            return None
        session = self._window.session
        article_id = next_pasted_id(a.article_id for a in session.corpus.articles)
        article = article_from_clipboard(mime, article_id)
        if article is None or article.error is not None:
            reason = article.error if article is not None else tr("the clipboard holds no text")
            self._status(tr("Nothing pasted: {}").format(reason))
            return None
        session.add_articles([article])
        self._status(tr("Pasted text added as “{}”").format(article.title))
        return article

    def add_paths(self, paths: list[Path]) -> None:
        self._window.session.add_paths(paths)
        names = ", ".join(path.name for path in paths[:3]) + ("…" if len(paths) > 3 else "")
        self._status(tr("Adding {}").format(names))

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, STATUS_MS)


def install_document_intake(window: WindowHost) -> DocumentIntake:
    """File ▸ Paste as new article (Ctrl+Shift+V), and dropping files or folders on the window."""
    intake = DocumentIntake(window)
    file_menu = window.menu("File")
    # Beside "Add files…" and "Add folder…": before the first separator, if there is one.
    separator = next((a for a in file_menu.actions() if a.isSeparator()), None)
    if separator is not None:
        file_menu.insertAction(separator, intake.paste_action)
    else:
        file_menu.addAction(intake.paste_action)
    window.window().setAcceptDrops(True)
    window.window().installEventFilter(intake.drop_filter)
    return intake
