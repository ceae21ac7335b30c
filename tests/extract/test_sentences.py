"""Sentence splitting: cheap, but not fooled by abbreviations and dates."""

from __future__ import annotations

from timeline.extract import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_splits_on_end_punctuation_before_a_capital():
    assert _sentences("It rained. Then it snowed! Did it? Yes.") == [
        "It rained.", "Then it snowed!", "Did it?", "Yes."]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Mr. Smith met U.S. officials on Dec. 5 in Washington. John F. Kennedy spoke."
    assert _sentences(text) == [
        "Mr. Smith met U.S. officials on Dec. 5 in Washington.", "John F. Kennedy spoke."]


def test_line_breaks_end_sentences_and_spans_are_trimmed():
    text = "  Headline here\n\nFirst line of the story.  \n"
    assert _sentences(text) == ["Headline here", "First line of the story."]
    assert all(text[s:e] == text[s:e].strip() for s, e in split_sentences(text))


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []
