import re
from pathlib import Path

import pytest

import timeline.events.factuality as factuality
import timeline.events.naming_dates as naming_dates
from timeline.events.guarded_patterns import GuardedPattern


def test_a_text_without_any_needle_is_not_searched() -> None:
    # The caller vouches that every match holds a needle; this pattern breaks that on purpose.
    guarded = GuardedPattern(re.compile("spill"), "since")
    assert guarded.search("the spill") is None


def test_a_needle_in_any_case_lets_the_pattern_decide() -> None:
    guarded = GuardedPattern(re.compile(r"\bsince\s+$", re.IGNORECASE), "since")
    found = guarded.search("the worst spill SINCE ")
    assert found is not None and found.group() == "SINCE "
    assert guarded.search("the worst spill since records began ") is None
    assert guarded.search("x since ", 1) is not None
    assert guarded.search("x since ", 3) is None


@pytest.mark.parametrize("text", ["the worst \u017fince ", "the worst S\u0131nce "])
def test_characters_the_engine_folds_into_ascii_letters_are_always_searched(text: str) -> None:
    # The long s and the dotless i match "s" and "i" when case is ignored; lower() keeps them.
    pattern = re.compile(r"\bsince\s+$", re.IGNORECASE)
    assert pattern.search(text) is not None
    assert GuardedPattern(pattern, "since").search(text) is not None


def test_needles_must_be_lower_case_words() -> None:
    with pytest.raises(ValueError):
        GuardedPattern(re.compile("Since"), "Since")
    with pytest.raises(ValueError):
        GuardedPattern(re.compile("since"))


def _examples() -> list[str]:
    """The quoted examples the factuality checks' comments give, each cut before every word."""
    sources = [Path(module.__file__ or "").read_text(encoding="utf-8") for module in (factuality, naming_dates)]
    quoted = [text for source in sources for text in re.findall(r'"([^"\n]{8,})"', source)]
    return [text[:match.start()] for text in quoted for match in re.finditer(r"\b\w", text)]


@pytest.mark.parametrize("module", [factuality, naming_dates])
def test_every_guard_finds_what_its_pattern_finds_on_the_checks_own_examples(module: object) -> None:
    guarded = {name: value for name, value in vars(module).items() if isinstance(value, GuardedPattern)}
    assert guarded
    examples = _examples()
    for name, pattern in guarded.items():
        differ = [text for text in examples
                  if (pattern.search(text) is None) != (pattern.pattern.search(text) is None)]
        assert not differ, (name, differ[:3])
