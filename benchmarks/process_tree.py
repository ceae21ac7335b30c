"""A process's descendants read from /proc (Linux): for peak memory of a whole command and for
checking that no worker outlives its parent. Used by benchmarks/hostile_folder.py and the tests."""

from __future__ import annotations

import os


def descendants(root: int) -> list[int]:
    """Every process below `root` (children, their children, ...), not `root` itself."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stream:
                    # The command name may hold spaces or parentheses: the fields after its ")".
                    parents[int(entry)] = int(stream.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass  # gone while we looked
    found: list[int] = []
    frontier = [root]
    while frontier:
        current = frontier.pop()
        children = [pid for pid, parent in parents.items() if parent == current]
        found += children
        frontier += children
    return found
