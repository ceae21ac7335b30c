"""The hand-written news-sentence set (news_sentences.toml): every expression found, right, and nothing else.

Each case is its own test, named after its sentence, so a failure says which sentence and
what differed: an expected expression not found (by its exact surface text), found with the
wrong type, value or mod, or an expression found that the case does not list.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from timeline.domain.mention import Mention
from timeline.extract import extract_mentions

_CASES_FILE = Path(__file__).with_name("news_sentences.toml")


@dataclass(frozen=True, slots=True)
class Expected:
    spans: tuple[str, ...]  # the expected surface text first, then accepted alternatives
    answers: tuple[tuple[str, str], ...]  # (type, value) pairs accepted, ours first
    mod: str | None


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    article_date: date
    expected: tuple[Expected, ...]
    ignore: frozenset[str]
    xfail: str | None  # why the extractor still gets this case wrong, when it does


def _expected(entry: list) -> Expected:
    surface, timex_type, value = entry[:3]
    options = entry[3] if len(entry) > 3 else {}
    answers = [(timex_type, value)]
    for other in options.get("also", []):
        other_type, _, other_value = other.rpartition(":")
        answers.append((other_type or timex_type, other_value))
    return Expected((surface, *options.get("spans", [])), tuple(answers), options.get("mod"))


def _load_cases() -> list[Case]:
    with _CASES_FILE.open("rb") as handle:
        raw = tomllib.load(handle)["case"]
    return [
        Case(
            case["text"],
            date.fromisoformat(case["date"]),
            tuple(_expected(entry) for entry in case["expect"]),
            frozenset(case.get("ignore", [])),
            case.get("xfail"),
        )
        for case in raw
    ]


def _case_id(number: int, case: Case) -> str:
    words = re.sub(r"[^A-Za-z0-9]+", "-", case.text).strip("-")[:60]
    return f"{number:03d}-{words}"


CASES = _load_cases()


def _param(number: int, case: Case) -> pytest.ParameterSet:
    marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
    return pytest.param(case, id=_case_id(number, case), marks=marks)


def _describe(mention: Mention) -> str:
    mod = f" mod={mention.mod}" if mention.mod else ""
    return f"'{mention.text}' {mention.timex_type.value} {mention.value}{mod} [{mention.rule}]"


def _problems(case: Case, mentions: list[Mention]) -> list[str]:
    unmatched = list(mentions)
    problems: list[str] = []
    for expected in case.expected:
        found = next((m for m in unmatched if m.text in expected.spans), None)
        want = f"'{expected.spans[0]}' {expected.answers[0][0]} {expected.answers[0][1]}"
        if found is None:
            problems.append(f"missing {want}")
            continue
        unmatched.remove(found)
        if (found.timex_type.value, found.value) not in expected.answers:
            problems.append(f"wrong: got {_describe(found)}, want {want}")
        elif expected.mod is not None and found.mod != expected.mod:
            problems.append(f"wrong mod: got {_describe(found)}, want mod={expected.mod}")
    problems.extend(f"extra {_describe(m)}" for m in unmatched if m.text not in case.ignore)
    return problems


@pytest.mark.parametrize("case", [_param(n, c) for n, c in enumerate(CASES, 1)])
def test_news_sentence(case: Case) -> None:
    mentions = extract_mentions(case.text, case.article_date)
    problems = _problems(case, mentions)
    assert not problems, f"{case.text!r} (article {case.article_date}): " + "; ".join(problems)


def test_the_set_is_large_and_every_expectation_is_in_its_sentence() -> None:
    assert len(CASES) >= 250
    for case in CASES:
        for expected in case.expected:
            assert all(span in case.text for span in expected.spans), (case.text, expected.spans)
