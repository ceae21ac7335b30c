"""One reader per file format, chosen by the file name's suffix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from timeline.ingest.document import DocumentContent
from timeline.ingest.formats.plain_text import read_plain_text

FormatReader = Callable[[bytes, Path], DocumentContent]

READERS: dict[str, FormatReader] = {
    ".txt": read_plain_text,
    ".md": read_plain_text,
}


def reader_for(path: Path) -> FormatReader | None:
    return READERS.get(path.suffix.lower())


def supported_suffixes() -> tuple[str, ...]:
    return tuple(READERS)
