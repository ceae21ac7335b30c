"""The main paths run with the network cut off and never even try to reach it.

Every way Python opens an internet connection is replaced by a tripwire that records
the attempt and raises; the test fails on any attempt, even one that the code under
test caught and swallowed. Local (AF_UNIX) sockets stay allowed: they never leave
the machine.
"""

from __future__ import annotations

import socket
import sys
from datetime import date

import pytest

from timeline.analysis import analyse, load_corpus, seeds_folder
from timeline.cli import main as cli_main
from timeline.domain.edits import AnnotateEvent, RenameEvent, SetArticleDate
from timeline.events import event_keys
from timeline.ingest import load_paths
from timeline.store import ProjectDocument, open_project

INTERNET_FAMILIES = {socket.AF_INET, socket.AF_INET6}


@pytest.fixture
def network_attempts(monkeypatch):
    """Connecting or sending to an internet address, or looking up a name, is refused and recorded.

    Making a socket is allowed: urllib3 (pulled in by trafilatura) probes IPv6 support on
    import by binding one to ::1, which never leaves the machine.
    """
    # The window's analysis runs in a worker process, out of this tripwire's reach: run it
    # in this process for these tests, so every path is watched.
    monkeypatch.setenv("TIMELINE_ANALYSIS", "thread")
    attempts: list[str] = []

    def guard(name, original):
        def guarded(self, *args, **kwargs):
            if self.family in INTERNET_FAMILIES:
                attempts.append(f"socket.{name}{args[:1]!r}")
                raise OSError(f"network access is blocked in this test ({name})")
            return original(self, *args, **kwargs)

        return guarded

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, guard(name, getattr(socket.socket, name)))

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[:2]!r}")
            raise OSError(f"{name} is blocked in this test")

        return blocked

    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "getfqdn"):
        monkeypatch.setattr(socket, name, refuse(name))
    yield attempts
    assert attempts == [], f"tried to reach the network: {attempts}"


def test_the_tripwire_fires(network_attempts):
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as internet, pytest.raises(OSError):
        internet.connect(("192.0.2.1", 80))  # TEST-NET-1: reserved, never routed
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as datagram, pytest.raises(OSError):
        datagram.sendto(b"x", ("192.0.2.1", 53))
    left, right = socket.socketpair()  # local sockets still work
    left.close()
    right.close()
    assert len(network_attempts) == 3
    network_attempts.clear()


def test_load_extract_build_edit_save_reopen_and_export_offline(network_attempts, tmp_path, repo_root, qapp):
    corpus = load_corpus([seeds_folder()])
    assert len(corpus.articles) == 5 and corpus.events

    # Every document format the reader knows, including hostile HTML with external links.
    documents = load_paths([repo_root / "tests" / "fixtures" / "documents"])
    assert len(documents) > 10
    analyse(documents)

    busiest = max(corpus.events, key=lambda e: e.source_count)
    document = ProjectDocument(recovery_directory=tmp_path / "recovery")
    document.set_articles(corpus.articles)
    document.apply_edit(RenameEvent(event_keys(busiest), "Kremlin summit"))
    document.apply_edit(AnnotateEvent(event_keys(busiest), note="checked", tags=("summit",)))
    document.apply_edit(SetArticleDate(corpus.articles[0].article_id, date(2023, 3, 21)))
    path = document.save(tmp_path / "case.timeline")
    reopened = open_project(path)
    edited = analyse(reopened.articles, reopened.edits_in_force)
    assert "Kremlin summit" in {e.label for e in edited.events}

    from timeline.export.exporter import export_corpus
    from timeline.export.headless import ensure_gui_application
    from timeline.export.options import ExportFormat, ExportOptions

    ensure_gui_application()
    for fmt, name in ((ExportFormat.CSV, "t.csv"), (ExportFormat.JSON, "t.json"),
                      (ExportFormat.PNG, "t.png"), (ExportFormat.SVG, "t.svg"), (ExportFormat.PDF, "t.pdf")):
        result = export_corpus(edited, ExportOptions(fmt), tmp_path / name)
        assert result.size_bytes > 0


def test_command_line_subcommands_offline(network_attempts, tmp_path, capsys):
    seeds = str(seeds_folder())
    assert cli_main(["extract", seeds]) == 0
    assert cli_main(["events", seeds]) == 0
    assert cli_main(["export", seeds, "--out", str(tmp_path / "events.json")]) == 0
    assert (tmp_path / "events.json").stat().st_size > 0
    assert "Putin" in capsys.readouterr().out


def test_the_window_loads_edits_and_saves_offline(network_attempts, qtbot, tmp_path):
    from timeline.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.corpus_changed, timeout=60_000):
        window.session.load_paths([seeds_folder()])
    busiest = max(window.session.corpus.events, key=lambda e: e.source_count)
    with qtbot.waitSignal(window.session.corpus_changed, timeout=60_000):
        window.session.apply_edit(RenameEvent(event_keys(busiest), "Kremlin summit"))
    assert window.projects.save_as(tmp_path / "case.timeline")
    with qtbot.waitSignal(window.session.corpus_changed, timeout=60_000):
        assert window.projects.open_project(tmp_path / "case.timeline")
    window.session.wait_until_idle()
    assert "Kremlin summit" in {e.label for e in window.session.corpus.events}


def test_no_network_module_of_qt_is_loaded():
    assert "PySide6.QtNetwork" not in sys.modules
