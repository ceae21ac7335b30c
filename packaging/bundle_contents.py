"""What goes into the one-folder bundle: the data to add, and which collected files to drop.

packaging/timeline.spec imports this; it is plain Python so tests can check the choices
without running PyInstaller. PyInstaller's hooks collect every plugin, translation and data
file a library might need; the app needs far fewer, and each one dropped here is named with
the reason it is not needed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath

REPO_ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "timeline"
APP_ID = "io.github.timeline.Timeline"
ENTRY_SCRIPT = "packaging/launch_timeline.py"
WINDOWS_ICON = "resources/icons/timeline.ico"
MACOS_ICON = "resources/icons/timeline.icns"

# (source in the repository, folder in the bundle). Beside the `timeline` package, which is
# where timeline.analysis.seeds_folder() and timeline.ui.application.resources_folder() look.
DATA_FOLDERS: tuple[tuple[str, str], ...] = (
    ("resources", "resources"),
    ("seeds", "seeds"),
)

# Packages whose non-Python files are needed at run time and that have no PyInstaller hook
# collecting them: the rule tables (timeline), settings.cfg (trafilatura, read at import),
# the stop-word lists (justext), the public-suffix list (tld, used by courlan).
PACKAGES_WITH_DATA: tuple[str, ...] = ("timeline", "trafilatura", "justext", "tld", "courlan")

# Modules the import graph reaches but the app never runs.
EXCLUDED_MODULES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "test",
    "unittest",
    "pydoc_data",
    "lib2to3",
    "idlelib",
    "setuptools",
    "pkg_resources",
    "pip",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    # Debugging and documentation tools, reached only through pytz's and lxml's doctests;
    # leaving them out also leaves out readline and the terminal libraries.
    "pdb",
    "doctest",
    "pydoc",
    # Qt modules outside what the app imports (QtCore, QtGui, QtWidgets, QtSvg, QtPrintSupport).
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtDBus",
    "PySide6.QtSvgWidgets",
    "PySide6.QtStateMachine",
)

# Qt plugins kept, by plugin folder; None keeps the whole folder. A folder not listed is
# dropped entirely. Names are file names without lib/q prefix and suffix (see plugin_name).
QT_PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    # xcb: a window on X11 (and XWayland, which every Wayland desktop runs); offscreen:
    # --self-test and headless export; windows and cocoa for the other platforms' builds.
    # Not wayland: its client libraries and four plugin folders cost more than XWayland does.
    "platforms": frozenset({"xcb", "offscreen", "windows", "cocoa"}),
    "xcbglintegrations": None,  # xcb probes these at start; small, no extra Qt libraries
    # SVG for the icon and export previews, ICO for the Windows window icon. No JPEG, GIF,
    # TIFF, WebP: the app never reads pictures; qpdf would pull in the 10 MB QtPdf library.
    "imageformats": frozenset({"svg", "ico"}),
    "iconengines": frozenset({"svgicon"}),
    # Printers through the system's CUPS (its library is the system's, see SYSTEM_LIBRARIES).
    "printsupport": None,
    # Dead keys and compose sequences, and IBus for CJK input; not the virtual keyboard,
    # which needs QtQuick and QtQml.
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    "styles": None,  # Windows and macOS native styles (none exist on Linux)
}

# Babel (courlan's language filter) loads locale data only for the languages it is asked
# about; Timeline asks for none, but keeps English and the root locale in case it is.
BABEL_LOCALES_KEPT = re.compile(r"^(root|en|en_[A-Z]{2})\.dat$")

# System libraries PyInstaller would copy in because a kept plugin links them, but which
# must come from the system: libcups (and what it drags in) talks to the local print
# service, whose protocol version is the system's business.
SYSTEM_LIBRARIES = re.compile(
    r"^lib(cups|gnutls|avahi-(common|client)|gssapi_krb5|krb5|k5crypto|krb5support"
    r"|keyutils|nettle|hogweed|gmp|p11-kit|tasn1|idn2|unistring|com_err|ffi)\.so"
)

# Qt libraries that only the dropped plugins link (PyInstaller has already followed those
# links by the time the spec filters): Wayland, EGLFS, QtPdf (the qpdf image plugin),
# QtQuick/QtQml/QtNetwork/QtOpenGL (the virtual keyboard).
QT_LIBRARIES_DROPPED = re.compile(
    r"(?:^|/)(?:lib)?Qt6(Wayland|WlShell|EglFs|EglFS|Pdf|Quick|Qml|OpenGL|Network"
    r"|VirtualKeyboard)[^/]*$"
)

_QT_PLUGIN = re.compile(r"(?:^|/)PySide6/(?:Qt/)?plugins/([^/]+)/([^/]+)$")
_QT_TRANSLATION = re.compile(r"(?:^|/)PySide6/(?:Qt/)?translations/")
_BABEL_LOCALE = re.compile(r"(?:^|/)babel/locale-data/([^/]+)$")


def plugin_name(file_name: str) -> str:
    """'libqxcb.so' → 'xcb', 'qsvgicon.dll' → 'svgicon', 'libqcocoa.dylib' → 'cocoa'."""
    stem = file_name.split(".")[0].removeprefix("lib")
    return stem.removeprefix("q")


def drop_reason(destination: str) -> str | None:
    """Why a collected file stays out of the bundle, or None to keep it.

    `destination` is its path inside the bundle, as PyInstaller's TOC lists it.
    """
    path = destination.replace("\\", "/")
    if _QT_TRANSLATION.search(path):
        return "Qt's own translations: the app's text is English only"
    plugin = _QT_PLUGIN.search(path)
    if plugin is not None:
        folder, file_name = plugin.groups()
        if folder not in QT_PLUGINS_KEPT:
            return f"Qt plugin folder {folder} is not used"
        kept = QT_PLUGINS_KEPT[folder]
        if kept is not None and plugin_name(file_name) not in kept:
            return f"Qt {folder} plugins the app does not use"
        return None
    if QT_LIBRARIES_DROPPED.search(path):
        return "a Qt library only the dropped plugins use"
    locale = _BABEL_LOCALE.search(path)
    if locale is not None and not BABEL_LOCALES_KEPT.match(locale.group(1)):
        return "Babel locale data for a language the app never asks about"
    if "/" not in path and SYSTEM_LIBRARIES.match(path):
        return "a system library: must match the machine's own service"
    return None


def keep_entry(entry: tuple[str, ...]) -> bool:
    """A PyInstaller TOC entry (destination, source, type) that belongs in the bundle."""
    return drop_reason(entry[0]) is None


TocEntry = tuple[str, str, str]  # PyInstaller's (destination in bundle, source path, type)


def is_shared_library(destination: str) -> bool:
    """A library other binaries link (rather than a plugin or Python extension that is
    loaded by name): top-level libraries PyInstaller copied in, and Qt's own lib folder."""
    path = PurePosixPath(destination.replace("\\", "/"))
    if path.name.startswith(("libpython", "python")):
        return False  # the bootloader loads it by name
    top_level = len(path.parts) == 1 and (
        (path.name.startswith("lib") and ".so" in path.name) or path.suffix.lower() in (".dll", ".dylib")
    )
    qt_library = str(path.parent) in ("PySide6/Qt/lib", "PySide6") and path.name.startswith(
        ("libQt6", "Qt6", "libicu", "icu")
    )
    return top_level or qt_library


def orphaned_libraries(binaries: Sequence[TocEntry], linked_names: Callable[[str], Iterable[str]]) -> set[str]:
    """Destinations of shared libraries that no kept binary links, directly or through
    another library: what dropped plugins had pulled in.

    `linked_names(source_path)` gives the file names a binary links (PyInstaller's
    bindepend.get_imports in the spec; a table in the tests).
    """
    by_name = {PurePosixPath(dest.replace("\\", "/")).name: (dest, source) for dest, source, _ in binaries}
    libraries = {dest for dest, _, _ in binaries if is_shared_library(dest)}
    pending = [source for dest, source, _ in binaries if dest not in libraries]
    reached: set[str] = set()
    while pending:
        for name in linked_names(pending.pop()):
            found = by_name.get(PurePosixPath(name).name)
            if found is not None and found[0] not in reached:
                reached.add(found[0])
                pending.append(found[1])
    return libraries - reached
