"""One home for a timeline's bands: grouping, folding beyond the room, and an index per band."""

from __future__ import annotations

from datetime import date

from timeline.present import bands_for
from timeline.present.grouping import ArticleInfo, Grouping
from timeline.present.level_of_detail import build_index
from timeline.present.synthetic_events import make_event

ARTICLES = {"a1": ArticleInfo("Flood report", "Daily"), "a2": ArticleInfo("Aid arrives", "Herald"),
            "a3": ArticleInfo("Clean-up", "Gazette"), "a4": ArticleInfo("Inquiry", None)}
EVENTS = (
    make_event("e1", "River bursts its banks", date(2024, 5, 1), articles=("a1", "a2")),
    make_event("e2", "Aid convoy arrives", date(2024, 5, 3), articles=("a2",)),
    make_event("e3", "Streets cleared", date(2024, 5, 6), articles=("a3",)),
    make_event("e4", "Inquiry opens", date(2024, 5, 9), articles=("a4",)),
)


def ids(band):
    return [event.event_id for event in band.index.events]


def test_one_lane_reuses_the_index_it_is_given():
    index = build_index(EVENTS)
    (band,) = bands_for(EVENTS, Grouping.NONE, ARTICLES, room=3, index=index)
    assert band.index is index and (band.key, band.title) == ("", "")
    (built,) = bands_for(EVENTS, Grouping.NONE, ARTICLES, room=3)
    assert sorted(ids(built)) == ["e1", "e2", "e3", "e4"]


def test_an_event_two_outlets_report_shows_in_both_bands():
    bands = bands_for(EVENTS, Grouping.OUTLET, ARTICLES, room=10)
    by_title = {band.title: sorted(ids(band)) for band in bands}
    assert by_title == {"Herald": ["e1", "e2"], "Daily": ["e1"], "Gazette": ["e3"], "(no outlet)": ["e4"]}
    assert bands[0].title == "Herald"  # the largest band on top


def test_groups_beyond_the_room_share_one_band_without_repeats():
    bands = bands_for(EVENTS, Grouping.OUTLET, ARTICLES, room=2)
    assert len(bands) == 2
    assert bands[0].title == "Herald"
    assert bands[1].title == "3 more" and sorted(ids(bands[1])) == ["e1", "e3", "e4"]
