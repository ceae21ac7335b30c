"""Frozen dataclasses pickled as a call of their class with its arguments: the same objects, copied faster.

A frozen, slotted dataclass pickles its state through the generic `__getstate__` and
`__setstate__` that `dataclasses` adds, which look up the class's fields on every object,
then set each attribute in a Python loop. A corpus of 1,460 articles is ~70,000 such
objects (articles, mentions, anchors, intervals, events), pickled by each reading worker
for the process that gathers them, and by the analysis worker for the window: the generic
way cost about twice the time. Here an object is reduced to its class and the values of
its `__init__` arguments, read by one `attrgetter` in C; unpickling calls the class,
whose `__post_init__` works out again whatever is derived (fields with `init=False`).
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T")


def pickled_by_arguments(cls: type[T]) -> type[T]:
    """Class decorator, above @dataclass: pickle (and copy) instances as `cls(*arguments)`."""
    names = tuple(field.name for field in fields(cls) if field.init)  # type: ignore[arg-type]
    if len(names) == 1:
        name = names[0]

        def __reduce__(self: T) -> tuple[type[T], tuple[Any, ...]]:
            return cls, (getattr(self, name),)
    else:
        values = attrgetter(*names)

        def __reduce__(self: T) -> tuple[type[T], tuple[Any, ...]]:
            return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


__all__ = ["pickled_by_arguments"]
