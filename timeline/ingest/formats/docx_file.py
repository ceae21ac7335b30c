"""Reads Word documents (.docx) with python-docx: paragraphs and tables in order, core properties.

python-docx is the maintained reader of the format; its XML parser does not resolve
entities. The zip is checked first, member by member by what it really inflates to, so a
small file cannot unpack into gigabytes.
"""

from __future__ import annotations

import contextlib
import io
import struct
import zipfile
import zlib
from pathlib import Path

from timeline.ingest.date_evidence import TRUST_DOCX_META, DateFinding, finding
from timeline.ingest.document import DocumentContent, UnreadableDocument, normalise_newlines
from timeline.ingest.limits import (
    MAX_DOCX_MEMBER_BYTES,
    MAX_DOCX_MEMBERS,
    MAX_DOCX_UNPACKED_BYTES,
    describe_size,
)
from timeline.ingest.locale_hints import language_tag

INFLATE_CHUNK = 1024 * 1024


def _check_package(data: bytes) -> None:
    """Refuse a package whose members inflate beyond the limits, judged by inflating them
    (streaming, a megabyte at a time), never by the sizes its directory claims: a crafted
    directory can claim a few kilobytes for a member that inflates to gigabytes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = package.infolist()
    except zipfile.BadZipFile:
        raise UnreadableDocument("not a Word document (not a valid .docx zip package)") from None
    if len(entries) > MAX_DOCX_MEMBERS:
        raise UnreadableDocument(f"not a Word document: {len(entries):,} parts in its package")
    if not any(entry.filename == "word/document.xml" for entry in entries):
        raise UnreadableDocument("not a Word document (no word/document.xml inside)")
    total = 0
    for entry in entries:
        size = _inflated_size(data, entry, min(MAX_DOCX_MEMBER_BYTES, MAX_DOCX_UNPACKED_BYTES - total))
        if size != entry.file_size:
            raise UnreadableDocument(
                f"damaged or crafted Word document: {entry.filename} inflates to {describe_size(size)}, "
                f"its directory says {describe_size(entry.file_size)}"
            )
        total += size


def _inflated_size(data: bytes, entry: zipfile.ZipInfo, limit: int) -> int:
    """What the member really inflates to; UnreadableDocument past `limit` (a compression bomb)."""
    start = _member_data_offset(data, entry)
    compressed = data[start : start + entry.compress_size]
    if entry.compress_type == zipfile.ZIP_STORED:
        size = len(compressed)
    elif entry.compress_type == zipfile.ZIP_DEFLATED:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        size = 0
        pending = compressed
        try:
            while pending and not inflater.eof:
                size += len(inflater.decompress(pending, INFLATE_CHUNK))
                pending = inflater.unconsumed_tail
                if size > limit:
                    break
        except zlib.error:
            raise UnreadableDocument(f"damaged Word document: {entry.filename} does not inflate") from None
    else:
        raise UnreadableDocument(f"not a Word document: {entry.filename} uses compression {entry.compress_type}")
    if size > limit:
        raise UnreadableDocument(
            f"a compression bomb: {entry.filename} inflates to more than {describe_size(limit)} "
            f"from {describe_size(entry.compress_size)}"
        )
    return size


def _member_data_offset(data: bytes, entry: zipfile.ZipInfo) -> int:
    """Where the member's compressed bytes start: after its local header, name and extra field."""
    header = data[entry.header_offset : entry.header_offset + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise UnreadableDocument(f"damaged Word document: no local header for {entry.filename}")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    return entry.header_offset + 30 + name_length + extra_length


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


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _languages(document) -> tuple[str, ...]:  # noqa: ANN001 - a python-docx Document
    """The document's language property (dc:language, rarely set), then the language its
    text is written in by default (styles.xml: the w:lang of the document defaults, which
    Word sets from the author's editing language)."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    declared: list[str | None] = []
    with contextlib.suppress(ValueError, TypeError):
        declared.append(language_tag(document.core_properties.language))

    try:
        # Not document.styles: with no styles part python-docx supplies its own template's,
        # which would declare en-US for a document that says nothing.
        styles = document.part.part_related_by(RELATIONSHIP_TYPE.STYLES).element
        defaults = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}lang")
    except (KeyError, ValueError, AttributeError):  # no styles part, or not one python-docx parsed
        defaults = None
    if defaults is not None:
        declared.append(language_tag(defaults.get(f"{_W}val")))
    return tuple(dict.fromkeys(tag for tag in declared if tag))


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
    return DocumentContent(text, title=title, findings=(created,) if created else (),
                           locale_hints=_languages(document))
