"""`timeline extract --jsonl` as the map step of a Dask bag, on Dask's local cluster.

    pip install "timeline[cluster]"        # dask and distributed: not default dependencies
    python examples/dask_extract.py articles.jsonl out/ [--workers 2] [--partition-mb 8]

Input: JSON lines {"id", "text", "date"} (one article a line, in as many files as you like:
a glob such as "shards/*.jsonl" works). Output: one JSON-lines file per partition in out/,
each line {"id", "mentions": [...]} or {"id", "error": ...}, in input order within a part.

Extraction is a pure map over documents: each partition's lines go through one
`timeline extract --jsonl` process on a worker, exactly as they would at a terminal, so the
same step runs under Spark (`rdd.pipe("timeline extract --jsonl")`) or any engine that can
pipe lines through a command. Events are a reduce over the whole corpus and stay with
`timeline events` (see docs/ARCHITECTURE.md, "Beyond one machine").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path


def extract_partition(lines: Iterable[str]) -> list[str]:
    """One partition's JSON lines through `timeline extract --jsonl`; one output line per input line."""
    payload = "".join(line if line.endswith("\n") else line + "\n" for line in lines if line.strip())
    if not payload:
        return []
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", "--jsonl"],
        input=payload.encode("utf-8"), capture_output=True, check=True,
    )
    return result.stdout.decode("utf-8").splitlines()


def run(inputs: str, output: Path, *, workers: int = 2, partition_mb: float = 8.0) -> list[Path]:
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    output.mkdir(parents=True, exist_ok=True)
    # One thread per worker process: each partition is one extraction process already.
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        lines = db.read_text(inputs, blocksize=int(partition_mb * 1_000_000), linedelimiter="\n")
        results = lines.map_partitions(extract_partition)
        written = results.to_textfiles(str(output / "part-*.jsonl"), encoding="utf-8")
    return [Path(path) for path in written]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", help="JSON-lines file(s): a path or a glob")
    parser.add_argument("output", type=Path, help="folder for the part-N.jsonl results")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-mb", type=float, default=8.0)
    args = parser.parse_args(argv)
    for path in run(args.inputs, args.output, workers=args.workers, partition_mb=args.partition_mb):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
