"""The window opened on the demo corpus: articles, events and sources all come from the files."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.analysis import seeds_folder
from timeline.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.corpus_changed, timeout=60_000):
        window.session.load_paths([seeds_folder()])
    # On a busy machine the first corpus shown may be a preview of the first files read.
    qtbot.waitUntil(lambda: not window.session.is_busy, timeout=60_000)
    return window


def test_lists_every_seed_article_with_its_manifest_date(window):
    corpus = window.session.corpus
    assert window.article_list.count() == 5
    dates = {a.article_id.split("/")[-1][:3]: a.date for a in corpus.articles}
    assert dates["002"] == date(2023, 3, 20)
    assert dates["000"] == date(2023, 3, 21)
    first_row = window.article_list.row_text(0)
    assert "2023" in first_row and "manifest" in first_row


def test_selecting_an_event_shows_its_sentences_with_the_phrase_marked(window, qtbot):
    corpus = window.session.corpus
    monday = [e for e in corpus.events if e.interval.first_day == date(2023, 3, 20)]
    assert monday, "no event on Monday 20 March 2023"
    event = max(monday, key=lambda e: e.source_count)
    window.timeline_view.event_selected.emit(event.event_id)
    shown = window.source_pane.toPlainText()
    first = event.mentions[0]
    article = corpus.analysis(first.article_id).article
    sentence = article.text[first.mention.sentence_start : first.mention.sentence_end]
    assert " ".join(sentence.split())[:60] in " ".join(shown.split())
    assert "<b" in window.source_pane.toHtml() or "font-weight" in window.source_pane.toHtml()


def test_clicking_a_mention_in_the_article_shows_its_source_sentence(window):
    analysis = window.session.corpus.analyses[2]
    mention = next(m for m in analysis.mentions if m.is_dated)
    window.article_list.select_article(analysis.article.article_id)
    assert window.article_reader.article_id == analysis.article.article_id
    window.session.select_mention(analysis.article.article_id, mention.start, mention.end)
    shown = " ".join(window.source_pane.toPlainText().split())
    sentence = analysis.article.text[mention.sentence_start : mention.sentence_end]
    assert " ".join(sentence.split())[:50] in shown
    assert analysis.article.title in shown


def test_setting_an_article_date_moves_its_events_and_can_be_undone(window, qtbot):
    from timeline.domain.edits import SetArticleDate

    session = window.session
    analysis = session.corpus.analyses[3]
    article_id = analysis.article.article_id
    before = {m.value for m in analysis.mentions if m.is_implied}
    with qtbot.waitSignal(session.corpus_changed, timeout=30_000):
        session.apply_edit(SetArticleDate(article_id, date(2023, 3, 27)))
    moved = session.corpus.analysis(article_id)
    assert moved.article.date == date(2023, 3, 27)
    assert moved.article.date_source == "analyst"
    assert {m.value for m in moved.mentions if m.is_implied} != before
    with qtbot.waitSignal(session.corpus_changed, timeout=30_000):
        session.undo()
    assert session.corpus.analysis(article_id).article.date == date(2023, 3, 20)


def test_an_article_date_is_re_analysed_from_what_the_worker_holds(window, qtbot, monkeypatch):
    """The worker works out what the date changes in the analysis it kept from the load: the
    window sends no corpus, patches in what changed, and shows the corpus a full re-analysis
    gives, its unchanged analyses its own."""
    from timeline.analysis import reanalyse_corpus
    from timeline.domain.corpus import Corpus
    from timeline.domain.edits import SetArticleDate

    session = window.session
    before = session.corpus
    worker = session._worker
    jobs = []
    real_run = worker.run
    monkeypatch.setattr(worker, "run", lambda job, args, *rest, **named: jobs.append(job.__name__)
                        or real_run(job, args, *rest, **named))
    patched = []
    real_redated = session._redated
    monkeypatch.setattr(session, "_redated", lambda *args: patched.append(args[1]) or real_redated(*args))
    asked_first = []  # the journal's write to disk (a history listener) overlaps with the worker's job
    session.history_changed.connect(lambda: asked_first.append(session.is_busy))
    edit = SetArticleDate(before.analyses[3].article.article_id, date(2023, 3, 27))
    with qtbot.waitSignal(session.corpus_changed, timeout=30_000):
        session.apply_edit(edit)
    assert asked_first == [True]
    assert jobs == ["redate_job"]
    assert len(patched) == 1 and patched[0].came  # only what changed came back
    assert session.corpus == reanalyse_corpus(Corpus(before.analyses, ()), [edit]).corpus
    assert all(session.corpus.analyses[k] is before.analyses[k] for k in (0, 1, 2, 4))


def test_an_article_date_change_is_shown_with_the_cycle_collector_held_off(window, qtbot):
    """Patching a date change in and every view taking it make thousands of objects: the
    collector waits until they have (and the frame showing them is out), then runs as before."""
    import gc

    from timeline.domain.edits import SetArticleDate

    session = window.session
    collecting: list[bool] = []
    session.corpus_changed.connect(lambda: collecting.append(gc.isenabled()))
    with qtbot.waitSignal(session.corpus_changed, timeout=30_000):
        session.apply_edit(SetArticleDate(session.corpus.analyses[3].article.article_id, date(2023, 3, 27)))
    assert collecting == [False]
    qtbot.waitUntil(gc.isenabled, timeout=5_000)


def test_event_table_and_timeline_share_one_selection(window, qtbot):
    table = window.event_table
    assert table.model().rowCount() == len([e for e in window.session.corpus.events if not e.hidden])
    table.selectRow(0)
    chosen = table.selected_event_id()
    assert chosen
    assert window.session.selected_event_id == chosen
    assert window.timeline_view.selected_event_id() == chosen
    label = window.session.find_event(chosen).label
    assert label[:30] in window.source_pane.toPlainText()


def test_search_filters_timeline_and_table_together(window, qtbot):
    everything = len(window.timeline_view.shown_events())
    window.filter_bar.search.setText("warrant")
    qtbot.waitUntil(lambda: len(window.timeline_view.shown_events()) < everything, timeout=5_000)
    shown = window.timeline_view.shown_events()
    assert shown and all("warrant" in (e.label + " ".join(m.sentence for m in e.mentions)).lower() for e in shown)
    assert window.event_table.model().rowCount() == len(shown)


def test_first_load_fits_the_story_with_its_key_events_labelled(window):
    view = window.timeline_view
    viewport = view.viewport()
    story = [e for e in window.session.corpus.events if e.source_count >= 2 and not e.background]
    labelled = {m.event_id for m in view.current_layout().marks}
    for event in story:
        assert viewport.start <= event.interval.start.timestamp() and event.interval.end.timestamp() <= viewport.end
        assert event.event_id in labelled, event.label


def test_an_event_edit_leaves_the_article_lists_alone_an_article_date_redraws_its_row(window, qtbot):
    from timeline.domain.edits import RenameEvent, SetArticleDate
    from timeline.events import event_keys
    from timeline.present.calendar_text import day_text

    session = window.session
    resets: list[int] = []
    redrawn: list[int] = []
    model = window.article_list.article_model
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last: redrawn.extend(range(first.row(), last.row() + 1)))
    session.apply_edit(RenameEvent(event_keys(session.corpus.events[0]), "Renamed by the analyst"))
    qtbot.wait(10)  # a turn of the event loop: a large corpus's lists follow one turn later
    assert any(e.label == "Renamed by the analyst" for e in session.corpus.events)
    assert resets == []  # the articles did not change: nothing to list again
    analysis = session.corpus.analyses[3]
    with qtbot.waitSignal(session.corpus_changed, timeout=30_000):
        session.apply_edit(SetArticleDate(analysis.article.article_id, date(2023, 3, 27)))
    qtbot.waitUntil(lambda: day_text(date(2023, 3, 27)) in window.article_list.row_text(3), timeout=5_000)
    assert set(redrawn) <= {3} and resets == []  # only its row is drawn again, with the new date


def test_an_article_date_change_says_it_is_busy_only_when_it_takes_a_while(window, qtbot, monkeypatch):
    """A date change that comes back at once (most take tens of milliseconds) shows no busy bar,
    Cancel button and label, to hide them again in the turn that paints the change; one that
    takes longer than DATE_CHANGE_BUSY_AFTER_MS shows them until it is done."""
    import time

    from timeline.domain.edits import SetArticleDate
    from timeline.ui import session as session_module

    session = window.session
    said: list[bool] = []
    session.busy_changed.connect(said.append)
    monkeypatch.setattr(session_module, "DATE_CHANGE_BUSY_AFTER_MS", 60_000)
    article_id = session.corpus.analyses[3].article.article_id
    with qtbot.waitSignal(session.corpus_changed, timeout=30_000):
        session.apply_edit(SetArticleDate(article_id, date(2023, 3, 27)))
    qtbot.waitUntil(lambda: not session.is_busy, timeout=30_000)
    assert said == []
    monkeypatch.setattr(session_module, "DATE_CHANGE_BUSY_AFTER_MS", 0)
    worker = session._worker
    real_run = worker.run
    monkeypatch.setattr(worker, "run", lambda *args, **named: time.sleep(0.5) or real_run(*args, **named))
    with qtbot.waitSignal(session.corpus_changed, timeout=30_000):
        session.undo()
    qtbot.waitUntil(lambda: not session.is_busy, timeout=30_000)
    assert said == [True, False]
    assert session.corpus.analysis(article_id).article.date == date(2023, 3, 20)
