"""Reads TimeML documents and scores temporal expressions the way TempEval-3 defines it.

Kept apart from the benchmark runner so the pairing and the arithmetic can be unit-tested
on tiny hand-made cases. Standard library only.

TempEval-3 (UzZaman et al., 2013), as the data README states it:
- gold and system expressions are paired one to one: identical spans first, then the
  largest overlap;
- strict match = identical spans (ignoring surrounding whitespace), relaxed = any overlap;
- value (type) accuracy = share of relaxed matches whose value (type) equals the gold one;
  value F1 = relaxed F1 x value accuracy, type F1 likewise;
- micro-averaged: counts are summed over documents before any ratio is taken.

One extra, clearly separate figure: "coarse" value accuracy counts a value as right when
one value is a prefix of the other ("1990" vs "1990-10-30"). It is not a TempEval-3 score;
it is how the usual figure for dateparser (about 34 value F1 on TBAQ), a system that always
answers with a full day, is reproduced, and it shows how much of a system's value error is
granularity alone.
"""

from __future__ import annotations

import xml.parsers.expat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

CREATION_TIME = "CREATION_TIME"


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: a span of the plain text with its TIMEX3 type and value.

    The span is trimmed of surrounding whitespace on construction (see `from_span`), so
    that "identical spans" means identical words, as TempEval-3 intends.
    """

    start: int
    end: int
    text: str
    timex_type: str
    value: str

    @classmethod
    def from_span(cls, text: str, start: int, end: int, timex_type: str, value: str) -> Timex:
        surface = text[start:end]
        stripped = surface.strip()
        if stripped:
            start += len(surface) - len(surface.lstrip())
            end = start + len(stripped)
        return cls(start, end, text[start:end], timex_type, value)


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    name: str  # path relative to the corpus folder, used in reports and for the split
    text: str  # content of <TEXT> with the tags removed: the string offsets index
    creation_time: str | None  # TIMEX3 value of the document creation time, e.g. "1998-01-08"
    timexes: tuple[Timex, ...]

    @property
    def article_date(self) -> date | None:
        """The calendar day of the creation time; some DCTs carry a clock time too."""
        if not self.creation_time:
            return None
        try:
            return date.fromisoformat(self.creation_time[:10])
        except ValueError:
            return None


class TimeMLError(ValueError):
    """The file is not TimeML we can read safely."""


def _refuse_doctype(*_args: object) -> None:
    # TimeML needs no DTD; refusing one rules out entity expansion bombs and
    # external entities without trusting the parser's defaults.
    raise TimeMLError("a DOCTYPE is not allowed in TimeML input")


def parse_timeml(data: bytes, name: str = "") -> TimeMLDocument:
    """Parse one TimeML file: the plain text of <TEXT>, its TIMEX3 spans, and the DCT."""
    parser = xml.parsers.expat.ParserCreate()
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_doctype

    text_parts: list[str] = []
    text_length = 0
    in_text = False
    in_dct = False
    creation_time: str | None = None
    open_timexes: list[tuple[int, dict[str, str]]] = []
    raw_timexes: list[tuple[int, int, dict[str, str]]] = []

    def start_element(tag: str, attributes: dict[str, str]) -> None:
        nonlocal in_text, in_dct, creation_time
        if tag == "TEXT":
            in_text = True
        elif tag == "DCT":
            in_dct = True
        elif tag == "TIMEX3":
            is_dct = attributes.get("functionInDocument") == CREATION_TIME
            if is_dct and creation_time is None and (in_dct or not in_text):
                creation_time = attributes.get("value")
            if in_text:
                open_timexes.append((text_length, attributes))

    def end_element(tag: str) -> None:
        nonlocal in_text, in_dct
        if tag == "TEXT":
            in_text = False
        elif tag == "DCT":
            in_dct = False
        elif tag == "TIMEX3" and in_text and open_timexes:
            start, attributes = open_timexes.pop()
            raw_timexes.append((start, text_length, attributes))

    def character_data(data: str) -> None:
        nonlocal text_length
        if in_text:
            text_parts.append(data)
            text_length += len(data)

    parser.StartElementHandler = start_element
    parser.EndElementHandler = end_element
    parser.CharacterDataHandler = character_data
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as error:
        raise TimeMLError(f"{name or 'document'}: not well-formed XML ({error})") from error

    text = "".join(text_parts)
    timexes = tuple(
        sorted(
            (
                Timex.from_span(text, start, end, attributes.get("type", ""), attributes.get("value", ""))
                for start, end, attributes in raw_timexes
            ),
            key=lambda timex: (timex.start, timex.end),
        )
    )
    return TimeMLDocument(name, text, creation_time, timexes)


def read_corpus(folder: Path) -> list[TimeMLDocument]:
    """Every `.tml` file under `folder`, recursively, in a stable (sorted) order."""
    documents = []
    for path in sorted(folder.rglob("*.tml")):
        documents.append(parse_timeml(path.read_bytes(), path.relative_to(folder).as_posix()))
    return documents


def pair_expressions(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index): identical spans first, then largest overlap.

    Ties in overlap go to the earlier gold expression, then the earlier system one, so the
    result never depends on dictionary or set order.
    """
    pairs: list[tuple[int, int]] = []
    gold_used: set[int] = set()
    system_used: set[int] = set()

    gold_by_span: dict[tuple[int, int], list[int]] = {}
    for index, timex in enumerate(gold):
        gold_by_span.setdefault((timex.start, timex.end), []).append(index)
    for system_index, timex in enumerate(system):
        waiting = gold_by_span.get((timex.start, timex.end))
        if waiting:
            gold_index = waiting.pop(0)
            pairs.append((gold_index, system_index))
            gold_used.add(gold_index)
            system_used.add(system_index)

    candidates: list[tuple[int, int, int]] = []
    for gold_index, gold_timex in enumerate(gold):
        if gold_index in gold_used:
            continue
        for system_index, system_timex in enumerate(system):
            if system_index in system_used:
                continue
            overlap = min(gold_timex.end, system_timex.end) - max(gold_timex.start, system_timex.start)
            if overlap > 0:
                candidates.append((-overlap, gold_index, system_index))
    for _negative_overlap, gold_index, system_index in sorted(candidates):
        if gold_index in gold_used or system_index in system_used:
            continue
        pairs.append((gold_index, system_index))
        gold_used.add(gold_index)
        system_used.add(system_index)
    return sorted(pairs)


@dataclass(frozen=True, slots=True)
class Counts:
    """Raw tallies; every score is a ratio of these, so summing them micro-averages."""

    gold: int = 0
    system: int = 0
    strict: int = 0  # pairs with identical spans
    relaxed: int = 0  # all pairs (any overlap)
    type_correct: int = 0  # relaxed pairs whose type equals the gold type
    value_correct: int = 0  # relaxed pairs whose value equals the gold value
    value_coarse_correct: int = 0  # relaxed pairs where one value is a prefix of the other

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.gold + other.gold,
            self.system + other.system,
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.type_correct + other.type_correct,
            self.value_correct + other.value_correct,
            self.value_coarse_correct + other.value_coarse_correct,
        )

    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_correct, self.relaxed)

    @property
    def type_f1(self) -> float:
        return self.relaxed_f1 * self.type_accuracy

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_correct, self.relaxed)

    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_accuracy

    @property
    def value_coarse_accuracy(self) -> float:
        return _ratio(self.value_coarse_correct, self.relaxed)

    @property
    def value_coarse_f1(self) -> float:
        return self.relaxed_f1 * self.value_coarse_accuracy


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """The pairing of one document, kept so a report can show its errors."""

    name: str
    gold: tuple[Timex, ...]
    system: tuple[Timex, ...]
    pairs: tuple[tuple[int, int], ...]
    counts: Counts = field(default_factory=Counts)

    @property
    def misses(self) -> list[Timex]:
        paired = {gold_index for gold_index, _ in self.pairs}
        return [timex for index, timex in enumerate(self.gold) if index not in paired]

    @property
    def spurious(self) -> list[Timex]:
        paired = {system_index for _, system_index in self.pairs}
        return [timex for index, timex in enumerate(self.system) if index not in paired]

    @property
    def matched(self) -> list[tuple[Timex, Timex]]:
        return [(self.gold[g], self.system[s]) for g, s in self.pairs]


def same_value_coarsely(gold_value: str, system_value: str) -> bool:
    """True when the values agree at the coarser of their two granularities."""
    if not gold_value or not system_value:
        return gold_value == system_value
    return gold_value.startswith(system_value) or system_value.startswith(gold_value)


def score_document(gold: Iterable[Timex], system: Iterable[Timex], name: str = "") -> DocumentScore:
    gold_list = tuple(gold)
    system_list = tuple(system)
    pairs = pair_expressions(gold_list, system_list)
    strict = type_correct = value_correct = value_coarse_correct = 0
    for gold_index, system_index in pairs:
        expected, found = gold_list[gold_index], system_list[system_index]
        strict += (expected.start, expected.end) == (found.start, found.end)
        type_correct += expected.timex_type == found.timex_type
        value_correct += expected.value == found.value
        value_coarse_correct += same_value_coarsely(expected.value, found.value)
    counts = Counts(
        gold=len(gold_list),
        system=len(system_list),
        strict=strict,
        relaxed=len(pairs),
        type_correct=type_correct,
        value_correct=value_correct,
        value_coarse_correct=value_coarse_correct,
    )
    return DocumentScore(name, gold_list, system_list, tuple(pairs), counts)


def total_counts(scores: Iterable[DocumentScore]) -> Counts:
    total = Counts()
    for score in scores:
        total = total + score.counts
    return total
