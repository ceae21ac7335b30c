"""The shipped folders are found the same way from a checkout, a wheel or a bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline import package_data


def test_a_checkout_finds_the_top_level_folders(repo_root):
    assert package_data.resources_dir() == repo_root / "resources"
    assert package_data.seeds_dir() == repo_root / "seeds"
    assert (package_data.fonts_dir() / "DejaVuSans.ttf").is_file()
    assert package_data.icon_file().is_file()


def test_an_installed_package_finds_them_inside_itself(tmp_path, monkeypatch):
    site = tmp_path / "site-packages"
    (site / "timeline" / "seeds").mkdir(parents=True)
    (site / "resources").mkdir()  # some other project's folder beside the package: not ours
    monkeypatch.setattr(package_data.resources, "files", lambda name: site / name)
    assert package_data.seeds_dir() == site / "timeline" / "seeds"
    with pytest.raises(package_data.PackageDataMissing, match="resources/ is not installed"):
        package_data.resources_dir()


def test_a_frozen_bundle_finds_them_beside_the_package(tmp_path, monkeypatch):
    internal = tmp_path / "_internal"
    (internal / "timeline").mkdir(parents=True)
    (internal / "seeds").mkdir()
    monkeypatch.setattr(package_data.resources, "files", lambda name: internal / name)
    monkeypatch.setattr(package_data.sys, "frozen", True, raising=False)
    assert package_data.seeds_dir() == internal / "seeds"


def test_a_loader_without_folders_falls_back_to_the_modules_own_folder(monkeypatch):
    class NotAPath:
        pass

    monkeypatch.setattr(package_data.resources, "files", lambda name: NotAPath())
    assert package_data.seeds_dir() == Path(package_data.__file__).resolve().parent.parent / "seeds"
