"""Where Timeline keeps its own small files (recent projects, autosave journals)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

CONFIG_DIR_VARIABLE = "TIMELINE_CONFIG_DIR"  # overrides everything: tests point it at a temp dir


def config_dir() -> Path:
    """TIMELINE_CONFIG_DIR, else the platform's per-user config folder, plus "timeline"."""
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / "Timeline"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Timeline"
    xdg = os.environ.get("XDG_CONFIG_HOME")
    base_dir = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".config"
    return base_dir / "timeline"


def recovery_dir() -> Path:
    """Autosave journals of sessions not yet saved or closed."""
    return config_dir() / "recovery"
