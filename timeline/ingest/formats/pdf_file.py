"""Reads PDFs through their text layer with pypdf: text (whitespace tidied), /Title, /CreationDate.

pypdf is pure Python (nothing to compile, bundles cleanly), maintained, and reads damaged
files leniently. A PDF with no text layer (a scan) is reported, not OCRed.
"""

from __future__ import annotations

import io
import time
from pathlib import Path

from timeline.ingest.date_evidence import TRUST_PDF_META, DateFinding, finding
from timeline.ingest.document import DocumentContent, UnreadableDocument, normalise_newlines
from timeline.ingest.formats.pdf_whitespace import tidy_pdf_text
from timeline.ingest.limits import MAX_PDF_PAGES, SECONDS_PER_FILE


def _open(data: bytes):  # noqa: ANN202 - pypdf's PdfReader, imported lazily
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    if b"%PDF-" not in data[:1024]:
        raise UnreadableDocument("not a PDF (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many PDFs restrict printing only: no password
            except DependencyError:
                raise UnreadableDocument(
                    "encrypted PDF (AES): reading it needs the 'cryptography' package"
                ) from None
            if not opened:
                raise UnreadableDocument("encrypted PDF: a password is needed to read it")
        if len(reader.pages) == 0:  # reading the page tree is where damage shows first
            raise UnreadableDocument("damaged PDF: no pages found")
    except UnreadableDocument:
        raise
    except (PdfReadError, ValueError, KeyError, IndexError, TypeError, AttributeError) as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        raise UnreadableDocument(f"damaged PDF: {reason}") from None
    return reader


def _metadata(reader) -> tuple[str | None, DateFinding | None]:  # noqa: ANN001 - PdfReader
    try:
        info = reader.metadata
    except Exception:  # damaged /Info dictionaries are common and cost only the metadata
        return None, None
    if info is None:
        return None, None
    title = " ".join(str(info.title or "").split()) or None
    try:
        created = info.creation_date
    except Exception:  # an unparsable /CreationDate
        created = None
    if created is None:
        return title, None
    raw = info.get("/CreationDate")
    return title, finding(
        created.date(),
        "pdf-meta",
        f"PDF /CreationDate {raw}",
        TRUST_PDF_META,
        "PDF creation date",
        save_date_suspect=True,
        caution="the PDF's creation date, which may be the day it was printed or saved",
    )


def read_pdf(data: bytes, path: Path) -> DocumentContent:
    reader = _open(data)
    warnings: list[str] = []
    if not data.rstrip().endswith(b"%%EOF"):
        warnings.append("the PDF looks cut short (no end-of-file mark); text may be missing")
    deadline = time.monotonic() + SECONDS_PER_FILE / 2
    pages: list[str] = []
    total = len(reader.pages)
    for index, page in enumerate(reader.pages):
        if index >= MAX_PDF_PAGES or time.monotonic() > deadline:
            warnings.append(f"read only the first {index} of {total} pages")
            break
        try:
            pages.append(page.extract_text() or "")
        except Exception as error:  # one damaged page must not cost the others
            warnings.append(f"page {index + 1} could not be read ({type(error).__name__})")
    tidied = (tidy_pdf_text(normalise_newlines(page)) for page in pages)
    text = "\n\n".join(page for page in tidied if page)
    if not text.strip():
        raise UnreadableDocument("the PDF has no text layer (a scanned image?); it would need OCR")
    title, created = _metadata(reader)
    return DocumentContent(
        text, title=title, findings=(created,) if created else (), warnings=tuple(warnings)
    )
