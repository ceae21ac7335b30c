"""Crafted project files under 1 MB: each is opened or refused, and how long that takes. The peer,
in the same run, is an honest project file of about the same size.

    .venv/bin/python benchmarks/hostile_projects.py

Each crafted file keeps Timeline's application id and tables, and adds what SQLite would
compute on reading: a generated column that expands to 200 MB, a view joining the articles
with themselves, a trigger, a CHECK-heavy index; or holds nested JSON under a valid checksum,
or a wrong checksum over a large table.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline.domain.article import Article  # noqa: E402
from timeline.store import project_file  # noqa: E402
from timeline.store.errors import ProjectError  # noqa: E402
from timeline.store.project import Project  # noqa: E402
from timeline.store.project_file import open_project, save_project  # noqa: E402


def _articles(count: int) -> tuple[Article, ...]:
    return tuple(Article(article_id=f"a{n}.txt", path=f"/c/a{n}.txt", title=f"Report {n}",
                         text="The talks resumed on Monday. " * 80, date=None, date_source=None)
                 for n in range(count))


def _crafted(path: Path, *statements: str, fix_digest: bool = True) -> Path:
    save_project(path, Project(_articles(200)))
    connection = sqlite3.connect(path)
    with connection:
        for statement in statements:
            connection.execute(statement)
        if fix_digest:
            digest = project_file._content_digest(connection)
            connection.execute("UPDATE meta SET value = ? WHERE key = 'content_digest'", (digest,))
    connection.execute("VACUUM")
    connection.close()
    return path


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="timeline-projects-"))
    cases = {
        "honest project (peer)": _crafted(folder / "honest.timeline"),
        "generated 200 MB column": _crafted(
            folder / "generated.timeline",
            "ALTER TABLE articles ADD COLUMN big TEXT GENERATED ALWAYS AS (printf('%.*c', 200000000, 'x')) VIRTUAL"),
        "self-joining view": _crafted(
            folder / "view.timeline", "CREATE VIEW everything AS SELECT * FROM articles a, articles b, articles c"),
        "trigger": _crafted(folder / "trigger.timeline",
                            "CREATE TRIGGER t AFTER INSERT ON edits BEGIN SELECT 1; END"),
        "expression index": _crafted(folder / "index.timeline", "CREATE INDEX slow ON articles (upper(text))"),
        "nested JSON, valid checksum": _crafted(
            folder / "nested.timeline",
            "INSERT INTO edits (position, edit) VALUES (0, '" + "[" * 200_000 + "]" * 200_000 + "')"),
        "wrong checksum": _crafted(folder / "checksum.timeline", "UPDATE articles SET title = 'changed'",
                                   fix_digest=False),
    }
    for name, path in cases.items():
        started = time.perf_counter()
        try:
            project = open_project(path)
            outcome = f"opened ({len(project.articles)} articles)"
        except ProjectError as error:
            outcome = f"refused: {str(error)[len(str(path)) + 1:][:90]}"
        elapsed = time.perf_counter() - started
        print(f"{name:28} {path.stat().st_size / 1024:7.0f} KB  {elapsed * 1000:7.1f} ms  {outcome}")


if __name__ == "__main__":
    main()
