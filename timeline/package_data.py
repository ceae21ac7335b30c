"""Finds the files Timeline ships: fonts and icons (resources/) and the demo corpus (seeds/).

The repository keeps them at its top level; the build maps them into the package
(pyproject.toml: hatchling's force-include puts them at timeline/resources and
timeline/seeds in the wheel), so an installed copy finds them through importlib.resources.
A source checkout or an editable install finds them beside the package instead, and the
one-folder bundle puts them beside the package too (packaging/bundle_contents.py).
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

RESOURCES = "resources"
SEEDS = "seeds"


class PackageDataMissing(FileNotFoundError):
    """A shipped folder is not where any kind of install puts it: a broken installation."""


def resources_dir() -> Path:
    return shipped_folder(RESOURCES)


def seeds_dir() -> Path:
    """The demo corpus."""
    return shipped_folder(SEEDS)


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icon_file() -> Path:
    return resources_dir() / "icons" / "timeline.svg"


def shipped_folder(name: str) -> Path:
    """The first of: inside the package (wheel), beside the package (source tree, bundle)."""
    candidates = [folder / name for folder in _data_homes()]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise PackageDataMissing(f"{name}/ is not installed (looked in {looked})")


def _data_homes() -> tuple[Path, ...]:
    found = resources.files("timeline")
    # Qt and the file readers need real paths. Every way Timeline is installed unpacks it
    # onto the disk (no zip imports); a loader that answers with another kind of Traversable
    # (a frozen importer) still has the package's folder beside this module.
    package = found if isinstance(found, Path) else Path(__file__).resolve().parent
    # Beside the package only in a checkout or a bundle: in site-packages a folder named
    # resources/ would belong to some other project.
    beside = package.parent
    if (beside / "pyproject.toml").is_file() or getattr(sys, "frozen", False):
        return (package, beside)
    return (package,)
