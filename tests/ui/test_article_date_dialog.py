"""The article date dialog: weekday shown, evidence pickable, undated choice, undoable edit."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit

from timeline.domain.article import Article, DateCandidate
from timeline.domain.edits import SetArticleDate
from timeline.ingest import load_paths
from timeline.ui.article_date_dialog import (
    ArticleDateDialog,
    corpus_fallback_date,
    open_article_date_dialog,
)
from timeline.ui.main_window import MainWindow

SAVED = Article(
    article_id="004.txt",
    path="seeds/004.txt",
    title="Xi backs Putin",
    text="• Tuesday, 02 July 2024\n\nText.",
    date=date(2023, 3, 20),
    date_source="manifest",
    candidates=(
        DateCandidate(date(2023, 3, 20), "manifest", 'manifest.toml: date = "2023-03-20"', 95),
        DateCandidate(date(2024, 7, 2), "dateline", "• Tuesday, 02 July 2024", 20),
    ),
    warnings=("first line says Tue 2 Jul 2024 (likely the save date); using manifest date Mon 20 Mar 2023",),
)
UNDATED = Article("u.txt", "u.txt", "Undated", "Talks on Monday.", None, None)


@pytest.fixture
def dialog(qtbot):
    dialog = ArticleDateDialog(SAVED)
    qtbot.addWidget(dialog)
    return dialog


def test_shows_the_date_with_its_weekday_evidence_and_warnings(dialog):
    assert dialog.picker.date() == QDate(2023, 3, 20)
    assert dialog.picker.text() == "20 March 2023 (Monday)"
    assert dialog.weekday_label.text() == "Mon 20 Mar 2023"
    assert dialog.current_label.text() == "Mon 20 Mar 2023 (corpus manifest)"
    rows = [dialog.evidence_list.item(i).text() for i in range(dialog.evidence_list.count())]
    assert rows == [
        'Mon 20 Mar 2023 — corpus manifest: manifest.toml: date = "2023-03-20"',
        "Tue 2 Jul 2024 — dateline in the text: • Tuesday, 02 July 2024",
    ]
    assert "likely the save date" in dialog.warnings_label.text()
    assert not dialog.undated_box.isChecked()


def test_unchanged_date_gives_no_edit(dialog):
    assert dialog.edit() is None


def test_picking_a_candidate_sets_the_date_and_the_weekday_follows(dialog):
    dialog.evidence_list.setCurrentRow(1)

    assert dialog.weekday_label.text() == "Tue 2 Jul 2024"
    assert dialog.edit() == SetArticleDate("004.txt", date(2024, 7, 2))


def test_typed_date_and_the_undated_choice(dialog):
    dialog.picker.setDate(QDate(2023, 3, 21))
    assert dialog.weekday_label.text() == "Tue 21 Mar 2023"
    assert dialog.edit() == SetArticleDate("004.txt", date(2023, 3, 21))

    dialog.undated_box.setChecked(True)

    assert not dialog.picker.isEnabled()
    assert dialog.edit() == SetArticleDate("004.txt", None)


def test_undated_article_starts_undated_from_a_corpus_date_never_the_clock(qtbot):
    dialog = ArticleDateDialog(UNDATED, fallback=date(2023, 3, 20))
    qtbot.addWidget(dialog)

    assert dialog.undated_box.isChecked() and dialog.edit() is None
    assert dialog.picker.date() == QDate(2023, 3, 20)
    assert dialog.evidence_list.count() == 1  # the "no date found" note, not selectable

    dialog.undated_box.setChecked(False)
    assert dialog.edit() == SetArticleDate("u.txt", date(2023, 3, 20))


def test_corpus_fallback_is_the_most_common_date():
    articles = [SAVED, UNDATED, SAVED.__class__(**{**_fields(SAVED), "date": date(2023, 3, 21)}),
                SAVED]

    assert corpus_fallback_date(articles) == date(2023, 3, 20)
    assert corpus_fallback_date([UNDATED]) is None


def _fields(article: Article) -> dict[str, object]:
    return {name: getattr(article, name) for name in Article.__slots__}


# The offscreen platform warns when any window is shown; nothing to fix in the dialog.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_accepting_in_the_window_moves_the_article_and_undo_restores_it(qtbot, tmp_path):
    (tmp_path / "wire.txt").write_text(
        "MOSCOW, March 20 (Reuters) - Putin met Xi on Monday. Talks follow on Tuesday.\n",
        encoding="utf-8",
    )
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.corpus_changed, timeout=60_000):
        window.session.load_paths([tmp_path])
    (article,) = window.session.corpus.articles
    assert article.date is None

    dialog = open_article_date_dialog(window, article.article_id)
    assert dialog is not None and dialog.undated_box.isChecked()
    dialog.undated_box.setChecked(False)
    dialog.picker.setDate(QDate(2023, 3, 20))
    with qtbot.waitSignal(window.session.corpus_changed, timeout=30_000):
        dialog.accept()

    dated = window.session.corpus.analysis(article.article_id)
    assert (dated.article.date, dated.article.date_source) == (date(2023, 3, 20), "analyst")
    assert not dated.unanchored  # "on Monday" and "on Tuesday" now resolve
    with qtbot.waitSignal(window.session.corpus_changed, timeout=30_000):
        window.session.undo()
    assert window.session.corpus.articles[0].date is None


def test_window_has_the_edit_menu_action(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)

    assert window.set_article_date_action in window.menu("Edit").actions()
    assert window.set_article_date_action.shortcut().toString() == "Ctrl+D"


def test_loaded_seed_004_shows_both_dates_in_the_dialog(qtbot, seeds_dir):
    article = next(a for a in load_paths([seeds_dir]) if a.article_id.startswith("004"))
    dialog = ArticleDateDialog(article)
    qtbot.addWidget(dialog)

    texts = [dialog.evidence_list.item(i).text() for i in range(dialog.evidence_list.count())]
    assert texts[0].startswith("Mon 20 Mar 2023 — corpus manifest")
    assert texts[1].startswith("Tue 2 Jul 2024 — dateline in the text")


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_typing_a_day_number_into_the_picker_edits_the_day(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.picker.setFocus()
    dialog.picker.setSelectedSection(QDateTimeEdit.Section.DaySection)

    QTest.keyClicks(dialog.picker, "28")
    QTest.keyClick(dialog.picker, Qt.Key.Key_Tab)

    assert dialog.chosen_date() == date(2023, 3, 28)
    assert dialog.picker.text() == "28 March 2023 (Tuesday)"  # the weekday follows, shown after


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2024-07-02", date(2024, 7, 2)), (" 2023-3-5 ", date(2023, 3, 5)),
     ("22 March 2023", date(2023, 3, 22)), ("21.03.2023", date(2023, 3, 21))],
)
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_whole_date_typed_then_enter_sets_it_and_accepts(qtbot, dialog, typed: str, expected: date):
    dialog.show()  # Enter reaches the OK button only in a shown dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.typed_date, typed)
    qtbot.keyClick(dialog.typed_date, Qt.Key.Key_Return)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen_date() == expected
    assert dialog.edit() == SetArticleDate("004.txt", expected)


def test_the_picker_follows_a_date_as_it_is_typed_but_not_a_half_typed_day(qtbot, dialog):
    qtbot.keyClicks(dialog.typed_date, "2024-07-0")
    assert dialog.chosen_date() == date(2023, 3, 20)

    qtbot.keyClicks(dialog.typed_date, "2")

    assert dialog.chosen_date() == date(2024, 7, 2)
    assert dialog.weekday_label.text() == "Tue 2 Jul 2024"


@pytest.mark.parametrize("typed", ["2023-02-30", "03/04/2023", "March 2023", "2023-03-20 and more"])
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_half_or_impossible_typed_date_is_refused_and_does_not_accept(qtbot, dialog, typed: str):
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.typed_date, typed)
    qtbot.keyClick(dialog.typed_date, Qt.Key.Key_Return)

    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.chosen_date() == date(2023, 3, 20)  # unchanged
    assert "is not a whole date" in dialog.weekday_label.text()


YEARLESS_WIRE = "GENEVA, Oct 12 (Agency) - Delegates met on Monday and will meet again on Friday.\n"


def test_a_year_less_dateline_shows_its_day_and_asks_only_for_the_year(qtbot):
    article = Article("w.txt", "w.txt", "Wire", YEARLESS_WIRE, None, None)
    dialog = ArticleDateDialog(article)
    qtbot.addWidget(dialog)
    assert dialog.current_label.text().startswith("12 October, year unknown")
    assert "gives 12 October but no year" in dialog.year_prompt.text()
    assert "GENEVA, Oct 12 (Agency)" in dialog.year_prompt.text()
    QTest.keyClicks(dialog.dateline_year, "2021")
    assert not dialog.undated_box.isChecked()
    assert dialog.edit() == SetArticleDate("w.txt", date(2021, 10, 12))


def test_a_year_without_the_datelines_day_is_refused(qtbot):
    text = "PARIS, Feb 29 (Agency) - The fair opened.\n"
    dialog = ArticleDateDialog(Article("p.txt", "p.txt", "Fair", text, None, None))
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.dateline_year, "2023")
    assert dialog.undated_box.isChecked() and dialog.edit() is None
    assert dialog.weekday_label.text() == "2023 has no 29 February"


def test_an_article_without_such_a_dateline_has_no_year_prompt(dialog):
    assert dialog.dateline_hint is None and dialog.year_prompt.text() == ""


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_giving_the_year_in_the_window_dates_and_re_resolves_the_article(qtbot, tmp_path):
    from timeline.ui.article_list import article_row_text

    (tmp_path / "wire.txt").write_text(YEARLESS_WIRE, encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.corpus_changed, timeout=60_000):
        window.session.load_paths([tmp_path])
    (article,) = window.session.corpus.articles
    undated = window.session.corpus.analysis(article.article_id)
    assert "12 October, year unknown — give the year" in article_row_text(undated)
    assert undated.unanchored  # "on Monday", "on Friday" wait for the year
    monday = next(m for m in undated.mentions if m.text == "Monday")
    window.source_pane.show_mention(article.article_id, monday.start, monday.end)
    assert "12 October, year unknown" in window.source_pane.toPlainText()

    dialog = open_article_date_dialog(window, article.article_id)
    assert dialog is not None
    QTest.keyClicks(dialog.dateline_year, "2021")
    with qtbot.waitSignal(window.session.corpus_changed, timeout=30_000):
        dialog.accept()
    dated = window.session.corpus.analysis(article.article_id)
    assert dated.article.date == date(2021, 10, 12)
    assert "year unknown" not in article_row_text(dated)
    values = {m.text: m.value for m in dated.mentions}
    assert values["Monday"] == "2021-10-11" and values["Friday"] == "2021-10-15"
