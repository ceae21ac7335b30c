"""The PyInstaller spec and its choices: it parses, names files that exist, and drops only
what nothing kept needs. Building the bundle takes minutes, so no test builds it: see
packaging/README.md for the command that builds it and runs its --self-test."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PYSIDE6 = Path(importlib.util.find_spec("PySide6").origin).parent
QT_PLUGINS = PYSIDE6 / "Qt" / "plugins"


def test_spec_is_python_that_uses_the_shared_choices(packaging_dir, contents):
    source = (packaging_dir / "timeline.spec").read_text(encoding="utf-8")
    ast.parse(source)
    for name in (
        "DATA_FOLDERS",
        "PACKAGES_WITH_DATA",
        "EXCLUDED_MODULES",
        "keep_entry",
        "ENTRY_SCRIPT",
        "collect_licences",
        "copy_metadata",
    ):
        assert name in source, f"the spec no longer uses {name}"


def test_every_path_the_spec_names_exists(repo_root, contents):
    for relative in (contents.ENTRY_SCRIPT, contents.WINDOWS_ICON, contents.MACOS_ICON):
        assert (repo_root / relative).is_file(), relative
    for source, _ in contents.DATA_FOLDERS:
        assert (repo_root / source).is_dir(), source
    linux = repo_root / "packaging" / "linux"
    for name in ("install.sh", "uninstall.sh", f"{contents.APP_ID}.desktop", f"{contents.APP_ID}.metainfo.xml",
                 f"{contents.APP_ID}.mime.xml"):
        assert (linux / name).is_file(), name


def test_packages_named_for_data_are_installed(contents):
    for package in contents.PACKAGES_WITH_DATA:
        assert importlib.util.find_spec(package) is not None, package


def test_data_folders_land_where_the_app_looks_for_them(contents):
    """seeds_folder() and resources_folder() look beside the `timeline` package, which a
    bundle puts at its top level: so the data folders must sit at the top level too."""
    assert dict(contents.DATA_FOLDERS) == {"resources": "resources", "seeds": "seeds"}


def test_the_app_imports_no_excluded_module(repo_root, contents):
    imported = set()
    for path in (repo_root / "timeline").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    excluded = set(contents.EXCLUDED_MODULES)
    clashes = {m for m in imported if m in excluded or m.split(".")[0] in excluded}
    assert clashes == set()


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\translations\\qtbase_fr.qm", False),
        ("PySide6\\Qt6Pdf.dll", False),
        ("babel/locale-data/en.dat", True),
        ("babel/locale-data/en_GB.dat", True),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/fr.dat", False),
        ("babel/global.dat", True),
        ("libcups.so.2", False),
        ("libxkbcommon.so.0", True),
        ("dateparser/data/date_translation_data/en.py", True),
        ("justext/stoplists/English.txt", True),
        ("seeds/manifest.toml", True),
    ],
)
def test_what_is_dropped_and_what_is_kept(destination, kept, contents):
    assert (contents.drop_reason(destination) is None) is kept, contents.drop_reason(destination)


@pytest.mark.skipif(not QT_PLUGINS.is_dir(), reason="this PySide6 has no Qt/plugins folder")
def test_kept_plugin_names_exist_in_this_qt(contents):
    """A typo in QT_PLUGINS_KEPT would silently drop a plugin the app needs."""
    platform_specific = {"windows", "cocoa"}
    for folder, names in contents.QT_PLUGINS_KEPT.items():
        if names is None or not (QT_PLUGINS / folder).is_dir():
            continue
        present = {contents.plugin_name(p.name) for p in (QT_PLUGINS / folder).iterdir()}
        assert names - platform_specific <= present, (folder, names - present)


def linked_qt_libraries(path: Path) -> set[str]:
    result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
    return set(re.findall(r"(libQt6\w+\.so[.\d]*)", result.stdout))


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None,
    reason="reads ELF dependencies with ldd (Linux)",
)
def test_nothing_kept_links_a_dropped_qt_library(contents):
    kept_binaries = [
        path
        for path in QT_PLUGINS.rglob("*.so")
        if contents.drop_reason(f"PySide6/Qt/plugins/{path.parent.name}/{path.name}") is None
    ]
    kept_binaries += [PYSIDE6 / f"Qt{m}.abi3.so" for m in ("Core", "Gui", "Widgets", "Svg", "PrintSupport")]
    assert len(kept_binaries) > 8
    for binary in kept_binaries:
        for library in linked_qt_libraries(binary):
            assert contents.drop_reason(f"PySide6/Qt/lib/{library}") is None, (binary, library)


def test_libraries_only_dropped_plugins_linked_are_found(contents):
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libxcb.so.1", "/usr/lib/libxcb.so.1", "BINARY"),
        ("libpango-1.0.so.0", "/usr/lib/libpango-1.0.so.0", "BINARY"),  # was for qgtk3
        ("libharfbuzz.so.0", "/usr/lib/libharfbuzz.so.0", "BINARY"),  # only pango's
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6", "libQt6Core.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6", "libc.so.6"],
        "/src/libqxcb.so": ["/usr/lib/libxcb-cursor.so.0"],
        "/usr/lib/libxcb-cursor.so.0": ["libxcb.so.1"],
        "/usr/lib/libpango-1.0.so.0": ["libharfbuzz.so.0"],
    }
    orphans = contents.orphaned_libraries(binaries, lambda source: links.get(source, []))
    assert orphans == {"libpango-1.0.so.0", "libharfbuzz.so.0"}
