"""Day or month first in "05/06/2024": each kind of evidence, in its order, named in the note."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract_mentions
from timeline.extract.locale_evidence import hint_habit

ARTICLE_DATE = date(2024, 7, 1)


def _reading(text: str, *, locale: str | None = None, day_first: bool = False) -> tuple[str, str]:
    found = [m for m in extract_mentions(text, ARTICLE_DATE, locale=locale, day_first=day_first)
             if m.text == "05/06/2024"]
    assert len(found) == 1, [(m.text, m.value) for m in extract_mentions(text, ARTICLE_DATE, locale=locale)]
    return found[0].value, found[0].explanation


@pytest.mark.parametrize(
    ("text", "locale", "value", "reason"),
    [
        # the document's other numeric dates come first, whatever else it shows
        ("The form was signed 05/06/2024 and filed 17/06/2024.", "en-US", "2024-06-05",
         "the document's other dates are written day first"),
        ("The form was signed 05/06/2024 and filed 06/17/2024.", "en-GB", "2024-05-06",
         "the document's other dates are written month first"),
        # then the metadata's language or address
        ("The form was signed 05/06/2024.", "en-GB", "2024-06-05", "its language is en-GB"),
        ("The form was signed 05/06/2024.", "en_US", "2024-05-06", "its language is en-US"),
        ("The form was signed 05/06/2024.", "de", "2024-06-05", "its language is de"),
        ("The form was signed 05/06/2024.", "https://www.example.co.uk/news/1", "2024-06-05",
         "its source address ends .uk"),
        # then web addresses in the text
        ("The form was signed 05/06/2024, says www.example.de/forms.", None, "2024-06-05",
         "the web addresses in it end .de"),
        # then the spelling of the prose
        ("The colour of the form signed 05/06/2024 at the centre matched its favourite.", None,
         "2024-06-05", "British spelling"),
        ("The color of the form signed 05/06/2024 at the center matched its favorite.", None,
         "2024-05-06", "American spelling"),
    ],
)
def test_the_order_follows_the_strongest_evidence_and_says_which(text, locale, value, reason):
    got, note = _reading(text, locale=locale)
    assert got == value
    assert reason in note


def test_with_no_evidence_both_readings_are_named():
    value, note = _reading("The form was signed 05/06/2024.")
    assert value == "2024-05-06"
    assert "ambiguous" in note and "day first it would be 5 June" in note


def test_the_readers_setting_outranks_the_document():
    value, note = _reading("The form was signed 05/06/2024 and filed 06/17/2024.", day_first=True)
    assert value == "2024-06-05" and "read day first, as set" in note


def test_a_date_that_reads_one_way_only_needs_no_evidence():
    found = extract_mentions("The form was signed 25/06/2024.", ARTICLE_DATE, locale="en-US")
    assert [m.value for m in found if m.text == "25/06/2024"] == ["2024-06-25"]


@pytest.mark.parametrize(
    "hint",
    ["en", "ja-JP", "zh", "https://news.example.com/a", "https://example.ca/a", "fr-CA", ""],
)
def test_hints_that_tell_nothing(hint: str):
    assert hint_habit(hint) is None


def test_a_couple_of_british_words_do_not_outvote_american_ones():
    _, note = _reading("The colour and color of the form signed 05/06/2024 at the centre and center.")
    assert "ambiguous" in note


def test_a_dotted_date_reads_day_first_unless_the_document_says_otherwise():
    found = extract_mentions("The permit runs from 05.06.2024.", ARTICLE_DATE)
    assert [(m.value, "dotted dates are written day first" in m.explanation) for m in found] == [
        ("2024-06-05", True)]
    american = extract_mentions("The permit runs from 05.06.2024 to 06/17/2024.", ARTICLE_DATE)
    assert [m.value for m in american][:1] == ["2024-05-06"]


def test_the_way_the_document_writes_dates_in_words_decides_before_its_language():
    text = "The form, signed 05/06/2024, followed talks on 3 June and 4 June and a vote on 9 June."
    value, note = _reading(text, locale="en-US")
    assert value == "2024-06-05" and "the document's other dates are written day first" in note
