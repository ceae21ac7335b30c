"""Builds hostile documents (our own, generated on the spot): zip and PDF compression bombs, a zip
whose directory lies about sizes, nested sidecars and manifests, a name that is not UTF-8, a link
out of the folder. Used by benchmarks/hostile_folder.py and the ingest tests."""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

PARAGRAPH = b"<w:p><w:r><w:t>The talks went on until Friday.</w:t></w:r></w:p>"
DOCX_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
DOCX_TAIL = b"</w:body></w:document>"
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)


def _deflate_stream(chunks: Iterator[bytes]) -> tuple[bytes, int, int]:
    """Raw deflate of the chunks: (compressed, inflated size, crc32)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    out = []
    size = crc = 0
    for chunk in chunks:
        size += len(chunk)
        crc = zlib.crc32(chunk, crc)
        out.append(compressor.compress(chunk))
    out.append(compressor.flush())
    return b"".join(out), size, crc


def _document_xml(inflated_bytes: int) -> Iterator[bytes]:
    yield DOCX_HEAD
    block = PARAGRAPH * (1024 * 1024 // len(PARAGRAPH))
    written = len(DOCX_HEAD) + len(DOCX_TAIL)
    while written + len(block) <= inflated_bytes:
        yield block
        written += len(block)
    yield DOCX_TAIL


def _zip(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip from (name, raw deflate data, claimed inflated size, crc, real size) members,
    written by hand so the directory can claim what it likes."""
    local, central = [], []
    offset = 0
    for name, data, claimed, crc, _real in members:
        encoded = name.encode()
        header = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), claimed,
                             len(encoded), 0)
        local.append(header + encoded + data)
        central.append(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(data),
                                   claimed, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
        offset += len(header) + len(encoded) + len(data)
    directory = b"".join(central)
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), offset, 0)
    return b"".join(local) + directory + end


def lying_docx(inflated_bytes: int) -> bytes:
    """A docx whose directory claims 4 KB for a word/document.xml that inflates to `inflated_bytes`."""
    data, size, crc = _deflate_stream(_document_xml(inflated_bytes))
    types, types_size, types_crc = _deflate_stream(iter([CONTENT_TYPES]))
    return _zip([("[Content_Types].xml", types, types_size, types_crc, types_size),
                 ("word/document.xml", data, 4096, crc, size)])


def xml_bomb_docx(inflated_bytes: int) -> bytes:
    """An honest zip (true sizes in its directory) whose text XML inflates to `inflated_bytes`."""
    data, size, crc = _deflate_stream(_document_xml(inflated_bytes))
    types, types_size, types_crc = _deflate_stream(iter([CONTENT_TYPES]))
    return _zip([("[Content_Types].xml", types, types_size, types_crc, types_size),
                 ("word/document.xml", data, size, crc, size)])


def pdf_bomb(inflated_bytes: int) -> bytes:
    """A one-page PDF whose content stream (Flate) inflates to `inflated_bytes` of drawing no-ops."""
    compressor = zlib.compressobj(9)
    block = b"q Q " * (1024 * 1024 // 4)
    parts = [compressor.compress(block) for _ in range(max(1, inflated_bytes // len(block)))]
    stream = b"".join(parts) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


GOOD_TEXT = "Reuters, 4 March 2023. The minister met the envoy on Friday, 3 March 2023, and talks resume on Monday.\n"


def build_hostile_folder(folder: Path, *, scale: float = 1.0) -> dict[str, str]:
    """Every hostile file beside good ones; returns each hostile file's id and what its
    error or warning must mention. `scale` shrinks the bombs for quick tests."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    megabyte = 1024 * 1024
    (folder / "good_one.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "good_two.txt").write_text(GOOD_TEXT.replace("minister", "premier"), encoding="utf-8")
    (folder / "lying_zip.docx").write_bytes(lying_docx(int(2048 * megabyte * scale)))
    expected["lying_zip.docx"] = "compression bomb"
    (folder / "xml_bomb.docx").write_bytes(xml_bomb_docx(int(120 * megabyte * scale) + 40 * megabyte))
    expected["xml_bomb.docx"] = "compression bomb"
    (folder / "bomb.pdf").write_bytes(pdf_bomb(int(400 * megabyte * scale) + 40 * megabyte))
    expected["bomb.pdf"] = "compression bomb"
    (folder / "nested_sidecar.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "nested_sidecar.meta.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    expected["nested_sidecar.txt"] = "nested more than"
    sub = folder / "nested_manifest"
    sub.mkdir(exist_ok=True)
    (sub / "covered.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (sub / "manifest.toml").write_text("x = " + "[" * 100_000 + "]" * 100_000, encoding="utf-8")
    expected["nested_manifest/covered.txt"] = "nested more than"
    try:
        with open(os.fsencode(folder) + b"/name \xff not utf-8.txt", "wb") as stream:
            stream.write(GOOD_TEXT.encode())
    except (OSError, UnicodeError):
        pass  # a file system that takes UTF-8 names only
    outside = folder.parent / f"{folder.name}-outside.txt"
    outside.write_text("PRIVATE file outside the folder, 5 March 2023.", encoding="utf-8")
    link = folder / "link_out.txt"
    if not link.exists() and hasattr(os, "symlink"):
        link.symlink_to(outside)
        expected["link_out.txt"] = "not followed"
    return expected


__all__ = ["build_hostile_folder", "lying_docx", "pdf_bomb", "xml_bomb_docx"]
