"""The Dask example gives, line for line, what `timeline extract --jsonl` gives alone (skipped without dask)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

from examples.dask_extract import run

pytestmark = pytest.mark.slow


def test_the_cluster_map_matches_the_command(tmp_path):
    records = [
        {"id": f"a{n}", "text": f"Talks opened on Monday. They ended {n + 2} days later.", "date": f"2023-03-2{n}"}
        for n in range(6)
    ] + [{"id": "bad", "text": 7}]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    # Tiny partitions, so several workers each take some lines.
    parts = run(str(source), tmp_path / "out", workers=2, partition_mb=0.0002)
    assert len(parts) > 1
    from_cluster = [json.loads(line) for part in sorted(parts, key=lambda p: int(p.stem.split("-")[1]))
                    for line in part.read_text(encoding="utf-8").splitlines()]
    alone = subprocess.run([sys.executable, "-m", "timeline", "extract", "--jsonl"], input=source.read_bytes(),
                           capture_output=True, check=True).stdout.decode("utf-8").splitlines()
    # An error names its line within the partition the worker was given: compare without it.
    assert [_without_line_number(item) for item in from_cluster] == [
        _without_line_number(json.loads(line)) for line in alone]
    assert from_cluster[-1]["id"] == "bad" and "error" in from_cluster[-1]
    assert all(item["mentions"] for item in from_cluster[:-1])


def _without_line_number(item: dict) -> dict:
    if "error" in item:
        return {**item, "error": item["error"].split(": ", 1)[1]}
    return item
