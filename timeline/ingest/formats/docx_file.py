"""Reads Word documents (.docx) with python-docx: paragraphs and tables in order, core properties.

python-docx is the maintained reader of the format; its XML parser does not resolve
entities. The zip is checked first so a small file cannot unpack into gigabytes.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from timeline.ingest.date_evidence import TRUST_DOCX_META, DateFinding, finding
from timeline.ingest.document import DocumentContent, UnreadableDocument, normalise_newlines
from timeline.ingest.limits import MAX_DOCX_UNPACKED_BYTES, describe_size


def _check_package(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = package.infolist()
    except zipfile.BadZipFile:
        raise UnreadableDocument("not a Word document (not a valid .docx zip package)") from None
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > MAX_DOCX_UNPACKED_BYTES:
        raise UnreadableDocument(
            f"the document unpacks to {describe_size(unpacked)} "
            f"(limit {describe_size(MAX_DOCX_UNPACKED_BYTES)})"
        )
    if not any(entry.filename == "word/document.xml" for entry in entries):
        raise UnreadableDocument("not a Word document (no word/document.xml inside)")


def _blocks(document) -> list[str]:  # noqa: ANN001 - a python-docx Document
    from docx.table import Table

    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = [" ".join(cell.text.split()) for cell in row.cells]
                line = "\t".join(cell for cell in cells if cell)
                if line:
                    blocks.append(line)
        else:
            blocks.append(item.text)
    return blocks


def _created(document) -> DateFinding | None:  # noqa: ANN001 - a python-docx Document
    try:
        created = document.core_properties.created
    except (ValueError, TypeError):
        return None
    if created is None:
        return None
    return finding(
        created.date(),
        "docx-meta",
        f"docProps/core.xml created {created.isoformat()}",
        TRUST_DOCX_META,
        "Word document's creation date",
        save_date_suspect=True,
        caution="the Word document's creation date, which may be the day the text was pasted",
    )


def read_docx(data: bytes, path: Path) -> DocumentContent:
    import docx
    from lxml.etree import XMLSyntaxError

    _check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, XMLSyntaxError, zipfile.BadZipFile) as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        raise UnreadableDocument(f"damaged Word document: {reason}") from None
    text = normalise_newlines("\n".join(_blocks(document))).strip()
    if not text:
        raise UnreadableDocument("the Word document has no text")
    try:
        title = " ".join((document.core_properties.title or "").split()) or None
    except ValueError:
        title = None
    created = _created(document)
    return DocumentContent(text, title=title, findings=(created,) if created else ())
