"""Page stamps are found wherever they stand: on any line, at a line's very start or end of
text, beside other lines with or without a time zone (the stamp search looks only at lines
that may hold a zone, see page_stamps._lines_with_zone_parts)."""

from __future__ import annotations

import re

from timeline.extract import page_stamps
from timeline.extract.page_stamps import page_stamp_ends, page_stamp_spans

# My own lines, in the shape of a saved news page: headline, stamp, first paragraph.
PAGE = (
    "Ferry line cuts sailings\n"
    "The STATE ferry board met on Monday EST and GMT were named in passing.\n"
    "Harbour reopens after storm Sunday 18 July 2010 21.04 BST Work crews cleared the quay.\n"
    "Tue 3 Aug 2010 9:15 am EDT The second story opens a line.\n"
    "OSLO | Mon Mar 3, 2025 9:15 am EST OSLO (Wire) - The operator said it would resume.\n"
    "Ends with a stamp 4 May 2011 10.00 GMT Help"
)


def _whole_text(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def test_every_stamp_is_found_on_whatever_line_it_stands():
    ends = page_stamp_ends(PAGE)

    assert [PAGE[end - 3 : end] for end in ends] == ["BST", "EDT", "EST", "GMT"]
    assert ends == [span[1] for span in _whole_text(page_stamps.PAGE_STAMP, PAGE)]


def test_stamps_with_their_datelines_are_those_a_whole_text_search_finds():
    spans = page_stamp_spans(PAGE)

    assert PAGE[spans[2][0] : spans[2][1]] == "OSLO | Mon Mar 3, 2025 9:15 am EST"
    assert list(spans) == _whole_text(page_stamps._STAMP_WITH_DATELINE, PAGE) + _whole_text(
        page_stamps._LINE_STAMP, PAGE)


def test_only_lines_that_may_hold_a_zone_are_searched():
    lines = [PAGE[start:end] for start, end in page_stamps._lines_with_zone_parts(PAGE)]

    assert lines == PAGE.split("\n")[1:]  # the headline alone holds no zone
    assert page_stamps._lines_with_zone_parts("The ferry left on 3 March 2025 at 09.15.\nNo zone.") == []


def test_run_in_stamps_with_a_tab_after_the_semicolon_on_two_lines_both_end_their_headlines():
    text = ("Ferry line cuts sailings, board says Monday, March 3, 2025;\t9:15 AM The operator said more.\n"
            "Port reopens, mayor says Tuesday, March 4, 2025; 10:02 PM Boats left at dawn.")

    assert [text[:end][-12:] for end in page_stamp_ends(text)] == ["025;\t9:15 AM", "25; 10:02 PM"]
