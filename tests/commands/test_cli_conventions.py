"""The command line's conventions, the same for every subcommand: errors on stderr, exit 2
for usage errors, 1 for failures, 130 on Ctrl-C, a traceback only with --debug, a log file."""

from __future__ import annotations

import logging
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline import app_logging, cli
from timeline.commands import events_command

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def restore_logging():
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_timeline", False):
            root.removeHandler(handler)
            handler.close()


@pytest.mark.parametrize("command", ["extract", "events", "export"])
def test_a_missing_path_is_a_usage_error_on_stderr(command, tmp_path, capsys):
    extra = ["--out", str(tmp_path / "x.png")] if command == "export" else []
    assert cli.main([command, str(tmp_path / "absent"), *extra]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"timeline {command}: no such file or folder")


def test_an_unknown_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["events", "--no-such-option", "x"])
    assert stopped.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_a_failure_is_one_line_on_stderr_and_the_traceback_goes_to_the_log(tmp_path, capsys, monkeypatch):
    def broken(args):
        raise ValueError("the corpus is upside down")

    monkeypatch.setattr(events_command, "run", broken)
    assert cli.main(["events", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    log = app_logging.log_file()
    assert log is not None
    assert err.strip() == f"timeline events: error: ValueError: the corpus is upside down (details in {log})"
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "the corpus is upside down" in logged


def test_debug_shows_the_traceback(tmp_path, capsys, monkeypatch):
    def broken(args):
        raise ValueError("the corpus is upside down")

    monkeypatch.setattr(events_command, "run", broken)
    assert cli.main(["events", str(tmp_path), "--debug"]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_ctrl_c_exits_130_without_a_traceback(tmp_path, capsys, monkeypatch):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(events_command, "run", interrupted)
    assert cli.main(["events", str(tmp_path)]) == 130
    err = capsys.readouterr().err
    assert "interrupted" in err and "Traceback" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_a_real_ctrl_c_in_a_running_command_exits_130(tmp_path):
    # `extract --jsonl` waits on its input: a command caught in the middle of its work.
    child = subprocess.Popen(
        [sys.executable, "-m", "timeline", "extract", "--jsonl"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
        env={**__import__("os").environ, "PYTHONPATH": str(REPO_ROOT)},
        # As a terminal's foreground command has it: a test run started in the background by a
        # shell inherits Ctrl-C ignored, and so would the command.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert child.stdin is not None
    child.stdin.write(b'{"id": 1, "text": "Talks ended on 3 June 1998.", "date": "1998-06-04"}\n')
    child.stdin.flush()
    child.stdout.readline()  # one answer: it is inside the loop now  # type: ignore[union-attr]
    time.sleep(0.2)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=30)
    assert child.returncode == 130, err.decode(errors="replace")
    assert b"Traceback" not in err


def test_verbose_says_more_on_stderr_and_the_log_file_is_private(capsys):
    path = app_logging.configure_logging(verbose=True)
    logging.getLogger("timeline.test").info("loading 3 articles")
    assert "loading 3 articles" in capsys.readouterr().err
    assert path == app_logging.log_dir() / "timeline.log"
    assert "loading 3 articles" in path.read_text(encoding="utf-8")
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    app_logging.configure_logging()
    logging.getLogger("timeline.test").info("quiet now")
    assert "quiet now" not in capsys.readouterr().err
