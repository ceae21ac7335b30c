"""Test setup shared by the whole suite: headless Qt, and paths to the shipped corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Set before anything imports Qt: the suite never needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_QPA_PLATFORM"] = "offscreen"

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return REPO_ROOT / "seeds"


@pytest.fixture(autouse=True)
def isolated_config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recent projects and autosave journals go to a fresh folder, never the real home."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("TIMELINE_CONFIG_DIR", str(folder))
    return folder
