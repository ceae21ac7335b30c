"""Grouping hand-made mentions into events: what merges, what stays apart, conflicts, ids."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from event_builders import analysis, key_of, make_article, mention

from timeline.domain.corpus import ArticleAnalysis
from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.domain.mention import TimexType
from timeline.events import build_events

MON_18 = date(2024, 3, 18)
TUE_19 = date(2024, 3, 19)
SAT_16 = date(2024, 3, 16)

STORM = analysis(
    "storm-1", MON_18,
    "Storm Ciara hit the northern coast on Friday, flooding hundreds of homes. "
    "The rail operator said the coastal railway would reopen on Wednesday.",
    [("on Friday", "2024-03-15"), ("on Wednesday", "2024-03-20")],
)
STORM_LATER = analysis(
    "storm-2", TUE_19,
    "The storm that flooded hundreds of homes on the northern coast last week caused damage estimated at 40 "
    "million euros. The coastal railway reopens on Wednesday, the rail operator said.",
    [("last week", "2024-W11"), ("on Wednesday", "2024-03-20")],
)
VISIT = analysis(
    "visit", SAT_16,
    "Prime minister Ana Ruiz toured the northern coast on Friday and promised emergency funds to farmers.",
    [("on Friday", "2024-03-15")],
)
TWO_IN_ONE = analysis(
    "roundup", SAT_16,
    "On Friday the storm closed the regional airport, and the central bank raised interest rates on Friday.",
    [("On Friday", "2024-03-15"), ("on Friday", "2024-03-15")],
)


def event_of(events: list[Event], key: tuple[str, int, int]) -> Event:
    holding = [e for e in events if any((m.article_id, m.mention.start, m.mention.end) == key for m in e.mentions)]
    assert len(holding) == 1, f"{key} is in {len(holding)} events"
    return holding[0]


def test_same_happening_in_two_articles_at_nested_dates_is_one_event_at_the_finer_date():
    events = build_events([STORM, STORM_LATER])
    storm = event_of(events, key_of(STORM, "on Friday"))
    assert storm is event_of(events, key_of(STORM_LATER, "last week"))
    assert storm.value == "2024-03-15"
    assert storm.interval.granularity is Granularity.DAY
    assert not storm.conflict
    assert storm.source_count == 2
    # Each source keeps its own statement of the date.
    assert sorted(m.mention.value for m in storm.mentions) == ["2024-03-15", "2024-W11"]


def test_railway_reopening_merges_and_stays_apart_from_the_storm():
    events = build_events([STORM, STORM_LATER])
    railway = event_of(events, key_of(STORM, "on Wednesday"))
    assert railway is event_of(events, key_of(STORM_LATER, "on Wednesday"))
    assert railway is not event_of(events, key_of(STORM, "on Friday"))
    assert len(events) == 2


def test_different_happenings_on_the_same_day_stay_apart():
    events = build_events([STORM, STORM_LATER, VISIT])
    assert event_of(events, key_of(VISIT, "on Friday")) is not event_of(events, key_of(STORM, "on Friday"))


def test_two_mentions_in_one_sentence_stay_apart_even_on_the_same_day():
    events = build_events([TWO_IN_ONE])
    assert len(events) == 2
    assert event_of(events, key_of(TWO_IN_ONE, "On Friday")) is not event_of(events, key_of(TWO_IN_ONE, "on Friday"))


def test_only_anchored_dates_and_times_become_events():
    text = "The talks lasted three days. Prices rise every month. The summit opened on Friday. It ended on 5 May."
    published = date(2024, 5, 6)
    mentions = (
        mention(text, "three days", "P3D", published, timex_type=TimexType.DURATION),
        mention(text, "every month", "P1M", published, timex_type=TimexType.SET),
        mention(text, "on Friday", "XXXX-XX-XX", published, unanchored=True),
        mention(text, "5 May", "2024-05-05", published),
    )
    events = build_events([ArticleAnalysis(make_article("a", published, text), mentions)])
    assert [e.value for e in events] == ["2024-05-05"]


def test_an_unreadable_article_gives_no_events():
    broken = make_article("broken", None, "")
    events = build_events([ArticleAnalysis(broken.__class__(**{**_fields(broken), "error": "unreadable"}), ())])
    assert events == []


def _fields(article: object) -> dict[str, object]:
    return {name: getattr(article, name) for name in article.__slots__}  # type: ignore[attr-defined]


LENA_APRIL = analysis(
    "ortiz-1", date(2024, 4, 2),
    "Lena Ortiz resigned as chief executive of Halvorsen Shipping last month after a critical audit.",
    [("last month", "2024-03")],
)
LENA_MAY = analysis(
    "ortiz-2", date(2024, 4, 20),
    "Lena Ortiz, who resigned as chief executive of Halvorsen Shipping earlier this month after a critical audit, "
    "has joined a rival.",
    [("earlier this month", "2024-04")],
)


def test_same_happening_at_neighbouring_dates_from_different_sources_is_one_flagged_event():
    events = build_events([LENA_APRIL, LENA_MAY])
    assert len(events) == 1
    event = events[0]
    assert event.conflict
    assert event.source_count == 2
    assert sorted(m.mention.value for m in event.mentions) == ["2024-03", "2024-04"]
    # The interval spans both claims, so the timeline shows the uncertainty.
    assert event.interval.start.date() == date(2024, 3, 1)
    assert event.interval.end.date() == date(2024, 5, 1)


def test_one_article_giving_two_neighbouring_dates_reports_two_happenings():
    text = ("Union leaders held talks with the transport ministry on Monday. "
            "They will hold more talks with the transport ministry on Tuesday.")
    both = analysis("union", TUE_19, text, [("on Monday", "2024-03-18"), ("on Tuesday", "2024-03-19")])
    events = build_events([both])
    assert len(events) == 2
    assert not any(e.conflict for e in events)


def test_a_weekday_a_week_off_from_another_source_is_flagged():
    first = analysis("museum-1", date(2024, 3, 8), "The city museum reopened on Tuesday after a two-year renovation.",
                     [("on Tuesday", "2024-03-05")])
    second = analysis("museum-2", date(2024, 3, 15),
                      "The city museum reopened on Tuesday after a two-year renovation, visitors said.",
                      [("on Tuesday", "2024-03-12")])
    events = build_events([first, second])
    assert len(events) == 1 and events[0].conflict


def test_one_slip_apart_is_a_conflict_but_a_chain_of_slips_is_not():
    # the same words on three Fridays in a row: each next to the other a week off, but the first
    # and the last two weeks apart are two happenings, whatever joins them
    # (not word for word: the same sentence days later is a reprint, read as its first copy, events.reprints)
    texts = [(date(2024, 3, 9), "2024-03-08", "3"), (date(2024, 3, 16), "2024-03-15", "2"),
             (date(2024, 3, 23), "2024-03-22", "4")]
    fridays = [analysis(f"ferry-{k}", published, f"Ferry fares to the islands rose {rise} percent on Friday, the "
                        "operator said.", [("on Friday", value)])
               for k, (published, value, rise) in enumerate(texts)]
    events = build_events(fridays)
    assert len(events) == 2
    for event in events:
        days = {date.fromisoformat(m.mention.value) for m in event.mentions}
        assert max(days) - min(days) <= timedelta(days=7)


def test_similar_happenings_far_apart_are_not_a_conflict():
    first = analysis("museum-1", date(2024, 3, 8), "The city museum reopened on Tuesday after a two-year renovation.",
                     [("on Tuesday", "2024-03-05")])
    # (not word for word: that would be a reprint, read as its first copy, events.reprints)
    second = analysis("museum-2", date(2024, 6, 15),
                      "The city museum reopened on Tuesday after its two-year renovation.",
                      [("on Tuesday", "2024-06-11")])
    events = build_events([first, second])
    assert len(events) == 2
    assert not any(e.conflict for e in events)


def test_events_are_sorted_by_start():
    events = build_events([STORM, STORM_LATER, VISIT, LENA_APRIL, LENA_MAY])
    starts = [e.interval.start for e in events]
    assert starts == sorted(starts)


def test_implied_only_when_no_source_states_the_date():
    text = "The bridge opened on 3 June 1998. Crowds came on Sunday."
    published = date(1998, 6, 8)
    stated = analysis("bridge", published, text, [("3 June 1998", "1998-06-03"), ("on Sunday", "1998-06-07")],
                      stated=["3 June 1998"])
    events = {e.value: e for e in build_events([stated])}
    assert not events["1998-06-03"].is_implied
    assert events["1998-06-07"].is_implied


def ids_and_members(events: list[Event]) -> dict[str, frozenset[tuple[str, int, int]]]:
    return {e.event_id: frozenset((m.article_id, m.mention.start, m.mention.end) for m in e.mentions) for e in events}


def test_ids_do_not_depend_on_article_order():
    corpus = [STORM, STORM_LATER, VISIT, TWO_IN_ONE, LENA_APRIL, LENA_MAY]
    assert ids_and_members(build_events(corpus)) == ids_and_members(build_events(list(reversed(corpus))))


def test_ids_survive_adding_an_unrelated_article():
    before = ids_and_members(build_events([STORM, STORM_LATER, VISIT]))
    after = ids_and_members(build_events([STORM, STORM_LATER, VISIT, LENA_APRIL]))
    assert before.items() <= after.items()


@pytest.mark.parametrize("count", [1, 3])
def test_ids_are_distinct(count):
    corpus = [STORM, STORM_LATER, VISIT, TWO_IN_ONE, LENA_APRIL, LENA_MAY][: 3 * count]
    events = build_events(corpus)
    assert len({e.event_id for e in events}) == len(events)


def test_same_words_on_one_date_with_different_actors_stay_two_stories():
    published = date(2012, 10, 3)
    analyses = [
        analysis("a", published, "Regulators fined Norvatek a record penalty last September for false claims.",
                 [("last September", "2011-09")]),
        analysis("b", published, "Regulators fined Castellan a record penalty last September for false claims.",
                 [("last September", "2011-09")]),
        analysis("c", published, "Regulators fined Norvatek a record penalty last September over its claims.",
                 [("last September", "2011-09")]),
    ]
    events = build_events(analyses)
    by_articles = sorted(tuple(sorted(e.article_ids)) for e in events)
    assert by_articles == [("a", "c"), ("b",)]


@pytest.mark.parametrize(("published", "phrase", "value"), [
    (date(2024, 3, 25), "in March", "2024-03"),
    (date(2024, 3, 13), "last week", "2024-W10"),
])
def test_a_month_or_week_needs_much_more_in_common_to_take_a_time_of_day(published, phrase, value):
    # As alike as two reports of one grounding often are (cosine about 0.3): enough for a day
    # to nest a time, not for "in March" or "last week" to become "at midnight on 8 March".
    crew = analysis("crew", published, f"The ferry crew ran aground on a sandbank {phrase}.", [(phrase, value)])
    ferry = analysis("ferry", date(2024, 3, 8), "The old ferry ran aground on the reef at midnight.",
                     [("midnight", "2024-03-08T00:00")])
    events = build_events([crew, ferry])
    assert event_of(events, key_of(crew, phrase)) is not event_of(events, key_of(ferry, "midnight"))
    same_day = analysis("day", date(2024, 3, 9), "The ferry crew ran aground on a sandbank on Friday.",
                        [("on Friday", "2024-03-08")])
    events = build_events([same_day, ferry])
    assert event_of(events, key_of(same_day, "on Friday")) is event_of(events, key_of(ferry, "midnight"))


def test_two_stories_sharing_only_the_storys_setting_stay_apart():
    # A corpus where every report names the town: the town is the setting, not an actor.
    filler = [analysis(f"filler-{k}", MON_18, f"Officials in Portville counted {k} new claims on Monday.",
                       [("on Monday", "2024-03-18")]) for k in range(210)]
    flight = analysis("flight", SAT_16,
                      "A Red Cross team with tents is due to reach the harbour of Portville on Sunday.",
                      [("on Sunday", "2024-03-17")])
    visit = analysis("visit", SAT_16, "Mayor Ann Lee is due to visit the harbour of Portville on Sunday.",
                     [("on Sunday", "2024-03-17")])
    events = build_events([*filler, flight, visit])
    assert event_of(events, key_of(flight, "on Sunday")) is not event_of(events, key_of(visit, "on Sunday"))


def test_two_reports_sharing_one_word_only_stay_apart():
    # Same day, one rare word in common ("completed"), nothing else: two happenings.
    tunnel = analysis("a", MON_18, "Tunnel completed on Sunday.", [("on Sunday", "2024-03-17")])
    ballots = analysis("b", MON_18, "Ballots completed on Sunday.", [("on Sunday", "2024-03-17")])
    others = [analysis(f"x{k}", MON_18, f"Story {k} of another kind told on Sunday.", []) for k in range(6)]
    assert len(build_events([tunnel, ballots, *others])) == 2
    # Two words in common ("completed", "tunnel") may tell one happening.
    again = analysis("c", MON_18, "Harbour tunnel completed on Sunday.", [("on Sunday", "2024-03-17")])
    assert len(build_events([tunnel, again, *others])) == 1


def test_a_generic_organisation_word_in_two_names_is_no_shared_actor():
    # "Service" closes two different bodies' names; it is all the two reports share.
    closure = analysis("a", MON_18, "Park Service shut dunes on Sunday.", [("on Sunday", "2024-03-17")])
    rating = analysis("b", MON_18, "Investors Service cut ratings on Sunday.", [("on Sunday", "2024-03-17")])
    others = [analysis(f"x{k}", MON_18, f"Story {k} of another kind told on Sunday.", []) for k in range(6)]
    assert len(build_events([closure, rating, *others])) == 2


def test_the_storys_setting_alone_in_common_is_no_shared_happening():
    # One report in ten names the capital: it is the story's setting. Two reports of one
    # Saturday that share only its name (a body recovered there, aid handed out there) are
    # two happenings.
    filler = [analysis(f"filler-{k}", MON_18,
                       f"Clerk {k} of {'San-del-Monte' if k % 10 == 0 else 'the county'} filed claims on Monday.",
                       [("on Monday", "2024-03-18")]) for k in range(220)]
    body = analysis("body", MON_18, "Rescuers found a body in San-del-Monte on Saturday.",
                    [("on Saturday", "2024-03-16")])
    aid = analysis("aid", MON_18, "Water was given out in San-del-Monte on Saturday.",
                   [("on Saturday", "2024-03-16")])
    events = build_events([*filler, body, aid])
    assert event_of(events, key_of(body, "on Saturday")) is not event_of(events, key_of(aid, "on Saturday"))


def test_a_quarters_figures_do_not_join_a_day_inside_the_quarter():
    # The ferry line's first-quarter results (told in April) and its second-quarter profit (a
    # period's figures, told in July) share their words, and the day lies in the quarter.
    day = analysis("day", date(2024, 4, 24),
                   "The ferry line reported a first-quarter net profit of $5 million on Tuesday.",
                   [("on Tuesday", "2024-04-23")])
    period = analysis("period", date(2024, 7, 30), "The ferry line's second-quarter net profit fell to $3 million.",
                      [("second-quarter", "2024-Q2")])
    events = build_events([day, period])
    assert event_of(events, key_of(day, "on Tuesday")) is not event_of(events, key_of(period, "second-quarter"))


def test_a_live_pages_post_joins_another_pages_small_happening_only_in_much_the_same_words():
    from timeline.domain.interval import TimeInterval
    from timeline.events.grouping import POSTED_JOIN_SIMILARITY, _Group, joins
    from timeline.events.term_vectors import cosine

    day = TimeInterval.for_day(date(2024, 3, 18))
    report = {"minister": 1.0, "met": 1.0, "aid": 1.0, "agencies": 1.0, "appeal": 1.0}
    # a post sharing two of the report's words, about as alike as a pair must be to be looked at
    post = {"charities": 1.0, "appealing": 1.0, "victims": 1.0, "help": 1.0, "quake": 1.0, "aid": 1.0, "appeal": 0.5}
    assert 0.2 <= cosine(report, post) < POSTED_JOIN_SIMILARITY

    def group(member: int, centroid: dict[str, float], *, posted: bool) -> _Group:
        return _Group([member], day, centroid, {(f"a{member}", 0)}, {f"a{member}"}, set(), set(), posted)

    assert not joins(group(0, report, posted=False), group(1, post, posted=True), True, 0.15)
    # not posted, the same pair joins; a post told in the report's own words joins it too
    assert joins(group(0, report, posted=False), group(1, post, posted=False), True, 0.15)
    assert joins(group(0, report, posted=False), group(1, dict(report, quake=0.5), posted=True), True, 0.15)
    # a post and another sentence of the same live page likewise ("2.45 pm: senators make their
    # opening statements" is not the chair's remark told further down)
    same_page = _Group([1], day, post, {("a0", 9)}, {"a0"}, set(), set(), True)
    assert not joins(group(0, report, posted=False), same_page, True, 0.15)


def test_a_report_told_to_the_day_takes_a_time_of_day_only_from_a_sentence_telling_much_the_same():
    from timeline.domain.interval import TimeInterval
    from timeline.events.grouping import CLOCK_JOIN_SIMILARITY, POSTED_JOIN_SIMILARITY, _Group, joins
    from timeline.events.term_vectors import cosine

    day = TimeInterval.for_day(date(2024, 3, 18))
    at_four = TimeInterval(datetime(2024, 3, 18, 16, 15), datetime(2024, 3, 18, 16, 16), Granularity.MINUTE)
    order = {"bank": 1.0, "told": 1.0, "traders": 1.0, "refuse": 1.0, "contracts": 1.0, "ferry": 1.0}
    # "At 4.15 pm the ferry line's shares traded at $12": two words in common, enough for a pair
    price = {"ferry": 1.0, "shares": 1.0, "traded": 1.0, "dollars": 1.0, "line": 1.0, "traders": 0.6}
    assert 0.2 <= cosine(order, price) < CLOCK_JOIN_SIMILARITY

    def group(member: int, interval: TimeInterval, centroid: dict[str, float], *, posted: bool = False) -> _Group:
        return _Group([member], interval, centroid, {(f"a{member}", 0)}, {f"a{member}"}, set(), set(), posted)

    assert not joins(group(0, day, order), group(1, at_four, price), True, 0.15)
    assert not joins(group(1, at_four, price), group(0, day, order), True, 0.15)
    # told to the day both, the same pair joins; so does a time told in much the same words
    assert joins(group(0, day, order), group(1, day, price), True, 0.15)
    assert joins(group(0, day, order), group(1, at_four, dict(order, shares=0.5)), True, 0.15)
    # a live page's post stamp is left to the rule for posts (which dates by the day beside other
    # reports), and this pair is alike enough for that one
    assert cosine(order, price) >= POSTED_JOIN_SIMILARITY
    assert joins(group(0, day, order), group(1, at_four, price, posted=True), True, 0.15)
