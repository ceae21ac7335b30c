"""Lists the document files under the given files and folders, in a stable order, with their ids."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.ingest.manifest import is_declaration_file, path_key


@dataclass(frozen=True, slots=True)
class FoundFile:
    path: Path  # as the system spells it: opens even when the name is not valid UTF-8
    article_id: str  # the path relative to the folder given, "/" separators, shown escaped
    root: Path  # the folder given (or the file's own folder for a file given directly)
    is_link: bool = False  # a link met while walking a folder: listed, never followed


def shown_name(text: str) -> str:
    """A file name as text that any screen, terminal or JSON can carry.

    On POSIX a name is bytes; Python keeps bytes that are not UTF-8 as lone surrogates,
    which nothing can print or encode. They are shown as \\xNN escapes instead, and the
    path itself is kept as it was, so the file still opens.
    """
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


# Files the operating system leaves in folders; they are nobody's documents.
SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db"})
# A browser's "save complete page" puts the page's images and scripts in NAME_files beside
# NAME.html (NAME-Dateien in German Firefox); they are part of the page, not documents.
PAGE_RESOURCE_SUFFIXES = ("_files", "-Dateien", "_fichiers", "_archivos", "_arquivos")
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def is_hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")  # ~$: Office lock files


def _page_resource_folders(files: list[str]) -> set[str]:
    stems = [name.rsplit(".", 1)[0] for name in files if name.lower().endswith(PAGE_SUFFIXES)]
    return {stem + suffix for stem in stems for suffix in PAGE_RESOURCE_SUFFIXES}


def _walk(root: Path) -> list[Path]:
    """Every document file below `root`, links to files included (the caller does not read them)."""
    found: list[Path] = []
    # Folder links are not followed: they can loop, and can lead outside what was chosen.
    for folder, subfolders, files in os.walk(root, followlinks=False):
        resources = _page_resource_folders(files)
        subfolders[:] = [
            name for name in subfolders if not is_hidden(name) and name not in resources
        ]
        for name in files:
            if not is_hidden(name) and not is_declaration_file(name) and (
                name.lower() not in SYSTEM_FILES
            ):
                found.append(Path(folder) / name)
    return found


def _sort_key(relative: str) -> tuple[str, ...]:
    return (*(part.casefold() for part in relative.split("/")), relative)


def discover(paths: Sequence[str | Path]) -> list[FoundFile]:
    """Files given directly are kept even if hidden; missing paths give a file that will fail."""
    result: list[FoundFile] = []
    seen_files: set[str] = set()
    seen_ids: set[str] = set()
    for given in paths:
        root = Path(given)
        if root.is_dir():
            relatives = sorted(
                (path.relative_to(root).as_posix() for path in _walk(root)), key=_sort_key
            )
            # A link inside a folder can lead anywhere (a private file, a device): only
            # files the analyst names directly are followed.
            items = [(root / relative, relative, (root / relative).is_symlink()) for relative in relatives]
            owner = root
        else:
            items = [(root, root.name, False)]
            owner = root.parent
        for path, relative, is_link in items:
            article_id = shown_name(relative)
            key = path_key(path)
            if key in seen_files:
                continue
            seen_files.add(key)
            unique = article_id
            if unique in seen_ids:
                # Two folders with a file of the same name: qualify with the folder given.
                unique = f"{shown_name(owner.name)}/{article_id}"
                counter = 2
                while unique in seen_ids:
                    unique = f"{shown_name(owner.name)}/{article_id}#{counter}"
                    counter += 1
            seen_ids.add(unique)
            result.append(FoundFile(path, unique, owner, is_link))
    return result
