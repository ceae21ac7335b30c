"""The dialog that sets or clears an article's publication date, showing the evidence for it.

The date picker shows the weekday (analysts check "on Monday" against it) after the date,
so typing a day number edits the day; a date can also be typed or pasted whole
(2023-03-20, or written out like "20 March 2023"). Every candidate found in the file is
listed with where it came from and can be picked; "Undated" clears the date. Accepting
applies a SetArticleDate edit through the session, so it is undoable.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.article import Article, DateCandidate
from timeline.domain.edits import SetArticleDate
from timeline.ingest.date_strings import find_dates
from timeline.present.calendar_text import day_text
from timeline.ui.i18n import tr, translatable
from timeline.ui.qt_dates import from_qdate, to_qdate
from timeline.ui.year_less import article_day_text, dateline_day, day_month_text, year_less_hint

if TYPE_CHECKING:  # the window imports this module to install it
    from timeline.ui.window_host import WindowHost

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole
# The weekday comes last: a weekday section first would take the keys typed for the day.
PICKER_FORMAT = "d MMMM yyyy (dddd)"
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")

# Where an article's date came from, as the analyst reads it: looked up in source_name().
SOURCE_NAMES: dict[str, str] = {
    "manifest": translatable("corpus manifest"),
    "sidecar": translatable("sidecar file"),
    "html-meta": translatable("page metadata"),
    "email-header": translatable("e-mail Date header"),
    "pdf-meta": translatable("PDF properties"),
    "docx-meta": translatable("Word document properties"),
    "dateline": translatable("dateline in the text"),
    "analyst": translatable("set by the analyst"),
}


def source_name(source: str | None) -> str:
    if source is None:
        return tr("no date found")
    return tr(SOURCE_NAMES[source]) if source in SOURCE_NAMES else source


def typed_day(text: str) -> date | None:
    """A whole date typed or pasted: ISO (2023-03-20) or written out ("20 March 2023",
    "20.03.2023"); None when the text is anything more, less or ambiguous (03/04/2023)."""
    iso = _ISO_DAY.fullmatch(text)
    if iso is not None:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    stripped = text.strip()
    found = find_dates(stripped)
    if len(found) == 1 and (found[0].start, found[0].end) == (0, len(stripped)):
        return found[0].value
    return None


def candidate_text(candidate: DateCandidate) -> str:
    return f"{day_text(candidate.value)} — {source_name(candidate.source)}: {candidate.evidence}"


class ArticleDateDialog(QDialog):
    """Pick a date (weekday shown), one of the file's candidates, or undated."""

    def __init__(
        self, article: Article, *, fallback: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.article = article
        self.setWindowTitle(tr("Article date"))
        self.setObjectName("articleDateDialog")

        self.picker = QDateEdit()
        self.picker.setObjectName("articleDatePicker")
        self.picker.setAccessibleName(tr("Publication date"))
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat(PICKER_FORMAT)
        self.picker.setMinimumDate(QDate(1800, 1, 1))
        self.picker.setMaximumDate(QDate(2200, 12, 31))
        self.typed_date = QLineEdit()
        self.typed_date.setObjectName("articleDateTyped")
        self.typed_date.setAccessibleName(tr("Type a publication date"))
        self.typed_date.setPlaceholderText(tr("or type a date: 2023-03-20"))
        self.typed_date.setClearButtonEnabled(True)
        self.weekday_label = QLabel()
        self.weekday_label.setObjectName("articleDateWeekday")
        self.undated_box = QCheckBox(tr("Undated (clear the date)"))
        self.undated_box.setObjectName("articleUndated")
        self.undated_box.setToolTip(
            tr("Relative dates in this article stay unanchored until it has a date"))
        self.evidence_list = QListWidget()
        self.evidence_list.setObjectName("articleDateEvidence")
        self.evidence_list.setAccessibleName(tr("Dates found in the file"))
        self.evidence_list.setWordWrap(True)
        self.warnings_label = QLabel("\n".join(f"⚠ {w}" for w in article.warnings))
        self.warnings_label.setObjectName("articleDateWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setVisible(bool(article.warnings))
        self.current_label = QLabel(
            f"{article_day_text(article)} ({source_name(article.date_source)})")
        self.current_label.setObjectName("articleDateCurrent")
        # "GENEVA, Oct 12 -" with no year anywhere: the one thing to ask is the year
        self.dateline_hint = year_less_hint(article)
        self.year_prompt = QLabel()
        self.year_prompt.setObjectName("articleDateYearPrompt")
        self.year_prompt.setWordWrap(True)
        self.dateline_year = QLineEdit()
        self.dateline_year.setObjectName("articleDateDatelineYear")
        self.dateline_year.setAccessibleName(tr("Year of the dateline"))
        self.dateline_year.setPlaceholderText(tr("year, e.g. 2019"))
        self.dateline_year.setMaxLength(4)
        if self.dateline_hint is not None:
            self.year_prompt.setText(
                tr("The dateline “{evidence}” gives {day} but no year, and the text names none. "
                   "Which year was it written in?").format(
                    evidence=self.dateline_hint.evidence, day=day_month_text(self.dateline_hint)))

        for candidate in article.candidates:
            item = QListWidgetItem(candidate_text(candidate))
            item.setData(CANDIDATE_ROLE, candidate.value)
            item.setToolTip(tr("trust {}: higher wins when candidates disagree").format(candidate.trust))
            self.evidence_list.addItem(item)
        if not article.candidates:
            placeholder = QListWidgetItem(tr("No date found in the file or the corpus manifest."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.evidence_list.addItem(placeholder)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        title = QLabel(article.title or article.path or article.article_id)
        title.setWordWrap(True)
        form.addRow(tr("Article:"), title)
        form.addRow(tr("Now:"), self.current_label)
        if self.dateline_hint is not None:
            form.addRow(self.year_prompt)
            form.addRow(tr("Year:"), self.dateline_year)
        form.addRow(tr("Date:"), self.picker)
        form.addRow("", self.typed_date)
        form.addRow("", self.weekday_label)
        form.addRow("", self.undated_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Dates found for this article (pick one to use it):")))
        layout.addWidget(self.evidence_list)
        layout.addWidget(self.warnings_label)
        layout.addWidget(buttons)

        self.picker.dateChanged.connect(self._show_weekday)
        self.typed_date.textEdited.connect(self._on_typed)
        self.typed_date.editingFinished.connect(self._on_typed_finished)
        self.undated_box.toggled.connect(self._on_undated)
        self.evidence_list.currentItemChanged.connect(self._on_candidate)
        self.dateline_year.textEdited.connect(self._on_dateline_year)
        # Never start from the computer's clock: the article's date, its best candidate,
        # or a date from the rest of the corpus.
        start = article.date or next((c.value for c in article.candidates), None) or fallback
        self.picker.setDate(to_qdate(start or date(2000, 1, 1)))
        self._show_weekday()
        self.undated_box.setChecked(article.date is None)
        self._on_undated(article.date is None)
        if self.dateline_hint is not None:
            self.dateline_year.setFocus()

    def chosen_date(self) -> date | None:
        return None if self.undated_box.isChecked() else from_qdate(self.picker.date())

    def edit(self) -> SetArticleDate | None:
        """The edit to apply, or None when the date is left as it was."""
        chosen = self.chosen_date()
        if chosen == self.article.date:
            return None
        return SetArticleDate(self.article.article_id, chosen)

    def _show_weekday(self) -> None:
        self.weekday_label.setText(day_text(from_qdate(self.picker.date())))

    def _on_typed(self, text: str) -> None:
        """A whole date moves the picker as it is typed; the weekday label confirms it."""
        iso = _ISO_DAY.fullmatch(text)
        if iso is not None and len(iso[3]) < 2:
            return  # "2023-03-2" may be the start of "2023-03-25": wait for Enter or Tab
        day = typed_day(text)
        if day is not None:
            self.picker.setDate(to_qdate(day))

    def _on_typed_finished(self) -> bool:
        """Whether the typed text (if any) is a date; says so under the picker when it is not."""
        text = self.typed_date.text()
        day = typed_day(text)
        if day is not None:
            self.picker.setDate(to_qdate(day))
        if not text.strip() or day is not None:
            self._show_weekday()
            return True
        self.weekday_label.setText(tr("“{}” is not a whole date: type it as 2023-03-20").format(text.strip()))
        return False

    def accept(self) -> None:
        if self.typed_date.isEnabled() and not self._on_typed_finished():
            self.typed_date.setFocus()
            return  # Enter after a half-typed date must not save the old one
        super().accept()

    def _on_dateline_year(self, text: str) -> None:
        """A whole year typed for a year-less dateline dates the article on the dateline's day."""
        if self.dateline_hint is None or not (text.isdigit() and len(text) == 4):
            return
        day = dateline_day(self.dateline_hint, int(text))
        if day is None:
            self.weekday_label.setText(tr("{} has no {}").format(text, day_month_text(self.dateline_hint)))
            return
        self.undated_box.setChecked(False)
        self.picker.setDate(to_qdate(day))

    def _on_undated(self, undated: bool) -> None:
        self.picker.setEnabled(not undated)
        self.typed_date.setEnabled(not undated)
        self.weekday_label.setEnabled(not undated)

    def _on_candidate(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        value = item.data(CANDIDATE_ROLE)
        if isinstance(value, date):
            self.undated_box.setChecked(False)
            self.picker.setDate(to_qdate(value))


def corpus_fallback_date(articles: Sequence[Article]) -> date | None:
    """The most common date among dated articles: a better start than any fixed day."""
    counts = Counter(a.date for a in articles if a.date is not None)
    return counts.most_common(1)[0][0] if counts else None


def open_article_date_dialog(window: WindowHost, article_id: str) -> ArticleDateDialog | None:
    """Open (window-modal, not blocking) the dialog for one article of the window's session."""
    session = window.session
    article = session.article(article_id)
    if article is None:
        return None
    dialog = ArticleDateDialog(
        article, fallback=corpus_fallback_date(session.corpus.articles), parent=window.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def apply() -> None:
        edit = dialog.edit()
        if edit is not None:
            session.apply_edit(edit)

    dialog.accepted.connect(apply)
    dialog.open()
    return dialog


def install_article_date_editing(window: WindowHost) -> QAction:
    """Edit ▸ Set article date… (Ctrl+D) for the article chosen in the list (a click or Enter
    on an article shows its text: the window's Article tab)."""

    def open_for_current() -> None:
        article_id = window.article_list.current_article_id()
        if article_id:
            open_article_date_dialog(window, article_id)

    action = QAction(tr("Set article &date…"), window.window())
    action.setObjectName("setArticleDateAction")
    action.setShortcut(QKeySequence("Ctrl+D"))
    action.setStatusTip(tr("Set, change or clear the publication date of the selected article"))
    action.triggered.connect(open_for_current)
    window.menu("Edit").addAction(action)
    # Also on the article list's own context menu, where the analyst looks for it.
    window.article_list.addAction(action)
    window.article_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
