"""Days by distinct-article support: stated beats implied, precise beats coarse, one vote per article."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from event_builders import mention

from timeline.domain.event import Event, EventMention
from timeline.events import rank_days
from timeline.extract.timex_values import interval_for_value

TEXT = "It happened on 3 May 2024. It happened on Friday. It happened last week. It happened in May."
PUBLISHED = date(2024, 5, 6)
STATED = mention(TEXT, "3 May 2024", "2024-05-03", PUBLISHED, stated=True)
IMPLIED = mention(TEXT, "on Friday", "2024-05-03", PUBLISHED)
WEEK = mention(TEXT, "last week", "2024-W18", PUBLISHED)
MONTH = mention(TEXT, "in May", "2024-05", PUBLISHED)


def event(value: str, *mentions: tuple[str, object], **changes: object) -> Event:
    interval = interval_for_value(value)
    assert interval is not None
    items = tuple(EventMention(article, m, "") for article, m in mentions)  # type: ignore[arg-type]
    return replace(Event(f"ev-{value}-{len(items)}", value, value, interval, items), **changes)


def scores(*events: Event) -> dict[date, float]:
    return dict(rank_days(list(events)))


def test_distinct_articles_count_once_each():
    day = event("2024-05-03", ("a", IMPLIED), ("a", STATED), ("b", IMPLIED))
    other = event("2024-05-02", ("c", IMPLIED))
    ranked = rank_days([other, day])
    assert ranked[0][0] == date(2024, 5, 3)
    # Article a counts once, with its stated mention; b with its implied one.
    assert ranked[0][1] == 1.0 + 0.75


def test_stated_counts_more_than_implied_and_precise_more_than_coarse():
    stated = scores(event("2024-05-03", ("a", STATED)))[date(2024, 5, 3)]
    implied = scores(event("2024-05-03", ("a", IMPLIED)))[date(2024, 5, 3)]
    coarse = scores(event("2024-05-03", ("a", WEEK)))[date(2024, 5, 3)]
    assert stated > implied > coarse > 0


def test_disputed_hidden_and_coarse_events_name_no_day_or_count_less():
    assert scores(event("2024-05", ("a", MONTH))) == {}
    assert scores(event("2024-05-03", ("a", STATED), hidden=True)) == {}
    disputed = scores(event("2024-05-03", ("a", STATED), conflict=True))[date(2024, 5, 3)]
    assert disputed < scores(event("2024-05-03", ("a", STATED)))[date(2024, 5, 3)]


def test_ties_go_to_the_earlier_day():
    ranked = rank_days([event("2024-05-03", ("a", IMPLIED)), event("2024-05-01", ("b", IMPLIED))])
    assert [day for day, _ in ranked] == [date(2024, 5, 1), date(2024, 5, 3)]
