"""Articles and edits for store tests: hypothesis strategies for every kind, and a fixed sample."""

from __future__ import annotations

import dataclasses
import sqlite3
import typing
from datetime import date

from hypothesis import strategies as st

from timeline.domain import edits as edit_types
from timeline.domain.article import Article, DateCandidate
from timeline.domain.edits import (
    AddEvent,
    AnnotateEvent,
    Edit,
    EventKeys,
    HideEvent,
    MergeEvents,
    RenameEvent,
    SetArticleDate,
    SetEventDate,
    SplitEvent,
)
from timeline.store import project_file

EDIT_TYPES = typing.get_args(Edit)

texts = st.text(max_size=40)
dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
offsets = st.integers(min_value=0, max_value=2**40)
keys = st.frozensets(st.tuples(texts, offsets, offsets), max_size=4)

_BY_HINT: list[tuple[object, st.SearchStrategy]] = [
    (EventKeys, keys),
    (date | None, st.none() | dates),
    (date, dates),
    (str, texts),
    (str | None, st.none() | texts),
    (bool, st.booleans()),
    (int, st.integers()),
    (tuple[str, ...], st.lists(texts, max_size=4).map(tuple)),
]


def _strategy_for_hint(hint: object) -> st.SearchStrategy:
    for known, strategy in _BY_HINT:
        if hint == known:
            return strategy
    raise AssertionError(f"the store tests have no values for edit field type {hint!r}")


def edits_of(cls: type) -> st.SearchStrategy:
    """Any edit of type `cls`, built from its dataclass fields (so new edit types are covered)."""
    hints = typing.get_type_hints(cls, vars(edit_types))
    fields = {f.name: _strategy_for_hint(hints[f.name]) for f in dataclasses.fields(cls)}
    return st.builds(cls, **fields)


any_edit = st.one_of(*(edits_of(cls) for cls in EDIT_TYPES))

candidates = st.builds(DateCandidate, dates, texts, texts, st.integers(-100, 100))
articles = st.builds(
    Article,
    article_id=texts,
    path=texts,
    title=texts,
    text=st.text(max_size=300),
    date=st.none() | dates,
    date_source=st.none() | texts,
    candidates=st.lists(candidates, max_size=3).map(tuple),
    warnings=st.lists(texts, max_size=3).map(tuple),
    error=st.none() | texts,
    outlet=st.none() | texts,
    metadata_spans=st.lists(st.tuples(offsets, offsets), max_size=3).map(tuple),
    boilerplate_spans=st.lists(st.tuples(offsets, offsets, texts), max_size=3).map(tuple),
    locale_hint=st.none() | texts,
)


def sample_articles(count: int = 3) -> tuple[Article, ...]:
    """Plain articles with every field used; text differs per article."""
    result = []
    for index in range(count):
        day = date(2023, 3, 1 + index % 28)
        result.append(
            Article(
                article_id=f"corpus/{index:03d}.txt",
                path=f"/data/corpus/{index:03d}.txt",
                title=f"Report {index}: talks in Moscow",
                text=(
                    f"Saved {day:%A, %d %B %Y}\nMOSCOW — Leaders met on Monday, {index} officials said. "
                    "The warrant was issued last week. Élections next year; 会谈 continue.\n"
                ),
                date=day if index % 4 else None,
                date_source="manifest" if index % 4 else None,
                candidates=(DateCandidate(day, "dateline", f"line {index}", index),),
                warnings=("two dates disagree",) if index % 2 else (),
                error="could not read the PDF" if index % 7 == 6 else None,
                outlet="Example News" if index % 3 else None,
                metadata_spans=((0, 27),),
                boilerplate_spans=((28, 40, "byline"),) if index % 2 else (),
                locale_hint=("en-GB", "https://www.example.co.uk", None)[index % 3],
            )
        )
    return tuple(result)


def one_edit_of_each_kind() -> tuple[Edit, ...]:
    a = frozenset({("corpus/000.txt", 40, 46), ("corpus/001.txt", 40, 46)})
    b = frozenset({("corpus/002.txt", 70, 79)})
    return (
        SetArticleDate("corpus/000.txt", date(2023, 3, 21)),
        SetArticleDate("corpus/001.txt", None),
        MergeEvents(a, b),
        SplitEvent(b),
        RenameEvent(a, "Putin and Xi meet in the Kremlin"),
        SetEventDate(a, "2023-03-20"),
        HideEvent(b),
        HideEvent(b, hidden=False),
        AnnotateEvent(a, note="check the Kremlin readout", tags=("summit", "verified")),
        AddEvent("hand-1", "Xi leaves Moscow", "2023-03-22"),
    )


def as_older_format(data: bytes, *, version: int, dropped_columns: tuple[str, ...]) -> bytes:
    """A project file as an older format wrote it: without the article columns that came
    later, that format's version number, and its own checksum."""
    connection = sqlite3.connect(":memory:")
    connection.deserialize(data)
    with connection:
        for column in dropped_columns:
            connection.execute(f"ALTER TABLE articles DROP COLUMN {column}")
        connection.execute("UPDATE schema_version SET version = ?", (version,))
        connection.execute("DELETE FROM meta WHERE key = ?", (project_file._DIGEST_KEY,))
        digest = project_file._content_digest(connection)
        connection.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (project_file._DIGEST_KEY, digest))
    return connection.serialize()
