"""The default export is one briefing page; more pages only when asked, over non-overlapping ranges."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

from tests.present.test_story import STORY, event
from timeline.export.pages import page_ranges
from timeline.export.scope import TimeRange
from timeline.present.story import key_events


def test_page_ranges_do_not_overlap_and_cover_the_span():
    span = TimeRange(datetime(2010, 4, 25), datetime(2010, 7, 5))
    ranges = page_ranges(span, STORY, 4)
    assert len(ranges) == 4 and ranges[0].start == span.start and ranges[-1].end == span.end
    for a, b in itertools.pairwise(ranges):
        assert a.end == b.start


def test_page_ranges_never_more_than_events():
    span = TimeRange(datetime(2010, 5, 1), datetime(2010, 5, 10))
    assert len(page_ranges(span, STORY[:2], 5)) == 2


def test_top_keeps_the_most_important():
    events = [event(f"e{k}", datetime(2010, 5, 1) + timedelta(days=k), k / 10) for k in range(10)]
    from timeline.present.story import KeyEvents
    assert [e.event_id for e in key_events(events, KeyEvents(top=3))] == ["e9", "e8", "e7"]
