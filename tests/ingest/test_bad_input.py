"""Files that cannot be read give a one-line reason, cost bounded time, and lose nothing else."""

from __future__ import annotations

import io
import socket
import zipfile
from datetime import date
from pathlib import Path

import pytest

from timeline.ingest import load_paths, read_document, reading
from timeline.ingest.limits import MAX_BYTES_BY_SUFFIX

EXPECTED_ERRORS = {
    "binary_junk.txt": "binary data, not text (contains NUL bytes)",
    "empty.txt": "empty file",
    "encrypted_password.pdf": "encrypted PDF: a password is needed to read it",
    "encrypted_aes_password.pdf": "encrypted PDF: a password is needed to read it",
    "only_scripts.html": "no readable text in the page (only scripts, styles or markup)",
    "notes.xyz": "unsupported file type '.xyz' (reads .txt, .md, .html, .htm, .eml, .pdf, .docx)",
}


def test_every_bad_fixture_has_its_reason_and_every_other_file_loads(documents):
    errors = {article_id: a.error for article_id, a in documents.items() if a.error is not None}

    assert errors.pop("truncated.pdf").startswith("damaged PDF: ")
    assert errors == EXPECTED_ERRORS
    for article in documents.values():
        if article.error is None:
            assert article.text.strip(), article.article_id
        else:
            assert "\n" not in article.error and article.text == ""


def test_invalid_utf8_text_loads_with_a_warning_naming_the_bad_bytes(documents):
    article = documents["invalid_utf8.txt"]

    assert article.error is None
    assert article.warnings == ("3 invalid UTF-8 bytes replaced with �",)
    assert "Putin met Xi on Monday in Moscow – the Kremlin said." in article.text


def test_ten_megabyte_single_line_file_is_refused_by_size(tmp_path):
    path = tmp_path / "one_line.txt"
    path.write_bytes(b"word " * (2 * 1024 * 1024))

    article = read_document(path)

    assert article.error == "too large for an article: 10.0 MB (limit 4.0 MB)"


def test_large_text_under_the_size_limit_is_cut_with_a_warning(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(b"Talks on Monday. " * 200_000)  # 3.4 MB, one line

    article = read_document(path)

    assert article.error is None
    assert len(article.text) == 1_000_000
    assert article.warnings == ("text cut to its first 1,000,000 characters",)


def test_html_beyond_the_parser_limits_says_so(tmp_path):
    path = tmp_path / "one_block.html"
    path.write_text("<html><body><p>" + "talks " * 1_800_000 + "</p></body></html>")
    assert path.stat().st_size < MAX_BYTES_BY_SUFFIX[".html"]

    article = read_document(path)

    assert article.error is not None and "beyond the HTML parser's limits" in article.error


def _page(text: str) -> str:
    return f"<html><head><title>{text}</title></head><body><p>{text}</p></body></html>"


def test_a_file_that_takes_too_long_is_given_up_and_the_rest_load(tmp_path, monkeypatch):
    # Pages, not plain text: plain text runs no parser (reading.read_plain_text_here).
    (tmp_path / "a.html").write_text(_page("First."), encoding="utf-8")
    (tmp_path / "slow.html").write_text(_page("Slow."), encoding="utf-8")
    (tmp_path / "z.html").write_text(_page("Last."), encoding="utf-8")
    original = reading.read_content
    original(tmp_path / "a.html")  # the page parser's imports are not what the short limit below is about
    release = __import__("threading").Event()

    def stalling(path: Path):
        if path.name == "slow.html":
            release.wait(5)  # stands in for a parser stuck on a pathological file
        return original(path)

    monkeypatch.setenv("TIMELINE_READERS", "thread")  # the stand-in parser lives in this process
    monkeypatch.setattr(reading, "read_content", stalling)
    monkeypatch.setattr(reading, "SECONDS_PER_FILE", 0.2)
    try:
        articles = load_paths([tmp_path])
    finally:
        release.set()

    assert [(a.article_id, a.error) for a in articles] == [
        ("a.html", None),
        ("slow.html", "gave up after 0 s: the file is too slow to read"),
        ("z.html", None),
    ]


def test_a_library_crash_on_one_file_becomes_its_error(tmp_path, monkeypatch):
    (tmp_path / "a.html").write_text(_page("Fine."), encoding="utf-8")
    (tmp_path / "b.html").write_text(_page("Boom."), encoding="utf-8")
    original = reading.read_content

    def crashing(path: Path):
        if path.name == "b.html":
            raise RuntimeError("parser bug\non two lines")
        return original(path)

    monkeypatch.setenv("TIMELINE_READERS", "thread")  # the stand-in parser lives in this process
    monkeypatch.setattr(reading, "read_content", crashing)

    a, b = load_paths([tmp_path])

    assert a.error is None
    assert b.error == "could not read: RuntimeError: parser bug on two lines"


def _zip(entries: dict[str, bytes], *, compress: bool = True) -> bytes:
    out = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(out, "w", method) as package:
        for name, data in entries.items():
            package.writestr(name, data)
    return out.getvalue()


def test_docx_that_unpacks_into_gigabytes_is_refused_before_unpacking(tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(_zip({"word/document.xml": b"<a/>", "pad.bin": b"\0" * (200 * 1024 * 1024)}))

    article = read_document(path)

    assert article.error == "a compression bomb: pad.bin inflates to more than 32.0 MB from 199 KB"


def test_docx_external_entity_is_not_expanded(tmp_path, documents_dir):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    with zipfile.ZipFile(documents_dir / "report.docx") as package:
        entries = {name: package.read(name) for name in package.namelist()}
    body = entries["word/document.xml"].decode("utf-8")
    doctype = f'<!DOCTYPE w:document [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>'
    body = body.replace("?>", "?>" + doctype, 1).replace("Broader talks", "Broader &leak; talks")
    entries["word/document.xml"] = body.encode("utf-8")
    path = tmp_path / "entity.docx"
    path.write_bytes(_zip(entries))

    article = read_document(path)

    assert "TOP-SECRET-CONTENT" not in article.text
    assert article.error is not None or "Broader" in article.text


def test_hostile_html_expands_no_entity_and_opens_no_connection(documents_dir, monkeypatch):
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object):
        attempts.append(args)
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)

    article = read_document(documents_dir / "hostile.html")
    everything = load_paths([documents_dir])

    assert attempts == []
    assert article.error is None
    assert "root:" not in article.text and "&secret;" in article.text
    assert "delegation arrived in Moscow on Monday" in article.text
    assert len(everything) > 20


@pytest.mark.parametrize("name", ["x.pdf", "x.docx", "x.eml", "x.html"])
def test_junk_under_any_known_extension_gets_a_reason(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 8)

    article = read_document(path)

    assert article.error is not None and "\n" not in article.error


def test_cancelling_while_a_slow_file_is_read_stops_without_waiting_for_it(tmp_path, monkeypatch):
    import threading

    for name in ("a.html", "slow.html", "z.html"):
        (tmp_path / name).write_text(_page(f"{name}."), encoding="utf-8")
    original = reading.read_content
    started = threading.Event()
    release = threading.Event()

    def stalling(path: Path):
        if path.name == "slow.html":
            started.set()
            release.wait(5)
        return original(path)

    monkeypatch.setenv("TIMELINE_READERS", "thread")  # the stand-in parser lives in this process
    monkeypatch.setattr(reading, "read_content", stalling)
    try:
        articles = load_paths([tmp_path], should_cancel=started.is_set)
    finally:
        release.set()

    assert [a.article_id for a in articles] == ["a.html"]


def test_page_with_no_text_still_shows_its_title_and_date(tmp_path):
    path = tmp_path / "app.html"
    path.write_text(
        '<html><head><title>Kremlin talks live</title>'
        '<meta property="article:published_time" content="2023-03-20T10:00:00Z">'
        '<script>render()</script></head><body><div id="app"></div></body></html>',
        encoding="utf-8",
    )

    article = read_document(path)

    assert article.error == "no readable text in the page (only scripts, styles or markup)"
    assert (article.title, article.date, article.date_source) == (
        "Kremlin talks live", date(2023, 3, 20), "html-meta"
    )
