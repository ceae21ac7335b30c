"""Pasting text as an article and dropping files or folders onto the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from timeline.ui.document_intake import article_from_clipboard, local_paths, next_pasted_id
from timeline.ui.main_window import MainWindow

PASTED = "Xi lands in Moscow\nPublished 20 March 2023\nXi Jinping arrived on Monday; talks follow on Tuesday."


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def _mime(*, text: str | None = None, html: str | None = None, urls: list[QUrl] | None = None):
    mime = QMimeData()
    if text is not None:
        mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    if urls is not None:
        mime.setUrls(urls)
    return mime


def test_pasted_ids_count_up_past_existing_ones():
    assert next_pasted_id([]) == "pasted-1"
    assert next_pasted_id(["a.txt", "pasted-2", "pasted-10", "pasted-x"]) == "pasted-11"


def test_only_local_files_are_taken_from_a_drag(tmp_path):
    mime = _mime(urls=[QUrl.fromLocalFile(str(tmp_path / "a.txt")), QUrl("https://example.org/a")])

    assert local_paths(mime) == [tmp_path / "a.txt"]
    assert local_paths(_mime(text="plain")) == []


def test_clipboard_text_wins_over_html_and_html_alone_is_read_safely():
    from_text = article_from_clipboard(_mime(text=PASTED, html="<p>other</p>"), "pasted-1")
    from_html = article_from_clipboard(
        _mime(html='<p>Talks on Monday.</p><img src="http://127.0.0.1:9/x.gif">'), "pasted-2")

    assert from_text is not None and from_text.date == date(2023, 3, 20)
    assert from_html is not None and from_html.text == "Talks on Monday."
    assert article_from_clipboard(QMimeData(), "pasted-3") is None


def test_paste_adds_a_dated_article_to_the_corpus(window, qtbot):
    QGuiApplication.clipboard().setText(PASTED)

    with qtbot.waitSignal(window.session.corpus_changed, timeout=30_000):
        window.document_intake.paste_action.trigger()

    (article,) = window.session.corpus.articles
    assert (article.article_id, article.title) == ("pasted-1", "Xi lands in Moscow")
    assert (article.date, article.date_source) == (date(2023, 3, 20), "dateline")
    assert window.article_list.count() == 1
    assert window.document_intake.paste_action in window.menu("File").actions()


def test_pasting_nothing_says_so_and_changes_nothing(window):
    window.document_intake.paste(_mime(text="   "))

    assert window.session.corpus.articles == ()
    assert window.statusBar().currentMessage().startswith("Nothing pasted:")


def _send_drop(window: MainWindow, mime: QMimeData) -> tuple[bool, bool]:
    position = QPointF(window.width() / 2, window.height() / 2)
    actions = Qt.DropAction.CopyAction
    buttons = Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position.toPoint(), actions, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(position, actions, mime, buttons, modifiers)
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_folder_and_a_file_loads_them(window, qtbot, tmp_path, seeds_dir):
    extra = tmp_path / "extra.txt"
    extra.write_text("Published 22 March 2023\nXi left Moscow on Wednesday.", encoding="utf-8")
    mime = _mime(urls=[QUrl.fromLocalFile(str(seeds_dir)), QUrl.fromLocalFile(str(extra))])

    assert window.acceptDrops()
    with qtbot.waitSignal(window.session.corpus_changed, timeout=60_000):
        accepted = _send_drop(window, mime)

    assert accepted == (True, True)
    ids = [a.article_id for a in window.session.corpus.articles]
    assert len(ids) == 6 and "extra.txt" in ids
    assert window.session.corpus.analysis("extra.txt").article.date == date(2023, 3, 22)


@pytest.mark.parametrize(
    "mime", [_mime(urls=[QUrl("https://example.org/")]), _mime(text="dragged words")]
)
def test_drag_of_web_addresses_or_text_is_refused(window, mime):
    assert _send_drop(window, mime) == (False, False)
    assert not window.session.is_busy
    assert window.session.corpus.articles == ()


def test_copied_files_are_added_not_pasted_as_text(window, qtbot, tmp_path: Path):
    (tmp_path / "a.txt").write_text("Talks on Monday.", encoding="utf-8")
    mime = _mime(text=str(tmp_path / "a.txt"), urls=[QUrl.fromLocalFile(str(tmp_path / "a.txt"))])

    with qtbot.waitSignal(window.session.corpus_changed, timeout=30_000):
        window.document_intake.paste(mime)

    assert [a.article_id for a in window.session.corpus.articles] == ["a.txt"]
