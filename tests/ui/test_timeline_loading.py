"""A loaded corpus reaches the timeline already indexed: no sorting on the GUI thread."""

from __future__ import annotations

from timeline.analysis import seeds_folder
from timeline.domain.edits import HideEvent
from timeline.events import event_keys
from timeline.ui.main_window import MainWindow


def test_the_sessions_background_index_is_the_one_the_timeline_shows(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.corpus_changed, timeout=60_000):
        window.session.load_paths([seeds_folder()])
    session, view = window.session, window.timeline_view
    assert session.timeline_index is not None
    assert view.event_index() is session.timeline_index
    assert len(view.event_index()) == len(session.corpus.events)

    hidden = session.corpus.events[0]
    with qtbot.waitSignal(session.corpus_changed, timeout=60_000):
        session.apply_edit(HideEvent(event_keys(hidden)))
    # An edit is applied incrementally on this thread: the view indexes what it shows itself.
    assert view.event_index().find(hidden.event_id) is None
    assert len(view.event_index()) == len(session.corpus.events) - 1

    session.set_corpus(session.corpus)  # set directly, without an index: the view builds its own
    assert session.timeline_index is None
    assert len(view.event_index()) == len(session.corpus.events) - 1
