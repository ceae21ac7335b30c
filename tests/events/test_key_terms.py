"""Sentence content as key terms: forms of one word agree, names keep their letters, dates are not content."""

from __future__ import annotations

import pytest

from timeline.events.key_terms import is_content_word, stem, words_with_positions


@pytest.mark.parametrize(
    "forms",
    [
        ("met", "meets", "meeting"),
        ("election", "elected", "elect"),
        ("talks", "talk", "talked"),
        ("issued", "issuing", "issues"),
        ("announced", "announce", "announcement"),
        ("planned", "plans", "plan"),
    ],
)
def test_forms_of_one_word_share_a_stem(forms):
    assert len({stem(word) for word in forms}) == 1


def test_names_keep_their_letters_but_lose_a_possessive_and_a_demonym_plural():
    assert stem("Jinping", name=True) == "jinping"
    assert stem("Xi’s", name=True) == "xi"
    assert stem("Russians", name=True) == stem("Russian", name=True)


@pytest.mark.parametrize("word", ["Monday", "last", "week", "the", "said", "U.S.", "Mr", "GMT", "BST", "pm"])
def test_calendar_and_filler_words_are_not_content(word):
    assert not is_content_word(word)


@pytest.mark.parametrize("word", ["Kremlin", "warrant", "talks", "collapsed"])
def test_content_words(word):
    assert is_content_word(word)


def test_a_name_with_a_particle_between_hyphens_is_one_word_and_other_hyphens_split():
    words = [word for _start, _end, word in words_with_positions(
        "Aid reached Port-au-Prince, a re-elected mayor said after Xi-Putin talks.")]
    assert "Port-au-Prince" in words and "au" not in words
    assert {"re", "elected", "Xi", "Putin"} <= set(words)
    route = [word for _start, _end, word in words_with_positions("The Miami-to-Port-au-Prince flight landed.")]
    assert "Port-au-Prince" in route and "Miami" in route
