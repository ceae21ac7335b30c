"""A file with a name that is not UTF-8, a nested sidecar or manifest, or a link inside the
folder costs that file (or gives it a warning); the rest of the folder loads, in every command."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.ingest import load_paths, read_document

GOOD = "Reuters, 4 March 2023. The minister met the envoy on Friday, 3 March 2023.\n"
NESTED_JSON = "[" * 100_000 + "]" * 100_000  # 200 KB


def _bad_name_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    try:
        with open(os.fsencode(folder) + b"/bad\xff name.txt", "wb") as stream:
            stream.write(GOOD.replace("minister", "premier").encode())
    except (OSError, UnicodeError):
        pytest.skip("this file system only takes UTF-8 names")
    return folder


def test_a_name_that_is_not_utf8_is_shown_escaped_and_still_read(tmp_path):
    folder = _bad_name_folder(tmp_path)

    articles = {a.article_id: a for a in load_paths([folder])}

    assert set(articles) == {"bad\\xff name.txt", "good.txt"}
    escaped = articles["bad\\xff name.txt"]
    assert escaped.error is None and "premier" in escaped.text
    assert escaped.title.isprintable() and "\udcff" not in escaped.title
    assert os.path.exists(escaped.path)  # the real name, so the file can be opened again


@pytest.mark.parametrize("command", [["extract"], ["extract", "--json"], ["events"], ["events", "--json"]])
def test_every_command_reads_a_folder_with_a_name_that_is_not_utf8(tmp_path, capsys, command):
    folder = _bad_name_folder(tmp_path)

    assert main([*command, str(folder)]) == 0

    out = capsys.readouterr().out
    assert "premier" in out or "bad" in out
    assert "\udcff" not in out


def test_export_reads_a_folder_with_a_name_that_is_not_utf8(tmp_path, capsys, qapp):
    folder = _bad_name_folder(tmp_path)

    assert main(["export", str(folder), "--out", str(tmp_path / "out.svg")]) == 0
    assert (tmp_path / "out.svg").stat().st_size > 0


def test_a_nested_sidecar_is_that_files_warning_and_the_folder_loads(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.meta.json").write_text(NESTED_JSON, encoding="utf-8")

    a, b = load_paths([tmp_path])

    assert a.error is None and a.warnings == ()
    assert b.error is None and b.text
    assert b.warnings[0] == "sidecar b.meta.json could not be read: nested more than 64 levels deep"


def test_a_nested_manifest_warns_every_file_it_covers_and_they_still_load(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "manifest.toml").write_text("x = " + "[" * 50_000 + "]" * 50_000, encoding="utf-8")

    (article,) = load_paths([tmp_path])

    assert article.error is None and article.text
    assert article.warnings[0].endswith("could not be read: nested more than 64 levels deep")


def test_events_command_survives_a_nested_sidecar(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(NESTED_JSON, encoding="utf-8")

    assert main(["events", str(tmp_path)]) == 0
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_inside_a_folder_is_listed_but_not_followed(tmp_path):
    secret = tmp_path / "outside" / "private.txt"
    secret.parent.mkdir()
    secret.write_text("PRIVATE-CONTENT on Monday, 6 March 2023.", encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "link.txt").symlink_to(secret)

    articles = {a.article_id: a for a in load_paths([folder])}

    assert articles["good.txt"].error is None
    link = articles["link.txt"]
    assert link.text == "" and "not followed" in (link.error or "")
    # Named directly, the analyst chose it: it is read.
    assert "PRIVATE-CONTENT" in read_document(folder / "link.txt").text
