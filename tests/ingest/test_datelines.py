"""Date lines, bylines and wire datelines at the top of a text become evidence and metadata."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.ingest.date_evidence import (
    TRUST_BYLINE,
    TRUST_LONE_DATE_LINE,
    TRUST_UPDATED_LINE,
    TRUST_WIRE_DATELINE,
)
from timeline.ingest.datelines import _label_openings, _labelled_byline, find_datelines


def _spans(text: str) -> list[str]:
    return [text[start:end] for start, end in find_datelines(text).metadata_spans]


def test_lone_date_line_is_low_trust_and_suspected_save_date():
    text = "• Tuesday, 02 July 2024\n\nHeadline\n\nBody on Monday."

    found = find_datelines(text)

    (item,) = found.findings
    assert (item.candidate.value, item.candidate.trust) == (date(2024, 7, 2), TRUST_LONE_DATE_LINE)
    assert item.label == "first line" and item.save_date_suspect
    assert _spans(text) == ["• Tuesday, 02 July 2024"]


def test_published_and_updated_lines_rank_apart():
    text = "Headline\nPublished: 20 March 2023 10:04 GMT\nUpdated 21 March 2023\nBody."

    found = find_datelines(text)

    trusts = {f.candidate.value: f.candidate.trust for f in found.findings}
    assert trusts == {date(2023, 3, 20): TRUST_BYLINE, date(2023, 3, 21): TRUST_UPDATED_LINE}
    assert _spans(text) == ["Published: 20 March 2023 10:04 GMT", "Updated 21 March 2023"]


def test_byline_inside_a_longer_line_marks_that_line():
    text = "Headline\nBy Jane Roe | Published March 20, 2023 | 4 min read\nBody."

    (item,) = find_datelines(text).findings

    assert item.candidate.value == date(2023, 3, 20) and item.label == "byline"
    assert _spans(text) == ["By Jane Roe | Published March 20, 2023 | 4 min read"]


def test_wire_dateline_with_year_is_a_candidate_and_only_its_prefix_is_metadata():
    text = "WASHINGTON, March 20, 2023 (AP) — The White House said on Monday it was watching."

    (item,) = find_datelines(text).findings

    assert (item.candidate.value, item.candidate.trust) == (date(2023, 3, 20), TRUST_WIRE_DATELINE)
    assert _spans(text) == ["WASHINGTON, March 20, 2023 (AP) —"]


def test_wire_dateline_without_year_gives_only_a_hint():
    text = "Headline\n\nMOSCOW, March 20 (Reuters) - Putin met Xi on Monday."

    found = find_datelines(text)

    assert found.findings == ()
    assert [(h.month, h.day) for h in found.hints] == [(3, 20)]
    assert _spans(text) == ["MOSCOW, March 20 (Reuters) -"]


def test_dates_inside_the_story_are_not_datelines():
    text = (
        "Putin met Xi on 20 March 2023 in the Kremlin.\n"
        "The court issued its warrant on March 17, 2023, officials said.\n"
    )

    found = find_datelines(text)

    assert found.findings == () and found.metadata_spans == ()


def test_a_date_line_deep_in_the_text_is_not_metadata():
    body = "\n".join(f"Paragraph {n} of the story." for n in range(20))
    text = f"{body}\n20 March 2023\n"

    assert find_datelines(text).findings == ()


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        ("MOSCOW, March 20, 2023 - Putin met Xi.", date(2023, 3, 20), "MOSCOW, March 20, 2023 -"),
        ("NAIROBI, 10 August 2022 - Kenyans voted.", date(2022, 8, 10), "NAIROBI, 10 August 2022 -"),
        ("Nairobi, 10 August 2022 - Kenyans voted.", date(2022, 8, 10), "Nairobi, 10 August 2022 -"),
        ("WASHINGTON (AP) — March 20, 2023 The White House said.", date(2023, 3, 20),
         "WASHINGTON (AP) — March 20, 2023"),
        ("Valencia, 24 de marzo de 2023 (EFE).- La Generalitat anunció.", date(2023, 3, 24),
         "Valencia, 24 de marzo de 2023 (EFE).-"),
        ("PARIS, 8 juin 2023 (AFP) - Le président a dit.", date(2023, 6, 8),
         "PARIS, 8 juin 2023 (AFP) -"),
        ("Paris, le 8 juin 2023 - Le président a dit.", date(2023, 6, 8), "Paris, le 8 juin 2023 -"),
        ("Berlin, 26. März 2024 – Die Regierung hat.", date(2024, 3, 26), "Berlin, 26. März 2024 –"),
        ("ROMA, 20 marzo 2023 (ANSA) - Il governo.", date(2023, 3, 20), "ROMA, 20 marzo 2023 (ANSA) -"),
        ("Rio de Janeiro, 20 de março de 2023 - O governo.", date(2023, 3, 20),
         "Rio de Janeiro, 20 de março de 2023 -"),
        ("AMSTERDAM, 20 maart 2023 (ANP) - Het kabinet.", date(2023, 3, 20),
         "AMSTERDAM, 20 maart 2023 (ANP) -"),
        ("Kyiv, Ukraine, March 20, 2023 — Body.", date(2023, 3, 20), "Kyiv, Ukraine, March 20, 2023 —"),
        ("NEW YORK, March 20, 2023 /PRNewswire/ -- Acme.", date(2023, 3, 20),
         "NEW YORK, March 20, 2023 /PRNewswire/ --"),
    ],
)
def test_wire_datelines_in_the_main_news_languages(text: str, expected: date, span: str):
    (item,) = find_datelines("Headline\n\n" + text).findings

    assert (item.candidate.value, item.label, item.candidate.trust) == (
        expected, "dateline", TRUST_WIRE_DATELINE)
    assert _spans("Headline\n\n" + text) == [span]


@pytest.mark.parametrize(
    ("text", "expected", "label"),
    [
        ("Published: 20 March 2023", date(2023, 3, 20), "byline"),
        ("Updated 3:15 PM EDT, Mon March 20, 2023", date(2023, 3, 20), "“updated” line"),
        ("By Jane Doe | March 20, 2023", date(2023, 3, 20), "byline"),
        ("Publié le 8 juin 2023 à 10h30", date(2023, 6, 8), "byline"),
        ("Mis à jour le 9 juin 2023 à 08h00", date(2023, 6, 9), "“updated” line"),
        ("Veröffentlicht am 26.03.2024, 14:05 Uhr", date(2024, 3, 26), "byline"),
        ("Publicado el 24 de marzo de 2023", date(2023, 3, 24), "byline"),
        ("Pubblicato il 20 marzo 2023", date(2023, 3, 20), "byline"),
        ("20.03.2023", date(2023, 3, 20), "date line at the top"),
        ("2023-03-20", date(2023, 3, 20), "date line at the top"),
    ],
)
def test_header_lines_and_bylines(text: str, expected: date, label: str):
    full = f"Headline\n{text}\nBody of the story."

    (item,) = find_datelines(full).findings

    assert (item.candidate.value, item.label) == (expected, label)
    assert _spans(full) == [text]


def test_a_date_line_under_a_by_line_is_the_byline_date():
    text = "Headline\n\nBy Jane Doe\nMarch 20, 2023\n\nBody."

    (item,) = find_datelines(text).findings

    assert (item.label, item.candidate.trust, item.save_date_suspect) == ("byline", TRUST_BYLINE, False)


@pytest.mark.parametrize(
    "text",
    ["LONDON, March 20 (Reuters) - Shares fell.", "PARIS, 8 juin (AFP) - Le président a dit."],
)
def test_datelines_without_a_year_give_a_hint_and_a_span(text: str):
    found = find_datelines(text)

    assert found.findings == () and len(found.hints) == 1
    assert len(found.metadata_spans) == 1


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, March 20, 2023, Putin met Xi.",
        "In Moscow, March 20, 2023 was a cold day.",
        "Putin met Xi in Moscow, March 20, 2023 - a big day.",
        "He said, 20 March 2023 - not before.",
        "WASHINGTON (AP) — The White House said on Monday it was watching.",
        "In 2019, the company said.",
    ],
)
def test_sentences_with_dates_are_not_datelines(text: str):
    found = find_datelines(text)

    assert found.findings == () and found.hints == () and found.metadata_spans == ()


def test_a_dateline_only_counts_at_the_head_of_the_text():
    lead = "\n".join(f"Paragraph {n} of a long introduction to the story." for n in range(8))

    assert find_datelines(f"{lead}\nMOSCOW, March 20, 2023 - Putin met Xi.").findings == ()


@pytest.mark.parametrize(
    ("text", "stamp", "expected", "trust"),
    [
        ("LISBON | Thu Mar 4, 2021 9:41 am EST LISBON (Wire) - Ministers agreed on Tuesday to cut fares.",
         "LISBON | Thu Mar 4, 2021 9:41 am EST", date(2021, 3, 4), TRUST_BYLINE),
        ("12 October 2019 Last updated at 14:05 GMT The council voted on Friday to close the pier.",
         "12 October 2019 Last updated at 14:05 GMT", date(2019, 10, 12), TRUST_UPDATED_LINE),
        ("Ferry fares cut for the summer LISBON | Thu Mar 4, 2021 9:41 am EST LISBON (Wire) - Ministers met.",
         "Ferry fares cut for the summer LISBON | Thu Mar 4, 2021 9:41 am EST", date(2021, 3, 4), TRUST_BYLINE),
        ("Mon, 7 June 2021 08:30 The harbour reopened yesterday after the storm.",
         "Mon, 7 June 2021 08:30", date(2021, 6, 7), TRUST_BYLINE),
    ],
)
def test_a_time_stamp_run_into_the_first_sentence_is_metadata_and_the_story_goes_on(text, stamp, expected, trust):
    found = find_datelines(text)
    (item,) = found.findings
    assert (item.candidate.value, item.candidate.trust) == (expected, trust)
    assert _spans(text) == [stamp]


@pytest.mark.parametrize(
    "text",
    [
        "March 20, 2023 was the coldest day of the spring in the valley.",
        "On 4 May 2021 at 10:00 the bridge was closed to traffic.",
        "Reporters | The 4 May 2021 meeting ran late into the night.",
        "Talks with the EU | The 4 May 2021 meeting ran late into the night.",
    ],
)
def test_a_sentence_that_opens_with_a_date_is_not_a_stamp(text):
    assert _spans(text) == []


def test_an_updated_stamp_before_the_date_run_into_the_story_is_metadata():
    text = "Page last updated at 14:20 GMT, Monday, 8 March 2021 The mayor spoke to reporters on Sunday."
    (item,) = find_datelines(text).findings
    assert (item.candidate.value, item.candidate.trust) == (date(2021, 3, 8), TRUST_UPDATED_LINE)
    assert _spans(text) == ["Page last updated at 14:20 GMT, Monday, 8 March 2021"]


def test_a_year_less_dateline_is_named_only_when_no_year_completes_it():
    from timeline.ingest.datelines import year_less_dateline

    hint = year_less_dateline("GENEVA, Oct 12 (Agency) - Delegates met on Monday.\n")
    assert hint is not None and (hint.month, hint.day) == (10, 12)
    assert year_less_dateline("GENEVA, Oct 12 (Agency) - Talks began on 3 October 2019.\n") is None
    assert year_less_dateline("Delegates met on Monday in Geneva.\n") is None


def test_a_line_is_searched_for_a_label_only_when_it_holds_a_word_a_label_opens_with():
    # ("date" is inside "dated" and "updated", so they need no search of their own; "publié" matches
    # no ASCII line)
    assert _label_openings(("last updated", "updated", "publié le", "dated", "date")) == ("date", "last")
    assert _label_openings(("poſted",)) is None  # "ſ" matches "s" ignoring case: every line is searched
    assert _labelled_byline("By Jane Roe | LAST UPDATED March 20, 2023") is not None
    assert _labelled_byline("Publié le 20 mars 2023 à 10h") is not None
    assert _labelled_byline("Officials met on March 20, 2023 to discuss the leak") is None
