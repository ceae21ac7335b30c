"""Loads the month, weekday and label words of datelines and bylines from date_words.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WORDS_FILE = Path(__file__).with_name("date_words.toml")


@dataclass(frozen=True, slots=True)
class DateWords:
    months: dict[str, int]  # spelling (lower case) -> month number
    weekdays: frozenset[str]
    published: tuple[str, ...]  # label phrases, longest first
    updated: tuple[str, ...]
    by: frozenset[str]
    fillers: frozenset[str]
    dateline_connectors: frozenset[str]
    place_connectors: frozenset[str]
    clock_words: frozenset[str]  # after a stamp's date, a time like a zone ("11:02 am")


def _spellings(entry: str) -> list[str]:
    return [spelling.strip().lower() for spelling in entry.split("|") if spelling.strip()]


def _numbered(table: dict[str, list[str]], count: int, kind: str) -> dict[str, int]:
    numbers: dict[str, int] = {}
    for language, entries in table.items():
        if len(entries) != count:
            raise ValueError(f"{WORDS_FILE.name}: [{kind}] {language} needs {count} entries")
        for number, entry in enumerate(entries, start=1):
            for spelling in _spellings(entry):
                numbers.setdefault(spelling, number)  # the first language listed wins a clash
    return numbers


def _phrases(items: list[str]) -> tuple[str, ...]:
    return tuple(sorted({item.lower() for item in items}, key=len, reverse=True))


@cache
def date_words() -> DateWords:
    with WORDS_FILE.open("rb") as stream:
        data = tomllib.load(stream)
    labels = data["labels"]
    return DateWords(
        months=_numbered(data["months"], 12, "months"),
        weekdays=frozenset(_numbered(data["weekdays"], 7, "weekdays")),
        published=_phrases(labels["published"]),
        updated=_phrases(labels["updated"]),
        by=frozenset(word.lower() for word in labels["by"]),
        fillers=frozenset(word.lower() for word in labels["fillers"]),
        dateline_connectors=frozenset(word.lower() for word in labels["dateline_connectors"]),
        place_connectors=frozenset(word.lower() for word in labels["place_connectors"]),
        clock_words=frozenset(word.lower() for word in labels["clock_words"]),
    )
