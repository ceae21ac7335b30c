"""The licences of Timeline's runtime dependencies, read from installed package metadata.

Qt-free so it is testable without a display. Reads what is really installed (in a bundle:
the metadata PyInstaller copied in), so the About dialog never drifts from a hand-kept list.
"""

from __future__ import annotations

import os
import platform
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from email.message import Message
from importlib import metadata

APP_DISTRIBUTION = "timeline"
APP_LICENCE = "MIT"  # pyproject.toml's [project] license; a test keeps the two equal

# Used when Timeline itself runs without its own metadata (e.g. from a source checkout that
# was never pip-installed); a test keeps this equal to pyproject.toml's dependencies.
DIRECT_DEPENDENCIES: tuple[str, ...] = (
    "PySide6-Essentials",
    "dateparser",
    "trafilatura",
    "htmldate",
    "lxml_html_clean",
    "pypdf",
    "cryptography",
    "python-docx",
    "charset-normalizer",
    "platformdirs",
    "tqdm",
)

NOT_STATED = "not stated in the package metadata"
LONG_FIELD = 80  # a License field longer than this is the full text pasted in, not a name

_REQUIREMENT_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_MARKER_TOKEN = re.compile(r"""\s*(\(|\)|'[^']*'|"[^"]*"|===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b|and\b|or\b|[a-z_.]+)""")
_VERSION_VARIABLES = frozenset({"python_version", "python_full_version"})
_CLASSIFIER_PREFIXES = ("License :: OSI Approved :: ", "License :: ")


@dataclass(frozen=True, slots=True)
class DependencyLicence:
    """One installed distribution and the licence its metadata declares."""

    name: str
    version: str
    licence: str
    required_by: tuple[str, ...]  # the distributions that pulled it in, or ("timeline",)


@dataclass(frozen=True, slots=True)
class Requirement:
    """The parts of a requirement line the walk needs: who, with which extras, under which."""

    name: str
    extras: frozenset[str]
    marker: str  # PEP 508 environment marker, "" when the requirement always applies


def normalise(name: str) -> str:
    """PEP 503/685 form, so `charset_normalizer`, `Charset-Normalizer` and `charset.normalizer`
    name one distribution (and `html_clean` and `html-clean` one extra)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_requirement(line: str) -> Requirement | None:
    """Name, extras and marker of a PEP 508 line; None for a line that names nothing."""
    spec, _, marker = line.partition(";")
    match = _REQUIREMENT_NAME.match(spec)
    if match is None:
        return None
    extras = frozenset(normalise(e.strip()) for e in (match.group(2) or "").split(",") if e.strip())
    return Requirement(normalise(match.group(1)), extras, marker.strip())


def marker_environment() -> dict[str, str]:
    """The PEP 508 marker variables for the running interpreter."""
    return {
        "python_version": "{}.{}".format(*sys.version_info[:2]),
        "python_full_version": platform.python_version(),
        "sys_platform": sys.platform,
        "platform_system": platform.system(),
        "platform_machine": platform.machine(),
        "platform_release": platform.release(),
        "os_name": os.name,
        "implementation_name": sys.implementation.name,
        "platform_python_implementation": platform.python_implementation(),
    }


def wanted(requirement: Requirement, extras: frozenset[str], environment: dict[str, str]) -> bool:
    """Whether the requirement applies here with these extras asked for.

    A marker this evaluator does not understand counts as applying: the walk then lists the
    distribution only if it is installed, which is what a bundle ships anyway.
    """
    if not requirement.marker:
        return True
    try:
        return any(evaluate_marker(requirement.marker, {**environment, "extra": extra}) for extra in (extras or {""}))
    except ValueError:
        return True


def evaluate_marker(marker: str, environment: dict[str, str]) -> bool:
    """PEP 508 marker evaluation (or/and/parentheses over comparisons); ValueError if malformed."""
    tokens = _marker_tokens(marker)
    position = 0

    def take() -> str:
        nonlocal position
        if position >= len(tokens):
            raise ValueError(f"marker ends early: {marker!r}")
        position += 1
        return tokens[position - 1]

    def peek() -> str | None:
        return tokens[position] if position < len(tokens) else None

    def disjunction() -> bool:
        result = conjunction()
        while peek() == "or":
            take()
            result = conjunction() or result
        return result

    def conjunction() -> bool:
        result = comparison()
        while peek() == "and":
            take()
            result = comparison() and result
        return result

    def comparison() -> bool:
        if peek() == "(":
            take()
            result = disjunction()
            if take() != ")":
                raise ValueError(f"unbalanced parentheses in {marker!r}")
            return result
        left, operator, right = take(), take(), take()
        return _compare(left, " ".join(operator.split()), right, environment)

    result = disjunction()
    if position != len(tokens):
        raise ValueError(f"unexpected {tokens[position]!r} in {marker!r}")
    return result


def _marker_tokens(marker: str) -> list[str]:
    tokens = []
    position = 0
    while position < len(marker.rstrip()):
        match = _MARKER_TOKEN.match(marker, position)
        if match is None:
            raise ValueError(f"cannot read marker {marker!r}")
        tokens.append(match.group(1))
        position = match.end()
    return tokens


def _compare(left: str, operator: str, right: str, environment: dict[str, str]) -> bool:
    variable = left if not _is_literal(left) else right
    left_value, right_value = _value(left, environment), _value(right, environment)
    if variable == "extra":
        left_value, right_value = normalise(left_value), normalise(right_value)
    if operator in ("in", "not in"):
        return (left_value in right_value) == (operator == "in")
    if variable in _VERSION_VARIABLES and operator not in ("===",):
        return _compare_versions(left_value, operator, right_value)
    comparisons: dict[str, Callable[[str, str], bool]] = {
        "==": str.__eq__,
        "===": str.__eq__,
        "!=": str.__ne__,
    }
    if operator not in comparisons:
        raise ValueError(f"cannot order {variable} with {operator}")
    return comparisons[operator](left_value, right_value)


def _is_literal(token: str) -> bool:
    return token[:1] in ("'", '"')


def _value(token: str, environment: dict[str, str]) -> str:
    if _is_literal(token):
        return token[1:-1]
    if token not in environment:
        raise ValueError(f"unknown marker variable {token!r}")
    return environment[token]


def _compare_versions(left: str, operator: str, right: str) -> bool:
    if right.endswith(".*") and operator in ("==", "!="):
        prefix = _version_tuple(right[:-2])
        matches = _version_tuple(left)[: len(prefix)] == prefix
        return matches == (operator == "==")
    first, second = _version_tuple(left), _version_tuple(right)
    # Pad so 3.11 == 3.11.0, as PEP 440 compares release segments.
    width = max(len(first), len(second))
    first += (0,) * (width - len(first))
    second += (0,) * (width - len(second))
    if operator == "~=":
        release = _version_tuple(right)
        return first >= second and first[: len(release) - 1] == release[:-1]
    orderings: dict[str, Callable[[tuple[int, ...], tuple[int, ...]], bool]] = {
        "==": tuple.__eq__,
        "!=": tuple.__ne__,
        "<": tuple.__lt__,
        "<=": tuple.__le__,
        ">": tuple.__gt__,
        ">=": tuple.__ge__,
    }
    if operator not in orderings:
        raise ValueError(f"unknown version operator {operator!r}")
    return orderings[operator](first, second)


def _version_tuple(text: str) -> tuple[int, ...]:
    """The release numbers of a Python version (pre/post-release parts are not needed here)."""
    numbers = re.match(r"\d+(?:\.\d+)*", text.strip())
    if numbers is None:
        raise ValueError(f"not a version: {text!r}")
    return tuple(int(part) for part in numbers.group(0).split("."))


def _as_message(fields: metadata.PackageMetadata) -> Message:
    """importlib.metadata's fields are an email Message at run time (the stubs name only
    the PackageMetadata protocol, which lacks Message's `get`)."""
    if not isinstance(fields, Message):
        raise TypeError(f"package metadata of an unexpected kind: {type(fields).__name__}")
    return fields


def licence_of(fields: Message) -> str:
    """The declared licence: the SPDX expression, else a short License field, else the
    classifiers, since packages fill in different ones of these (or none)."""
    expression = (fields.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (fields.get("License") or "").strip()
    if field.upper() == "UNKNOWN":  # what old setuptools wrote when nothing was given
        field = ""
    if field and "\n" not in field and len(field) <= LONG_FIELD:
        return field
    classified = []
    for classifier in fields.get_all("Classifier") or []:
        for prefix in _CLASSIFIER_PREFIXES:
            if classifier.startswith(prefix):
                classified.append(classifier.removeprefix(prefix))
                break
    if classified:
        return "; ".join(classified)
    if field:
        return field.splitlines()[0][:LONG_FIELD].rstrip() + "…"
    return NOT_STATED


def _distribution(name: str) -> metadata.Distribution | None:
    try:
        return metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None


def direct_dependencies() -> tuple[str, ...]:
    """Timeline's own runtime requirements (not its dev/bundle extras)."""
    app = _distribution(APP_DISTRIBUTION)
    if app is None or app.requires is None:
        return DIRECT_DEPENDENCIES
    environment = marker_environment()
    found = []
    for line in app.requires:
        requirement = parse_requirement(line)
        if requirement is not None and wanted(requirement, frozenset(), environment):
            found.append(requirement.name)
    return tuple(found) or DIRECT_DEPENDENCIES


def collect_licences(roots: Sequence[str] | None = None) -> list[DependencyLicence]:
    """Every installed distribution reachable from `roots` (default: Timeline's runtime
    requirements), with its version and licence, sorted by name. Missing ones are skipped."""
    pending: list[tuple[str, frozenset[str], str]] = [
        (r.name, r.extras, APP_DISTRIBUTION)
        for r in filter(None, map(parse_requirement, roots or direct_dependencies()))
    ]
    environment = marker_environment()
    found: dict[str, metadata.Distribution] = {}
    extras_seen: dict[str, frozenset[str]] = {}
    parents: dict[str, list[str]] = {}
    while pending:
        raw_name, extras, parent = pending.pop()
        # One entry per distribution however a requirement spells it (lxml_html_clean is
        # asked for by Timeline and, as lxml-html-clean, by lxml's extra).
        name = normalise(raw_name)
        distribution = found.get(name) or _distribution(name)
        if distribution is None:
            continue
        parents.setdefault(name, [])
        if parent not in parents[name]:
            parents[name].append(parent)
        # Revisit a distribution only when asked for new extras, which may add requirements.
        if name in found and extras <= extras_seen[name]:
            continue
        found[name] = distribution
        extras_seen[name] = extras_seen.get(name, frozenset()) | extras
        display_name = distribution.metadata["Name"] or name
        for line in distribution.requires or ():
            requirement = parse_requirement(line)
            if requirement is not None and wanted(requirement, extras_seen[name], environment):
                pending.append((requirement.name, requirement.extras, display_name))
    return sorted(
        (
            DependencyLicence(
                name=distribution.metadata["Name"] or name,
                version=distribution.version,
                licence=licence_of(_as_message(distribution.metadata)),
                required_by=tuple(sorted(parents[name], key=str.lower)),
            )
            for name, distribution in found.items()
        ),
        key=lambda item: item.name.lower(),
    )


def licence_texts(name: str) -> list[tuple[str, str]]:
    """The licence files a distribution ships in its metadata, as (file name, text) pairs."""
    distribution = _distribution(normalise(name))
    if distribution is None:
        return []
    texts = []
    for file_name in _licence_file_names(distribution):
        # Metadata 2.4 keeps them under licenses/; older wheels beside METADATA.
        for candidate in (f"licenses/{file_name}", file_name):
            text = distribution.read_text(candidate)
            if text:
                texts.append((file_name, text))
                break
    return texts


def _licence_file_names(distribution: metadata.Distribution) -> Iterable[str]:
    declared = distribution.metadata.get_all("License-File") or []
    if declared:
        return declared
    # Older metadata names no licence file; look for the usual names in the record.
    return [
        str(path.name)
        for path in distribution.files or ()
        if ".dist-info" in str(path.parent) and path.name.upper().startswith(("LICEN", "COPYING"))
    ]
