"""The working project: every change journaled at once, a clean save or close clears the journal,
and whatever stopped the session, reopening offers the work up to the last change."""

from __future__ import annotations

import errno
import os
import threading
from datetime import date

import pytest
from store_samples import one_edit_of_each_kind, sample_articles

from timeline.domain.edits import HideEvent, RenameEvent, SetArticleDate
from timeline.store.article_codec import article_to_row
from timeline.store.document import ProjectDocument
from timeline.store.errors import ProjectWriteError
from timeline.store.history import EditHistory
from timeline.store.journal import encode_line
from timeline.store.project import Project
from timeline.store.project_file import open_project, save_project
from timeline.store.recovery import discard_recovery, find_recoverable, recover

KEYS = frozenset({("corpus/000.txt", 10, 16)})


@pytest.fixture
def recovery_dir(tmp_path):
    return tmp_path / "recovery"


def new_document(recovery_dir) -> ProjectDocument:
    return ProjectDocument(recovery_directory=recovery_dir)


def crash(document: ProjectDocument) -> None:
    """What a crash does to the journal: it stays on disk, unlocked."""
    document.release()


def recover_only(recovery_dir):
    (offer,) = find_recoverable(recovery_dir)
    return recover(offer.journal_path, recovery_directory=recovery_dir)


def test_a_document_that_changed_nothing_leaves_no_journal(recovery_dir):
    document = new_document(recovery_dir)
    document.set_view_state({"zoom": 3})
    assert not document.is_modified
    assert document.journal_path is None
    crash(document)
    assert find_recoverable(recovery_dir) == []


def test_every_kind_of_edit_undo_and_redo_are_recovered_after_a_crash(recovery_dir):
    document = new_document(recovery_dir)
    document.set_articles(sample_articles(4))
    for edit in one_edit_of_each_kind():
        document.apply_edit(edit)
    document.undo()
    document.undo()
    document.redo()
    document.set_view_state({"visible": [1, 2]})
    crash(document)

    (offer,) = find_recoverable(recovery_dir)
    assert offer.project_path is None
    assert offer.edit_count == len(one_edit_of_each_kind())
    assert "untitled" in offer.title
    recovered, notes = recover(offer.journal_path, recovery_directory=recovery_dir)
    assert notes == ()
    assert recovered.articles == sample_articles(4)
    assert recovered.history.all_edits == one_edit_of_each_kind()
    assert recovered.history.cursor == len(one_edit_of_each_kind()) - 1
    assert recovered.view_state == {"visible": [1, 2]}
    assert recovered.is_modified


def test_a_live_sessions_journal_is_not_offered(recovery_dir):
    document = new_document(recovery_dir)
    document.apply_edit(HideEvent(KEYS))
    assert find_recoverable(recovery_dir) == []  # the window is still open
    crash(document)
    assert len(find_recoverable(recovery_dir)) == 1


def test_a_clean_save_clears_the_journal_and_marks_the_document_unmodified(recovery_dir, tmp_path):
    document = new_document(recovery_dir)
    document.set_articles(sample_articles(2))
    document.apply_edit(RenameEvent(KEYS, "Summit"))
    assert document.is_modified and document.journal_path is not None
    path = document.save(tmp_path / "case.timeline")
    assert not document.is_modified
    assert document.journal_path is None
    assert list(recovery_dir.iterdir()) == []
    assert open_project(path) == document.snapshot()

    document.undo()
    assert document.is_modified
    document.redo()
    assert not document.is_modified  # back exactly at what is on disk
    document.apply_edit(HideEvent(KEYS))
    crash(document)
    recovered, notes = recover_only(recovery_dir)
    assert notes == ()
    assert recovered.path == path.resolve()
    assert recovered.history.all_edits == (RenameEvent(KEYS, "Summit"), HideEvent(KEYS))


def test_closing_cleanly_removes_the_journal(recovery_dir):
    document = new_document(recovery_dir)
    document.apply_edit(HideEvent(KEYS))
    document.close()
    assert find_recoverable(recovery_dir) == []
    assert list(recovery_dir.iterdir()) == []


def test_a_change_cut_short_by_a_crash_is_left_out_and_recovery_goes_on(recovery_dir):
    document = new_document(recovery_dir)
    document.apply_edit(RenameEvent(KEYS, "first"))
    document.apply_edit(RenameEvent(KEYS, "second"))
    journal_path = document.journal_path
    crash(document)
    whole = encode_line({"op": "push", "edit": {"type": "HideEvent", "keys": [], "hidden": True}})
    with open(journal_path, "ab") as stream:
        stream.write(whole[: len(whole) // 2])  # the power went mid-write

    recovered, notes = recover_only(recovery_dir)
    assert [e.label for e in recovered.history.all_edits] == ["first", "second"]
    assert any("incomplete" in note for note in notes)
    # Carrying on after recovery: the torn line is cut away, so new changes are readable.
    recovered.apply_edit(RenameEvent(KEYS, "third"))
    crash(recovered)
    again, notes = recover_only(recovery_dir)
    assert [e.label for e in again.history.all_edits] == ["first", "second", "third"]
    assert notes == ()


def test_a_corrupt_line_in_the_middle_stops_replay_there(recovery_dir):
    document = new_document(recovery_dir)
    for label in ("a", "b", "c"):
        document.apply_edit(RenameEvent(KEYS, label))
    journal_path = document.journal_path
    crash(document)
    lines = journal_path.read_bytes().splitlines(keepends=True)
    lines[-2] = lines[-2].replace(b'"b"', b'"B"')  # checksum no longer matches
    journal_path.write_bytes(b"".join(lines))
    recovered, notes = recover_only(recovery_dir)
    assert [e.label for e in recovered.history.all_edits] == ["a"]
    assert notes


def test_work_on_a_project_replays_onto_the_file_and_says_when_the_file_changed(recovery_dir, tmp_path):
    path = tmp_path / "case.timeline"
    save_project(path, Project(sample_articles(3)))
    document = ProjectDocument.open(path, recovery_directory=recovery_dir)
    document.apply_edit(SetArticleDate("corpus/001.txt", date(2023, 3, 9)))
    crash(document)
    save_project(path, Project(sample_articles(3), (HideEvent(KEYS),)))  # another window saved meanwhile
    recovered, notes = recover_only(recovery_dir)
    assert recovered.history.all_edits == (HideEvent(KEYS), SetArticleDate("corpus/001.txt", date(2023, 3, 9)))
    assert any("changed after this work began" in note for note in notes)


def test_a_missing_project_file_still_gives_back_the_edits(recovery_dir, tmp_path):
    path = tmp_path / "case.timeline"
    save_project(path, Project(sample_articles(3)))
    document = ProjectDocument.open(path, recovery_directory=recovery_dir)
    document.apply_edit(HideEvent(KEYS))
    crash(document)
    path.unlink()
    recovered, notes = recover_only(recovery_dir)
    assert recovered.history.all_edits == (HideEvent(KEYS),)
    assert any("could not be read" in note for note in notes)


def test_discarding_an_offer_removes_it(recovery_dir):
    document = new_document(recovery_dir)
    document.apply_edit(HideEvent(KEYS))
    crash(document)
    (offer,) = find_recoverable(recovery_dir)
    discard_recovery(offer)
    assert find_recoverable(recovery_dir) == []


def test_a_full_disk_while_saving_keeps_the_work_in_memory_and_in_the_journal(recovery_dir, tmp_path, monkeypatch):
    document = new_document(recovery_dir)
    document.set_articles(sample_articles(2))
    document.apply_edit(HideEvent(KEYS))

    def disk_full(descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("timeline.store.atomic_write.os.fsync", disk_full)
    with pytest.raises(ProjectWriteError, match="disk is full"):
        document.save(tmp_path / "case.timeline")
    monkeypatch.undo()
    assert document.is_modified and document.path is None
    assert document.history.edits == (HideEvent(KEYS),)
    crash(document)
    recovered, _ = recover_only(recovery_dir)
    assert recovered.history.edits == (HideEvent(KEYS),)


def test_a_journal_that_cannot_be_written_is_reported_and_restarted_whole(recovery_dir, monkeypatch):
    document = new_document(recovery_dir)
    document.set_articles(sample_articles(2))
    document.apply_edit(RenameEvent(KEYS, "one"))

    def disk_full(descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("timeline.store.journal.os.fsync", disk_full)
    document.apply_edit(RenameEvent(KEYS, "two"))
    assert "disk is full" in document.journal_problem
    assert document.history.edits == (RenameEvent(KEYS, "one"), RenameEvent(KEYS, "two"))  # still in memory
    monkeypatch.undo()
    document.apply_edit(RenameEvent(KEYS, "three"))  # space again: a fresh journal with everything
    assert document.journal_problem is None
    crash(document)
    recovered, _ = recover_only(recovery_dir)
    assert [e.label for e in recovered.history.all_edits] == ["one", "two", "three"]
    assert recovered.articles == sample_articles(2)


def test_following_a_history_the_window_replaced(recovery_dir):
    document = new_document(recovery_dir)
    replacement = EditHistory((HideEvent(KEYS), RenameEvent(KEYS, "x")), cursor=1)
    document.track_history(replacement)
    assert document.history is replacement and document.is_modified
    replacement.push(RenameEvent(KEYS, "y"))
    document.record_history()
    crash(document)
    recovered, _ = recover_only(recovery_dir)
    assert recovered.history.all_edits == (HideEvent(KEYS), RenameEvent(KEYS, "y"))


def test_save_needs_a_name_for_an_untitled_project(recovery_dir):
    with pytest.raises(ValueError, match="file name"):
        new_document(recovery_dir).save()


def test_articles_alone_in_an_untitled_project_are_not_work_to_lose(recovery_dir):
    document = new_document(recovery_dir)
    document.set_articles(sample_articles(3))
    assert not document.is_modified
    assert document.journal_path is None  # reading the files again gives them back
    document.apply_edit(HideEvent(KEYS))  # the first edit brings the articles into the journal
    crash(document)
    recovered, _ = recover_only(recovery_dir)
    assert recovered.articles == sample_articles(3)


def test_new_articles_in_a_saved_project_are_durable_before_set_articles_returns(recovery_dir, tmp_path):
    path = tmp_path / "case.timeline"
    save_project(path, Project(sample_articles(2)))
    document = ProjectDocument.open(path, recovery_directory=recovery_dir)
    document.set_articles(sample_articles(4))
    assert document.is_modified
    assert document.journal_path is not None and document.prepare_journal() is None
    crash(document)
    recovered, notes = recover_only(recovery_dir)
    assert notes == ()
    assert recovered.articles == sample_articles(4)


def test_an_untitled_projects_articles_are_journaled_ahead_off_the_gui_thread(recovery_dir):
    document = new_document(recovery_dir)
    document.set_articles(sample_articles(4))
    prepared = document.prepare_journal()
    assert prepared is not None
    worker = threading.Thread(target=prepared.write)
    worker.start()
    worker.join()
    assert document.adopt_prepared_journal(prepared)
    document.apply_edit(HideEvent(KEYS))
    crash(document)
    recovered, _ = recover_only(recovery_dir)
    assert recovered.articles == sample_articles(4)


def test_a_prepared_journal_cancelled_before_or_after_writing_leaves_no_file(recovery_dir):
    document = new_document(recovery_dir)
    document.set_articles(sample_articles(3))
    early = document.prepare_journal()
    early.cancel()  # the window closed while the journal was being written
    early.write()
    late = document.prepare_journal().write()
    late.cancel()
    assert early.journal is None and late.journal is None
    assert list(recovery_dir.iterdir()) == []


def test_a_prepared_journal_the_document_outgrew_is_thrown_away(recovery_dir):
    document = new_document(recovery_dir)
    document.set_articles(sample_articles(3))
    prepared = document.prepare_journal().write()
    document.apply_edit(HideEvent(KEYS))  # came first: it wrote a journal of its own
    assert not document.adopt_prepared_journal(prepared)
    assert [p.name for p in recovery_dir.iterdir()] == [document.journal_path.name]
    crash(document)
    recovered, _ = recover_only(recovery_dir)
    assert recovered.articles == sample_articles(3)
    assert recovered.history.all_edits == (HideEvent(KEYS),)


def test_a_list_of_articles_cut_short_keeps_the_earlier_list(recovery_dir, tmp_path):
    path = tmp_path / "case.timeline"
    save_project(path, Project(sample_articles(2)))
    document = ProjectDocument.open(path, recovery_directory=recovery_dir)
    document.apply_edit(HideEvent(KEYS))
    journal_path = document.journal_path
    crash(document)
    with open(journal_path, "ab") as stream:  # the crash came after two of five articles
        stream.write(encode_line({"op": "articles", "count": 5}))
        for article in sample_articles(2):
            stream.write(encode_line({"op": "article", "row": list(article_to_row(article))}))
    recovered, notes = recover_only(recovery_dir)
    assert recovered.articles == sample_articles(2)
    assert recovered.history.all_edits == (HideEvent(KEYS),)
    assert any("list of articles" in note for note in notes)


def test_undo_alone_in_an_untitled_project_is_not_offered_back(recovery_dir):
    document = new_document(recovery_dir)
    document.set_articles(sample_articles(2))
    document.apply_edit(HideEvent(KEYS))
    crash(document)
    (offer,) = find_recoverable(recovery_dir)
    assert offer.title == "an untitled project: 1 unsaved edit"
    # The same session's header followed by nothing but an undo: there is nothing to give back.
    header = offer.journal_path.read_bytes().splitlines(keepends=True)[0]
    offer.journal_path.write_bytes(header + encode_line({"op": "cursor", "cursor": 0}))
    assert find_recoverable(recovery_dir) == []


def test_a_longer_list_of_articles_restarts_an_untitled_journal_ahead_instead_of_writing_it_here(recovery_dir):
    # A load streams in ever longer lists of articles; writing each into the journal on the
    # GUI thread stalled the window. With no edit yet, nothing in the journal is work to lose.
    document = new_document(recovery_dir)
    document.set_articles(sample_articles(2))
    first = document.prepare_journal().write()
    assert document.adopt_prepared_journal(first)
    document.set_articles(sample_articles(4))
    assert document.journal_path is None and list(recovery_dir.iterdir()) == []
    again = document.prepare_journal()
    assert again is not None
    assert document.adopt_prepared_journal(again.write())
    document.apply_edit(HideEvent(KEYS))
    crash(document)
    recovered, _ = recover_only(recovery_dir)
    assert recovered.articles == sample_articles(4)
    assert recovered.history.all_edits == (HideEvent(KEYS),)


def test_articles_coming_after_an_edit_still_go_into_the_journal_at_once(recovery_dir):
    document = new_document(recovery_dir)
    document.set_articles(sample_articles(2))
    document.apply_edit(HideEvent(KEYS))  # work to lose: the journal stays and takes the articles
    journal_path = document.journal_path
    document.set_articles(sample_articles(4))
    assert document.journal_path == journal_path and document.prepare_journal() is None
    crash(document)
    recovered, _ = recover_only(recovery_dir)
    assert recovered.articles == sample_articles(4)
    assert recovered.history.all_edits == (HideEvent(KEYS),)
