"""How much size and time one file may cost before it is refused, so no file can stall a load."""

from __future__ import annotations

MEBIBYTE = 1024 * 1024

# A news article is rarely over 200 KB of text; saved pages carry scripts and inline images,
# PDFs carry fonts. Beyond these sizes a file is not an article (or is a trap).
MAX_BYTES_BY_SUFFIX: dict[str, int] = {
    ".txt": 4 * MEBIBYTE,
    ".md": 4 * MEBIBYTE,
    ".html": 24 * MEBIBYTE,
    ".htm": 24 * MEBIBYTE,
    ".eml": 24 * MEBIBYTE,
    ".pdf": 64 * MEBIBYTE,
    ".docx": 32 * MEBIBYTE,
}
MAX_BYTES_DEFAULT = 4 * MEBIBYTE
MAX_PASTED_CHARS = 4 * MEBIBYTE

# Extracted text beyond this is cut (with a warning): extraction cost grows with it.
MAX_TEXT_CHARS = 1_000_000

# Wall-clock seconds one file may take before it is reported as too slow and skipped.
SECONDS_PER_FILE = 20.0

# Pages read from one PDF, and unpacked bytes read from one DOCX (a zip bomb guard).
MAX_PDF_PAGES = 400
MAX_DOCX_UNPACKED_BYTES = 128 * MEBIBYTE


def describe_size(size: int) -> str:
    if size >= MEBIBYTE:
        return f"{size / MEBIBYTE:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"
