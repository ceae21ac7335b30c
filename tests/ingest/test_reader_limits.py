"""Each file is read in a reader process with hard limits: a bomb is named as one, a file that
hangs or eats memory costs its own time and memory only, and the next file reads normally."""

from __future__ import annotations

import os
import threading
import time

import pytest
from reader_stand_ins import misbehaving_reader

from benchmarks.hostile_documents import lying_docx, pdf_bomb, xml_bomb_docx
from timeline.ingest import read_document
from timeline.ingest.reader_process import ReaderPool
from timeline.ingest.time_guard import StopRequested

MEGABYTE = 1024 * 1024
GOOD = "Reuters, 4 March 2023. The talks resume on Monday.\n"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="memory caps need resource.setrlimit")


@pytest.fixture
def pool():
    readers = ReaderPool(read_one=misbehaving_reader, seconds=2.0, memory_bytes=256 * MEGABYTE)
    yield readers
    readers.close()


def _found(path):
    return (path, path.name)


def test_a_zip_whose_directory_lies_about_sizes_is_named_a_compression_bomb(tmp_path):
    path = tmp_path / "lying.docx"
    path.write_bytes(lying_docx(100 * MEGABYTE))

    article = read_document(path)

    assert article.error is not None and article.error.startswith("a compression bomb: word/document.xml")


def test_an_honest_zip_holding_a_huge_xml_is_refused_by_what_it_inflates_to(tmp_path):
    path = tmp_path / "huge.docx"
    path.write_bytes(xml_bomb_docx(40 * MEGABYTE))
    assert path.stat().st_size < MEGABYTE

    assert read_document(path).error.startswith("a compression bomb: word/document.xml inflates to more than 32.0 MB")


def test_a_pdf_compression_bomb_is_named_as_such_not_a_scan(tmp_path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(pdf_bomb(40 * MEGABYTE))

    assert read_document(path).error.startswith("a compression bomb")


def test_a_file_that_hangs_is_stopped_by_killing_its_reader_and_the_next_reads(pool, tmp_path):
    (tmp_path / "hang.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "fine.txt").write_text(GOOD, encoding="utf-8")
    first = pool.read(*_found(tmp_path / "fine.txt"), None)
    reader_pid = pool._process.pid

    started = time.monotonic()
    hung = pool.read(*_found(tmp_path / "hang.txt"), None)

    assert hung.error == "gave up after 2 s: the file is too slow to read"
    assert time.monotonic() - started < 5
    assert not _alive(reader_pid)  # the work really stopped
    assert pool.read(*_found(tmp_path / "fine.txt"), None) == first


def test_a_file_that_eats_memory_hits_the_cap_in_its_reader_only(pool, tmp_path):
    (tmp_path / "eat.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "fine.txt").write_text(GOOD, encoding="utf-8")

    eaten = pool.read(*_found(tmp_path / "eat.txt"), None)

    assert eaten.error is not None and "memory" in eaten.error and "\n" not in eaten.error
    assert pool.read(*_found(tmp_path / "fine.txt"), None).error is None


def test_a_reader_that_crashes_costs_that_file_only(pool, tmp_path):
    (tmp_path / "crash.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "fine.txt").write_text(GOOD, encoding="utf-8")

    crashed = pool.read(*_found(tmp_path / "crash.txt"), None)

    assert crashed.error is not None and crashed.error.startswith("reading it stopped the reader")
    assert pool.read(*_found(tmp_path / "fine.txt"), None).error is None


def test_cancelling_while_a_file_hangs_stops_at_once(pool, tmp_path):
    (tmp_path / "hang.txt").write_text(GOOD, encoding="utf-8")
    pool.seconds = 60
    asked = threading.Event()
    threading.Timer(0.5, asked.set).start()
    started = time.monotonic()

    with pytest.raises(StopRequested):
        pool.read(*_found(tmp_path / "hang.txt"), None, asked.is_set)

    assert time.monotonic() - started < 10


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
