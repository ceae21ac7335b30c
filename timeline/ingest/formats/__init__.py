"""One reader per file format, chosen by the file name's suffix."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from timeline.ingest.document import DocumentContent
from timeline.ingest.formats.docx_file import read_docx
from timeline.ingest.formats.email_message import read_email
from timeline.ingest.formats.html_page import read_html
from timeline.ingest.formats.pdf_file import read_pdf
from timeline.ingest.formats.plain_text import read_plain_text

FormatReader = Callable[[bytes, Path], DocumentContent]

READERS: dict[str, FormatReader] = {
    ".txt": read_plain_text,
    ".md": read_plain_text,
    ".html": read_html,
    ".htm": read_html,
    ".eml": read_email,
    ".pdf": read_pdf,
    ".docx": read_docx,
}

# These libraries log their complaints about damaged files; the reason reaches the analyst
# through Article.error and warnings instead, so keep Python's last-resort handler quiet.
for _library in ("pypdf", "trafilatura", "htmldate", "charset_normalizer", "docx"):
    logging.getLogger(_library).addHandler(logging.NullHandler())


def reader_for(path: Path) -> FormatReader | None:
    return READERS.get(path.suffix.lower())


def supported_suffixes() -> tuple[str, ...]:
    return tuple(READERS)
