"""Indented JSON text, the same characters as `json.dumps(value, ensure_ascii=False, indent=N)`, faster.

The standard library writes indented JSON with its pure-Python encoder (its C encoder only
writes compact text): `timeline events --json` on 1,460 real articles spent about 3 s of
one core there, a quarter of the whole run. This writer knows only the plain values the
commands print (dicts with str keys, lists, tuples, str, int, float, bool, None) and uses
the C string escaper, so it is several times faster; anything else (another key type, an
object) raises Unsupported and the caller falls back to the standard encoder.
"""

from __future__ import annotations

from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any

_INFINITY = float("inf")


class Unsupported(TypeError):
    """A value this writer does not know: use json.dumps."""


@dataclass(frozen=True, slots=True)
class Written:
    """JSON text written already (by `indented`, at the depth where it goes), in pieces copied
    as they are: a big list's items are joined once, with the rest of the document."""

    pieces: tuple[str, ...]


def indented(value: Any, indent: int, depth: int = 0) -> str:
    """`value` as it would stand `depth` levels deep in a document (its first line not indented)."""
    chunks: list[str] = []
    append = chunks.append
    step = " " * indent

    def write(item: Any, newline: str) -> None:
        # Most values are strings: asked first.
        if isinstance(item, str):
            append(encode_basestring(item))
        elif item is None:
            append("null")
        elif item is True:
            append("true")
        elif item is False:
            append("false")
        elif isinstance(item, int):
            append(int.__repr__(item))
        elif isinstance(item, float):
            append(_float_text(item))
        elif isinstance(item, dict):
            if not item:
                append("{}")
                return
            inner = newline + step
            opening = "{" + inner
            for key, member in item.items():
                if not isinstance(key, str):
                    raise Unsupported(f"a {type(key).__name__} key")
                append(opening + encode_basestring(key) + ": ")
                opening = "," + inner
                write(member, inner)
            append(newline + "}")
        elif isinstance(item, (list, tuple)):
            if not item:
                append("[]")
                return
            inner = newline + step
            opening = "[" + inner
            for member in item:
                append(opening)
                opening = "," + inner
                write(member, inner)
            append(newline + "]")
        elif isinstance(item, Written):
            chunks.extend(item.pieces)
        else:
            raise Unsupported(f"a {type(item).__name__}")

    write(value, "\n" + step * depth)
    return "".join(chunks)


def _float_text(value: float) -> str:
    """As json writes floats (allow_nan): repr, or NaN / Infinity / -Infinity."""
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)
