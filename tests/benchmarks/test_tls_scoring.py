"""Timeline-summarisation scoring on tiny hand-made cases: date F1, ROUGE-1 and the label judge."""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks.tls_scoring import date_f1, is_verb_like, no_happening_reason, rouge1_f1, rouge_tokens

D1, D2, D3, D4 = date(2015, 3, 1), date(2015, 3, 2), date(2015, 3, 9), date(2015, 4, 1)


def test_date_f1_counts_shared_days():
    score = date_f1([D1, D2, D4], [D1, D3, D4])
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 / 3)


def test_date_f1_with_fewer_predictions_than_gold():
    score = date_f1([D1], [D1, D2, D3, D4])
    assert score.precision == 1.0
    assert score.recall == 0.25
    assert score.f1 == pytest.approx(0.4)


def test_date_f1_empty_and_duplicates():
    assert date_f1([], [D1]).f1 == 0.0
    assert date_f1([D1, D1], [D1]).f1 == 1.0


def test_rouge_tokens_lowercase_alphanumeric():
    assert rouge_tokens("The Mayor's office, 3 p.m.!") == ["the", "mayor", "s", "office", "3", "p", "m"]


def test_rouge1_f1_clips_repeated_words():
    # The reference has "the" twice, so both of the system's count: overlap 4 of 4 system words, 4 of 6.
    value = rouge1_f1("the the ferry sank", "The ferry sank near the harbour")
    assert value == pytest.approx(2 * 1.0 * (4 / 6) / (1.0 + 4 / 6))
    # Here only one of the three "a"s has a partner: precision 1/3, recall 1/2.
    assert rouge1_f1("a a a", "a b") == pytest.approx(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5))


def test_rouge1_f1_no_overlap_or_empty_is_zero():
    assert rouge1_f1("bridge reopened", "council voted") == 0.0
    assert rouge1_f1("", "council voted") == 0.0
    assert rouge1_f1("council voted", "") == 0.0


def test_rouge1_is_not_stemmed():
    assert rouge1_f1("votes", "voted") == 0.0


@pytest.mark.parametrize(
    ("label", "reason"),
    [
        ("", "empty"),
        ("  ", "empty"),
        ("On 4 Feb 2016", "only a date, time or number"),
        ("10 pm", "only a date, time or number"),
        ("UTC", "only a date, time or number"),
        ("0900 GMT", "only a date, time or number"),
        ("40 km", "only a date, time or number"),
        ("Last Tuesday morning", "only a date, time or number"),
        ("Between 2pm and 4pm local time", "only a date, time or number"),
        ("These", "a lone word or name"),
        ("Resigned", "a lone word or name"),
        ("It", "a lone word or name"),
        ("Meanwhile", "a lone word or name"),
        ("Okafor", "a lone word or name"),
        ("Dr Okafor", "a lone word or name"),
        ("It will reopen next spring", "led by a pronoun"),
        ("They were evacuated", "led by a pronoun"),
        ("We asked the council to send", "led by a pronoun"),
        ("The council wants volunteers to bring", "ends on a dangling word"),
        ("The ferry company announced that", "ends on a dangling word"),
        ("Residents were moved to", "ends on a dangling word"),
        ("The ship docked around", "ends on a dangling word"),
        ("A storm hit the coast according", "ends on a dangling word"),
        ("Which the mayor denied last week", "starts mid-sentence"),
        ("Jane wrote: no way", "boilerplate"),
        ("Report abuse", "boilerplate"),
        ("Photograph: city archive", "boilerplate"),
        ("Comment on the new bridge plan", "boilerplate"),
        ("Click here for the full schedule", "boilerplate"),
        ("The match will be broadcast live", "boilerplate"),
        ("Timetable is subject to change", "boilerplate"),
        ("The mayor of the northern city", "no verb"),
        ("Heavy snow across the valley", "no verb"),
        ("Floods across the valley", "no verb"),
        ("HEAVY SNOW ACROSS THE VALLEY", "no verb"),
        ("Officials also in the capital", "no verb"),
    ],
)
def test_judge_rejects(label: str, reason: str):
    assert no_happening_reason(label) == reason


@pytest.mark.parametrize(
    "label",
    [
        "Ferry sank off the coast",
        "Okafor resigned",
        "The council approved the bridge budget",
        "Storm flooding closed schools",
        "Talks to resume in Geneva",
        "Council votes on the budget",
        "Voters went to the polls",
        "Two climbers rescued from the glacier",
        "The museum will reopen",
        "Divers search the lake",
        "FERRY SINKING NEAR THE HARBOUR",
        "WHO warns of a measles outbreak",
        "The minister due in the capital",
    ],
)
def test_judge_accepts_happenings(label: str):
    assert no_happening_reason(label) is None


def test_verb_like_words():
    assert is_verb_like("collapsed")
    assert is_verb_like("was")
    assert is_verb_like("rescues")
    assert not is_verb_like("Okafor")
    assert not is_verb_like("Hastings")  # a name inside the label
    assert not is_verb_like("its")
    assert not is_verb_like("Talks", first=True)  # a leading plural noun is not taken for a verb
    assert is_verb_like("Rising", first=True)
