"""Exports of the demo corpus: the events SEEDS.md names, with their sources, in every format."""

from __future__ import annotations

import io
import json
import re

import pypdf
import pytest

from timeline.analysis import load_corpus
from timeline.export.exporter import export_corpus
from timeline.export.fonts import load_export_fonts
from timeline.export.options import ExportFormat, ExportOptions


@pytest.fixture(scope="module")
def seeds(seeds_dir, qapp):
    load_export_fonts()
    return load_corpus([seeds_dir])


def export(corpus, tmp_path, fmt, **options) -> bytes:
    path = tmp_path / f"seeds{fmt.suffix}"
    export_corpus(corpus, ExportOptions(fmt, title="Moscow visit", **options), path)
    return path.read_bytes()


def svg_text(data: bytes) -> str:
    return " ".join(" ".join(re.findall(r"<text[^>]*>([^<]*)</text>", data.decode())).split())


def test_svg_of_the_seeds_names_the_key_events_and_their_sources(seeds, tmp_path):
    text = svg_text(export(seeds, tmp_path, ExportFormat.SVG))
    # The days SEEDS.md requires, as the notes word them.
    for day in ("Fri 17 Mar 2023", "Mon 20 Mar 2023", "Tue 21 Mar 2023", "Wed 22 Mar 2023"):
        assert day in text
    assert "March 2024" in text
    # Every outlet of the manifest is cited.
    for outlet in ("wire report", "news portal", "newspaper", "broadcaster"):
        assert f"{outlet}, 2" in text
    # Each drawn event's label starts with its note number, one note per event drawn: the
    # briefing page draws the key events that fit, not every event.
    numbers = {int(n) for n in re.findall(r"\[(\d+)\] ", text)}
    assert numbers == set(range(1, len(numbers) + 1)) and len(numbers) >= 5


def test_pdf_of_the_seeds_extracts_the_same_notes(seeds, tmp_path):
    reader = pypdf.PdfReader(io.BytesIO(export(seeds, tmp_path, ExportFormat.PDF)))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Moscow visit" in text
    assert "Fri 17 Mar 2023" in text and "broadcaster, 20 Mar 2023" in text


def test_json_of_the_seeds_keeps_the_kremlin_meeting_with_all_five_sources(seeds, tmp_path):
    document = json.loads(export(seeds, tmp_path, ExportFormat.JSON))
    monday = [e for e in document["events"] if e["start"].startswith("2023-03-20")]
    assert max(e["source_count"] for e in monday) == 5
    biggest = max(monday, key=lambda e: e["source_count"])
    assert all(m["sentence"] for s in biggest["sources"] for m in s["mentions"])
    assert {s["date"] for s in biggest["sources"]} == {"2023-03-20", "2023-03-21"}
