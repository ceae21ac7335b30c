"""One settings home: config, state and data apart, journals private, the platform's folders."""

from __future__ import annotations

import stat

import pytest

from timeline.store import config_location


@pytest.fixture
def xdg_home(monkeypatch, tmp_path):
    monkeypatch.delenv(config_location.CONFIG_DIR_VARIABLE)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return tmp_path


@pytest.mark.skipif(not config_location.sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_linux_follows_the_xdg_folders_with_config_and_state_apart(xdg_home):
    assert config_location.config_dir() == xdg_home / "xdg-config" / "timeline"
    assert config_location.state_dir() == xdg_home / "xdg-state" / "timeline"
    assert config_location.data_dir() == xdg_home / "xdg-data" / "timeline"
    assert config_location.recovery_dir() == xdg_home / "xdg-state" / "timeline" / "recovery"
    assert config_location.log_dir() == xdg_home / "xdg-state" / "timeline" / "log"


def test_the_override_holds_every_folder(private_config_dir):
    assert config_location.config_dir() == private_config_dir
    assert config_location.state_dir().parent == private_config_dir
    assert config_location.data_dir().parent == private_config_dir
    assert config_location.state_dir() != config_location.data_dir()


@pytest.mark.skipif(config_location.os.name != "posix", reason="POSIX permission bits")
def test_journals_and_logs_are_readable_by_the_user_only(private_config_dir):
    for folder in (config_location.recovery_dir(), config_location.log_dir()):
        assert folder.is_dir()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(config_location.os.name != "posix", reason="POSIX permission bits")
def test_a_folder_made_by_an_older_version_is_made_private(private_config_dir):
    loose = config_location.state_dir() / "recovery"
    loose.mkdir(parents=True, mode=0o755)
    loose.chmod(0o755)
    assert stat.S_IMODE(config_location.recovery_dir().stat().st_mode) == 0o700


def test_journals_left_in_the_old_config_folder_are_still_found(private_config_dir):
    legacy = private_config_dir / "recovery"
    legacy.mkdir(parents=True)
    (legacy / "session.journal").write_bytes(b"work")
    moved = config_location.recovery_dir()
    assert (moved / "session.journal").read_bytes() == b"work"
    assert not legacy.exists()
