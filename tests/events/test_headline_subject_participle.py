"""A date ending a participle that describes the subject dates the participle's act."""

from __future__ import annotations

import pytest

from timeline.events.headline import headline


def label(sentence: str, phrase: str) -> str:
    start = sentence.index(phrase)
    return headline(sentence, start, start + len(phrase))


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # another verb of the subject follows: the headline is the participle's act, in the passive
        ("The girl rescued on Friday was flown to Miami.", "Friday", "Girl rescued"),
        ("The hikers found late on Sunday were taken to hospital.", "Sunday", "Hikers found"),
        ("Crews said the barge sunk in 1998 will be raised.", "1998", "Crews: barge sunk"),
        ("The ferry leased in March under the new contract was lost in a storm.", "March",
         "Ferry leased under the new contract"),
        # a verb that shows what the subject holds: the release and its content are that day's news
        ("The figures released on Monday showed a drop in sales.", "Monday", "Figures show drop in sales"),
        ("The letters published late Friday under the new law show that the mayor was warned.", "Friday",
         "Letters show that the mayor warned"),
    ],
)
def test_the_participle_describing_the_subject_dates_its_own_act(sentence: str, phrase: str, expected: str) -> None:
    assert label(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "kept"),
    [
        # an infinitive and a second verb after the date: the subject's own pledge, both its parts
        ("Island nations, which have seen few storms so far, pledged on Friday to increase stockpiles of fresh "
         "water and cooperate in a crisis.", "Friday", "cooperate in crisis"),
        # a new noun phrase after the phrase between is the next verb's subject: the residents' act
        ("The residents gathered on Sunday in the square the army had cleared.", "Sunday", "the army had cleared"),
        # the noun stands in a preposition's phrase, not as the subject: the damage was severe
        ("The damage to the houses hit on Monday was severe.", "Monday", "was severe"),
    ],
)
def test_a_subjects_own_verb_is_not_read_as_a_participle(sentence: str, phrase: str, kept: str) -> None:
    assert label(sentence, phrase).endswith(kept)
