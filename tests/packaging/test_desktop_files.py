"""The Linux menu entry and AppStream metadata: valid, consistent with each other and the app."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import timeline

APP_ID = "io.github.timeline.Timeline"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def desktop_path(packaging_dir: Path) -> Path:
    return packaging_dir / "linux" / f"{APP_ID}.desktop"


@pytest.fixture(scope="module")
def metainfo_path(packaging_dir: Path) -> Path:
    return packaging_dir / "linux" / f"{APP_ID}.metainfo.xml"


def read_desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry_launches_the_app_with_its_icon(desktop_path):
    entry = read_desktop_entry(desktop_path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Timeline"
    assert entry["Comment"]
    # %f: a double-click opens one project; the bundle's launcher is called `timeline`.
    assert entry["Exec"].split() == ["timeline", "%f"]
    assert entry["Icon"] == APP_ID
    assert entry["Categories"].endswith(";")
    assert entry["Terminal"] == "false"


@pytest.fixture(scope="module")
def mime_path(packaging_dir: Path) -> Path:
    return packaging_dir / "linux" / f"{APP_ID}.mime.xml"


MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_the_entry_claims_only_timeline_projects_whose_type_is_defined(desktop_path, mime_path):
    """Not text/plain or PDF: Timeline must not appear in "Open with" for every text file."""
    from timeline.store import PROJECT_SUFFIX

    claimed = [t for t in read_desktop_entry(desktop_path)["MimeType"].split(";") if t]
    [mime_type] = ET.parse(mime_path).getroot().findall(f"{MIME_NS}mime-type")
    assert claimed == [mime_type.get("type")]
    globs = [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")]
    assert globs == [f"*{PROJECT_SUFFIX}"]
    assert mime_type.findtext(f"{MIME_NS}comment")


def test_metainfo_has_a_homepage_and_a_screenshot_from_the_repository(metainfo_path, repo_root):
    root = ET.parse(metainfo_path).getroot()
    homepage = root.find("url[@type='homepage']")
    assert homepage is not None and homepage.text.startswith("https://")
    images = root.findall("screenshots/screenshot/image")
    assert images and all(image.text.startswith("https://") for image in images)
    for image in images:
        local = repo_root / image.text.split("/main/", 1)[1]
        assert local.is_file(), f"{image.text} names no file of the repository"
        width, height = __import__("struct").unpack(">II", local.read_bytes()[16:24])
        assert (image.get("width"), image.get("height")) == (str(width), str(height))
    assert [m.text for m in root.iterfind("provides/mediatype")] == ["application/x-timeline-project"]


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database not installed (Debian: apt-get install shared-mime-info)")
def test_the_mime_type_compiles_and_matches_project_files(tmp_path, mime_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(mime_path, packages / f"{APP_ID}.xml")
    result = subprocess.run(["update-mime-database", str(tmp_path / "mime")], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert "application/x-timeline-project:*.timeline" in (tmp_path / "mime" / "globs2").read_text()


def test_desktop_file_name_matches_what_the_app_announces(desktop_path, repo_root):
    """Wayland shells match a window to its menu entry by this name."""
    source = (repo_root / "timeline" / "ui" / "application.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{desktop_path.stem}")' in source


def test_metainfo_describes_this_release(metainfo_path, desktop_path):
    root = ET.parse(metainfo_path).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("name") == read_desktop_entry(desktop_path)["Name"]
    assert root.findtext("summary")
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == desktop_path.name
    assert root.find("content_rating") is not None
    assert [c.text for c in root.iterfind("categories/category")]
    releases = root.findall("releases/release")
    assert releases, "a release entry is needed for software centres"
    assert releases[0].get("version") == timeline.__version__, (
        "the newest <release> must name timeline.__version__; add one when bumping the version"
    )
    assert releases[0].get("date")


def test_project_licence_matches_pyproject(metainfo_path, repo_root):
    import tomllib

    pyproject = tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))
    declared = pyproject["project"]["license"]["text"]
    assert ET.parse(metainfo_path).getroot().findtext("project_license") == declared


def test_app_icon_exists_at_every_size(repo_root, make_icons):
    icons = repo_root / "resources" / "icons"
    assert (icons / "timeline.svg").is_file()
    for size in PNG_SIZES:
        png = make_icons.hicolor_path(icons, size)
        assert png.is_file(), f"missing {size} px icon"
        assert make_icons.png_size(png.read_bytes()) == (size, size)


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate not installed (Debian: apt-get install desktop-file-utils)",
)
def test_desktop_file_passes_desktop_file_validate(desktop_path):
    result = subprocess.run(["desktop-file-validate", str(desktop_path)], capture_output=True, text=True, check=False)
    # It prints hints and errors alike and exits 0 on hints only: any output is worth reading.
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli not installed (Debian: apt-get install appstream)",
)
def test_metainfo_passes_appstreamcli_validate(metainfo_path):
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--no-color", str(metainfo_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert problems == []


def make_fake_bundle(folder: Path, repo_root: Path) -> Path:
    """What the installer needs from a built bundle: the launcher and the icons under _internal."""
    folder.mkdir()
    launcher = folder / "timeline"
    launcher.write_text("#!/bin/sh\necho timeline\n", encoding="utf-8")
    launcher.chmod(launcher.stat().st_mode | stat.S_IXUSR)
    shutil.copytree(repo_root / "resources" / "icons", folder / "_internal" / "resources" / "icons")
    return folder


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_install_script_puts_menu_entry_icons_and_metadata_under_prefix(tmp_path, repo_root, packaging_dir):
    bundle = make_fake_bundle(tmp_path / "bundle", repo_root)
    prefix = tmp_path / "prefix"
    result = subprocess.run(
        ["sh", str(packaging_dir / "linux" / "install.sh"), str(bundle)],
        env={**os.environ, "PREFIX": str(prefix), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    share = prefix / "share"
    assert (prefix / "bin" / "timeline").resolve() == prefix / "lib" / "timeline" / "timeline"
    installed = read_desktop_entry(share / "applications" / f"{APP_ID}.desktop")
    # Menus do not search ~/.local/bin, so the entry names the installed launcher in full.
    assert installed["Exec"] == f"{prefix}/bin/timeline %f"
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    for size in PNG_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_install_script_refuses_a_missing_bundle(tmp_path, packaging_dir):
    result = subprocess.run(
        ["sh", str(packaging_dir / "linux" / "install.sh"), str(tmp_path / "nowhere")],
        env={**os.environ, "PREFIX": str(tmp_path / "prefix")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "./dev bundle" in result.stderr
    assert not (tmp_path / "prefix").exists()


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_uninstall_removes_exactly_what_install_put_there(tmp_path, repo_root, packaging_dir):
    bundle = make_fake_bundle(tmp_path / "bundle", repo_root)
    prefix = tmp_path / "prefix"
    env = {**os.environ, "PREFIX": str(prefix), "HOME": str(tmp_path)}
    someone_elses = prefix / "share" / "applications" / "other.desktop"
    someone_elses.parent.mkdir(parents=True)
    someone_elses.write_text("[Desktop Entry]\n", encoding="utf-8")

    def run(script: str) -> subprocess.CompletedProcess:
        return subprocess.run(["sh", str(packaging_dir / "linux" / script), str(bundle)],
                              env=env, capture_output=True, text=True, check=False)

    assert run("install.sh").returncode == 0
    result = run("uninstall.sh")
    assert result.returncode == 0, result.stderr
    # Only the caches the desktop tools regenerate may remain, and the other program's entry.
    left = sorted(
        str(p.relative_to(prefix)) for p in prefix.rglob("*")
        if p.is_file() and (APP_ID in p.name or p.parent.name in ("bin", "lib"))
    )
    assert left == []
    assert not (prefix / "lib" / "timeline").exists()
    assert someone_elses.is_file()
    assert run("uninstall.sh").returncode == 1  # nothing left to remove, and it says so
