"""The fast indented writer prints exactly what json.dumps(ensure_ascii=False, indent=N) prints."""

from __future__ import annotations

import json
from enum import IntEnum, StrEnum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.commands.indented_json import Unsupported, indented
from timeline.commands.json_output import dumps

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=30,
)


@given(_VALUES, st.sampled_from([0, 1, 2, 4]))
def test_same_text_as_the_standard_encoder(value: object, indent: int) -> None:
    assert indented(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent)


class _Level(IntEnum):
    LOW = 1


class _Kind(StrEnum):
    DATE = "DATE"


def test_enums_quotes_and_control_characters_as_the_standard_encoder() -> None:
    value = {"kind": _Kind.DATE, "level": _Level.LOW, "text": 'said "no"\n\t\u2028é',
             "nested": {"empty": [], "none": {}}}
    assert indented(value, 2) == json.dumps(value, ensure_ascii=False, indent=2)


def test_what_it_does_not_know_goes_to_the_standard_encoder() -> None:
    with pytest.raises(Unsupported):
        indented({1: "a number key"}, 2)
    assert dumps({1: "a number key"}, indent=2) == json.dumps({1: "a number key"}, indent=2)


def test_a_lone_surrogate_is_still_escaped() -> None:
    assert dumps({"text": "a\udc80b"}, indent=2) == json.dumps({"text": "a\udc80b"}, ensure_ascii=True, indent=2)


@given(st.lists(_VALUES, max_size=5), st.sampled_from([1, 2, 4]))
def test_items_written_at_their_depth_then_copied_in_are_the_standard_encoders_text(items: list[object],
                                                                                    indent: int) -> None:
    from timeline.commands.indented_json import Written

    inner = "\n" + " " * (2 * indent)
    written = (Written(("[" + inner, ("," + inner).join(indented(item, indent, depth=2) for item in items),
                        "\n" + " " * indent + "]")) if items else [])
    expected = json.dumps({"head": 1, "items": items, "tail": [True]}, ensure_ascii=False, indent=indent)
    assert indented({"head": 1, "items": written, "tail": [True]}, indent) == expected
