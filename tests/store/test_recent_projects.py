"""The recent projects list lives in the overridable config folder and survives bad contents."""

from __future__ import annotations

from pathlib import Path

from timeline.store.recent_projects import MAX_RECENT, forget_project, load_recent, recent_file, remember_project


def test_newest_first_without_duplicates_and_capped(tmp_path, private_config_dir):
    for index in range(MAX_RECENT + 3):
        remember_project(tmp_path / f"p{index}.timeline")
    remember_project(tmp_path / "p5.timeline")
    recent = load_recent()
    assert recent[0] == tmp_path / "p5.timeline"
    assert len(recent) == MAX_RECENT and len(set(recent)) == MAX_RECENT
    assert recent_file().parent == private_config_dir
    forget_project(tmp_path / "p5.timeline")
    assert tmp_path / "p5.timeline" not in load_recent()


def test_a_garbled_list_reads_as_empty(private_config_dir):
    private_config_dir.mkdir(parents=True)
    recent_file().write_text("{not json")
    assert load_recent() == []
    recent_file().write_text('{"projects": [3, "/a.timeline"]}')
    assert load_recent() == [Path("/a.timeline")]


def test_an_unwritable_config_folder_does_not_stop_work(private_config_dir, tmp_path):
    private_config_dir.parent.mkdir(parents=True, exist_ok=True)
    private_config_dir.write_text("a file where the folder should be")
    assert remember_project(tmp_path / "x.timeline") == [tmp_path / "x.timeline"]
