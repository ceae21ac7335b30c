"""Saving and opening a project: exact round trips, atomic replacement, clear refusals."""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_samples import any_edit, articles, one_edit_of_each_kind, sample_articles

from timeline.store import project_file
from timeline.store.errors import NotAProject, ProjectDamaged, ProjectError, ProjectTooNew, ProjectWriteError
from timeline.store.project import Project
from timeline.store.project_file import (
    open_project,
    project_from_bytes,
    project_to_bytes,
    read_project_file,
    save_project,
)
from timeline.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate, read_version

VIEW = {"visible": ["2023-03-01T00:00:00", "2023-04-01T00:00:00"], "selected": "e3", "filter": {"tags": ["x"]}}


def full_project() -> Project:
    return Project(sample_articles(8), one_edit_of_each_kind(), cursor=7, view_state=VIEW)


def test_every_kind_of_edit_articles_cursor_and_view_round_trip(tmp_path):
    project = full_project()
    save_project(tmp_path / "p.timeline", project)
    reopened = open_project(tmp_path / "p.timeline")
    assert reopened == project
    assert reopened.edits_in_force == project.edits[:7]
    assert [type(e) for e in reopened.edits] == [type(e) for e in project.edits]  # order kept


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(articles, max_size=4).map(tuple),
    st.lists(any_edit, max_size=6).map(tuple),
    st.data(),
)
def test_any_articles_and_edits_round_trip(found_articles, edits, data):
    cursor = data.draw(st.integers(0, len(edits)))
    project = Project(found_articles, edits, cursor, {"n": cursor})
    data_bytes, digest = project_to_bytes(project)
    stored = project_from_bytes(data_bytes)
    assert stored.project == project
    assert stored.digest == digest


def test_a_lone_surrogate_becomes_a_replacement_character_and_offsets_hold():
    article = replace(sample_articles(1)[0], text="ab\udcffcd on Monday")
    stored = project_from_bytes(project_to_bytes(Project((article,)))[0]).project
    text = stored.articles[0].text
    assert text == "ab\ufffdcd on Monday"
    assert len(text) == len(article.text) and text.index("Monday") == article.text.index("Monday")


def test_saving_again_replaces_the_file_and_leaves_no_temporary_files(tmp_path):
    path = tmp_path / "p.timeline"
    save_project(path, full_project())
    smaller = Project(sample_articles(2))
    save_project(path, smaller)
    assert open_project(path) == smaller
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.timeline"]


def test_saving_through_a_symlink_replaces_the_target(tmp_path):
    real = tmp_path / "real.timeline"
    save_project(real, full_project())
    link = tmp_path / "link.timeline"
    link.symlink_to(real)
    save_project(link, Project(sample_articles(1)))
    assert link.is_symlink()
    assert open_project(real) == Project(sample_articles(1))


def test_a_full_disk_gives_a_one_line_error_and_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "p.timeline"
    save_project(path, Project(sample_articles(2)))
    before = path.read_bytes()

    def disk_full(descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("timeline.store.atomic_write.os.fsync", disk_full)
    with pytest.raises(ProjectWriteError) as caught:
        save_project(path, full_project())
    message = str(caught.value)
    assert "disk is full" in message and str(path) in message and "\n" not in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.timeline"]


def test_a_read_only_folder_gives_a_clear_error(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: make the folder refuse as a read-only mount would

        def refuse(*args, **kwargs):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        monkeypatch.setattr("timeline.store.atomic_write.tempfile.mkstemp", refuse)
    else:
        folder.chmod(0o555)
    with pytest.raises(ProjectWriteError) as caught:
        save_project(folder / "p.timeline", full_project())
    assert "read-only" in str(caught.value) or "permission denied" in str(caught.value)
    folder.chmod(0o755)
    assert list(folder.iterdir()) == []


def test_a_missing_folder_gives_a_clear_error(tmp_path):
    with pytest.raises(ProjectWriteError, match="does not exist"):
        save_project(tmp_path / "nowhere" / "p.timeline", full_project())


def _rewrite(path: Path, *statements: str, fix_digest: bool = True) -> None:
    """Change a saved project behind the store's back (optionally keeping its checksum valid)."""
    connection = sqlite3.connect(path)
    with connection:
        for statement in statements:
            connection.execute(statement)
        if fix_digest:
            digest = project_file._content_digest(connection)
            connection.execute("UPDATE meta SET value = ? WHERE key = 'content_digest'", (digest,))
    connection.close()


def test_a_project_from_a_newer_version_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "p.timeline"
    save_project(path, full_project())
    _rewrite(path, f"UPDATE schema_version SET version = {SCHEMA_VERSION + 1}")
    with pytest.raises(ProjectTooNew) as caught:
        open_project(path)
    assert caught.value.found == SCHEMA_VERSION + 1
    assert "newer Timeline" in str(caught.value)


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (["DROP TABLE edits"], "tables missing: edits"),
        (["UPDATE edits SET edit = '{not json' WHERE position = 0"], "damaged"),
        (['UPDATE edits SET edit = \'{"type": "Explode"}\' WHERE position = 1'], "unknown edit type"),
        (["UPDATE articles SET date = '2023-13-45' WHERE position = 1"], "bad date"),
        (["UPDATE articles SET candidates = '{}' WHERE position = 0"], "not a list"),
        (["UPDATE meta SET value = '99' WHERE key = 'undo_cursor'"], "undo cursor"),
        (["DELETE FROM meta WHERE key = 'undo_cursor'"], "undo_cursor"),
        (["DELETE FROM schema_version"], "version table"),
    ],
)
def test_invalid_content_is_reported_not_half_loaded(tmp_path, statements, expected):
    path = tmp_path / "p.timeline"
    save_project(path, full_project())
    _rewrite(path, *statements)
    with pytest.raises(ProjectDamaged, match=expected):
        open_project(path)


def test_a_changed_value_without_a_matching_checksum_is_reported(tmp_path):
    path = tmp_path / "p.timeline"
    save_project(path, full_project())
    _rewrite(path, "UPDATE articles SET text = replace(text, 'Monday', 'Sunday')", fix_digest=False)
    with pytest.raises(ProjectDamaged, match="checksum"):
        open_project(path)


def test_files_that_are_not_projects_are_refused(tmp_path):
    text_file = tmp_path / "notes.timeline"
    text_file.write_text("just some notes\n")
    with pytest.raises(NotAProject, match="not an SQLite"):
        open_project(text_file)
    other_db = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other_db)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(NotAProject, match="not a Timeline project"):
        open_project(other_db)
    (tmp_path / "empty.timeline").write_bytes(b"")
    with pytest.raises(ProjectDamaged, match="empty"):
        open_project(tmp_path / "empty.timeline")
    with pytest.raises(ProjectError, match="does not exist"):
        open_project(tmp_path / "missing.timeline")
    with pytest.raises(ProjectError, match="folder"):
        open_project(tmp_path)


def test_a_truncated_file_is_reported(tmp_path):
    data, _ = project_to_bytes(full_project())
    for length in (100, 4096, len(data) // 2, len(data) - 1):
        with pytest.raises(ProjectDamaged):
            project_from_bytes(data[:length])


def test_opening_writes_nothing_beside_the_project(tmp_path):
    path = tmp_path / "p.timeline"
    save_project(path, full_project())
    before = path.read_bytes()
    read_project_file(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.timeline"]
    assert path.read_bytes() == before


def test_corrupting_any_byte_is_reported_or_changes_nothing():
    """Flip bytes across the whole file (every header byte, then a spread sample): each
    damaged file must either be refused with a ProjectError or load exactly as saved."""
    project = full_project()
    data, _ = project_to_bytes(project)
    positions = sorted(set(range(100)) | set(range(100, len(data), 23)))
    refused = identical = 0
    for index, position in enumerate(positions):
        damaged = bytearray(data)
        damaged[position] ^= 0xFF if index % 2 else 0x01
        try:
            loaded = project_from_bytes(bytes(damaged)).project
        except ProjectError:
            refused += 1
            continue
        assert loaded == project, f"byte {position} changed what was loaded"
        identical += 1
    assert refused >= 100  # the check is real (the rest fell in unused page space)
    assert refused + identical == len(positions)


def test_migrations_run_in_order_and_keep_the_data():
    data, _ = project_to_bytes(full_project())
    connection = sqlite3.connect(":memory:")
    connection.deserialize(data)
    assert read_version(connection) == SCHEMA_VERSION
    seen = []

    def add_colour(conn):
        seen.append(read_version(conn))
        conn.execute("ALTER TABLE edits ADD COLUMN colour TEXT")

    def add_table(conn):
        seen.append(read_version(conn))
        conn.execute("CREATE TABLE tags (name TEXT)")

    reached = migrate(connection, SCHEMA_VERSION, (*MIGRATIONS, add_colour, add_table))
    assert reached == SCHEMA_VERSION + 2 == read_version(connection)
    assert seen == [SCHEMA_VERSION, SCHEMA_VERSION + 1]
    assert connection.execute("SELECT count(*) FROM edits").fetchone()[0] == len(one_edit_of_each_kind())


def test_a_fresh_file_is_built_by_the_same_migrations():
    connection = sqlite3.connect(":memory:")
    assert migrate(connection, 0) == SCHEMA_VERSION
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"schema_version", "meta", "articles", "edits"} <= tables
