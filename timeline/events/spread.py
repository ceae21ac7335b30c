"""A step's work cut into shares that the caller may run side by side; events decide the cut, not where it runs.

Grouping and naming a corpus's events run after the pool of readers, in one process. Their
costly loops are independent per item (the pairs one group finds, the label of one
event), so they cut into shares: `work(share, shares)` does every `shares`-th item from
`share`. The caller passes a Spread that runs the shares (in forked copies of its process,
see timeline.analysis.forked_spread); the default runs them here in turn. Whoever runs
them, the results are the same, in share order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

_Result = TypeVar("_Result")
_Item = TypeVar("_Item")


class Spread(Protocol):
    """Runs `work(share, shares)` for every share; the results in share order."""

    def __call__(self, work: Callable[[int, int], _Result], /) -> list[_Result]: ...


def in_turn(work: Callable[[int, int], _Result], /) -> list[_Result]:
    """One share, in this process."""
    return [work(0, 1)]


def interleaved(parts: Sequence[Sequence[_Item]]) -> list[_Item]:
    """The items of shares made by taking every `len(parts)`-th item, back in their first order."""
    merged: list[_Item] = []
    for position in range(max((len(part) for part in parts), default=0)):
        merged.extend(part[position] for part in parts if position < len(part))
    return merged


__all__ = ["Spread", "in_turn", "interleaved"]
