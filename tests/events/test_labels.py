"""Labels cut from sentences: who did what, without the date, titles or subordinate tails."""

from __future__ import annotations

from datetime import date

import pytest
from event_builders import analysis

from timeline.events.evidence import collect_evidence
from timeline.events.labels import label_from_evidence

PUBLISHED = date(2024, 3, 18)


def label(text: str, phrase: str, value: str = "2024-03-15") -> str:
    [item] = [e for e in collect_evidence([analysis("a", PUBLISHED, text, [(phrase, value)])])]
    return label_from_evidence(item)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # The date phrase and the preposition leading to it go.
        ("Rescuers pulled three drivers from the estuary on Friday.", "on Friday",
         "Rescuers pulled three drivers from the estuary"),
        # Titles before a name go, with their modifiers.
        ("Russian President Vladimir Putin welcomed Chinese leader Xi Jinping to the Kremlin on Friday.",
         "on Friday", "Vladimir Putin welcomed Xi Jinping to the Kremlin"),
        ("U.S. Secretary of State Antony Blinken said on Friday that the plan was flawed.", "on Friday",
         "Antony Blinken said that the plan was flawed"),
        # The part of the clause holding the date, not the main clause around it.
        ("Production at the plant stopped after thousands of workers walked out on Friday.", "on Friday",
         "Thousands of workers walked out"),
        # ... unless that part only has a pronoun for subject: then the main clause.
        ("Putin and Xi greeted one another warmly when they met in the Kremlin on Friday.", "on Friday",
         "Putin and Xi greeted one another warmly"),
        # He/she is replaced by the name before it.
        ("It was the first trip abroad for Mr Xi since he secured a third term on Friday.", "on Friday",
         "Mr Xi secured a third term"),
        # A clause without a subject borrows the sentence's short opening.
        ("Tom Rhee, leader of the union, said the union will meet management on Friday.", "on Friday",
         "Tom Rhee said the union will meet management"),
        # A relative clause borrows the noun phrase it refers to.
        ("Both leaders want closer ties after the talks, which are set to last until Friday.", "until Friday",
         "The talks are set to last"),
    ],
)
def test_label(text, phrase, expected):
    assert label(text, phrase) == expected


def test_long_clauses_are_cut_to_a_dozen_words():
    text = ("The committee approved on Friday a long list of amendments to the budget covering schools hospitals "
            "roads bridges railways and ports across the whole country.")
    words = label(text, "on Friday").split()
    assert len(words) <= 12
    assert words[:3] == ["The", "committee", "approved"]
