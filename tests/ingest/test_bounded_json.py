"""Untrusted JSON and TOML: deep nesting and unreal numbers are one-line refusals."""

from __future__ import annotations

import pytest

from timeline.ingest.bounded_json import MAX_NESTING, TooComplex, loads_json, loads_toml


def test_nesting_up_to_the_limit_reads_and_one_more_level_is_refused():
    assert loads_json("[" * MAX_NESTING + "]" * MAX_NESTING) is not None
    with pytest.raises(TooComplex, match="nested more than 64 levels deep"):
        loads_json("[" * (MAX_NESTING + 1) + "]" * (MAX_NESTING + 1))


def test_brackets_inside_strings_do_not_count_as_nesting():
    text = '{"label": "' + "[" * 500 + '", "escaped": "\\"' + "{" * 500 + '"}'
    assert loads_json(text)["label"] == "[" * 500
    assert loads_toml('a = "' + "[" * 500 + '"\n# ' + "{" * 500 + "\nb = 1") == {"a": "[" * 500, "b": 1}


@pytest.mark.parametrize("text", ["[1e999]", "[-1e999]", "[NaN]", "[Infinity]"])
def test_numbers_that_are_not_finite_are_refused(text):
    with pytest.raises(TooComplex):
        loads_json(text)


def test_a_200_kilobyte_nested_document_is_refused_quickly():
    with pytest.raises(TooComplex):
        loads_json("[" * 100_000 + "]" * 100_000)
    with pytest.raises(TooComplex):
        loads_toml("a = " + "[" * 100_000 + "]" * 100_000)
    with pytest.raises(TooComplex):
        loads_toml("a = inf")


def test_ordinary_documents_read_as_the_standard_parsers_read_them():
    import json

    text = '{"a": [1, 2.5, {"b": null, "c": "x\\u00e9"}], "d": true}'
    assert loads_json(text) == json.loads(text)
    assert loads_json(text.encode()) == json.loads(text)
