"""A save killed half-way never doubles the work; two windows on one project never lose a save silently."""

from __future__ import annotations

import pytest
from store_samples import sample_articles

from timeline.domain.edits import HideEvent, RenameEvent
from timeline.store import project_file
from timeline.store.document import ProjectDocument
from timeline.store.errors import ProjectChangedOnDisk, ProjectInUse, ProjectWriteError
from timeline.store.journal import EditJournal, encode_line
from timeline.store.project import Project
from timeline.store.project_file import open_project, save_project
from timeline.store.recovery import find_recoverable, recover

KEYS = frozenset({("corpus/000.txt", 10, 16)})


@pytest.fixture
def recovery_dir(tmp_path):
    return tmp_path / "recovery"


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "case.timeline"
    save_project(path, Project(sample_articles(3)))
    return path


def _killed_before_the_journal_went(monkeypatch) -> None:
    """The session dies right after the file was renamed into place: its journal stays."""
    monkeypatch.setattr(EditJournal, "discard", EditJournal.close)


def test_killed_after_the_rename_offers_nothing_and_replays_nothing(recovery_dir, saved, monkeypatch):
    document = ProjectDocument.open(saved, recovery_directory=recovery_dir)
    for label in ("one", "two", "three"):
        document.apply_edit(RenameEvent(KEYS, label))
    _killed_before_the_journal_went(monkeypatch)
    document.save()
    document.release()
    monkeypatch.undo()

    assert find_recoverable(recovery_dir) == []  # its work is in the file the journal names
    assert [e.label for e in open_project(saved).edits] == ["one", "two", "three"]
    assert list(recovery_dir.iterdir()) == []


def test_edits_after_a_save_whose_journal_stayed_are_replayed_once(recovery_dir, saved, monkeypatch):
    document = ProjectDocument.open(saved, recovery_directory=recovery_dir)
    document.apply_edit(RenameEvent(KEYS, "one"))
    journal_path = document.journal_path
    _killed_before_the_journal_went(monkeypatch)
    document.save()
    monkeypatch.undo()
    document.release()
    # As if the session had gone on writing that journal after the save (a save retried).
    with open(journal_path, "ab") as stream:
        stream.write(encode_line({"op": "push", "edit": {"type": "HideEvent", "keys": [["corpus/000.txt", 10, 16]]}}))

    (offer,) = find_recoverable(recovery_dir)
    assert offer.edit_count == 1
    recovered, _ = recover(offer.journal_path, recovery_directory=recovery_dir)
    assert recovered.history.all_edits == (RenameEvent(KEYS, "one"), HideEvent(KEYS))


def test_a_save_as_from_untitled_killed_after_the_rename_is_not_offered_again(recovery_dir, tmp_path, monkeypatch):
    document = ProjectDocument(recovery_directory=recovery_dir)
    document.set_articles(sample_articles(2))
    document.apply_edit(HideEvent(KEYS))
    _killed_before_the_journal_went(monkeypatch)
    document.save(tmp_path / "new.timeline")
    document.release()
    monkeypatch.undo()

    assert find_recoverable(recovery_dir) == []
    assert open_project(tmp_path / "new.timeline").edits == (HideEvent(KEYS),)


def test_a_save_that_failed_after_naming_itself_replays_everything(recovery_dir, saved, monkeypatch):
    document = ProjectDocument.open(saved, recovery_directory=recovery_dir)
    document.apply_edit(RenameEvent(KEYS, "one"))

    def refuse(path, data):
        raise ProjectWriteError("the disk is full")

    monkeypatch.setattr("timeline.store.document.write_project_bytes", refuse)
    with pytest.raises(ProjectWriteError):
        document.save()
    monkeypatch.undo()
    document.apply_edit(RenameEvent(KEYS, "two"))
    document.release()

    (offer,) = find_recoverable(recovery_dir)
    recovered, _ = recover(offer.journal_path, recovery_directory=recovery_dir)
    assert [e.label for e in recovered.history.all_edits] == ["one", "two"]


def test_a_second_document_on_the_same_project_is_read_only_and_told_who_has_it(recovery_dir, saved, tmp_path):
    first = ProjectDocument.open(saved, recovery_directory=recovery_dir)
    second = ProjectDocument.open(saved, recovery_directory=recovery_dir)

    assert first.read_only_reason is None
    assert "another Timeline window (process" in (second.read_only_reason or "")
    second.apply_edit(HideEvent(KEYS))
    with pytest.raises(ProjectInUse, match="read-only"):
        second.save()
    second.save(tmp_path / "copy.timeline")  # under another name it may
    assert second.read_only_reason is None

    first.apply_edit(RenameEvent(KEYS, "first's edit"))
    first.save()
    assert open_project(saved).edits == (RenameEvent(KEYS, "first's edit"),)
    first.close()
    third = ProjectDocument.open(saved, recovery_directory=recovery_dir)
    assert third.read_only_reason is None  # the lock went with the first window
    third.close()
    second.close()


def test_saving_over_a_file_someone_else_changed_is_refused_unless_asked(recovery_dir, saved):
    # Without the lock (another machine on a shared folder): the file's stamp tells.
    window_a = ProjectDocument.open(saved, recovery_directory=recovery_dir, lock=False)
    window_b = ProjectDocument.open(saved, recovery_directory=recovery_dir, lock=False)
    window_a.apply_edit(RenameEvent(KEYS, "a"))
    window_a.save()
    window_b.apply_edit(RenameEvent(KEYS, "b"))

    with pytest.raises(ProjectChangedOnDisk, match="changed by another window"):
        window_b.save()
    assert open_project(saved).edits == (RenameEvent(KEYS, "a"),)  # A's save is still there
    window_b.save(overwrite=True)
    assert open_project(saved).edits == (RenameEvent(KEYS, "b"),)
    window_a.apply_edit(HideEvent(KEYS))
    with pytest.raises(ProjectChangedOnDisk):
        window_a.save()


def test_a_document_saved_twice_by_its_own_window_needs_no_overwrite(recovery_dir, saved):
    document = ProjectDocument.open(saved, recovery_directory=recovery_dir)
    for label in ("one", "two"):
        document.apply_edit(RenameEvent(KEYS, label))
        document.save()
    assert len(project_file.open_project(saved).edits) == 2
    document.close()
