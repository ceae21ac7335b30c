"""The analyst's edits on top of automatic grouping: applied by mention keys, kept across re-extraction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from event_builders import analysis, key_of, storm_article

from timeline.domain.edits import (
    AddEvent,
    AnnotateEvent,
    HideEvent,
    MergeEvents,
    RenameEvent,
    SetArticleDate,
    SetEventDate,
    SplitEvent,
)
from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.events import build_events, event_keys, unapplied_edits
from timeline.events.event_ids import added_event_key

STORM = storm_article()
STORM_LATER = analysis(
    "storm-2", date(2024, 3, 19),
    "The storm that flooded hundreds of homes on the northern coast last week caused damage estimated at 40 "
    "million euros.",
    [("last week", "2024-W11")],
)
VISIT = analysis(
    "visit", date(2024, 3, 16),
    "Prime minister Ana Ruiz toured the northern coast on Friday and promised emergency funds to farmers.",
    [("on Friday", "2024-03-15")],
)
CORPUS = [STORM, STORM_LATER, VISIT]
STORM_KEY = key_of(STORM, "on Friday")
LATER_KEY = key_of(STORM_LATER, "last week")
VISIT_KEY = key_of(VISIT, "on Friday")
RAILWAY_KEY = key_of(STORM, "on Wednesday")


def holding(events: list[Event], key: tuple[str, int, int]) -> Event:
    [event] = [e for e in events if key in event_keys(e)]
    return event


def test_merge_joins_the_events_holding_either_side():
    events = build_events(CORPUS, [MergeEvents(frozenset({STORM_KEY}), frozenset({VISIT_KEY}))])
    merged = holding(events, STORM_KEY)
    assert merged is holding(events, VISIT_KEY) is holding(events, LATER_KEY)
    assert merged.edited and not merged.conflict
    assert merged.value == "2024-03-15"
    assert len(events) == 2


def test_merging_events_at_different_dates_flags_the_disagreement():
    events = build_events(CORPUS, [MergeEvents(frozenset({STORM_KEY}), frozenset({RAILWAY_KEY}))])
    merged = holding(events, RAILWAY_KEY)
    assert merged is holding(events, STORM_KEY)
    assert merged.conflict
    assert merged.interval.start.date() == date(2024, 3, 11)  # from the week of "last week"
    assert merged.interval.end.date() == date(2024, 3, 21)


def test_split_takes_mentions_out_into_their_own_event():
    events = build_events(CORPUS, [SplitEvent(frozenset({LATER_KEY}))])
    alone = holding(events, LATER_KEY)
    rest = holding(events, STORM_KEY)
    assert alone is not rest
    assert alone.value == "2024-W11" and alone.interval.granularity is Granularity.WEEK
    assert [m.article_id for m in alone.mentions] == ["storm-2"]
    assert alone.edited and rest.edited


def test_rename_keeps_the_id():
    plain = holding(build_events(CORPUS), STORM_KEY)
    renamed = holding(build_events(CORPUS, [RenameEvent(frozenset({STORM_KEY}), "Storm Ciara floods the coast")]),
                      STORM_KEY)
    assert renamed.label == "Storm Ciara floods the coast"
    assert renamed.event_id == plain.event_id
    assert renamed.edited and not plain.edited


def test_set_date_replaces_value_and_interval():
    event = holding(build_events(CORPUS, [SetEventDate(frozenset({VISIT_KEY}), "2024-03-16")]), VISIT_KEY)
    assert event.value == "2024-03-16"
    assert event.interval.first_day == date(2024, 3, 16)
    assert event.interval.granularity is Granularity.DAY
    # The source keeps what it said.
    assert event.mentions[0].mention.value == "2024-03-15"


def test_a_date_the_analyst_set_is_stated_not_implied():
    before = holding(build_events(CORPUS), VISIT_KEY)
    after = holding(build_events(CORPUS, [SetEventDate(frozenset({VISIT_KEY}), "2024-03-16")]), VISIT_KEY)
    assert before.is_implied and not before.date_set_by_analyst
    assert after.date_set_by_analyst and not after.is_implied
    # Renaming is not dating: the date stays implied by the anchors.
    renamed = holding(build_events(CORPUS, [RenameEvent(frozenset({VISIT_KEY}), "Ruiz tours coast")]), VISIT_KEY)
    assert renamed.is_implied


def test_a_date_that_is_not_a_timex_value_is_reported_not_applied():
    bad = SetEventDate(frozenset({VISIT_KEY}), "next Tuesday")
    assert holding(build_events(CORPUS, [bad]), VISIT_KEY).value == "2024-03-15"
    assert unapplied_edits(CORPUS, [bad]) == [bad]


def test_hide_and_unhide():
    keys = frozenset({VISIT_KEY})
    assert holding(build_events(CORPUS, [HideEvent(keys)]), VISIT_KEY).hidden
    assert not holding(build_events(CORPUS, [HideEvent(keys), HideEvent(keys, hidden=False)]), VISIT_KEY).hidden


def test_annotate_sets_note_and_tags():
    event = holding(build_events(CORPUS, [AnnotateEvent(frozenset({VISIT_KEY}), "check with ministry", ("politics",))]),
                    VISIT_KEY)
    assert event.note == "check with ministry"
    assert event.tags == ("politics",)


def test_added_event_has_no_mentions_and_can_be_edited_by_its_key():
    add = AddEvent("analyst-1", "Evacuation order lifted", "2024-03-22")
    events = build_events(CORPUS, [add, RenameEvent(frozenset({added_event_key("analyst-1")}), "Order lifted")])
    added = holding(events, added_event_key("analyst-1"))
    assert added.event_id == "analyst-1"
    assert added.label == "Order lifted"
    assert added.mentions == ()
    assert added.interval.first_day == date(2024, 3, 22)
    assert not added.is_implied  # the analyst stated its date


def test_edits_apply_in_order():
    keys = frozenset({STORM_KEY})
    events = build_events(CORPUS, [RenameEvent(keys, "first"), RenameEvent(keys, "second")])
    assert holding(events, STORM_KEY).label == "second"


def test_rename_after_merge_names_the_merged_event():
    edits = [
        MergeEvents(frozenset({STORM_KEY}), frozenset({VISIT_KEY})),
        RenameEvent(frozenset({VISIT_KEY}), "Storm day"),
    ]
    events = build_events(CORPUS, edits)
    assert holding(events, STORM_KEY).label == "Storm day"


def test_edits_whose_mentions_are_gone_are_reported():
    gone = frozenset({("deleted-article", 0, 9)})
    edits = [
        RenameEvent(gone, "x"),
        MergeEvents(gone, frozenset({STORM_KEY})),
        SplitEvent(gone),
        HideEvent(gone),
        RenameEvent(frozenset({STORM_KEY}), "kept"),
        SetArticleDate("storm-1", date(2024, 3, 18)),  # the analysis applies it, not the events
    ]
    assert unapplied_edits(CORPUS, edits) == edits[:4]
    assert holding(build_events(CORPUS, edits), STORM_KEY).label == "kept"


def test_edits_survive_reextraction_with_new_articles_and_changed_mentions():
    edits = [
        MergeEvents(frozenset({STORM_KEY, LATER_KEY}), frozenset({VISIT_KEY})),
        RenameEvent(frozenset({VISIT_KEY}), "Storm and the prime minister's visit"),
    ]
    # Re-extraction: a new article arrives and the railway mention is no longer found.
    later = analysis("storm-3", date(2024, 3, 20), "Insurers said the storm on Friday was the costliest in years.",
                     [("on Friday", "2024-03-15")])
    storm_again = replace(STORM, mentions=tuple(m for m in STORM.mentions if m.text != "on Wednesday"))
    events = build_events([storm_again, STORM_LATER, VISIT, later], edits)
    merged = holding(events, VISIT_KEY)
    assert merged is holding(events, STORM_KEY)
    assert merged.label == "Storm and the prime minister's visit"
    assert unapplied_edits([storm_again, STORM_LATER, VISIT, later], edits) == []
