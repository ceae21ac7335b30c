"""Date lines, bylines and wire datelines at the top of a text become evidence and metadata."""

from __future__ import annotations

from datetime import date

from timeline.ingest.date_evidence import (
    TRUST_BYLINE,
    TRUST_LONE_DATE_LINE,
    TRUST_UPDATED_LINE,
    TRUST_WIRE_DATELINE,
)
from timeline.ingest.datelines import find_datelines


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
