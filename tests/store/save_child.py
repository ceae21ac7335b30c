"""Run as a child process by test_killed_while_saving: saves two different projects over one
file, alternately and as fast as it can, printing "saved N" after each save returns."""

from __future__ import annotations

import sys
from pathlib import Path

from store_samples import one_edit_of_each_kind, sample_articles

from timeline.store.project import Project
from timeline.store.project_file import save_project

FIRST = Project(sample_articles(40), one_edit_of_each_kind(), view_state={"which": "first"})
SECOND = Project(sample_articles(25), one_edit_of_each_kind()[:3], view_state={"which": "second"})


def main() -> None:
    path = Path(sys.argv[1])
    number = 0
    while True:
        save_project(path, FIRST if number % 2 == 0 else SECOND)
        print(f"saved {number}", flush=True)
        number += 1


if __name__ == "__main__":
    main()
