"""Event editing in the window: each dialog builds the right edit, and the actions apply it through the session."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from timeline.analysis import analyse
from timeline.domain.article import Article
from timeline.domain.corpus import Corpus
from timeline.domain.edits import AddEvent, AnnotateEvent, HideEvent, MergeEvents, RenameEvent, SetEventDate, SplitEvent
from timeline.domain.event import Event
from timeline.events import event_keys
from timeline.events.event_ids import added_event_id
from timeline.ui.event_editing import (
    AddEventDialog,
    EventDateDialog,
    EventNoteDialog,
    HiddenEventsDialog,
    MergeEventsDialog,
    RenameEventDialog,
    SplitEventDialog,
)
from timeline.ui.main_window import MainWindow
from timeline.ui.session import Session


def article(article_id: str, published: date, text: str) -> Article:
    return Article(article_id, article_id, article_id.title(), text, published, "manifest")


ARTICLES = [
    article("harbour", date(2024, 5, 10),
            "The Alder Harbour bridge collapsed on Thursday, sending two lorries into the estuary. "
            "Mayor Elena Marsh declared a state of emergency on Friday."),
    article("gazette", date(2024, 5, 11),
            "A section of the Alder Harbour bridge collapsed on Thursday, and divers searched the estuary."),
]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return analyse(ARTICLES)


def collapse(corpus: Corpus) -> Event:
    return next(e for e in corpus.events if e.source_count == 2)


def emergency(corpus: Corpus) -> Event:
    return next(e for e in corpus.events if e.value == "2024-05-10")


def ok_button(dialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_merge_needs_two_events_and_names_them_all(qtbot, corpus):
    first, second = collapse(corpus), emergency(corpus)
    dialog = MergeEventsDialog(corpus.events, [first.event_id])
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled() and dialog.edit() is None
    dialog.set_chosen([first.event_id, second.event_id])
    assert ok_button(dialog).isEnabled()
    edit = dialog.edit()
    assert isinstance(edit, MergeEvents)
    assert edit.first | edit.second == event_keys(first) | event_keys(second)


def test_merge_filter_hides_events_that_do_not_match(qtbot, corpus):
    dialog = MergeEventsDialog(corpus.events)
    qtbot.addWidget(dialog)
    dialog.filter_edit.setText("emergency")
    shown = [dialog.event_list.item(i).text() for i in range(dialog.event_list.count())
             if not dialog.event_list.item(i).isHidden()]
    assert len(shown) == 1 and "emergency" in shown[0]


def test_split_takes_the_ticked_mentions_and_refuses_all_or_none(qtbot, corpus):
    event = collapse(corpus)
    dialog = SplitEventDialog(event, {a.article_id: a for a in corpus.articles})
    qtbot.addWidget(dialog)
    assert dialog.edit() is None
    dialog.set_checked([0, 1])
    assert dialog.edit() is None and not ok_button(dialog).isEnabled()
    dialog.set_checked([1])
    edit = dialog.edit()
    assert isinstance(edit, SplitEvent)
    second = event.mentions[1]
    assert edit.keys == frozenset({(second.article_id, second.mention.start, second.mention.end)})


def test_rename_only_when_the_label_changes(qtbot, corpus):
    event = collapse(corpus)
    dialog = RenameEventDialog(event)
    qtbot.addWidget(dialog)
    assert dialog.edit() is None
    dialog.label_edit.setText("  Alder Harbour   bridge collapses ")
    assert dialog.edit() == RenameEvent(event_keys(event), "Alder Harbour bridge collapses")


def test_date_dialog_checks_the_value_and_offers_each_sources_date(qtbot, corpus):
    event = collapse(corpus)
    dialog = EventDateDialog(event, {a.article_id: a for a in corpus.articles})
    qtbot.addWidget(dialog)
    assert dialog.edit() is None  # unchanged
    dialog.value_edit.setText("next Thursday")
    assert not ok_button(dialog).isEnabled()
    assert dialog.meaning_label.text().startswith("Not a date value")
    dialog.value_edit.setText("2024-W19")
    assert dialog.edit() == SetEventDate(event_keys(event), "2024-W19")
    assert "week" in dialog.meaning_label.text()
    source = dialog.source_list.item(0)
    qtbot.mouseClick(dialog.source_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.source_list.visualItemRect(source).center())
    assert dialog.value_edit.text() == "2024-05-09"


def test_note_dialog_gives_note_and_tags(qtbot, corpus):
    event = collapse(corpus)
    dialog = EventNoteDialog(event)
    qtbot.addWidget(dialog)
    assert dialog.edit() is None
    dialog.note_edit.setPlainText("check the lorry count")
    dialog.tags_edit.setText("verify, casualties, verify")
    assert dialog.edit() == AnnotateEvent(event_keys(event), "check the lorry count", ("verify", "casualties"))


@pytest.fixture
def window(qtbot, corpus):
    session = Session()
    window = MainWindow(session)
    qtbot.addWidget(window)
    session.set_corpus(corpus)
    return window


def settle(window) -> Corpus:
    assert window.session.wait_until_idle()
    return window.session.corpus


def test_actions_follow_the_selection(window):
    editing = window.event_editing
    assert not editing.rename_action.isEnabled()
    window.session.select_event(emergency(window.session.corpus).event_id)
    assert editing.rename_action.isEnabled()
    assert not editing.split_action.isEnabled()  # one mention: nothing to split
    window.session.select_event(collapse(window.session.corpus).event_id)
    assert editing.split_action.isEnabled()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen, on show()
def test_rename_action_applies_an_undoable_edit(window):
    event = collapse(window.session.corpus)
    window.session.select_event(event.event_id)
    window.event_editing.rename_action.trigger()
    dialog = window.event_editing.dialog
    assert isinstance(dialog, RenameEventDialog) and dialog.isVisible()
    dialog.label_edit.setText("Bridge collapses")
    dialog.accept()
    renamed = next(e for e in settle(window).events if e.event_id == event.event_id)
    assert renamed.label == "Bridge collapses"
    window.session.undo()
    assert next(e for e in settle(window).events if e.event_id == event.event_id).label == event.label


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen, on show()
def test_merge_action_merges_through_the_session(window):
    corpus = window.session.corpus
    window.session.select_event(collapse(corpus).event_id)
    window.event_editing.merge_action.trigger()
    dialog = window.event_editing.dialog
    dialog.set_chosen([collapse(corpus).event_id, emergency(corpus).event_id])
    dialog.accept()
    after = settle(window)
    assert len(after.events) == len(corpus.events) - 1
    merged = next(e for e in after.events if e.source_count == 2)
    assert merged.conflict and merged.edited  # Thursday and Friday: the sources now disagree


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen, on show()
def test_hide_then_show_again(window):
    corpus = window.session.corpus
    event = emergency(corpus)
    window.session.select_event(event.event_id)
    window.event_editing.hide_action.trigger()
    hidden = next(e for e in settle(window).events if e.event_id == event.event_id)
    assert hidden.hidden
    assert window.event_editing.unhide_action.isEnabled()
    window.event_editing.unhide_action.trigger()
    dialog = window.event_editing.dialog
    assert isinstance(dialog, HiddenEventsDialog)
    dialog.set_checked([event.event_id])
    assert dialog.edits() == [HideEvent(event_keys(hidden), hidden=False)]
    dialog.accept()
    assert not next(e for e in settle(window).events if e.event_id == event.event_id).hidden


def test_add_event_dialog_takes_a_value_or_a_picked_day(qtbot):
    dialog = AddEventDialog(["ev-1"], QDate(2024, 5, 9))
    qtbot.addWidget(dialog)
    assert dialog.edit() is None and not ok_button(dialog).isEnabled()
    dialog.label_edit.setText("  Ferry   service resumes ")
    dialog.value_edit.setText("2024-W19")
    edit = dialog.edit()
    assert isinstance(edit, AddEvent) and (edit.label, edit.value) == ("Ferry service resumes", "2024-W19")
    assert edit.event_id != "ev-1" and ok_button(dialog).isEnabled()
    dialog.date_picker.setDate(QDate(2024, 5, 12))
    assert dialog.value_edit.text() == "2024-05-12"
    assert dialog.edit().value == "2024-05-12"
    dialog.value_edit.setText("next week")
    assert dialog.edit() is None and "Not a date value" in dialog.meaning_label.text()


def test_added_event_ids_never_clash():
    first = added_event_id("Ferry resumes", "2024-05-12", ())
    assert added_event_id("Ferry resumes", "2024-05-12", (first,)) != first


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen, on show()
def test_add_action_adds_an_event_through_the_session(window):
    window.event_editing.add_action.trigger()
    dialog = window.event_editing.dialog
    assert isinstance(dialog, AddEventDialog)
    dialog.label_edit.setText("Ferry service resumes")
    dialog.value_edit.setText("2024-05-12")
    dialog.accept()
    added = next(e for e in settle(window).events if e.label == "Ferry service resumes")
    assert added.value == "2024-05-12" and not added.mentions and not added.is_implied


def test_merge_uses_the_timelines_multi_selection(window):
    corpus = window.session.corpus
    first, second = collapse(corpus), emergency(corpus)
    view = window.timeline_view
    view.select_event(first.event_id)
    view.toggle_selected(second.event_id)
    assert set(view.selected_event_ids()) == {first.event_id, second.event_id}
    assert window.event_editing.merge_action.isEnabled()
    window.event_editing.merge_action.trigger()
    assert window.event_editing.dialog is None  # no tick list: the selection says which
    after = settle(window)
    assert len(after.events) == len(corpus.events) - 1
    merged = next(e for e in after.events if e.source_count == 2)
    assert {k for e in (first, second) for k in event_keys(e)} <= event_keys(merged)
