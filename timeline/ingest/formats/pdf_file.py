"""Reads PDFs through their text layer with pypdf: text (whitespace tidied), /Title, /CreationDate.

pypdf is pure Python (nothing to compile, bundles cleanly), maintained, and reads damaged
files leniently. A PDF with no text layer (a scan) is reported, not OCRed.
"""

from __future__ import annotations

import contextlib
import io
import time
from pathlib import Path

from timeline.ingest.date_evidence import TRUST_PDF_META, DateFinding, finding
from timeline.ingest.document import DocumentContent, UnreadableDocument, normalise_newlines
from timeline.ingest.formats.pdf_whitespace import tidy_pdf_text
from timeline.ingest.limits import MAX_PDF_PAGES, MAX_PDF_STREAM_BYTES, SECONDS_PER_FILE, describe_size

BOMB = f"a compression bomb: a stream in it inflates to more than {describe_size(MAX_PDF_STREAM_BYTES)}"


def _stream_limits() -> contextlib.AbstractContextManager[object]:
    """pypdf's decompression limits lowered to ours for this reading (pypdf 6.18+: earlier
    versions keep their own 75 MB limits; the reader process's memory cap still holds)."""
    try:
        from pypdf import apply_configuration
    except ImportError:
        return contextlib.nullcontext()
    limit = MAX_PDF_STREAM_BYTES
    return apply_configuration(
        zlib_maximum_output_length=limit, lzw_maximum_output_length=limit,
        run_length_maximum_output_length=limit, array_based_stream_maximum_output_length=limit,
    )


def _contents_over_limit(page) -> bool:  # noqa: ANN001 - a pypdf PageObject
    """Whether the page's content stream inflates past the limit (text extraction swallows
    that and returns nothing, which would read as a scanned page)."""
    try:
        contents = page.get_contents()
        if contents is not None:
            contents.get_data()
    except Exception as error:
        return _is_limit(error)
    return False


def _is_limit(error: BaseException) -> bool:
    return type(error).__name__ == "LimitReachedError"


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
    except Exception as error:
        if _is_limit(error):
            raise UnreadableDocument(BOMB) from None
        if not isinstance(error, PdfReadError | ValueError | KeyError | IndexError | TypeError | AttributeError):
            raise
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
    with _stream_limits():
        return _read_pdf(data)


def _read_pdf(data: bytes) -> DocumentContent:
    reader = _open(data)
    warnings: list[str] = []
    if not data.rstrip().endswith(b"%%EOF"):
        warnings.append("the PDF looks cut short (no end-of-file mark); text may be missing")
    deadline = time.monotonic() + SECONDS_PER_FILE / 2
    pages: list[str] = []
    bombs: list[int] = []
    total = len(reader.pages)
    for index, page in enumerate(reader.pages):
        if index >= MAX_PDF_PAGES or time.monotonic() > deadline:
            warnings.append(f"read only the first {index} of {total} pages")
            break
        try:
            pages.append(page.extract_text() or "")
            if not pages[-1].strip() and _contents_over_limit(page):
                bombs.append(index + 1)  # pypdf gave up quietly: the page is a bomb, not a scan
        except Exception as error:  # one damaged page must not cost the others
            if _is_limit(error):
                bombs.append(index + 1)
                warnings.append(f"page {index + 1} skipped: {BOMB}")
            else:
                warnings.append(f"page {index + 1} could not be read ({type(error).__name__})")
    tidied = (tidy_pdf_text(normalise_newlines(page)) for page in pages)
    text = "\n\n".join(page for page in tidied if page)
    if not text.strip():
        if bombs:  # the real cause, not "no text layer"
            raise UnreadableDocument(BOMB + f" (page {bombs[0]})")
        raise UnreadableDocument("the PDF has no text layer (a scanned image?); it would need OCR")
    title, created = _metadata(reader)
    return DocumentContent(
        text, title=title, findings=(created,) if created else (), warnings=tuple(warnings)
    )
