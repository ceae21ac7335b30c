"""Reading dependency licences from package metadata: the walk, the markers, the fields."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from email.message import Message

import pytest

from timeline import dependency_licences as licences
from timeline.dependency_licences import (
    NOT_STATED,
    collect_licences,
    evaluate_marker,
    licence_of,
    licence_texts,
    normalise,
    parse_requirement,
    wanted,
)

# A pinned environment: marker tests must not depend on the machine running them.
LINUX_311 = {
    "python_version": "3.11",
    "python_full_version": "3.11.4",
    "sys_platform": "linux",
    "platform_system": "Linux",
    "os_name": "posix",
    "extra": "",
}


def fields(**values: object) -> Message:
    message = Message()
    for key, value in values.items():
        for item in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = str(item)
    return message


def test_spdx_expression_wins_over_older_fields():
    message = fields(
        License_Expression="Apache-2.0 OR MIT", License="BSD", Classifier=["License :: OSI Approved :: BSD License"]
    )
    assert licence_of(message) == "Apache-2.0 OR MIT"


def test_short_license_field_is_used_as_is():
    assert licence_of(fields(License="BSD-3-Clause")) == "BSD-3-Clause"


def test_full_licence_text_in_the_field_gives_way_to_classifiers():
    text = "Copyright (c) someone\n\nPermission is hereby granted, free of charge, ..."
    message = fields(
        License=text,
        Classifier=[
            "Programming Language :: Python",
            "License :: OSI Approved :: MIT License",
        ],
    )
    assert licence_of(message) == "MIT License"


def test_several_licence_classifiers_are_all_named():
    message = fields(
        Classifier=[
            "License :: OSI Approved :: Apache Software License",
            "License :: OSI Approved :: GNU General Public License v2 (GPLv2)",
        ]
    )
    assert licence_of(message) == ("Apache Software License; GNU General Public License v2 (GPLv2)")


def test_only_a_long_text_is_shortened_to_its_first_line():
    message = fields(License="The Frobnitz Licence\nYou may do what you like.")
    assert licence_of(message) == "The Frobnitz Licence…"


def test_no_licence_information_says_so():
    assert licence_of(fields(Name="quiet")) == NOT_STATED
    assert licence_of(fields(License="UNKNOWN")) == NOT_STATED


def test_requirement_lines_are_split_into_name_extras_and_marker():
    requirement = parse_requirement("lxml[html_clean, CSSSelect] >=4.4.2 ; python_version<'3.12'")
    assert requirement is not None
    assert requirement.name == "lxml"
    assert requirement.extras == {"html-clean", "cssselect"}
    assert requirement.marker == "python_version<'3.12'"
    assert parse_requirement("Charset_Normalizer>=3").name == "charset-normalizer"
    assert parse_requirement("   ") is None


@pytest.mark.parametrize(
    ("marker", "expected"),
    [
        # Version order, not string order: "3.11" < "3.9" as text.
        ('python_version >= "3.9"', True),
        ('python_version < "3.9"', False),
        ('python_full_version ~= "3.11.0"', True),
        ('python_full_version ~= "3.10.0"', False),
        ('python_version == "3.*"', True),
        ('python_version != "3.11"', False),
        ('platform_system == "Windows"', False),
        ('sys_platform == "win32" or os_name == "posix"', True),
        # `and` binds tighter than `or`.
        ('os_name == "nt" and python_version < "3.9" or sys_platform == "linux"', True),
        ('os_name == "nt" and (python_version < "3.9" or sys_platform == "linux")', False),
        ('"lin" in sys_platform', True),
        ('"win" not in sys_platform', True),
        ("extra == 'dev'", False),
    ],
)
def test_markers_evaluate_against_the_given_environment(marker, expected):
    assert evaluate_marker(marker, LINUX_311) is expected


@pytest.mark.parametrize("marker", ["python_version >=", '(os_name == "nt"', 'os_name "nt"'])
def test_malformed_markers_are_rejected(marker):
    with pytest.raises(ValueError):
        evaluate_marker(marker, LINUX_311)


def test_extras_only_requirements_count_when_their_extra_is_asked_for():
    requirement = parse_requirement('lxml_html_clean; extra == "html-clean"')
    assert not wanted(requirement, frozenset(), LINUX_311)
    assert wanted(requirement, frozenset({normalise("html_clean")}), LINUX_311)


def test_a_marker_the_evaluator_cannot_read_counts_as_applying():
    requirement = parse_requirement('thing; some_future_variable == "x"')
    assert wanted(requirement, frozenset(), LINUX_311)


@dataclass
class FakeDistribution:
    name: str
    requires: list[str] = field(default_factory=list)
    licence: str = "MIT"
    version: str = "1.0"

    @property
    def metadata(self) -> Message:
        return fields(Name=self.name, License=self.licence)


def test_the_walk_follows_requirements_extras_and_cycles(monkeypatch):
    graph = {
        "alpha": FakeDistribution("Alpha", ["beta", 'gamma; extra == "fast"', "delta[fast]"]),
        "beta": FakeDistribution("beta", ["alpha", 'windows-only; sys_platform == "win32"']),
        "gamma": FakeDistribution("gamma"),
        "delta": FakeDistribution("delta", ['epsilon; extra == "fast"', 'zeta; extra == "slow"']),
        "epsilon": FakeDistribution("epsilon", licence="BSD-3-Clause"),
        "zeta": FakeDistribution("zeta"),
        "windows-only": FakeDistribution("windows-only"),
    }
    monkeypatch.setattr(licences, "_distribution", lambda name: graph.get(normalise(name)))
    monkeypatch.setattr(licences, "marker_environment", lambda: dict(LINUX_311))

    found = {item.name: item for item in collect_licences(["alpha", "not-installed"])}

    assert list(found) == ["Alpha", "beta", "delta", "epsilon"]
    assert found["Alpha"].required_by == ("beta", "timeline")
    assert found["epsilon"].required_by == ("delta",)
    assert found["epsilon"].licence == "BSD-3-Clause"


def test_direct_dependencies_list_matches_pyproject(repo_root):
    pyproject = tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))
    # A package may be listed twice with different markers (a cap for one Python only).
    declared = list(dict.fromkeys(parse_requirement(line).name for line in pyproject["project"]["dependencies"]))
    assert [normalise(name) for name in licences.DIRECT_DEPENDENCIES] == declared
    assert pyproject["project"]["license"]["text"] == licences.APP_LICENCE


def test_installed_runtime_dependencies_and_what_they_pull_in_are_listed():
    found = {normalise(item.name): item for item in collect_licences()}
    for name in licences.DIRECT_DEPENDENCIES:
        assert normalise(name) in found, name
        assert "timeline" in found[normalise(name)].required_by
    # Transitive: Qt's binding library comes with PySide6, not from pyproject.toml.
    assert "pyside6-essentials" in [normalise(p) for p in found["shiboken6"].required_by]
    # Development tools are extras, never part of what ships.
    assert not {"pytest", "ruff", "pyinstaller", "hypothesis"} & set(found)
    assert all(item.licence and item.version for item in found.values())
    names = [item.name.lower() for item in collect_licences()]
    assert names == sorted(names)


def test_licence_files_are_read_from_metadata():
    from importlib import metadata

    with_files = [
        item.name for item in collect_licences() if metadata.distribution(item.name).metadata.get_all("License-File")
    ]
    assert with_files, "expected at least one dependency to declare a licence file"
    texts = licence_texts(with_files[0])
    declared = metadata.distribution(with_files[0]).metadata.get_all("License-File")
    assert texts
    assert {name for name, _ in texts} <= set(declared)
    assert all(text.strip() for _, text in texts)
    assert licence_texts("no-such-package-anywhere") == []
