"""Every example written in the rule files (timeline/extract/rules/*.toml) runs as a test."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.domain.mention import AnchorKind
from timeline.extract import extract_mentions
from timeline.extract.rulebook import RuleExample, load_rules

EXAMPLES = [
    pytest.param(rule.name, example, id=f"{rule.name}:{example.text[:40]}")
    for rule in load_rules()
    for example in rule.examples
]


def test_every_rule_has_an_example():
    assert all(rule.examples for rule in load_rules())


@pytest.mark.parametrize(("rule_name", "example"), EXAMPLES)
def test_rule_example(rule_name: str, example: RuleExample):
    article_date = date.fromisoformat(example.article_date) if example.article_date else None
    mentions = extract_mentions(example.text, article_date)
    found = [m for m in mentions if m.rule == rule_name]
    assert found, f"rule {rule_name} found nothing in {example.text!r}: {mentions}"
    mention = found[0]
    if example.match is not None:
        assert mention.text == example.match
    if example.unanchored:
        assert mention.anchor.kind is AnchorKind.UNANCHORED
    if example.value is not None:
        assert mention.value == example.value
    if example.timex_type is not None:
        assert mention.timex_type.value == example.timex_type
