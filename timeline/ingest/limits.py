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

# Wall-clock seconds one file may take before it is reported as too slow and skipped
# (its reader process is killed: the work really stops).
SECONDS_PER_FILE = 20.0

# Memory a reader process may take beyond its own code and libraries (RLIMIT_AS): the
# largest article any format gives needs a fraction of it; a bomb hits it and is refused.
MEMORY_PER_READER = 512 * MEBIBYTE

# Pages read from one PDF; what one PDF stream may inflate to (pypdf's own limit is 75 MB).
MAX_PDF_PAGES = 400
MAX_PDF_STREAM_BYTES = 32 * MEBIBYTE
# A DOCX is a zip: what its members may really inflate to (a zip bomb guard), one member
# (the text of a long report is a few megabytes of XML) and all together.
MAX_DOCX_MEMBERS = 5_000
MAX_DOCX_MEMBER_BYTES = 32 * MEBIBYTE
MAX_DOCX_UNPACKED_BYTES = 128 * MEBIBYTE


def describe_size(size: int) -> str:
    if size >= MEBIBYTE:
        return f"{size / MEBIBYTE:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"
