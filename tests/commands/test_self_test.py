"""`timeline --self-test`: passes on a working copy, and names what is broken otherwise."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from timeline import cli
from timeline.commands import self_test


def test_a_working_copy_passes_every_check(tmp_path, repo_root):
    """The real entry point, in its own process, as a user or the bundle would run it."""
    keep = tmp_path / "kept"
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "--self-test", "--keep", str(keep)],
        cwd=repo_root,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("All ") and "checks passed" in lines[-1]
    assert not [line for line in lines if "FAIL" in line]
    for name in ("licences", "dateparser", "demo corpus", "events", "PNG export", "SVG export"):
        assert any(line.split()[:1] == ["ok"] and name in line for line in lines), name
    # --keep leaves the exports for a person to look at.
    assert QImage(str(keep / "timeline.png")).width() == self_test.EXPORT_SIZE[0]
    assert (keep / "timeline.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_missing_demo_corpus_fails_with_the_reason_and_skips_what_needs_it(qapp, tmp_path, monkeypatch, capsys):
    import timeline.analysis

    empty = tmp_path / "no-seeds"
    empty.mkdir()
    monkeypatch.setattr(timeline.analysis, "seeds_folder", lambda: empty)

    code = self_test.run_self_test(["--keep", str(tmp_path / "out")])

    assert code == 1
    results = {line.split()[1]: line for line in capsys.readouterr().out.splitlines() if line.startswith("  ")}
    assert "FAIL" in results["demo"] and "no articles" in results["demo"]
    assert "FAIL" in results["events"] and "not run" in results["events"]
    # Checks that do not need the corpus still ran and passed.
    assert results["dateparser"].split()[0] == "ok"


def test_an_expected_event_that_is_missing_is_named(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(self_test, "EXPECTED_EVENTS", (("1999-12-31", 2),))
    state = self_test.SelfTestState(tmp_path)
    self_test.check_demo_corpus(state)
    with pytest.raises(self_test.CheckFailed, match="1999-12-31"):
        self_test.check_events(state)


def test_a_blank_picture_counts_as_blank(qapp):
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert self_test.inked_share(image) == 0
    painter = QPainter(image)
    painter.fillRect(0, 0, 200, 100, QColor("navy"))
    painter.end()
    assert self_test.inked_share(image) == pytest.approx(0.25, abs=0.02)


@pytest.mark.parametrize(
    ("file_name", "plugin"),
    [
        ("libqxcb.so", "xcb"),
        ("qwindows.dll", "windows"),
        ("libqcocoa.dylib", "cocoa"),
        ("libqoffscreen.so", "offscreen"),
    ],
)
def test_platform_plugin_names_are_read_from_file_names(file_name, plugin):
    assert self_test.plugin_name(file_name) == plugin


def test_cli_hands_the_flag_and_what_follows_to_the_self_test(monkeypatch):
    seen = []
    monkeypatch.setattr(self_test, "run_self_test", lambda argv: seen.append(argv) or 7)
    assert cli.main(["--self-test", "--keep", "somewhere"]) == 7
    assert seen == [["--keep", "somewhere"]]
