"""Comments, captions, bylines and widgets are marked as not the article; the text stays as read."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.analysis import analyse_article
from timeline.ingest import article_from_text
from timeline.ingest.boilerplate import find_boilerplate, load_patterns

MARKS = [pytest.param(p.reason, line, id=f"{p.reason}:{line[:30]}") for p in load_patterns() for line in p.marks]
KEEPS = [pytest.param(p.reason, line, id=f"{p.reason}:{line[:30]}") for p in load_patterns() for line in p.keeps]


@pytest.mark.parametrize(("reason", "line"), MARKS)
def test_each_example_is_marked(reason: str, line: str):
    text = "The council met on Tuesday.\n" + line + "\nThe vote is next week."
    spans = find_boilerplate(text)
    assert any(found == reason for _, _, found in spans), spans
    assert all(start >= len("The council met on Tuesday.\n") for start, _, _ in spans)


@pytest.mark.parametrize(("reason", "line"), KEEPS)
def test_each_counter_example_is_left_alone(reason: str, line: str):
    assert find_boilerplate(line) == ()


def test_every_pattern_has_examples():
    assert all(pattern.marks for pattern in load_patterns())


STORY = (
    "Dam repairs finish early\n"
    "By Jane Doe, Staff writer\n"
    "Crews finished the repairs on March 3, the agency said on Friday.\n"
    "A crane lifts a gate into place on May 9. Photograph: Sam Roe/Agency\n"
    "Share | Print | E-mail\n"
    "Related stories\n"
    "Flood warning lifted for valley towns\n"
    "Engineers inspect the spillway\n"
    "\n"
    "The dam reopens to visitors in June.\n"
    "At 10:12 am on 14 Apr 2014, riverfan wrote: Great news, I visited on April 1.\n"
    "Recommend (3)\n"
    "At 11:40 am on 14 Apr 2014, Kay wrote: Not before time.\n"
)


def test_an_articles_spans_each_carry_a_reason_and_the_text_is_unchanged():
    article = article_from_text(STORY, article_id="pasted-1")
    assert article.text == STORY
    reasons = [reason for _, _, reason in article.boilerplate_spans]
    assert reasons == ["byline", "caption", "share widget", "link list", "reader comment"]
    comments = article.boilerplate_spans[-1]
    assert STORY[comments[0] :].startswith("At 10:12 am") and comments[1] == len(STORY)
    links = article.boilerplate_spans[3]
    assert STORY[links[0] : links[1]].endswith("Engineers inspect the spillway")


def test_marked_spans_give_no_mentions_and_no_anchors():
    article = replace(article_from_text(STORY, article_id="pasted-1"), date=date(2014, 4, 14))
    values = [m.value for m in analyse_article(article).mentions]
    assert "2014-03-03" in values and "2014-06" in values  # the story's own dates
    assert "2014-05-09" not in values  # the caption's
    assert "2014-04-01" not in values  # a reader's
    assert not [v for v in values if v.startswith("2014-04-14T")]  # the comments' time stamps


def test_a_widget_line_above_the_headline_is_not_the_title():
    article = article_from_text("Share | Print | E-mail\nDam repairs finish early\nCrews finished.", article_id="p")
    assert article.title == "Dam repairs finish early"


def test_comments_run_to_the_end_of_the_text():
    text = "Story.\nComments (2)\nI agree.\nMe too, since May 2010."
    assert find_boilerplate(text) == ((7, len(text), "reader comment"),)


def test_a_credit_ends_at_its_agency_so_the_sentence_keeps_its_subject():
    text = "Photograph: Ann Lee/AP Acme insisted last night that its plan had worked."
    (span,) = find_boilerplate(text)
    assert text[span[0] : span[1]] == "Photograph: Ann Lee/AP"


def test_a_line_start_pattern_is_tried_only_at_lines_opening_as_its_marks_do():
    from timeline.ingest.boilerplate import _line_openings

    line_start = [pattern for pattern in load_patterns() if not pattern.anywhere]
    assert sum(pattern.opening is not None for pattern in line_start) >= len(line_start) - 2
    for pattern in line_start:
        for line in pattern.marks:
            (opening,) = _line_openings(line, [(0, len(line))])
            assert pattern.opening is None or opening is None or opening in pattern.opening, (pattern.reason, line)
    # a blank line is tried by none that knows its opening
    assert all("" not in pattern.opening for pattern in line_start if pattern.opening is not None)
    assert _line_openings("x\n  \n  Ab\n\u212aelvin", [(0, 1), (2, 4), (5, 9), (10, 16)]) == ["x", "", "a", None]


def test_a_web_address_broken_onto_the_next_line_does_not_open_its_sentence():
    # a converter broke "Photograph: example.co.uk" at its dot; the story's sentence follows the tail
    text = "Crews test the new valve Photograph: example.\nco. uk Engineers began testing the valve today."
    marked = [text[start:end].strip() for start, end, _ in find_boilerplate(text)]
    assert "co. uk" in marked
    story = text.index("Engineers")
    assert not any(start <= story < end for start, end, _ in find_boilerplate(text))
