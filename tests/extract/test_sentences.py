"""Sentence splitting: cheap, but not fooled by abbreviations and dates."""

from __future__ import annotations

import pytest

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


def test_a_sentence_run_into_the_next_without_its_full_stop_is_split():
    text = "Ann Lee has led the crew for 12 years The crew was set up in 1981 after a flood."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Ann Lee has led the crew for 12 years",
        "The crew was set up in 1981 after a flood.",
    ]


def test_a_caption_run_into_a_sentence_opening_with_a_possessive_is_split():
    text = "A diver at work near the wreck His partner followed on Monday and they met that night."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "A diver at work near the wreck",
        "His partner followed on Monday and they met that night.",
    ]


def test_a_photo_caption_run_into_a_sentence_opening_with_also_is_split():
    text = "Boats idle in the harbour Also on Monday, the port reopened."
    assert _sentences(text) == ["Boats idle in the harbour", "Also on Monday, the port reopened."]


@pytest.mark.parametrize(("text", "expected"), [
    ("A storm hit the ferry Two crew members died on Monday.",
     ["A storm hit the ferry", "Two crew members died on Monday."]),
    ("Watch online and via the radio Eighty-five staff died in the 12 May flood.",
     ["Watch online and via the radio", "Eighty-five staff died in the 12 May flood."]),
    # a title's words are all capitalised
    ("He wrote Three Men in a Boat in 1889.", ["He wrote Three Men in a Boat in 1889."]),
    ("Divers bagged the waste after a spill So he tried it at home.",
     ["Divers bagged the waste after a spill", "So he tried it at home."]),
    ("Watch the advert on the flu Three new cases were found on Friday.",
     ["Watch the advert on the flu", "Three new cases were found on Friday."]),
    ("The ship sank Forty-one were rescued.", ["The ship sank", "Forty-one were rescued."]),
    ("Police raided the building Hundreds gathered outside.",
     ["Police raided the building", "Hundreds gathered outside."]),
    # a count before no plural, an ordinal, a name, a firm's name in capitals
    ("New York-based Six Flags filed for bankruptcy.", ["New York-based Six Flags filed for bankruptcy."]),
    ("It became a category Four storm on Monday.", ["It became a category Four storm on Monday."]),
    ("The Twenty-first Century Trust gave money.", ["The Twenty-first Century Trust gave money."]),
    ("Shares in BRITISH AMERICAN TOBACCO Plc fell 3% on Monday.",
     ["Shares in BRITISH AMERICAN TOBACCO Plc fell 3% on Monday."]),
    # a heading in capitals run into its sentence; not a live page's stamp and place
    ("STILL NO DEAL ON THE FARES Union leaders said talks would resume on June 14.",
     ["STILL NO DEAL ON THE FARES", "Union leaders said talks would resume on June 14."]),
    ("18 JANUARY, 2200 GMT, PORT ROYAL AIRPORT Crowds waited for food.",
     ["18 JANUARY, 2200 GMT, PORT ROYAL AIRPORT Crowds waited for food."]),
    # an article opening a run-on sentence; not a letter naming a kind, nor a rate after an amount
    ("The curator explains how the lock should work A new lock was fitted on Monday.",
     ["The curator explains how the lock should work", "A new lock was fitted on Monday."]),
    ("Doctors found the influenza A virus in two pupils.", ["Doctors found the influenza A virus in two pupils."]),
    ("They kept plan A for a week.", ["They kept plan A for a week."]),
    ("The bonds were rated A by the agency on Monday.", ["The bonds were rated A by the agency on Monday."]),
    ("Pupils got their A level results on Thursday.", ["Pupils got their A level results on Thursday."]),
    ("The firm paid three million dollars A year in rent.", ["The firm paid three million dollars A year in rent."]),
])
def test_a_count_a_conjunction_or_a_heading_run_into_a_sentence_starts_one(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_a_quote_opened_for_the_next_paragraph_is_not_this_sentences():
    text = 'The crew said the "worst is over" on Friday. "\nWe are glad," she said. “\nThey left.'
    assert _sentences(text) == ['The crew said the "worst is over" on Friday.', 'We are glad," she said.', "They left."]


def test_a_title_inside_a_sentence_is_no_new_sentence():
    for text in ("She wrote in The Times that it failed.", "He told The Associated Press it was over.",
                 "The pastor said God had shown His mercy to the town on Sunday."):
        assert len(split_sentences(text)) == 1


@pytest.mark.parametrize(("text", "headline", "story"), [
    ("Ferry line cuts winter sailings Islanders fear for jobs Monday 3 March 2025 09.15 GMT The operator said ...",
     "Ferry line cuts winter sailings Islanders fear for jobs Monday 3 March 2025 09.15 GMT",
     "The operator said ..."),
    ("Ferry line cuts sailings 3 March 2025 Last updated at 09:15 GMT Help In 1999 the line had ten boats.",
     "Ferry line cuts sailings 3 March 2025 Last updated at 09:15 GMT Help",
     "In 1999 the line had ten boats."),
    ("Ferry line cuts sailings OSLO | Mon Mar 3, 2025 9:15 am EST OSLO (Wire) - The operator said ...",
     "Ferry line cuts sailings OSLO | Mon Mar 3, 2025 9:15 am EST",
     "OSLO (Wire) - The operator said ..."),
    ("Ferry line cuts sailings, board says Monday, March 3, 2025; 9:15 AM The operator said ...",
     "Ferry line cuts sailings, board says Monday, March 3, 2025; 9:15 AM",
     "The operator said ..."),
])
def test_a_page_stamp_run_in_after_the_headline_ends_its_sentence(text: str, headline: str, story: str) -> None:
    assert _sentences(text) == [headline, story]


def test_a_date_and_time_inside_a_sentence_is_no_page_stamp():
    # Without a time zone, or with the sentence going on in lower case, the date is the sentence's own.
    for text in ("The ferry left on 3 March 2025 at 09.15 and docked at noon.",
                 "The ferry left on Monday, March 3, 2025; 9:15 am was its hour.",
                 "The ferry left on Monday 3 March 2025 09.15 GMT from the north quay."):
        assert len(split_sentences(text)) == 1


def test_a_bullet_turned_into_cents_splits_summary_points():
    text = "Ferry costs hit $1.2 bn cents Strike talks fail cents Union vows to fight on\nThe fare was 84 cents A trip."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Ferry costs hit $1.2 bn", "Strike talks fail", "Union vows to fight on", "The fare was 84 cents A trip."]


def test_list_bullets_on_one_line_split_summary_points():
    text = "• Ferry sinks off the cape • Crew of 12 rescued\n\\* Talks resume on Monday \\* Strike called off"
    assert _sentences(text) == ["Ferry sinks off the cape", "Crew of 12 rescued", "Talks resume on Monday",
                                "Strike called off"]
    # an asterisk between numbers, or one marking a footnote, is no bullet
    assert _sentences("The toll was 5 * 3 and the mayor* resigned.") == ["The toll was 5 * 3 and the mayor* resigned."]


def test_a_wire_stories_lead_run_into_its_summary_starts_a_sentence():
    text = ("Port expected to reopen in 2027 By Ann Lee and Tom Berg OSLO, July 29 (Reuters) - The ferry "
            "strike ended on Monday.\nDock work halted PARIS, May 2 (Reuters) - Dockers walked out.")
    assert _sentences(text) == [
        "Port expected to reopen in 2027",
        "By Ann Lee and Tom Berg OSLO, July 29 (Reuters) - The ferry strike ended on Monday.",
        "Dock work halted", "PARIS, May 2 (Reuters) - Dockers walked out."]
    # a headline's capitalised "By" is no byline
    assert _sentences("Ferry Shares Hit By Strike Fears OSLO, July 29 (Reuters) - Shares fell.") == [
        "Ferry Shares Hit By Strike Fears", "OSLO, July 29 (Reuters) - Shares fell."]
    # a dateline opening its line is where its sentence starts anyway
    assert _sentences("OSLO, July 29 (Reuters) - The strike ended.") == [
        "OSLO, July 29 (Reuters) - The strike ended."]


def test_a_capitalised_preposition_or_quantifier_after_a_lower_case_word_starts_a_run_on_sentence():
    assert _sentences("Divers searched the wreck all night Up to 40 crew may be trapped") == [
        "Divers searched the wreck all night", "Up to 40 crew may be trapped"]
    assert _sentences("The mayor left early In his speech he thanked the crews") == [
        "The mayor left early", "In his speech he thanked the crews"]
    # not a title's capitals, nor a programme named after a day, nor a title after the noun it names
    assert len(_sentences("She starred in Gone With the Wind and told NBC's Today show that she would return")) == 1
    assert len(_sentences("His novel On the Shore was published in 1990 and read on the radio show In Our Time")) == 1
    assert len(_sentences("The senator appeared on the network's On the Record on Monday")) == 1


def test_a_date_opening_a_sentence_a_caption_ran_into_starts_it():
    # the caption lost its full stop; the date is the next sentence's, not the caption's
    assert _sentences("Crowds cheer as the boy is lifted from the ruins On Sunday, divers found two more") == [
        "Crowds cheer as the boy is lifted from the ruins", "On Sunday, divers found two more"]
    assert _sentences("Water laps at the steps of the town hall In March the river rose again") == [
        "Water laps at the steps of the town hall", "In March the river rose again"]
    assert _sentences("The tug left the harbour late By 3 April it had reached the rig") == [
        "The tug left the harbour late", "By 3 April it had reached the rig"]
    # a title's capitals ("Live On Sunday") and a name before the date stay whole
    assert len(_sentences("She hosted the show Live On Sunday for ten years")) == 1


def test_a_run_on_split_within_a_span_that_a_tab_or_several_blanks_join():
    # The quick look for a blank and an opener must see tabs and runs of blanks as the split does.
    assert _sentences("the team for 12 years\tThe charity was formed") == [
        "the team for 12 years", "The charity was formed"]
    assert _sentences("near the wreck   His partner followed on Monday") == [
        "near the wreck", "His partner followed on Monday"]


def test_line_breaks_after_blanks_and_tabs_end_sentences():
    assert _sentences("Oil reached the shore \t\nCrews  arrived.\r\n\tThen rain") == [
        "Oil reached the shore", "Crews  arrived.", "Then rain"]


def test_a_quote_closing_a_quotation_begun_paragraphs_before_stays_with_its_sentence():
    text = 'The mayor said: " Roads are closed.\nHospitals have collapsed. "\nRain fell.'
    assert _sentences(text)[1] == 'Hospitals have collapsed. "'


def test_bullets_read_as_cents_are_looked_for_only_in_the_lines_holding_cents():
    from timeline.extract.sentences import _BULLET, _bullets

    text = ("First oil washes ashore cents Engineers admit rethink\ncents Crews work on\n"
            "Fuel costs 84 cents Monday\nNo bullet here\nlast line  cents Divers return")
    spans = [match.span() for match in _bullets(text)]

    assert spans == [match.span() for match in _BULLET.finditer(text)]
    assert [text[start:end].strip() for start, end in spans] == ["cents", "cents", "cents"]


def test_a_ticker_a_line_break_cut_stays_inside_its_sentence():
    # "(ACME.\nL)": the page broke the line after the exchange's dot; "L) shares fell" is no sentence.
    assert _sentences("Shares in Acme (ACME.\nL) fell on Monday.\nRain fell.") == [
        "Shares in Acme (ACME.\nL) fell on Monday.", "Rain fell."]
    # a bracket closed on the line before leaves the break a sentence's end
    assert _sentences("Acme (ACME.L) fell.\nOK) done") == ["Acme (ACME.L) fell.", "OK) done"]


@pytest.mark.parametrize(("text", "attribution", "following"), [
    # a page's pull quote, its marker and who said it, run into the next sentence
    ('The port will reopen when it is safe " End Quote Ann Lee Harbour master The ferries resumed on Monday.',
     '" End Quote Ann Lee Harbour master', "The ferries resumed on Monday."),
    ('We will not give up "End Quote Tom Roe Union leader, Leeds docks He told reporters the strike goes on.',
     '"End Quote Tom Roe Union leader, Leeds docks', "He told reporters the strike goes on."),
    ('Costs keep rising "End Quote Ann Lee City treasurer Acme responded that it would pay.',
     '"End Quote Ann Lee City treasurer', "Acme responded that it would pay."),
    ('The vote is close " End Quote Jo Marsh BBC political editor Tom Roe said the count ends on Friday.',
     '" End Quote Jo Marsh BBC political editor', "Tom Roe said the count ends on Friday."),
    # a role holding a capitalised word and a lower-case one is no new sentence
    ('Prices will fall " End Quote Ann Lee North America editor Speculation continues that the firm will sell.',
     '" End Quote Ann Lee North America editor', "Speculation continues that the firm will sell."),
])
def test_a_pull_quotes_attribution_is_a_sentence_of_its_own(text: str, attribution: str, following: str) -> None:
    sentences = _sentences(text)
    assert sentences[1:] == [attribution, following]


def test_a_story_opening_on_the_name_its_run_in_headline_used_starts_a_sentence():
    text = ("Ann Lee to miss harbour concert Ann Lee said on Monday she was unwell.\n"
            "Rescuers said it was a miracle Mr Berg was found alive Mr Berg had been trapped for days.")
    assert _sentences(text) == [
        "Ann Lee to miss harbour concert", "Ann Lee said on Monday she was unwell.",
        "Rescuers said it was a miracle Mr Berg was found alive", "Mr Berg had been trapped for days."]
    # a name said again after a word that leads into it, or before a noun it describes, is the same sentence
    for same in ("The mayor told viewers that Ann Lee was well and that Ann Lee is resting.",
                 "The Harbour Board approved every request from local Harbour Board members on Monday.",
                 "Ann Lee thanked the crew, and Ann Lee said she would return.",
                 "The fund said Ann Lee resigned and the board said Ann Lee left in May."):
        assert _sentences(same) == [same]
