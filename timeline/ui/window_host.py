"""What a feature module may use of the main window: one typed contract, so features never guess.

Each `install_*` function (projects, export, event editing, document intake, article dates,
the View menu, About) takes a `WindowHost` and returns what it made; the window keeps those
itself. Features add nothing to the window from outside and probe it for nothing, and they
import this Protocol, not `main_window` (which imports them): no import circle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

    from timeline.ui.article_list import ArticleList
    from timeline.ui.event_filter import EventFilterBar
    from timeline.ui.session import Session
    from timeline.ui.timeline_view import TimelineView


class WindowHost(Protocol):
    """The main window as features see it."""

    @property
    def session(self) -> Session:
        """The corpus, the edit history and the selection: what every feature works on."""

    @property
    def timeline_view(self) -> TimelineView:
        """The timeline: its state (viewport, selection, lanes, filter) is what a view export
        and the project file take."""

    @property
    def filter_bar(self) -> EventFilterBar:
        """The search and Key events controls (a reopened project's filter is shown there)."""

    @property
    def article_list(self) -> ArticleList:
        """The articles pane (its context menu takes the article-date command)."""

    def window(self) -> QWidget:
        """The window as a widget: the parent of dialogs and actions, and what an event
        filter watches (QWidget.window(), which the main window has already)."""

    def menu(self, title: str) -> QMenu:
        """The menu with this English title ("File", "Edit", "View", "Event", "Help")."""

    def statusBar(self) -> QStatusBar:
        """Where a feature says briefly what it did."""

    def addAction(self, action: QAction) -> None:
        """An action whose shortcut works whether or not a menu is open."""

    @property
    def quit_action(self) -> QAction:
        """File → Quit: features that add to the File menu insert before it."""
