"""Stand-ins for a parser gone wrong, run inside a reader process by test_reader_limits."""

from __future__ import annotations

import os
import time
from pathlib import Path

from timeline.domain.article import Article
from timeline.ingest.manifest import Declaration
from timeline.ingest.reading import read_article_here


def misbehaving_reader(path: Path, article_id: str, declaration: Declaration | None) -> Article:
    """Reads normally, except files named for a misbehaviour: it hangs, eats memory or crashes."""
    if path.name.startswith("hang"):
        while True:  # a parser stuck in a loop that no thread can interrupt
            time.sleep(0.01)
    if path.name.startswith("eat"):
        hoard = []
        for _ in range(64):  # 4 GB in all, 64 MB at a time, as a runaway parser would
            hoard.append(bytearray(64 * 1024 * 1024))
    if path.name.startswith("crash"):
        os.abort()  # native code dying
    return read_article_here(path, article_id, declaration)
