"""A wire dateline without a year ("GENEVA, Oct 12 (Agency) -") takes the year the story's own dates give."""

from __future__ import annotations

from datetime import date

from timeline.ingest.date_evidence import choose_date
from timeline.ingest.datelines import find_datelines


def test_the_year_comes_from_the_full_dates_in_the_story():
    text = (
        "GENEVA, Oct 12 (Agency) - The committee met again after its session of 3 October 2019 "
        "ended without a vote. A report from September 30, 2019 is due to be discussed."
    )
    found = find_datelines(text)
    (item,) = found.findings
    assert item.candidate.value == date(2019, 10, 12)
    # the year is a guess from the text: the article says so when this date is used
    choice = choose_date(found.findings, found.hints)
    assert choice.value == date(2019, 10, 12)
    assert any("2019 taken from the dates in its text" in warning for warning in choice.warnings)


def test_with_no_full_date_the_years_named_in_the_story_give_it_but_not_a_target_year():
    text = (
        "LIMA, March 4 (Agency) - Farmers said the harvest was the worst since 2016. "
        "In 2021 prices rose, and in 2021 the drought began; the plan aims for full supply by 2030."
    )
    (item,) = find_datelines(text).findings
    assert item.candidate.value == date(2021, 3, 4)


def test_with_no_year_anywhere_the_article_waits_for_one():
    text = "GENEVA, Oct 12 (Agency) - The committee met again on Friday and will meet next week."
    found = find_datelines(text)
    assert found.findings == ()
    choice = choose_date(found.findings, found.hints)
    assert choice.value is None
    assert "12 October but no year" in choice.warnings[0]


def test_a_full_date_elsewhere_in_the_file_outranks_the_guessed_year():
    from timeline.ingest.date_evidence import TRUST_MANIFEST, finding

    text = "GENEVA, Oct 12 (Agency) - The talks of 3 October 2019 ended."
    found = find_datelines(text)
    manifest = finding(date(2020, 10, 12), "manifest", "manifest.csv", TRUST_MANIFEST, "manifest")
    choice = choose_date([manifest, *found.findings], found.hints)
    assert choice.value == date(2020, 10, 12)
