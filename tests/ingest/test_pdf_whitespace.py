"""PDF text-layer whitespace is tidied: single spaces, whole words, line breaks kept."""

from __future__ import annotations

from timeline.ingest.formats.pdf_whitespace import tidy_pdf_text


def test_tabs_and_odd_spaces_between_words_become_single_spaces():
    raw = "Nairobi,\t10\tAugust\t2022\t-\tKenyans\u00a0voted \u2009 on\u202fTuesday\t \n"

    assert tidy_pdf_text(raw) == "Nairobi, 10 August 2022 - Kenyans voted on Tuesday"


def test_line_and_paragraph_breaks_stay_but_runs_of_blank_lines_shrink():
    assert tidy_pdf_text("Title  \n\n\n\n  First line\nsecond line") == (
        "Title\n\nFirst line\nsecond line"
    )


def test_a_word_broken_at_a_line_end_is_joined():
    assert tidy_pdf_text("the commission's chair-\nman said") == "the commission's chairman said"
    assert tidy_pdf_text("a soft\u00ad\nhyphen") == "a softhyphen"


def test_a_real_compound_keeps_its_hyphen():
    assert tidy_pdf_text("the well-\nknown and Russian-\nbacked forces") == (
        "the well-known and Russian-backed forces"
    )
    # The document itself settles it: the hyphenated spelling is used elsewhere.
    assert tidy_pdf_text("a ceasefire-\nline, and the ceasefire-line held") == (
        "a ceasefire-line, and the ceasefire-line held"
    )
    # ...or the joined one is.
    assert tidy_pdf_text("the Well-\nknown case; wellknown") == "the Wellknown case; wellknown"


def test_a_hyphen_before_a_number_or_a_capital_keeps_the_line_break():
    assert tidy_pdf_text("the 2022-\n23 season, Anglo-\nFrench talks") == (
        "the 2022-\n23 season, Anglo-\nFrench talks"
    )


def test_ligatures_are_spelled_out():
    assert tidy_pdf_text("o\ufb03cials \ufb01nd the \ufb02ow") == "officials find the flow"
