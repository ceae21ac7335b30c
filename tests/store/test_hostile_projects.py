"""Crafted project files and journals: refused in one line before SQLite computes anything they
declare, and one bad journal never hides the others."""

from __future__ import annotations

import sqlite3
import zlib

import pytest
from store_samples import sample_articles

from timeline.domain.edits import HideEvent
from timeline.store import project_file
from timeline.store.document import ProjectDocument
from timeline.store.errors import ProjectDamaged
from timeline.store.project import Project
from timeline.store.project_file import open_project, save_project
from timeline.store.recovery import find_recoverable, recover
from timeline.store.schema import APPLICATION_ID

KEYS = frozenset({("corpus/000.txt", 10, 16)})


def _rewrite(path, *statements: str) -> None:
    """Change a saved project behind the store's back, keeping its checksum valid."""
    connection = sqlite3.connect(path)
    with connection:
        for statement in statements:
            connection.execute(statement)
        digest = project_file._content_digest(connection)
        connection.execute("UPDATE meta SET value = ? WHERE key = 'content_digest'", (digest,))
    connection.close()


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "case.timeline"
    save_project(path, Project(sample_articles(3), (HideEvent(KEYS),), view_state={"zoom": 2}))
    return path


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        ("CREATE TRIGGER boom AFTER INSERT ON edits BEGIN SELECT 1; END", "unexpected trigger boom"),
        ("CREATE VIEW everything AS SELECT * FROM articles, articles, articles", "unexpected view everything"),
        ("CREATE INDEX slow ON articles (upper(text))", "unexpected index slow"),
        (
            "ALTER TABLE articles ADD COLUMN big TEXT GENERATED ALWAYS AS (printf('%.*c', 200000000, 'x')) VIRTUAL",
            "not the ones Timeline writes",
        ),
    ],
)
def test_schema_a_timeline_never_writes_is_refused_before_any_row_is_read(saved, statement, reason):
    connection = sqlite3.connect(saved)
    connection.execute(statement)
    connection.commit()
    connection.close()

    with pytest.raises(ProjectDamaged, match=reason) as caught:
        open_project(saved)
    assert "\n" not in str(caught.value)


def test_a_generated_article_text_in_a_tiny_file_is_refused(tmp_path):
    path = tmp_path / "tiny.timeline"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    connection.execute("INSERT INTO schema_version VALUES (2)")
    connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    connection.execute("CREATE TABLE edits (position INTEGER PRIMARY KEY, edit TEXT NOT NULL)")
    connection.execute(
        "CREATE TABLE articles (position INTEGER PRIMARY KEY, seed TEXT, "
        "text TEXT GENERATED ALWAYS AS (printf('%.*c', 200000000, seed)) STORED)"
    )
    connection.commit()
    connection.close()
    assert path.stat().st_size < 100_000

    with pytest.raises(ProjectDamaged, match="not opened"):
        open_project(path)


def test_a_stored_value_over_its_size_limit_is_refused(saved):
    _rewrite(saved, "UPDATE articles SET text = printf('%.*c', 1000001, 'x') WHERE position = 0")

    with pytest.raises(ProjectDamaged, match=r"articles.text holds 1,000,001 characters \(limit 1,000,000\)"):
        open_project(saved)


def test_nested_json_in_an_edit_with_a_valid_checksum_is_a_one_line_refusal(saved):
    nested = "[" * 50_000 + "]" * 50_000
    _rewrite(saved, f"UPDATE edits SET edit = '{nested}'")

    with pytest.raises(ProjectDamaged, match="nested more than 64 levels") as caught:
        open_project(saved)
    assert len(str(caught.value)) < 400


def test_a_view_state_no_window_can_show_opens_with_the_default_view(saved):
    _rewrite(saved, """UPDATE meta SET value = '{"visible": [1e999, 2]}' WHERE key = 'view_state'""")

    project = open_project(saved)

    assert project.view_state == {} and project.edits == (HideEvent(KEYS),)


def _journal_line(payload: bytes) -> bytes:
    return b"%08x " % zlib.crc32(payload) + payload + b"\n"


def test_a_bad_journal_hides_no_other_offer(tmp_path):
    recovery_dir = tmp_path / "recovery"
    good = ProjectDocument(recovery_directory=recovery_dir)
    good.apply_edit(HideEvent(KEYS))
    good_path = good.journal_path
    good.release()
    (recovery_dir / "00-garbage.journal").write_bytes(b"\x00\xff not a journal at all\n" * 100)
    nested = ProjectDocument(recovery_directory=recovery_dir)
    nested.apply_edit(HideEvent(KEYS))
    nested_path = nested.journal_path
    nested.release()
    with open(nested_path, "ab") as stream:  # a checksum-valid line nested 100,000 deep
        stream.write(_journal_line(b'{"op":"push","edit":' + b"[" * 100_000 + b"]" * 100_000 + b"}"))

    offers = find_recoverable(recovery_dir)

    assert sorted(offer.journal_path for offer in offers) == sorted([good_path, nested_path])
    assert (recovery_dir / "00-garbage.journal").exists()  # not ours to delete: maybe a newer format
    document, notes = recover(nested_path, recovery_directory=recovery_dir)
    assert document.history.all_edits == (HideEvent(KEYS),)
    assert any("incomplete" in note for note in notes)
