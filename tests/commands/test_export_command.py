"""`timeline export` runs headless: no display, files written whole, clear errors."""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import os
import subprocess
import sys

import pypdf
import pytest

from timeline.commands import export_command

needs_full_cli = pytest.mark.skipif(
    importlib.util.find_spec("timeline.commands.events_command") is None,
    reason="timeline.cli lists the events command, which has not landed yet",
)


def run_cli(repo_root, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m timeline export ...` with no display at all, as on a server."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "timeline", "export", *args],
        cwd=repo_root, env=env, capture_output=True, text=True, timeout=120, check=False,
    )


def run_command_module(repo_root, *args: str) -> subprocess.CompletedProcess[str]:
    """The export command alone in a fresh process with no display (no other subcommands)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    script = ("import argparse, sys\n"
              "from timeline.commands import export_command\n"
              "parser = argparse.ArgumentParser(prog='timeline')\n"
              "export_command.add_parser(parser.add_subparsers(dest='command'))\n"
              "sys.exit(export_command.run(parser.parse_args(sys.argv[1:])))\n")
    return subprocess.run([sys.executable, "-c", script, "export", *args], cwd=repo_root,
                          env=env, capture_output=True, text=True, timeout=120, check=False)


def test_svg_in_a_fresh_process_without_a_display(repo_root, seeds_dir, tmp_path):
    out = tmp_path / "seeds.svg"
    result = run_command_module(repo_root, str(seeds_dir), "--out", str(out), "--title", "Visit")
    assert result.returncode == 0, result.stderr
    svg = out.read_text(encoding="utf-8")
    assert "<title>Visit</title>" in svg
    assert "DejaVu Sans" in svg
    assert "wrote" in result.stdout and "SVG" in result.stdout


def parse(*args: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="timeline")
    export_command.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["export", *args])


@needs_full_cli
def test_png_of_the_seeds_without_a_display(repo_root, seeds_dir, tmp_path):
    out = tmp_path / "seeds.png"
    result = run_cli(repo_root, str(seeds_dir), "--out", str(out), "--title", "Moscow visit",
                     "--size", "1280x720", "--scale", "2")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "2560x1440 PNG" in result.stdout


@needs_full_cli
def test_pdf_range_and_page_from_the_command_line(repo_root, seeds_dir, tmp_path):
    out = tmp_path / "seeds.pdf"
    result = run_cli(repo_root, str(seeds_dir), "--out", str(out), "--from", "2023-03-17",
                     "--to", "2023-03-22", "--page", "letter", "--orientation", "portrait",
                     "--title", "Moscow visit")
    assert result.returncode == 0, result.stderr
    reader = pypdf.PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Moscow visit" in text
    assert "17 – 22 Mar 2023" in text


def test_csv_needs_no_qt_and_lists_the_seed_sources(seeds_dir, tmp_path, capsys):
    out = tmp_path / "events.csv"
    assert export_command.run(parse(str(seeds_dir), "--out", str(out))) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["article_id"] for r in rows} >= {"000_fc1da426dd1573bc.txt"}
    assert all(r["article_date"] for r in rows)
    assert "CSV" in capsys.readouterr().out


def test_timelinejs_flag_writes_slides(seeds_dir, tmp_path):
    out = tmp_path / "timeline.json"
    assert export_command.run(parse(str(seeds_dir), "--out", str(out), "--timelinejs",
                                    "--title", "Visit")) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["title"]["text"]["headline"] == "Visit"
    assert all("year" in slide["start_date"] for slide in document["events"])


@pytest.mark.parametrize(("args", "message"), [
    (["--out", "x.docx"], "cannot tell the format"),
    (["--out", "x.png", "--size", "big"], "size must look like"),
    (["--out", "x.png", "--from", "March"], "not a date"),
    (["--out", "x.csv", "--timelinejs"], "TimelineJS data is JSON"),
    (["--out", "x.pdf", "--from", "2023-03-20", "--to", "2023-03-01"], "before it starts"),
])
def test_bad_options_get_a_clear_message(seeds_dir, tmp_path, capsys, args, message):
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    code = export_command.run(parse(str(seeds_dir), *args))
    assert code == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # nothing half-written


def test_missing_input_is_reported(tmp_path, capsys):
    from timeline.cli import main

    code = main(["export", str(tmp_path / "nowhere"), "--out", str(tmp_path / "x.png")])
    assert code == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_corpus_without_events_says_so(tmp_path, capsys):
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "note.txt").write_text("Nothing dated happens here.", encoding="utf-8")
    code = export_command.run(parse(str(folder), "--out", str(tmp_path / "x.png")))
    assert code == 1
    assert "nothing to export" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_key_event_options_reach_the_export(tmp_path):
    options, _ = export_command.options_from_args(
        parse("seeds", "--out", str(tmp_path / "x.pdf"), "--top", "7", "--min-sources", "2", "--pages", "3"))
    assert (options.top, options.min_sources, options.pages) == (7, 2, 3)
    defaults, _ = export_command.options_from_args(parse("seeds", "--out", str(tmp_path / "x.png")))
    assert (defaults.top, defaults.min_sources, defaults.pages) == (25, 0, 1)
