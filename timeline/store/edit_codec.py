"""Analyst edits to and from JSON objects tagged with their type, strictly validated on the way in.

Every type in the `Edit` union is handled, read from its dataclass fields, so an edit
type added to timeline/domain/edits.py is saved without touching this module as long as
its fields use the value kinds below.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from timeline.domain import edits as edit_types
from timeline.domain.edits import Edit, EventKeys


class EditDecodeError(ValueError):
    """A stored edit is not one this version can rebuild exactly."""


EDIT_TYPES: tuple[type, ...] = typing.get_args(Edit)
_BY_TAG: dict[str, type] = {cls.__name__: cls for cls in EDIT_TYPES}


def _encode_keys(value: EventKeys) -> list[list[object]]:
    # Sorted so the same edit always gives the same bytes (the project digest relies on it).
    return [[article_id, start, end] for article_id, start, end in sorted(value)]


def _decode_keys(raw: object) -> EventKeys:
    if not isinstance(raw, list):
        raise EditDecodeError("event keys are not a list")
    keys = []
    for item in raw:
        if (
            not isinstance(item, list)
            or len(item) != 3
            or not isinstance(item[0], str)
            or not _is_int(item[1])
            or not _is_int(item[2])
        ):
            raise EditDecodeError(f"bad mention key {item!r}")
        keys.append((item[0], item[1], item[2]))
    return frozenset(keys)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _decode_optional_date(raw: object) -> date | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise EditDecodeError(f"bad date {raw!r}")
    try:
        return date.fromisoformat(raw)
    except ValueError as error:
        raise EditDecodeError(f"bad date {raw!r}") from error


def _decode_str(raw: object) -> str:
    if not isinstance(raw, str):
        raise EditDecodeError(f"expected text, found {raw!r}")
    return raw


def _decode_optional_str(raw: object) -> str | None:
    return None if raw is None else _decode_str(raw)


def _decode_bool(raw: object) -> bool:
    if not isinstance(raw, bool):
        raise EditDecodeError(f"expected true/false, found {raw!r}")
    return raw


def _decode_int(raw: object) -> int:
    if not _is_int(raw):
        raise EditDecodeError(f"expected a whole number, found {raw!r}")
    return typing.cast(int, raw)


def _decode_str_tuple(raw: object) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise EditDecodeError(f"expected a list of text, found {raw!r}")
    return tuple(raw)


def _identity(value: Any) -> Any:
    return value


# One (encode, decode) pair per field type used by the edit dataclasses.
_FIELD_CODECS: list[tuple[object, Callable[[Any], Any], Callable[[object], Any]]] = [
    (EventKeys, _encode_keys, _decode_keys),
    (date | None, lambda v: None if v is None else v.isoformat(), _decode_optional_date),
    (date, lambda v: v.isoformat(), lambda raw: _require(_decode_optional_date(raw))),
    (str, _identity, _decode_str),
    (str | None, _identity, _decode_optional_str),
    (bool, _identity, _decode_bool),
    (int, _identity, _decode_int),
    (tuple[str, ...], list, _decode_str_tuple),
]


def _require(value: date | None) -> date:
    if value is None:
        raise EditDecodeError("a date is required")
    return value


def _codec_for(hint: object) -> tuple[Callable[[Any], Any], Callable[[object], Any]]:
    for known, encode, decode in _FIELD_CODECS:
        if hint == known:
            return encode, decode
    raise TypeError(f"no JSON form for edit field type {hint!r}")


def _field_hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls, vars(edit_types))


def edit_to_json(edit: Edit) -> dict[str, object]:
    """A JSON-ready dict: {"type": class name, field: value, ...}."""
    cls = type(edit)
    if cls not in _BY_TAG.values():
        raise TypeError(f"not an analyst edit: {edit!r}")
    hints = _field_hints(cls)
    result: dict[str, object] = {"type": cls.__name__}
    for item in dataclasses.fields(cls):
        encode, _ = _codec_for(hints[item.name])
        result[item.name] = encode(getattr(edit, item.name))
    return result


def edit_from_json(raw: object) -> Edit:
    """Rebuild one edit; anything unexpected (unknown type, missing or extra field) is refused."""
    if not isinstance(raw, Mapping):
        raise EditDecodeError("an edit is not a JSON object")
    tag = raw.get("type")
    cls = _BY_TAG.get(tag) if isinstance(tag, str) else None
    if cls is None:
        raise EditDecodeError(f"unknown edit type {tag!r}")
    hints = _field_hints(cls)
    fields = dataclasses.fields(cls)
    names = {item.name for item in fields}
    extra = set(raw) - names - {"type"}
    if extra:
        raise EditDecodeError(f"{tag} has unknown fields {sorted(extra)}")
    values = {}
    for item in fields:
        if item.name not in raw:
            # A field added later with a default still reads projects saved before it existed.
            if item.default is dataclasses.MISSING:
                raise EditDecodeError(f"{tag} lacks field {item.name!r}")
            continue
        _, decode = _codec_for(hints[item.name])
        values[item.name] = decode(raw[item.name])
    return typing.cast(Edit, cls(**values))
