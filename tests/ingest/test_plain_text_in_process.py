"""Plain text is read in the calling process (it runs no parser library); only bytes that
need charset-normalizer's guess at their encoding still go to a reader process."""

from __future__ import annotations

from pathlib import Path

from timeline.ingest import reader_process, safe_reading
from timeline.ingest.reading import read_article_here


def _recording_reader(monkeypatch) -> list[str]:
    sent: list[str] = []
    original = safe_reading.read_isolated

    def recording(path: Path, *args, **kwargs):
        sent.append(path.name)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(safe_reading, "read_isolated", recording)
    monkeypatch.setenv(reader_process.READERS_VARIABLE, "thread")  # no process needed to check where it went
    return sent


def test_utf8_and_western_text_are_read_here_the_same_as_a_reader_reads_them(tmp_path, monkeypatch):
    sent = _recording_reader(monkeypatch)
    (tmp_path / "utf8.txt").write_text("Talks began on 12 March 2024 in Geneva, the ministry said.\n", encoding="utf-8")
    (tmp_path / "latin.md").write_bytes("Caf\xe9 owners met on Monday.\n".encode("cp1252"))

    for name in ("utf8.txt", "latin.md"):
        path = tmp_path / name
        article = safe_reading.read_article(path, name, None)
        assert article == read_article_here(path, name, None)
        assert article.error is None

    assert sent == []


def test_text_that_needs_an_encoding_guess_goes_to_the_reader(tmp_path, monkeypatch):
    sent = _recording_reader(monkeypatch)
    path = tmp_path / "cyrillic.txt"
    path.write_bytes(("Переговоры начались в понедельник в Женеве. " * 20).encode("cp1251"))

    article = safe_reading.read_article(path, "cyrillic.txt", None)

    assert sent == ["cyrillic.txt"]
    assert "Переговоры" in article.text


def test_a_page_still_goes_to_the_reader(tmp_path, monkeypatch):
    sent = _recording_reader(monkeypatch)
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Talks</title></head><body><p>Talks began.</p></body></html>")

    safe_reading.read_article(path, "page.html", None)

    assert sent == ["page.html"]
