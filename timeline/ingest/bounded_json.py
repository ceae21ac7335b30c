"""Reads JSON and TOML that nobody vouches for: too deep, too long or not plain data is a
one-line refusal (TooComplex, a ValueError), never a RecursionError or OverflowError.

Sidecars, manifests, project files and autosave journals all come from disk and may have
been written by anyone. Our own data nests a few levels; a file nesting a hundred levels
is a trap (Python's parsers recurse per level), so the depth is checked before parsing,
with a scan that does not recurse. Numbers must be finite and of a sane length: a float
that overflows to infinity or an integer of thousands of digits is refused here rather
than failing later in whoever uses it.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from typing import Any

MAX_NESTING = 64

# A JSON string with its escapes (written unrolled: far quicker than an alternation).
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
# TOML: multi-line, basic and literal strings, and comments.
_TOML_STRING = re.compile(
    rb'"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"|\'[^\'\n]*\'|#[^\n]*',
    re.DOTALL,
)
_NOT_BRACKETS = bytes(sorted(set(range(256)) - set(b"[]{}")))


class TooComplex(ValueError):
    """The text is nested too deeply or holds a number no real record holds."""


def _check_depth(data: bytes, strings: re.Pattern[bytes], limit: int) -> None:
    """TooComplex when brackets outside strings nest deeper than `limit`.

    Without recursion or a Python loop per character: strip the strings, keep only the
    brackets, then peel innermost pairs away, one level per pass, at C speed.
    """
    if data.count(b"[") + data.count(b"{") <= limit:
        return  # too few brackets to nest that deep (most journal lines)
    brackets = strings.sub(b"", data).translate(None, _NOT_BRACKETS)
    for _ in range(limit):
        peeled = brackets.replace(b"[]", b"").replace(b"{}", b"")
        if len(peeled) == len(brackets):
            return  # nothing left to peel (or unbalanced: the parser will say so)
        brackets = peeled
    if brackets.replace(b"[]", b"").replace(b"{}", b"") != brackets:
        raise TooComplex(f"nested more than {limit} levels deep")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise TooComplex(f"number out of range: {text[:20]}")
    return value


def _no_constant(name: str) -> float:
    raise TooComplex(f"{name} is not a number JSON allows")


def loads_json(data: str | bytes, *, max_depth: int = MAX_NESTING) -> Any:
    """Parse JSON; TooComplex for deep nesting or unreal numbers, ValueError for bad JSON."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    _check_depth(raw, _JSON_STRING, max_depth)
    try:
        # Integers need no hook: Python refuses to convert more than 4,300 digits.
        return json.loads(data, parse_float=_finite_float, parse_constant=_no_constant)
    except RecursionError:  # the scan above should make this impossible; belt and braces
        raise TooComplex("nested too deeply") from None


def loads_toml(text: str, *, max_depth: int = MAX_NESTING) -> dict[str, Any]:
    """Parse TOML with the same refusals as loads_json (tomllib's own errors are ValueErrors)."""
    _check_depth(text.encode("utf-8", "surrogatepass"), _TOML_STRING, max_depth)
    try:
        table = tomllib.loads(text)
    except RecursionError:
        raise TooComplex("nested too deeply") from None
    _check_numbers(table, max_depth)
    return table


def _check_numbers(value: object, depth_left: int) -> None:
    if depth_left < 0:
        raise TooComplex("nested too deeply")
    if isinstance(value, float) and not math.isfinite(value):
        raise TooComplex("number out of range")
    if isinstance(value, dict):
        for item in value.values():
            _check_numbers(item, depth_left - 1)
    elif isinstance(value, list):
        for item in value:
            _check_numbers(item, depth_left - 1)


__all__ = ["MAX_NESTING", "TooComplex", "loads_json", "loads_toml"]
