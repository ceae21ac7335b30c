"""TempEval-3 scoring on tiny hand-made cases: pairing, strict/relaxed, type and value."""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks.tempeval import in_split, spans_from_substrings
from benchmarks.timeml_scoring import (
    Counts,
    TimeMLError,
    Timex,
    pair_expressions,
    parse_timeml,
    score_document,
    total_counts,
)

TEXT = "He left on Friday, 3 June 1998, and came back two days later."


def timex(phrase: str, value: str = "1998-06-03", timex_type: str = "DATE") -> Timex:
    start = TEXT.index(phrase)
    return Timex.from_span(TEXT, start, start + len(phrase), timex_type, value)


def test_exact_match_scores_everything():
    gold = [timex("Friday", "1998-06-05"), timex("3 June 1998")]
    counts = score_document(gold, list(gold)).counts
    assert (counts.strict, counts.relaxed, counts.value_correct) == (2, 2, 2)
    assert counts.strict_f1 == counts.relaxed_f1 == counts.value_f1 == 1.0


def test_overlap_is_relaxed_but_not_strict():
    gold = [timex("3 June 1998")]
    system = [timex("June 1998")]
    counts = score_document(gold, system).counts
    assert (counts.strict, counts.relaxed) == (0, 1)
    assert counts.strict_f1 == 0.0
    assert counts.relaxed_f1 == 1.0


def test_surrounding_whitespace_does_not_break_a_strict_match():
    start = TEXT.index("3 June 1998")
    padded = Timex.from_span(TEXT, start - 1, start + len("3 June 1998") + 0, "DATE", "1998-06-03")
    assert padded.text == "3 June 1998"
    assert score_document([timex("3 June 1998")], [padded]).counts.strict == 1


def test_miss_lowers_recall_only():
    gold = [timex("Friday", "1998-06-05"), timex("3 June 1998")]
    counts = score_document(gold, [timex("3 June 1998")]).counts
    assert counts.relaxed_precision == 1.0
    assert counts.relaxed_recall == 0.5
    assert counts.relaxed_f1 == pytest.approx(2 / 3)


def test_spurious_lowers_precision_only():
    gold = [timex("3 June 1998")]
    system = [timex("3 June 1998"), timex("two days later", "1998-06-05")]
    score = score_document(gold, system)
    assert score.counts.relaxed_precision == 0.5
    assert score.counts.relaxed_recall == 1.0
    assert [t.text for t in score.spurious] == ["two days later"]


def test_wrong_value_keeps_span_scores_and_costs_value_f1():
    gold = [timex("Friday", "1998-06-05"), timex("3 June 1998", "1998-06-03")]
    system = [timex("Friday", "1998-05-29"), timex("3 June 1998", "1998-06-03")]
    counts = score_document(gold, system).counts
    assert counts.relaxed_f1 == 1.0
    assert counts.value_accuracy == 0.5
    assert counts.value_f1 == 0.5


def test_type_f1_is_relaxed_f1_times_type_accuracy():
    gold = [timex("two days", "P2D", "DURATION"), timex("3 June 1998")]
    system = [timex("two days", "P2D", "DATE")]  # one miss, one wrong type
    counts = score_document(gold, system).counts
    assert counts.type_accuracy == 0.0
    assert counts.relaxed_f1 == pytest.approx(2 / 3)
    assert counts.type_f1 == 0.0
    assert counts.value_f1 == pytest.approx(2 / 3)


def test_pairing_is_one_to_one_and_prefers_identical_spans():
    # System "June 1998" overlaps both gold spans; the identical one must take it, and the
    # other system span ("3 June") then pairs with the remaining gold by overlap.
    text = "3 June 1998"
    gold = [
        Timex.from_span(text, 0, 11, "DATE", "1998-06-03"),
        Timex.from_span(text, 2, 11, "DATE", "1998-06"),
    ]
    system = [
        Timex.from_span(text, 0, 6, "DATE", "XXXX-06-03"),
        Timex.from_span(text, 2, 11, "DATE", "1998-06"),
    ]
    assert pair_expressions(gold, system) == [(0, 0), (1, 1)]
    counts = score_document(gold, system).counts
    assert (counts.strict, counts.relaxed) == (1, 2)


def test_largest_overlap_wins_when_two_system_spans_compete():
    text = "from late June to early July 1998"
    gold = [Timex.from_span(text, 5, 14, "DATE", "1998-06")]  # "late June"
    system = [
        Timex.from_span(text, 0, 9, "DATE", "A"),  # "from late": 4 characters shared
        Timex.from_span(text, 10, 33, "DATE", "B"),  # "June to ...": 4 characters shared
        Timex.from_span(text, 5, 13, "DATE", "C"),  # "late Jun": 8 shared
    ]
    assert pair_expressions(gold, system) == [(0, 2)]


def test_counts_micro_average_over_documents():
    perfect = score_document([timex("3 June 1998")], [timex("3 June 1998")])
    empty = score_document([timex("Friday"), timex("two days later")], [])
    total = total_counts([perfect, empty])
    assert total == Counts(
        gold=3, system=1, strict=1, relaxed=1, type_correct=1, value_correct=1, value_coarse_correct=1
    )
    assert total.relaxed_recall == pytest.approx(1 / 3)  # not the mean of 1.0 and 0.0


def test_nothing_found_and_nothing_expected_scores_zero_not_error():
    counts = score_document([], []).counts
    assert counts.value_f1 == 0.0


def test_coarse_value_accepts_the_same_date_at_a_finer_granularity():
    gold = [timex("3 June 1998", "1998")]
    system = [timex("3 June 1998", "1998-06-03")]
    counts = score_document(gold, system).counts
    assert counts.value_correct == 0
    assert counts.value_coarse_correct == 1


TIMEML = b"""<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-06-05T10:00" functionInDocument="CREATION_TIME">
19980605</TIMEX3></DCT>
<TEXT>
It rained <TIMEX3 tid="t1" type="DATE" value="1998-06-04">yesterday</TIMEX3> &amp; \
<EVENT eid="e1">fell</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P2H">two hours \
</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_parse_timeml_gives_plain_text_spans_and_creation_date():
    document = parse_timeml(TIMEML, "x.tml")
    assert document.article_date == date(1998, 6, 5)
    assert "<" not in document.text and "It rained yesterday & fell for two hours" in document.text
    assert [(t.text, t.timex_type, t.value) for t in document.timexes] == [
        ("yesterday", "DATE", "1998-06-04"),
        ("two hours", "DURATION", "P2H"),  # trailing space trimmed
    ]
    for item in document.timexes:
        assert document.text[item.start : item.end] == item.text


def test_gold_scored_against_itself_is_perfect():
    document = parse_timeml(TIMEML)
    counts = score_document(document.timexes, document.timexes).counts
    assert counts.strict_f1 == counts.value_f1 == counts.type_f1 == 1.0


def test_parse_timeml_refuses_entity_declarations():
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE TimeML [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<TimeML><TEXT>&b;</TEXT></TimeML>"""
    with pytest.raises(TimeMLError):
        parse_timeml(bomb)


def test_parse_timeml_reports_malformed_xml():
    with pytest.raises(TimeMLError, match="not well-formed"):
        parse_timeml(b"<TimeML><TEXT>open", "broken.tml")


def test_split_is_deterministic_and_partitions_the_files():
    names = [f"doc{index}.tml" for index in range(200)]
    check = {name for name in names if in_split(name, "check")}
    dev = {name for name in names if in_split(name, "dev")}
    assert check.isdisjoint(dev) and check | dev == set(names)
    assert 40 <= len(check) <= 80  # about three in ten
    # by file name alone: the folder a file sits in does not move it
    assert check == {name for name in names if in_split("sub/" + name, "check")}
    assert all(in_split(name, "both") and in_split(name, "all") for name in names)


def test_dateparser_substrings_become_spans_in_reading_order():
    from datetime import datetime

    text = "On Monday, then Monday again."
    results = [("Monday", datetime(2023, 3, 20)), ("Monday", datetime(2023, 3, 20))]
    spans = spans_from_substrings(text, results)
    assert [(s.start, s.end, s.value) for s in spans] == [
        (3, 9, "2023-03-20"),
        (16, 22, "2023-03-20"),
    ]
