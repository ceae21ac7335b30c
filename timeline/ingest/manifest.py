"""Reads what the analyst declares about files: a folder's manifest.toml and per-file sidecars.

manifest.toml (one per folder, entries may name files in subfolders)::

    [[article]]
    file = "004_15a6f753234c383f.txt"   # relative to the manifest's folder
    date = "2023-03-20"                 # or a bare TOML date; "" or absent: no date declared
    title = "China's Xi backs Putin ..."
    outlet = "broadcaster"
    locale = "en-GB"                    # optional: the article's language or place
    url = "https://www.example.co.uk/news/1"   # optional: where it was published

A ``locale`` at the top of the manifest, before the first ``[[article]]``, holds for every
file in that folder and below it that gives none of its own. The language (a tag such as
"en-GB", "de") or the address (its country ending) tells the extractor whether "05/06/2024"
is 5 June or 6 May when the article's own dates do not.

A sidecar describes one file and sits beside it, named after the file's full name or its
stem: ``report.html.meta.toml``, ``report.meta.toml``, ``report.html.meta.json`` or
``report.meta.json``, with the same keys (``date``, ``title``, ``outlet``, ``locale``, ``url``). A sidecar wins
over the manifest for the fields it gives.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from timeline.ingest.bounded_json import loads_json, loads_toml
from timeline.ingest.date_evidence import TRUST_MANIFEST, TRUST_SIDECAR, DateFinding, finding
from timeline.ingest.locale_hints import language_tag, web_address

MANIFEST_NAME = "manifest.toml"
SIDECAR_SUFFIXES = (".meta.toml", ".meta.json")
MAX_DECLARATION_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Declaration:
    """What the analyst's corpus says about one file."""

    title: str | None = None
    outlet: str | None = None
    dates: tuple[DateFinding, ...] = ()  # a sidecar's and a manifest's, when both give one
    warnings: tuple[str, ...] = ()
    refused: str | None = None  # why the file is not to be read at all (a link inside a folder)
    locale_hints: tuple[str, ...] = ()  # its declared language, then address, then its folder's language


@dataclass(frozen=True, slots=True)
class Manifest:
    """A folder's manifest: its entries by path key, what every file there should show, and
    the folder's own declarations (a `locale` for all its files)."""

    entries: dict[str, Declaration]
    problems: tuple[str, ...] = ()
    folder_locale: str | None = None


def is_declaration_file(name: str) -> bool:
    """Manifests and sidecars describe documents; they are not documents themselves."""
    lowered = name.lower()
    return lowered == MANIFEST_NAME or lowered.endswith(SIDECAR_SUFFIXES)


def path_key(path: Path) -> str:
    """One spelling per file, so a manifest entry and a found file meet."""
    return os.path.normcase(os.path.abspath(path))


def _read_table(path: Path) -> dict[str, Any]:
    if path.is_symlink():
        raise ValueError("it is a link to another file, which is not followed")
    if path.stat().st_size > MAX_DECLARATION_BYTES:
        raise ValueError("too large")
    raw = path.read_bytes()
    if path.name.lower().endswith(".json"):
        data = loads_json(raw.decode("utf-8-sig"))
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        return data
    return loads_toml(raw.decode("utf-8-sig"))


def _declared_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        return date.fromisoformat(value.strip()[:10])
    if value in (None, ""):
        return None
    raise ValueError(f"not a date: {value!r}")


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _declaration(entry: dict[str, Any], source: str, where: str) -> Declaration:
    trust = TRUST_SIDECAR if source == "sidecar" else TRUST_MANIFEST
    warnings: list[str] = []
    found: DateFinding | None = None
    raw_date = entry.get("date")
    try:
        value = _declared_date(raw_date)
    except ValueError:
        warnings.append(f"{where}: ignored date {raw_date!r} (expected YYYY-MM-DD)")
        value = None
    if value is not None:
        evidence = f'{where}: date = "{raw_date}"'
        found = finding(value, source, evidence, trust, source)
    hints: list[str] = []
    for key, clean in (("locale", language_tag), ("url", web_address)):
        raw = entry.get(key)
        if raw in (None, ""):
            continue
        hint = clean(raw)
        if hint is None:
            expected = "a language tag such as en-GB" if key == "locale" else "an http(s) address"
            warnings.append(f"{where}: ignored {key} {str(raw)[:80]!r} (expected {expected})")
        else:
            hints.append(hint)
    return Declaration(
        _text(entry.get("title")),
        _text(entry.get("outlet")),
        (found,) if found is not None else (),
        tuple(warnings),
        locale_hints=tuple(hints),
    )


def read_manifest(folder: Path) -> Manifest:
    """The folder's manifest: entries by path key, problems every file there should show,
    and the folder's own locale."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return Manifest({})
    try:
        table = _read_table(path)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        reason = " ".join(str(error).split())
        return Manifest({}, (f"{MANIFEST_NAME} in {folder.name or folder} could not be read: {reason}",))
    problems: tuple[str, ...] = ()
    raw_locale = table.get("locale")
    folder_locale = language_tag(raw_locale)
    if raw_locale not in (None, "") and folder_locale is None:
        problems = (f"{MANIFEST_NAME}: ignored locale {str(raw_locale)[:80]!r} (expected a language tag "
                    "such as en-GB)",)
    entries: dict[str, Declaration] = {}
    articles = table.get("article", [])
    if not isinstance(articles, list):
        return Manifest({}, (*problems, f"{MANIFEST_NAME}: expected [[article]] tables"), folder_locale)
    for entry in articles:
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            continue
        entries[path_key(folder / entry["file"])] = _declaration(entry, "manifest", MANIFEST_NAME)
    return Manifest(entries, problems, folder_locale)


def sidecar_paths(document: Path) -> tuple[Path, ...]:
    names = [document.name + suffix for suffix in SIDECAR_SUFFIXES]
    names += [document.stem + suffix for suffix in SIDECAR_SUFFIXES]
    return tuple(document.with_name(name) for name in names)


def read_sidecar(document: Path) -> Declaration | None:
    for path in sidecar_paths(document):
        if not path.is_file():
            continue
        try:
            return _declaration(_read_table(path), "sidecar", path.name)
        except (OSError, ValueError, UnicodeDecodeError) as error:
            reason = " ".join(str(error).split())
            return Declaration(warnings=(f"sidecar {path.name} could not be read: {reason}",))
    return None


def merge(manifest: Declaration | None, sidecar: Declaration | None) -> Declaration | None:
    """The sidecar's title, outlet and locale win; both dates stay, so a disagreement is shown."""
    if manifest is None or sidecar is None:
        return sidecar or manifest
    return replace(
        sidecar,
        title=sidecar.title or manifest.title,
        outlet=sidecar.outlet or manifest.outlet,
        dates=sidecar.dates + manifest.dates,
        warnings=manifest.warnings + sidecar.warnings,
        locale_hints=tuple(dict.fromkeys(sidecar.locale_hints + manifest.locale_hints)),
    )
