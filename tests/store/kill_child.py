"""Run by test_random_kills: the window's store work, as fast as it goes, until killed.

Starts as the window does (recovering a journal a killed run left, else opening the
project), then runs the fixed steps from `start` on: edits, undo, redo, added articles
and saves, printing "ack N" once step N has returned (so is durable). `state_after(n)`
is what the first n steps leave, for the test to compare with what it finds.
"""

from __future__ import annotations

import sys
from pathlib import Path

from timeline.domain.article import Article
from timeline.domain.edits import AnnotateEvent, Edit, RenameEvent
from timeline.store.document import ProjectDocument
from timeline.store.history import EditHistory
from timeline.store.recovery import find_recoverable, recover

State = tuple[tuple[Edit, ...], int, tuple[str, ...]]  # all edits, undo cursor, article ids


def article(number: int) -> Article:
    return Article(article_id=f"a{number:04d}.txt", path=f"/corpus/a{number:04d}.txt", title=f"Report {number}",
                   text=f"Report {number}: the talks resumed on Monday. " * 20, date=None, date_source=None)


BASE_ARTICLES = tuple(article(n) for n in range(3))


def step(i: int) -> tuple[str, object]:
    if i % 10 == 3:
        return ("save", None)
    if i % 13 == 6:
        return ("articles", i)
    if i % 10 == 7:
        return ("undo", None)
    if i % 10 == 8:
        return ("redo", None)
    keys = frozenset({(f"a{i % 3:04d}.txt", i, i + 5)})
    edit: Edit = RenameEvent(keys, f"label {i}") if i % 2 else AnnotateEvent(keys, note=f"note {i}")
    return ("push", edit)


def state_after(count: int) -> State:
    history = EditHistory()
    articles = list(BASE_ARTICLES)
    for i in range(count):
        action, value = step(i)
        if action == "push":
            history.push(value)  # type: ignore[arg-type]
        elif action == "undo":
            history.undo()
        elif action == "redo":
            history.redo()
        elif action == "articles":
            articles.append(article(int(value)))  # type: ignore[arg-type]
    return (history.all_edits, history.cursor, tuple(a.article_id for a in articles))


def state_of(edits: tuple[Edit, ...], cursor: int, articles: tuple[Article, ...]) -> State:
    return (edits, cursor, tuple(a.article_id for a in articles))


def main() -> None:
    project, recovery, start = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    offers = find_recoverable(recovery)
    if offers:
        document, _notes = recover(offers[0].journal_path, recovery_directory=recovery)
    else:
        document = ProjectDocument.open(project, recovery_directory=recovery)
    print("ready", flush=True)
    for i in range(start, start + 100_000):
        action, value = step(i)
        if action == "push":
            document.apply_edit(value)  # type: ignore[arg-type]
        elif action == "undo":
            document.undo()
        elif action == "redo":
            document.redo()
        elif action == "articles":
            document.set_articles((*document.articles, article(int(value))))  # type: ignore[arg-type]
        else:
            print(f"saving {i}", flush=True)  # so the test can count kills that land mid-save
            document.save()
        print(f"ack {i}", flush=True)


if __name__ == "__main__":
    main()
