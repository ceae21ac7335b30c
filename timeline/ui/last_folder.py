"""The folder the analyst last opened or saved in, so file dialogs start there next time."""

from __future__ import annotations

from pathlib import Path

from timeline.ui.settings import app_settings

_KEY = "dialogs/last_folder"


def last_folder() -> str:
    folder = app_settings().value(_KEY, "", type=str)  # type=str: QSettings hands back a str
    return folder if isinstance(folder, str) and folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(path: str | Path) -> None:
    """Remember the folder of a chosen file (or the chosen folder itself)."""
    chosen = Path(path)
    app_settings().setValue(_KEY, str(chosen if chosen.is_dir() else chosen.parent))
