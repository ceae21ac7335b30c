"""A folder holding every hostile file beside good ones: each command loads all the good files and
gives each bad one a one-line reason (benchmarks/hostile_folder.py measures the full-size case)."""

from __future__ import annotations

import json

import pytest

from benchmarks.hostile_documents import build_hostile_folder
from timeline.cli import main


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "folder"
    return folder, build_hostile_folder(folder, scale=0.02)


def test_extract_loads_every_good_file_and_names_each_bad_ones_reason(hostile, capsys):
    folder, expected = hostile

    assert main(["extract", str(folder), "--json"]) == 0

    articles = {item["id"]: item for item in json.loads(capsys.readouterr().out)}
    for article_id, reason in expected.items():
        said = articles[article_id]["error"] or " ".join(articles[article_id]["warnings"])
        assert reason in said and "\n" not in said, article_id
    good = [item for item_id, item in articles.items() if item_id not in expected]
    assert len(good) >= 3 and all(item["error"] is None and item["mentions"] for item in good)


@pytest.mark.parametrize("command", [["events"], ["events", "--json"]])
def test_events_loads_the_good_files_and_lists_each_skipped_file_on_one_line(hostile, capsys, command):
    folder, expected = hostile

    assert main([*command, str(folder)]) == 0

    captured = capsys.readouterr()
    skipped = [line for line in captured.err.splitlines() if "skipped" in line]
    failing = [key for key, reason in expected.items() if reason != "nested more than"]  # warnings load
    assert len(skipped) == len(failing)
    assert "Traceback" not in captured.err
    assert "minister" in captured.out and "premier" in captured.out  # both good files


def test_export_draws_the_good_files_events(hostile, tmp_path, capsys, qapp):
    folder, _expected = hostile
    out = tmp_path / "briefing.svg"

    assert main(["export", str(folder), "--out", str(out)]) == 0

    assert out.stat().st_size > 0
    assert "Traceback" not in capsys.readouterr().err
