"""The declared dependency ranges, the lock that `sh dev` installs and the lowest set agree.

`sh dev lowest` installs requirements/lowest.txt and runs the self-test and the reading and
export tests on it; these checks make sure that set really is the declared minimums, and
that the lock was refreshed (`sh dev lock`) whenever pyproject.toml's ranges moved.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version


def pins(path: Path) -> dict[str, list[tuple[Version, Requirement]]]:
    """name → the versions pinned in a uv-compiled requirements file, with their markers."""
    found: dict[str, list[tuple[Version, Requirement]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        requirement = Requirement(line)
        (spec,) = requirement.specifier
        assert spec.operator == "==", line
        found.setdefault(canonicalize_name(requirement.name), []).append((Version(spec.version), requirement))
    return found


@pytest.fixture(scope="module")
def project(repo_root) -> dict:
    return tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def declared(project: dict, *, extras: bool) -> list[Requirement]:
    lines = list(project["dependencies"])
    if extras:
        for group in project["optional-dependencies"].values():
            lines += group
    return [Requirement(line) for line in lines]


def lowest_bound(requirement: Requirement) -> Version:
    bounds = [Version(s.version) for s in requirement.specifier if s.operator == ">="]
    assert bounds, f"{requirement} declares no lower bound"
    return max(bounds)


@pytest.mark.parametrize("python", ["3.11", "3.12", "3.13"])
def test_the_lock_satisfies_every_declared_range(project, repo_root, python):
    environment = {**default_environment(), "python_version": python, "python_full_version": f"{python}.0"}
    locked = pins(repo_root / "requirements" / "lock.txt")
    for requirement in declared(project, extras=True):
        if requirement.marker is not None and not requirement.marker.evaluate(environment):
            continue
        name = canonicalize_name(requirement.name)
        versions = [
            version for version, pin in locked.get(name, [])
            if pin.marker is None or pin.marker.evaluate(environment)
        ]
        assert versions, f"{name} is not in requirements/lock.txt for Python {python}: run sh dev lock"
        assert all(requirement.specifier.contains(v) for v in versions), (
            f"the lock pins {name} {versions}, outside {requirement.specifier}: run sh dev lock")


def test_the_lowest_set_is_the_declared_minimums(project, repo_root):
    """Each direct dependency at exactly its declared lower bound (Python 3.11), so the
    bounds that `sh dev lowest` tests are the ones users are promised."""
    environment = {**default_environment(), "python_version": "3.11", "python_full_version": "3.11.7"}
    lowest = pins(repo_root / "requirements" / "lowest.txt")
    for requirement in declared(project, extras=False):
        if requirement.marker is not None and not requirement.marker.evaluate(environment):
            continue
        name = canonicalize_name(requirement.name)
        ((version, _pin),) = lowest[name]
        assert version == lowest_bound(requirement), (
            f"{name}: the lowest installable is {version}, the declared bound {lowest_bound(requirement)}")


def test_the_python_3_11_cap_on_pyside6_is_for_3_11_only(project):
    """6.12.0 aborts on CPython 3.11 (docs/dependencies.md); 3.12 and later take it."""
    pyside = [r for r in declared(project, extras=False) if canonicalize_name(r.name) == "pyside6-essentials"]
    for python, capped in (("3.11", True), ("3.12", False), ("3.13", False)):
        environment = {**default_environment(), "python_version": python}
        (applies,) = [r for r in pyside if r.marker is None or r.marker.evaluate(environment)]
        assert applies.specifier.contains("6.12.0") is not capped
