"""Logging for the window and the command line: stderr by verbosity, a rotating log file.

The log file lives in the state folder (timeline/store/config_location.py), readable by the
user only, because messages can quote article text. Everything from INFO up goes to the
file (DEBUG with --debug), so a crash report can point at it; stderr shows warnings, or
more with --verbose / --debug.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from timeline.store.config_location import log_dir

LOG_FILE_NAME = "timeline.log"
LOG_FILE_BYTES = 1_000_000
LOG_FILE_BACKUPS = 3
FILE_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
STDERR_FORMAT = "timeline: %(levelname)s: %(message)s"

# `log.error(..., extra=FILE_ONLY)`: for the log file alone, when the caller tells the user
# itself (the command line prints one line; the traceback is for the file).
FILE_ONLY = {"file_only": True}

_state: dict[str, Path | None] = {"log_file": None}


def log_file() -> Path | None:
    """The file this process logs to, or None when it could not be opened (or not set up)."""
    return _state["log_file"]


def configure_logging(*, verbose: bool = False, debug: bool = False, to_file: bool = True) -> Path | None:
    """Set up the root logger once per process; returns the log file (None without one)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_timeline", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if debug else logging.INFO)

    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter(STDERR_FORMAT))
    console.addFilter(lambda record: not getattr(record, "file_only", False))
    _mark(console)
    root.addHandler(console)

    _state["log_file"] = None
    if to_file:
        _state["log_file"] = _add_file_handler(root)
    # Libraries chatter at INFO (trafilatura, htmldate); their warnings are still wanted.
    for noisy in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if debug else logging.WARNING)
    return _state["log_file"]


def _add_file_handler(root: logging.Logger) -> Path | None:
    path = log_dir() / LOG_FILE_NAME
    try:
        if not path.exists():
            # Made private before the first line is written: logs can quote articles.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_BACKUPS, encoding="utf-8", delay=False
        )
    except OSError as error:
        logging.getLogger(__name__).warning("no log file (%s): %s", path, error)
        return None
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    _mark(handler)
    root.addHandler(handler)
    return path


def _mark(handler: logging.Handler) -> None:
    handler._timeline = True  # type: ignore[attr-defined]  # ours, to replace on reconfiguring
