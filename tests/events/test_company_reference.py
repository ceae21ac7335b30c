"""A headline's "Company" named by the words around it (events/company_reference.py)."""

from __future__ import annotations

from datetime import date

from event_builders import make_article

from timeline.analysis.pool import analyse_article
from timeline.events import build_events
from timeline.events.company_reference import with_named_company


def test_the_company_takes_the_name_the_sentence_before_opens_with() -> None:
    assert with_named_company("Company halts its share buyback", "The company halted its share buyback.",
                              "Since the fire, KLX has sold two refineries.") == "KLX halts its share buyback"


def test_a_possessive_a_speaker_and_firm_take_the_name_too() -> None:
    previous = "Orvana Plc said output fell."
    assert with_named_company("Company's shares slide 4 %", "The company's shares slid 4 %.", previous) \
        == "Orvana's shares slide 4 %"
    assert with_named_company("Firm: mine will reopen", "The firm said the mine would reopen.", previous) \
        == "Orvana: mine will reopen"


def test_a_name_before_the_company_in_its_own_sentence_comes_first() -> None:
    assert with_named_company("Company to cut 300 jobs", "Tarn Energy Ltd said the company would cut 300 jobs.",
                              "KLX said nothing.") == "Tarn Energy to cut 300 jobs"


def test_a_speaker_that_names_the_company_again_goes() -> None:
    assert with_named_company("Company: KLX will appeal the fine", "The company said KLX will appeal the fine.",
                              "KLX was fined.") == "KLX will appeal the fine"


def test_capitals_that_are_no_company_leave_the_headline_as_it_is() -> None:
    # an agency or a thing goes with "the"; a dateline, a time zone, a news agency, a body
    for previous in ("The EPA said the BOP had failed.", "OSLO (Reuters) - Talks went on.",
                     "Work stopped at 1400 GMT.", "CNN said the work had stopped.", "NEW YORK | Talks went on.",
                     "The Gulf Oil Spill Commission met."):
        assert with_named_company("Company resumes work", "The company resumed work.", previous) \
            == "Company resumes work", previous
    assert with_named_company("Companies resume work", "Companies resumed work.", "KLX said so.") \
        == "Companies resume work"


def test_an_events_label_names_the_company_its_report_named_before() -> None:
    text = ("Harlow Mining Corp lost its appeal in March. The company suspended its quarterly dividend on "
            "Tuesday, citing the cost of the clean-up.")
    article = analyse_article(make_article("a", date(2023, 5, 12), text))
    labels = {event.value: event.label for event in build_events([article])}
    assert labels["2023-05-09"] == "Harlow Mining suspends its quarterly dividend"


def test_the_company_a_report_named_paragraphs_before_is_named_in_its_label() -> None:
    text = ("KLX cuts its dividend\n"
            "The refiner's board met in London.\n"
            "Shareholders had expected a cut for weeks.\n"
            "Analysts said the cost of the clean-up was rising.\n"
            "The company suspended its quarterly dividend on Tuesday.")
    article = analyse_article(make_article("a", date(2023, 5, 12), text))
    labels = {event.value: event.label for event in build_events([article])}
    assert labels["2023-05-09"] == "KLX suspends its quarterly dividend"
    # a numeral ending a name is no company; with none named before, "Company" stays
    assert with_named_company("Company resumes work", "The company resumed work.", "The rig left.", "") == \
        "Company resumes work"
    text = ("KLX and Orvana Plc share the mine.\nCrews waited.\nThe company suspended drilling on Tuesday.")
    article = analyse_article(make_article("c", date(2023, 5, 12), text))
    labels = {event.value: event.label for event in build_events([article])}
    assert labels["2023-05-09"].startswith("Company")  # two companies named before: either may be meant
    text = ("The rig Driller III sailed in March.\nCrews waited.\nThe company suspended drilling on Tuesday.")
    article = analyse_article(make_article("b", date(2023, 5, 12), text))
    labels = {event.value: event.label for event in build_events([article])}
    assert labels["2023-05-09"].startswith("Company")
