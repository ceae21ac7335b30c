"""A load shows what is read so far while it goes on; an edit made meanwhile waits for it, never stops it."""

from __future__ import annotations

from timeline.analysis import seeds_folder
from timeline.domain.edits import RenameEvent
from timeline.events import event_keys
from timeline.jobs import analysis_worker
from timeline.ui.session import Session


def test_the_timeline_fills_in_and_an_edit_during_the_load_is_kept(qtbot, monkeypatch):
    monkeypatch.setenv("TIMELINE_ANALYSIS", "thread")
    # The seeds are five short files: ask for a preview after the first one.
    monkeypatch.setattr(analysis_worker._Previews, "FIRST_SIZE", 1)
    monkeypatch.setattr(analysis_worker._Previews, "FIRST_AFTER_SECONDS", (0.0, 0.0))
    monkeypatch.setattr(analysis_worker._Previews, "UP_TO_SHARE", 1.0)
    session = Session()
    seen: list[tuple[int, bool]] = []
    renamed: list[RenameEvent] = []

    def changed() -> None:
        seen.append((len(session.corpus.articles), session.is_busy))
        if session.is_busy and not renamed and session.corpus.events:
            # The analyst renames an event of the preview while the rest still loads.
            edit = RenameEvent(event_keys(session.corpus.events[0]), "Named while loading")
            renamed.append(edit)
            session.apply_edit(edit)

    session.corpus_changed.connect(changed)
    session.load_paths([seeds_folder()])
    assert session.wait_until_idle(60_000)
    assert seen[0][0] < 5 and seen[0][1]  # a preview, shown while busy
    assert seen[-1] == (5, False)  # then the whole corpus
    assert renamed and session.edits == tuple(renamed)
    assert any(e.label == "Named while loading" for e in session.corpus.events)


def test_cancel_after_a_partial_view_gives_back_the_corpus_before_the_load(qtbot, monkeypatch):
    monkeypatch.setenv("TIMELINE_ANALYSIS", "thread")
    monkeypatch.setattr(analysis_worker._Previews, "FIRST_SIZE", 1)
    monkeypatch.setattr(analysis_worker._Previews, "FIRST_AFTER_SECONDS", (0.0, 0.0))
    session = Session()
    before = session.corpus
    partial: list[int] = []

    def changed() -> None:
        if session.is_busy and not partial:
            partial.append(len(session.corpus.articles))
            session.cancel()

    session.corpus_changed.connect(changed)
    session.load_paths([seeds_folder()])
    assert session.wait_until_idle(60_000)
    assert partial and partial[0] < 5  # a partial view was shown, then the load was cancelled
    assert session.corpus is before
