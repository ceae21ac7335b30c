"""Analyst edits, kept as plain records on top of the extraction so that re-extraction keeps them.

An event is named by the mentions it had when the analyst edited it (a set of
MentionKey). After re-extraction an edit applies to every event that still holds any
of those mentions; an edit whose mentions are all gone is reported as a conflict, not
dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MentionKey = tuple[str, int, int]  # (article_id, start, end) of one mention
EventKeys = frozenset[MentionKey]


@dataclass(frozen=True, slots=True)
class SetArticleDate:
    article_id: str
    new_date: date | None  # None marks the article undated


@dataclass(frozen=True, slots=True)
class MergeEvents:
    first: EventKeys
    second: EventKeys


@dataclass(frozen=True, slots=True)
class SplitEvent:
    keys: EventKeys  # these mentions leave their event and form one of their own


@dataclass(frozen=True, slots=True)
class RenameEvent:
    keys: EventKeys
    label: str


@dataclass(frozen=True, slots=True)
class SetEventDate:
    keys: EventKeys
    value: str  # TIMEX3 value, e.g. "2023-03-17" or "2023-03"


@dataclass(frozen=True, slots=True)
class HideEvent:
    keys: EventKeys
    hidden: bool = True


@dataclass(frozen=True, slots=True)
class AnnotateEvent:
    keys: EventKeys
    note: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AddEvent:
    event_id: str
    label: str
    value: str


Edit = (
    SetArticleDate
    | MergeEvents
    | SplitEvent
    | RenameEvent
    | SetEventDate
    | HideEvent
    | AnnotateEvent
    | AddEvent
)
