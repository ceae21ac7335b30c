"""Word lists for judging sentence content, read from word_lists.toml: data apart from code."""

from __future__ import annotations

import tomllib
from pathlib import Path

_DATA = tomllib.loads(Path(__file__).with_name("word_lists.toml").read_text(encoding="utf-8"))

STOP_WORDS: frozenset[str] = frozenset(_DATA["stop_words"].split())
CALENDAR_WORDS: frozenset[str] = frozenset(_DATA["calendar_words"].split())
TITLE_WORDS: frozenset[str] = frozenset(_DATA["title_words"].split())
IRREGULAR_STEMS: dict[str, str] = dict(_DATA["irregular_stems"])
