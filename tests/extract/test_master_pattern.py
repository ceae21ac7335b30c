"""The master regex tells which rule matched and where; the rule alone gives its groups, matched
again at the same place (rulebook.MasterPattern). Checked against one alternation holding every
rule's groups (how the finder read them before): the same rule, span and groups on every
example of the rule files."""

from __future__ import annotations

import re

from timeline.extract.finder import find_candidates
from timeline.extract.rulebook import (
    _LEFT_EDGE,
    _RIGHT_EDGE,
    _class_source,
    following_characters,
    load_rules,
    master_pattern,
)


def test_the_master_regex_captures_only_which_rule_matched():
    master = master_pattern()

    assert set(master.regex.groupindex) == set(master.rules_by_tag)


def test_every_rule_compiles_alone():
    master = master_pattern()
    master.compile_every_rule()

    assert all(set(master.rule_regex(rule.tag).groupindex) == set(rule.group_names) for rule in load_rules())


def _with_every_group() -> re.Pattern[str]:
    """All rules in one alternation, each rule's groups renamed <tag>__<name> (no guards)."""
    branches = [
        f"(?P<{rule.tag}>" + re.sub(r"\(\?P<(\w+)>", lambda m, tag=rule.tag: f"(?P<{tag}__{m.group(1)}>",
                                    rule.pattern) + ")"
        for rule in load_rules()
    ]
    return re.compile(_LEFT_EDGE + "(?:" + "|".join(branches) + ")" + _RIGHT_EDGE, re.IGNORECASE | re.VERBOSE)


def test_each_candidate_is_what_one_alternation_with_every_group_finds_there():
    every_group = _with_every_group()
    texts = sorted({example.text for rule in load_rules() for example in rule.examples})
    checked = 0
    for text in texts:
        for candidate in find_candidates(text):
            match = every_group.match(text, candidate.start)
            assert match is not None and match.span() == (candidate.start, candidate.end), text
            assert match.lastgroup == candidate.rule.tag, text
            prefix = candidate.rule.tag + "__"
            groups = {name.removeprefix(prefix): value for name, value in match.groupdict().items()
                      if name.startswith(prefix) and value is not None}
            assert candidate.groups == groups, text
            checked += 1
    assert checked > 200


def test_a_rules_lookahead_lists_what_each_place_after_its_first_can_hold():
    assert following_characters(r"(?:one|two)\s+weeks?") == [
        {"n", "w"}, {"o", "e"}, {r"\s"}, {r"\s", "w"}, {r"\s", "w", "e"}]
    # "on the" or "in a" fails a rule starting "one" at its third character, not inside it
    assert not re.match("".join(f"[{_class_source(place)}]" for place in following_characters(r"one\s+day")),
                        "n the", re.IGNORECASE)


def test_a_lookahead_stops_where_a_match_may_end_or_any_character_may_stand():
    assert following_characters(r"a(?:b|)") == []  # a match may be one character long
    assert following_characters(r"in\s+[^x]bc") == [{"n"}, {r"\s"}]


def test_every_match_of_a_rule_holds_what_its_lookahead_lists():
    master = master_pattern()
    texts = sorted({example.text for rule in load_rules() for example in rule.examples})
    checked = 0
    for rule in load_rules():
        lookahead = re.compile("".join(f"[{_class_source(place)}]" for place in following_characters(rule.pattern)),
                               re.IGNORECASE)
        for text in texts:
            for match in master.rule_regex(rule.tag).finditer(text):
                assert lookahead.match(text, match.start() + 1), (rule.name, text)
                checked += 1
    assert checked > 500
