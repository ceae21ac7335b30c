"""What a view shows for its state, worked out without Qt: filter, Key events, index, bands."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeline.domain.article import Article
from timeline.present.event_filter import NO_FILTER, EventFilter
from timeline.present.grouping import Grouping
from timeline.present.level_of_detail import build_index
from timeline.present.story import KeyEvents
from timeline.present.synthetic_events import make_event
from timeline.present.timeline_content import TimelineContent, events_to_show

EVENTS = (
    replace(make_event("quake", "Earthquake strikes the coast", date(2024, 1, 10), articles=("a1",)),
            importance=0.9),
    replace(make_event("aid", "Aid flights land", date(2024, 1, 12), articles=("a1", "a2")), importance=0.5),
    replace(make_event("old", "The 1960 earthquake", date(1960, 5, 22), articles=("a2",)), background=True),
    make_event("talk", "Officials meet", date(2024, 1, 13), articles=("a2",)),
)


def ids(events):
    return [e.event_id for e in events]


def test_background_events_only_when_asked_and_only_key_events_when_asked():
    assert ids(events_to_show(EVENTS, NO_FILTER, KeyEvents())) == ["quake", "aid", "talk"]
    assert "old" in ids(events_to_show(EVENTS, NO_FILTER, KeyEvents(show_background=True)))
    assert ids(events_to_show(EVENTS, NO_FILTER, KeyEvents(top=2, only=True))) == ["quake", "aid"]
    assert ids(events_to_show(EVENTS, EventFilter(text="aid"), KeyEvents())) == ["aid"]


def test_a_prebuilt_index_is_used_only_when_every_event_is_shown():
    content = TimelineContent()
    content.set_events(EVENTS)
    prebuilt = build_index(EVENTS)
    content.refilter(NO_FILTER, KeyEvents(show_background=True), prebuilt)
    assert content.index is prebuilt
    content.refilter(NO_FILTER, KeyEvents(), prebuilt)  # the background event drops out
    assert content.index is not prebuilt and sorted(content.index.rank_of) == ["aid", "quake", "talk"]


def test_bands_are_kept_until_the_room_or_the_content_changes():
    content = TimelineContent()
    content.set_events(EVENTS)
    content.set_articles([Article("a1", "a1.txt", "Wire report", "", date(2024, 1, 12), "manifest", outlet="Wire"),
                          Article("a2", "a2.txt", "Local paper", "", date(2024, 1, 14), "manifest", outlet="Local")])
    content.refilter(NO_FILTER, KeyEvents())
    first = content.bands(Grouping.OUTLET, room=5)
    generation = content.generation
    assert content.bands(Grouping.OUTLET, room=5) is first and content.generation == generation
    assert [b.title for b in content.bands(Grouping.OUTLET, room=1)] == ["2 more"]
    assert content.generation > generation
    content.drop_bands()
    assert content.bands(Grouping.OUTLET, room=5) is not first
    start, end = content.seconds("aid")
    assert start < end and content.event("aid").label == "Aid flights land"
    assert content.story_span() is not None


def test_an_articles_new_date_moves_the_story_as_the_articles_given_afresh_would():
    articles = [Article(f"a{n}", f"a{n}.txt", f"Report {n}", "", date(2024, 1, 1 + n), "manifest")
                for n in range(12)]
    patched, fresh = TimelineContent(), TimelineContent()
    patched.set_articles(articles)
    patched.set_events(EVENTS)
    patched.refilter(NO_FILTER, KeyEvents())
    before = patched.story_span()
    moved = list(articles)
    moved[3] = replace(articles[3], date=date(2024, 3, 30))
    moved[5] = replace(articles[5], date=None)
    moved[7] = replace(articles[7], title="Report seven, corrected")
    for content in (patched, fresh):
        content.set_articles(moved)
        content.set_events(EVENTS)
        content.refilter(NO_FILTER, KeyEvents())
    assert patched.articles == fresh.articles and patched.articles["a7"].title == "Report seven, corrected"
    assert patched._published == fresh._published
    assert patched.story_span() == fresh.story_span() != before
