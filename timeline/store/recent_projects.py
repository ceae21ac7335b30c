"""The list of recently opened projects, newest first, kept in a small JSON file."""

from __future__ import annotations

import json
import os
from pathlib import Path

from timeline.store.atomic_write import write_bytes_atomically
from timeline.store.config_location import config_dir

RECENT_FILE_NAME = "recent-projects.json"
MAX_RECENT = 10


def recent_file() -> Path:
    return config_dir() / RECENT_FILE_NAME


def load_recent() -> list[Path]:
    """The remembered projects; a missing or garbled list is simply empty (it is only a convenience)."""
    try:
        raw = json.loads(recent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    items = raw.get("projects") if isinstance(raw, dict) else None
    if not isinstance(items, list):
        return []
    return [Path(item) for item in items if isinstance(item, str)][:MAX_RECENT]


def remember_project(path: str | Path) -> list[Path]:
    """Put `path` first in the list; returns the new list. Failing to write it is not an error."""
    entry = Path(os.path.abspath(path))
    projects = [entry, *(p for p in load_recent() if p != entry)][:MAX_RECENT]
    _store(projects)
    return projects


def forget_project(path: str | Path) -> list[Path]:
    entry = Path(os.path.abspath(path))
    projects = [p for p in load_recent() if p != entry]
    _store(projects)
    return projects


def _store(projects: list[Path]) -> None:
    data = json.dumps({"projects": [str(p) for p in projects]}, indent=2).encode("utf-8")
    try:
        recent_file().parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(recent_file(), data)
    except OSError:
        pass  # a read-only config folder must not stop the analyst's work
