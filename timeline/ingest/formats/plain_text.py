"""Reads .txt and .md files: decoded text, nothing else (their dates come from datelines)."""

from __future__ import annotations

from pathlib import Path

from timeline.ingest.document import DocumentContent, normalise_newlines
from timeline.ingest.text_decoding import decode_text


def read_plain_text(data: bytes, path: Path) -> DocumentContent:
    decoded = decode_text(data)
    return DocumentContent(normalise_newlines(decoded.text), warnings=decoded.warnings)


def read_plain_text_unguessed(data: bytes, path: Path) -> DocumentContent:
    """As read_plain_text, but EncodingNeedsGuess where only charset-normalizer could decode it."""
    decoded = decode_text(data, guess_encoding=False)
    return DocumentContent(normalise_newlines(decoded.text), warnings=decoded.warnings)
