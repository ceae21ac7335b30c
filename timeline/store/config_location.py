"""Where Timeline keeps its own files: one home, with settings, data and state apart.

- config: settings the analyst chose (settings.ini, recent projects);
- state: what the program leaves for its next run (autosave journals, the log), private
  to the user because journals hold article text;
- data: nothing yet, kept apart so a later cache never lands among the settings.

The platform's conventions come from platformdirs (XDG folders on Linux, Application
Support on macOS, AppData on Windows); no other module decides a location.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import platformdirs

# Overrides everything: config in this folder, state and data in subfolders of it. The tests
# point it at a temporary folder; a portable install can point it beside the program.
CONFIG_DIR_VARIABLE = "TIMELINE_CONFIG_DIR"

# Linux folders are lower-case by custom (~/.config/timeline); elsewhere the product name.
APP_FOLDER_NAME = "timeline" if sys.platform.startswith("linux") else "Timeline"
PRIVATE_FOLDER_MODE = 0o700


def config_dir() -> Path:
    """Settings and the recent-projects list."""
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override)
    return platformdirs.user_config_path(APP_FOLDER_NAME, appauthor=False)


def state_dir() -> Path:
    """Journals and logs: what one run leaves for the next."""
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override) / "state"
    return platformdirs.user_state_path(APP_FOLDER_NAME, appauthor=False)


def data_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override) / "data"
    return platformdirs.user_data_path(APP_FOLDER_NAME, appauthor=False)


def private_dir(path: Path) -> Path:
    """`path` made if missing and readable by its owner only; returned for chaining.

    Best effort: a folder that cannot be made is reported by whoever writes into it.
    """
    try:
        path.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
        if os.name == "posix":
            path.chmod(PRIVATE_FOLDER_MODE)
    except OSError:
        pass
    return path


def recovery_dir() -> Path:
    """Autosave journals of sessions not yet saved or closed (they hold article text)."""
    folder = state_dir() / "recovery"
    _move_legacy_recovery(folder)
    return private_dir(folder)


def log_dir() -> Path:
    return private_dir(state_dir() / "log")


def _move_legacy_recovery(folder: Path) -> None:
    """Journals that earlier versions kept in the config folder move to the state folder,
    so a crash from before the upgrade is still offered for recovery."""
    legacy = config_dir() / "recovery"
    if legacy == folder or not legacy.is_dir() or folder.exists():
        return
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(legacy), str(folder))
    except OSError:
        pass


def lock_dir() -> Path:
    """Locks of projects open in a window (see store/project_lock.py): what this run holds."""
    return private_dir(state_dir() / "locks")
