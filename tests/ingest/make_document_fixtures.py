"""Writes the binary and legacy-encoding fixtures in tests/fixtures/documents (run by hand).

    .venv/bin/python tests/ingest/make_document_fixtures.py

The text-based fixtures (HTML, e-mail, UTF-8 text) are written by hand and committed as
they are; this script makes the ones that cannot be typed: PDFs (a minimal PDF is written
byte by byte, another by Qt's QPdfWriter), DOCX files (python-docx), UTF-16 and
Windows-1252 text, junk and broken bytes.
"""

from __future__ import annotations

import io
import random
from datetime import datetime
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "documents"

PDF_LINES = (
    "Kremlin talks between Putin and Xi",
    "MOSCOW, March 20, 2023 (Reuters) - Russian President Vladimir Putin",
    "welcomed Chinese leader Xi Jinping to the Kremlin on Monday.",
    "The two leaders are scheduled to hold broader talks on Tuesday.",
)


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def minimal_pdf(lines: tuple[str, ...], *, title: str, created: str) -> bytes:
    """A one-page PDF with a real text layer and an /Info dictionary."""
    content = "BT /F1 12 Tf 14 TL 72 720 Td " + " ".join(
        f"{_pdf_string(line)} Tj T*" for line in lines
    ) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
        f"<< /Title {_pdf_string(title)} /CreationDate (D:{created}) /Producer (fixture) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii"))
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode("ascii"))
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode("ascii")
    )
    return out.getvalue()


def encrypted_pdf(plain: bytes, user_password: str, algorithm: str = "RC4-128") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    # RC4 needs no extra package; AES (what current writers use) needs 'cryptography'.
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Xi backs Putin at start of visit", level=1)
    document.add_paragraph(
        "Russian President Vladimir Putin received his Chinese counterpart Xi Jinping on "
        "Monday for a three-day state visit."
    )
    document.add_paragraph("The visit is set to last until Wednesday.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Day"
    table.cell(0, 1).text = "Programme"
    table.cell(1, 0).text = "Tuesday"
    table.cell(1, 1).text = "Broader talks"
    properties = document.core_properties
    properties.title = "Xi backs Putin (Word copy)"
    properties.author = "Analyst"
    properties.created = datetime(2023, 3, 20, 16, 45)
    properties.modified = datetime(2023, 3, 20, 16, 45)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# A report saved or converted long after it was published: its properties say 23 Nov 2026,
# its dateline 10 August 2022. The line-end hyphen is how a narrow column breaks a word.
KENYA_TEXT = (
    "Kenya votes in close presidential race",
    "Nairobi, 10 August 2022 - Kenyans voted on Tuesday in a closely fought presidential "
    "election, officials said. Counting continued into the night, the commission's chair-",
    "man said, and results are expected within a week.",
    "",
    "Observers said the vote was peaceful.",
)
SAVED_LATER = datetime(2026, 11, 23, 14, 32, 42)


def qt_pdf(lines: tuple[str, ...], *, title: str, created: datetime) -> bytes:
    """A PDF written by Qt's QPdfWriter, whose text layer places each word apart (pypdf reads
    tabs between them); its creation and modification dates are then pinned."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pypdf import PdfReader, PdfWriter
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter, QTextDocument

    _app = QGuiApplication.instance() or QGuiApplication([])
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pdf = QPdfWriter(buffer)
    pdf.setTitle(title)
    document = QTextDocument()
    document.setPlainText("\n".join(lines))
    document.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size().toSizeF())
    painter = QPainter(pdf)
    document.drawContents(painter)
    painter.end()
    buffer.close()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(data))))
    stamp = created.strftime("D:%Y%m%d%H%M%SZ")
    writer.add_metadata({"/CreationDate": stamp, "/ModDate": stamp})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def dated_docx(lines: tuple[str, ...], *, title: str, created: datetime) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    properties = document.core_properties
    properties.title = title
    properties.created = created
    properties.modified = created
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def saved_later_files() -> dict[str, bytes]:
    title = "Kenya votes (saved copy)"
    return {
        "dateline_saved_later.pdf": qt_pdf(KENYA_TEXT, title=title, created=SAVED_LATER),
        # Word keeps paragraphs whole: no column break inside "chairman".
        "dateline_saved_later.docx": dated_docx(
            tuple(p for p in "\n".join(KENYA_TEXT).replace("-\n", "").split("\n") if p),
            title=title,
            created=SAVED_LATER,
        ),
    }


CP1252_TEXT = (
    "Élysée statement\r\n"
    "PARIS, March 21, 2023 (AFP) – The French presidency said on Tuesday it “welcomed” "
    "the talks. Cost: 5 €.\r\n"
)
LATIN1_TEXT = "Café talks in Zürich\nThe délégation met on Monday; no “smart” quotes here.\n"
UTF16_TEXT = "Xi in Moscow\nPublished 20 March 2023\nXi Jinping arrived in Moscow on Monday. Привет.\n"


def write_all(folder: Path = FIXTURES) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    report = minimal_pdf(PDF_LINES, title="Kremlin talks (PDF)", created="20230320190000Z")
    files = {
        "report.pdf": report,
        "truncated.pdf": report[: len(report) * 2 // 5],
        "encrypted_password.pdf": encrypted_pdf(report, "secret"),
        "encrypted_no_password.pdf": encrypted_pdf(report, ""),
        "encrypted_aes_no_password.pdf": encrypted_pdf(report, "", "AES-256"),
        "encrypted_aes_password.pdf": encrypted_pdf(report, "secret", "AES-256"),
        "report.docx": docx_bytes(),
        "utf16_bom.txt": UTF16_TEXT.encode("utf-16"),
        "windows1252.txt": CP1252_TEXT.encode("cp1252"),
        "latin1.txt": LATIN1_TEXT.replace("“", '"').replace("”", '"').encode("latin-1"),
        "binary_junk.txt": random.Random(5).randbytes(4096),
        "invalid_utf8.txt": "Putin met Xi on Monday in Moscow – the Kremlin said. ".encode()
        + b"\xff\xfe broken \xc3 bytes\n"
        + b"More text about the talks on Tuesday.\n",
        "empty.txt": b"",
        **saved_later_files(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--saved-later"]:  # only the files added for the dateline-vs-properties fix
        for name, data in saved_later_files().items():
            (FIXTURES / name).write_bytes(data)
    elif sys.argv[1:] == ["--aes"]:  # only the AES-encrypted PDFs
        report = minimal_pdf(PDF_LINES, title="Kremlin talks (PDF)", created="20230320190000Z")
        for password in ("", "secret"):
            name = f"encrypted_aes_{'password' if password else 'no_password'}.pdf"
            (FIXTURES / name).write_bytes(encrypted_pdf(report, password, "AES-256"))
    else:
        write_all()
    print(f"wrote fixtures in {FIXTURES}")
