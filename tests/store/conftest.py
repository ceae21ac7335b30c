"""Store tests never touch the real config folder: every test gets its own."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def private_config_dir(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv("TIMELINE_CONFIG_DIR", str(folder))
    return folder
