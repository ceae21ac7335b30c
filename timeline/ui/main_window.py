"""The main window: articles on the left, the timeline in the middle, sources and text below.

It only arranges widgets and links their selections through the session; each feature
(export, projects, event editing, document intake, about) installs itself from its own
module.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from timeline import __version__
from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.present.calendar_text import day_text
from timeline.present.event_filter import EventFilter
from timeline.present.story import KeyEvents
from timeline.ui.about_dialog import install_about_action
from timeline.ui.article_date_dialog import install_article_date_editing
from timeline.ui.article_list import ArticleList
from timeline.ui.article_reader import ArticleReader
from timeline.ui.background import wait_for_all
from timeline.ui.document_intake import install_document_intake
from timeline.ui.event_editing import install_event_editing
from timeline.ui.event_filter import EventFilterBar
from timeline.ui.event_table import EventTable
from timeline.ui.export_actions import install_export_actions
from timeline.ui.first_paint import install_first_paint_report
from timeline.ui.i18n import tr
from timeline.ui.last_folder import last_folder, remember_folder
from timeline.ui.load_status import LoadStatus
from timeline.ui.overview_strip import OverviewStrip
from timeline.ui.project_actions import install_project_actions
from timeline.ui.session import Session
from timeline.ui.source_pane import SourcePane
from timeline.ui.timeline_view import TimelineView
from timeline.ui.view_menu import install_view_menu
from timeline.ui.window_layout import WindowLayout

MENTION_ROLE = Qt.ItemDataRole.UserRole
SECONDARY_PANES_INLINE_UP_TO = 200  # articles; past this the article lists update a turn later


class MainWindow(QMainWindow):
    def __init__(self, session: Session | None = None) -> None:
        super().__init__()
        self.session = session if session is not None else Session(self)
        self.setWindowTitle(tr("Timeline[*]"))
        self.resize(1400, 860)

        self.timeline_view = TimelineView()
        self.timeline_view.setAccessibleName(tr("Timeline of events"))
        self.filter_bar = EventFilterBar()
        self.overview_strip = OverviewStrip(self.timeline_view)
        self.event_table = EventTable()
        self.article_list = ArticleList()
        self.unanchored_list = QListWidget()
        self.unanchored_list.setObjectName("unanchoredList")
        self.unanchored_list.setAccessibleName(tr("Unanchored mentions"))
        self.source_pane = SourcePane()
        self.article_reader = ArticleReader()
        self._panes_analyses: tuple[ArticleAnalysis, ...] | None = None  # what the article lists show
        self._timeline_analyses: tuple[ArticleAnalysis, ...] | None = None  # what the timeline's lanes know

        # The event list (or an article) on the left, the selected event's sources beside it,
        # so the analyst can walk the table while reading what each event rests on.
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setObjectName("lowerTabs")
        self.lower_tabs.addTab(self.event_table, tr("Events"))
        self.lower_tabs.addTab(self.article_reader, tr("Article"))
        self.lower_area = QSplitter(Qt.Orientation.Horizontal)
        self.lower_area.addWidget(self.lower_tabs)
        self.lower_area.addWidget(self.source_pane)
        self.lower_area.setStretchFactor(0, 1)
        self.lower_area.setStretchFactor(1, 1)

        timeline_area = QWidget()
        timeline_layout = QVBoxLayout(timeline_area)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.setSpacing(2)
        timeline_layout.addWidget(self.filter_bar)
        timeline_layout.addWidget(self.timeline_view, 1)
        timeline_layout.addWidget(self.overview_strip)

        self.centre = QSplitter(Qt.Orientation.Vertical)
        self.centre.addWidget(timeline_area)
        self.centre.addWidget(self.lower_area)
        self.centre.setStretchFactor(0, 3)
        self.centre.setStretchFactor(1, 2)
        self.setCentralWidget(self.centre)

        self.articles_dock = self._dock(
            tr("Articles"), self.article_list, Qt.DockWidgetArea.LeftDockWidgetArea, name="articlesDock")
        self.unanchored_dock = self._dock(
            tr("Unanchored"), self.unanchored_list, Qt.DockWidgetArea.LeftDockWidgetArea, name="unanchoredDock")

        self._build_status_bar()
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self._link_views()
        self._install_features()
        # After every dock and menu exists: the arrangement as built is Reset layout's.
        self.window_layout = WindowLayout(
            self, {"centre": (self.centre, (3, 2)), "lower": (self.lower_area, (1, 1))})
        view_actions = install_view_menu(
            self, dock_toggles=(self.articles_dock.toggleViewAction(), self.unanchored_dock.toggleViewAction()),
            reset_layout=self.window_layout.reset, find=self.focus_search)
        self.zoom_in_action, self.zoom_out_action = view_actions.zoom_in, view_actions.zoom_out
        self.reset_zoom_action = view_actions.reset_zoom
        self.fit_story_action, self.fit_all_action = view_actions.fit_story, view_actions.fit_all
        self.fit_selection_action = view_actions.fit_selection
        self.reset_layout_action, self.find_action = view_actions.reset_layout, view_actions.find
        self.window_layout.restore()

        self.first_paint_report = install_first_paint_report(self)

    # -- construction ----------------------------------------------------------------------
    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea, *, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # the saved dock layout is keyed by it: never the translated title
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.summary_label = QLabel()
        self.statusBar().addWidget(self.summary_label, 1)
        self.load_status = LoadStatus(self.statusBar(), self.session.cancel, self.timeline_view.set_loading_text)

    def menu(self, title: str) -> QMenu:
        """The menu with this title, created in menu-bar order on first use."""
        if title not in self.menus:
            # Looked up by its English title; shown translated (the catalogue holds "&File", ...).
            self.menus[title] = self.menuBar().addMenu(tr(f"&{title}"))
        return self.menus[title]

    def _build_menus(self) -> None:
        for title in ("File", "Edit", "View", "Event", "Help"):
            self.menu(title)
        file_menu = self.menu("File")
        # Ctrl+O (the standard Open) opens a project (File → Open project, project_actions).
        self._action(file_menu, tr("Add &files…"), self._add_files, QKeySequence("Ctrl+Shift+O"))
        self._action(file_menu, tr("Add f&older…"), self._add_folder)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

    def focus_search(self) -> None:
        """Edit → Find: the filter bar's search field, its text selected to type over."""
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def _action(self, menu: QMenu, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _link_views(self) -> None:
        session = self.session
        session.corpus_changed.connect(self._on_corpus_changed)
        session.busy_changed.connect(self.load_status.show_busy)
        session.progress.connect(self._on_progress)
        session.failed.connect(self._on_failed)
        session.event_selected.connect(self._on_event_selected)
        session.mention_selected.connect(self._on_mention_selected)
        self.timeline_view.event_selected.connect(session.select_event)
        self.event_table.event_selected.connect(session.select_event)
        self.filter_bar.filter_changed.connect(self._on_filter_changed)
        # The view holds the Key events setting; the control, the table and the count follow it.
        self.filter_bar.key_events.key_events_changed.connect(self.timeline_view.set_key_events)
        self.timeline_view.key_events_changed.connect(self._on_key_events_changed)
        session.corpus_loaded.connect(self.timeline_view.fit_story)
        # Choosing an article (click, keys, Enter) shows its text; its date has its own
        # command (Edit → Set article date…, Ctrl+D).
        self.article_list.article_chosen.connect(self._read_article)
        self.article_list.clicked.connect(self._on_article_clicked)
        self.article_list.article_activated.connect(self._read_article)
        self.source_pane.open_mention.connect(self._open_article_at)
        self.article_reader.mention_clicked.connect(session.select_mention)
        self.article_reader.selection_touches.connect(self._on_reader_selection)
        self.unanchored_list.itemActivated.connect(self._on_unanchored_activated)
        self.unanchored_list.itemClicked.connect(self._on_unanchored_activated)

    def _install_features(self) -> None:
        """Each feature adds its menus and panes from its own module."""
        self.document_intake = install_document_intake(self)
        self.set_article_date_action = install_article_date_editing(self)
        self.projects = install_project_actions(self)
        exports = install_export_actions(self)
        self.export_action, self.print_action = exports.export, exports.print
        self.copy_view_action = exports.copy_view
        self.event_editing = install_event_editing(self)
        install_about_action(self)

    # -- reacting to the session -----------------------------------------------------------
    def _on_corpus_changed(self) -> None:
        corpus = self.session.corpus
        self.source_pane.set_corpus(corpus)
        shown = [e for e in corpus.events if not e.hidden]
        if corpus.analyses is not self._timeline_analyses:  # an edit of events leaves the articles as they are
            self._timeline_analyses = corpus.analyses
            self.timeline_view.set_articles(corpus.articles)
        self.timeline_view.set_events(shown, index=self.session.timeline_index)
        self.event_table.set_events(shown)
        self._update_match_count()
        articles = corpus.articles
        readable = sum(1 for a in articles if a.is_readable)
        failed = len(articles) - readable
        summary = tr("{} articles, {} events").format(len(articles), len(corpus.events))
        if failed:
            summary += tr(", {} could not be read").format(failed)
        self.summary_label.setText(summary)
        if self.session.selected_event_id:
            self._on_event_selected(self.session.selected_event_id)
        if corpus.analyses is self._panes_analyses:
            return  # an edit of events: the article lists show the articles alone, unchanged
        if len(corpus.articles) > SECONDARY_PANES_INLINE_UP_TO:
            # A large corpus: the article lists follow one event-loop turn later, so the window
            # answers input between the timeline's update and theirs.
            QTimer.singleShot(0, self._show_article_panes)
        else:
            self._show_article_panes()

    def _show_article_panes(self) -> None:
        corpus = self.session.corpus
        previous, self._panes_analyses = self._panes_analyses, corpus.analyses
        self.article_list.show_corpus(corpus)
        changed = _changed_analyses(previous, corpus.analyses)
        if changed is None:  # other articles: every list anew
            self.filter_bar.set_articles(corpus.articles)
            self._show_unanchored(corpus)
        elif any(before.unanchored or now.unanchored for before, now in changed):
            self._show_unanchored(corpus)  # an article's date is part of what the list says
        if self.article_reader.article_id:
            self._show_article(self.article_reader.article_id)

    def _show_unanchored(self, corpus: Corpus) -> None:
        self.unanchored_list.clear()
        for analysis in corpus.analyses:
            for mention in analysis.unanchored:
                article = analysis.article
                item = QListWidgetItem(f"“{mention.text}” — {article.title or article.path}"
                                       f" ({day_text(article.date)})")
                item.setData(MENTION_ROLE, (article.article_id, mention.start, mention.end))
                item.setToolTip(mention.explanation or tr("no date to resolve it against"))
                self.unanchored_list.addItem(item)
        self.unanchored_dock.setWindowTitle(tr("Unanchored ({})").format(self.unanchored_list.count()))

    def _on_event_selected(self, event_id: str) -> None:
        event = self.session.find_event(event_id)
        self.source_pane.show_event(event)
        if event is not None:
            self.timeline_view.select_event(event_id)
            self.event_table.select_event(event_id)

    def _on_mention_selected(self, article_id: str, start: int, end: int) -> None:
        self.source_pane.show_mention(article_id, start, end)
        event_id = self.session.event_for_mention(article_id, start, end)
        if event_id is not None:
            self.session.select_event(event_id)

    def _show_article(self, article_id: str, focus: tuple[int, int] | None = None) -> None:
        try:
            analysis = self.session.corpus.analysis(article_id)
        except KeyError:
            return
        self.article_reader.show_article(analysis, focus)

    def _read_article(self, article_id: str) -> None:
        """Show the article's text in the Article tab, brought to the front."""
        if self.article_reader.article_id != article_id:  # a click also makes it current: once
            self._show_article(article_id)
        if self.article_reader.article_id == article_id:
            self.lower_tabs.setCurrentWidget(self.article_reader)

    def _on_article_clicked(self, index: object) -> None:
        # A click on the article already chosen changes nothing in the list, yet the analyst
        # may have turned to the Events tab since: show its text again.
        article_id = self.article_list.current_article_id()
        if article_id:
            self._read_article(article_id)

    def _open_article_at(self, article_id: str, start: int, end: int) -> None:
        self.article_list.select_article(article_id)
        self._show_article(article_id, (start, end))
        self.lower_tabs.setCurrentWidget(self.article_reader)

    def _on_reader_selection(self, spans: list[tuple[int, int]]) -> None:
        article_id = self.article_reader.article_id
        found = (self.session.event_for_mention(article_id, start, end) for start, end in spans)
        self.timeline_view.highlight_events([event_id for event_id in found if event_id is not None])

    def _on_filter_changed(self, criteria: object) -> None:
        assert isinstance(criteria, EventFilter)  # the filter bar's signal carries one
        self.timeline_view.set_filter(criteria)
        self.event_table.set_filter(criteria)
        self._update_match_count()
        self._drop_selection_if_hidden()

    def _on_key_events_changed(self, setting: object) -> None:
        assert isinstance(setting, KeyEvents)
        self.filter_bar.key_events.display(setting)
        self.event_table.set_key_events(setting)
        self._update_match_count()
        self._drop_selection_if_hidden()

    def _drop_selection_if_hidden(self) -> None:
        """The filter (or the key events) took the selected event off the timeline: its
        sources no longer stand beside it, so the pane says why it is empty."""
        event = self.session.find_event(self.session.selected_event_id)
        if event is None or self.timeline_view.event_index().find(event.event_id) is not None:
            return
        self.session.select_event("")
        self.source_pane.show_hidden(event)

    def _update_match_count(self) -> None:
        total = sum(1 for e in self.session.corpus.events if not e.hidden)
        self.filter_bar.set_match_count(len(self.timeline_view.shown_events()), total)

    def _on_unanchored_activated(self, item: QListWidgetItem) -> None:
        article_id, start, end = item.data(MENTION_ROLE)
        self._open_article_at(article_id, start, end)

    def _on_progress(self, done: int, total: int) -> None:
        self.load_status.show_progress(done, total, busy=self.session.is_busy)

    def _on_failed(self, message: str) -> None:
        self.statusBar().showMessage(tr("Failed: {}").format(message), 15_000)
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # someone can answer
            QMessageBox.warning(self, tr("Timeline"), message)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.window_layout.save()
            # Stop background work before Qt deletes the objects it reports to.
            self.session.cancel()
            wait_for_all()

    # -- file actions ----------------------------------------------------------------------
    def _add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Add articles"), last_folder(),
            tr("Articles (*.txt *.md *.html *.htm *.eml *.pdf *.docx);;All files (*)"))
        if paths:
            remember_folder(paths[0])
            self.session.add_paths(paths)

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Add a folder of articles"), last_folder())
        if folder:
            remember_folder(folder)
            self.session.add_paths([folder])

    def about_text(self) -> str:
        return f"Timeline {__version__}"


def _changed_analyses(previous: tuple[ArticleAnalysis, ...] | None, now: tuple[ArticleAnalysis, ...]
                      ) -> list[tuple[ArticleAnalysis, ArticleAnalysis]] | None:
    """The analyses that changed when the articles are the same, in the same order (an
    article's date changed: titles and names stay); None when the articles differ."""
    if previous is None or len(previous) != len(now):
        return None
    changed = [(before, after) for before, after in zip(previous, now, strict=True) if before is not after]
    if any(before.article.article_id != after.article.article_id or before.article.title != after.article.title
           or before.article.path != after.article.path for before, after in changed):
        return None
    return changed
