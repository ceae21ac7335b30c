"""A step's work cut into shares that the caller may run side by side; events decide the cut, not where it runs.

Grouping and naming a corpus's events run after the pool of readers, in one process. Their
costly loops are independent per item (the pairs one group finds, the label of one
event), so they cut into shares: `work(share, shares)` does every `shares`-th item from
`share`. The caller passes a Spread that runs the shares (in forked copies of its process,
see timeline.analysis.forked_spread); the default runs them here in turn. Whoever runs
them, the results are the same, in share order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from types import TracebackType
from typing import Any, Generic, Protocol, TypeVar

_Result = TypeVar("_Result")
_Item = TypeVar("_Item")
_Given = TypeVar("_Given")


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


class Ahead(Protocol[_Given]):
    """Work that runs beside a step on processor time the step leaves idle (`work_ahead`)."""

    def result(self) -> list[_Given]:
        """Stops the work and gives the parts it had done ([] when it could not run)."""

    def close(self) -> None:
        """Stops the work, if its result was not asked for."""


class _NotAhead:
    """No work ahead: a spread that runs everything here has no idle processor to give it."""

    def result(self) -> list[Any]:
        return []

    def close(self) -> None:
        pass


class _Closing(Generic[_Result]):
    """An Ahead as a context: stopped however the block ends."""

    def __init__(self, ahead: Ahead[_Result]) -> None:
        self.ahead = ahead

    def __enter__(self) -> Ahead[_Result]:
        return self.ahead

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.ahead.close()


def work_ahead(spread: Spread, work: Callable[[], Iterable[_Result]]) -> _Closing[_Result]:
    """The parts `work()` yields, worked out beside what follows where `spread` can give it
    processor time left idle (ForkedSpread.ahead: a copy of the process at the lowest
    priority), else not at all; used as a context, it never outlives the block. The caller
    asks for the parts done so far and uses them only to skip work of its own (a memo's
    answers): whether any were done never changes a result."""
    start = getattr(spread, "ahead", None)
    ahead = start(work) if start is not None else None
    return _Closing(ahead if ahead is not None else _NotAhead())


__all__ = ["Ahead", "Spread", "in_turn", "interleaved", "work_ahead"]
