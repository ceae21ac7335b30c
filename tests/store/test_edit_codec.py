"""Every kind of analyst edit survives JSON exactly; anything malformed is refused, never guessed."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from store_samples import EDIT_TYPES, any_edit, one_edit_of_each_kind

from timeline.domain.edits import AnnotateEvent, HideEvent, RenameEvent
from timeline.store.edit_codec import EditDecodeError, edit_from_json, edit_to_json


@given(any_edit)
def test_every_edit_round_trips_through_json_text(edit):
    text = json.dumps(edit_to_json(edit), ensure_ascii=True)
    assert edit_from_json(json.loads(text)) == edit


def test_the_fixed_sample_covers_every_edit_type():
    assert {type(edit) for edit in one_edit_of_each_kind()} == set(EDIT_TYPES)


def test_the_type_tag_names_the_edit():
    encoded = edit_to_json(RenameEvent(frozenset({("a", 1, 2)}), "Summit"))
    assert encoded == {"type": "RenameEvent", "keys": [["a", 1, 2]], "label": "Summit"}


def test_mention_keys_are_written_in_a_stable_order():
    keys = frozenset({("b", 5, 6), ("a", 9, 10), ("a", 1, 2)})
    assert edit_to_json(HideEvent(keys))["keys"] == [["a", 1, 2], ["a", 9, 10], ["b", 5, 6]]


@pytest.mark.parametrize(
    "raw",
    [
        {"type": "Explode", "keys": []},
        {"keys": [], "label": "x"},
        {"type": "RenameEvent", "keys": []},
        {"type": "RenameEvent", "keys": [], "label": "x", "colour": "red"},
        {"type": "RenameEvent", "keys": [["a", 1]], "label": "x"},
        {"type": "RenameEvent", "keys": [["a", "1", 2]], "label": "x"},
        {"type": "RenameEvent", "keys": [["a", True, 2]], "label": "x"},
        {"type": "RenameEvent", "keys": [], "label": 7},
        {"type": "SetArticleDate", "article_id": "a", "new_date": "2023-02-30"},
        {"type": "SetArticleDate", "article_id": "a", "new_date": 20230220},
        {"type": "HideEvent", "keys": [], "hidden": "yes"},
        {"type": "AnnotateEvent", "keys": [], "note": "", "tags": "summit"},
        ["RenameEvent"],
    ],
)
def test_malformed_edits_are_refused(raw):
    with pytest.raises(EditDecodeError):
        edit_from_json(raw)


def test_a_field_with_a_default_may_be_missing_from_older_files():
    assert edit_from_json({"type": "AnnotateEvent", "keys": []}) == AnnotateEvent(frozenset())
