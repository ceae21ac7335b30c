"""The index of which events hold each mention key, made for a run of edits, files only the keys they name."""

from __future__ import annotations

from datetime import date

from event_builders import analysis, key_of, storm_article

from timeline.domain.edits import HideEvent, RenameEvent
from timeline.events import build_events, event_keys
from timeline.events.edit_application import apply_edit
from timeline.events.event_assembly import EvidenceTable
from timeline.events.key_index import EventKeyIndex

STORM = storm_article()
VISIT = analysis(
    "visit", date(2024, 3, 10),
    "Prime minister Ana Ruiz toured the southern valley on Sunday and promised emergency funds to farmers.",
    [("on Sunday", "2024-03-10")],
)
STORM_KEY = key_of(STORM, "on Friday")
RAILWAY_KEY = key_of(STORM, "on Wednesday")
VISIT_KEY = key_of(VISIT, "on Sunday")
NO_TABLE = EvidenceTable((), (), {})


def test_an_index_for_a_run_of_edits_answers_as_a_full_one_through_the_run():
    events = build_events([STORM, VISIT], [])
    run = [RenameEvent(frozenset({STORM_KEY}), "Storm floods the coast"), HideEvent(frozenset({VISIT_KEY})),
           RenameEvent(frozenset({STORM_KEY}), "Storm Ciara floods the coast")]
    wanted = frozenset({STORM_KEY, VISIT_KEY})
    index = EventKeyIndex(events, event_keys, wanted)
    full = EventKeyIndex(events, event_keys)
    assert index.positions(wanted) == full.positions(wanted)
    assert index.positions(frozenset({STORM_KEY})) == full.positions(frozenset({STORM_KEY}))
    plain = events
    for edit in run:
        applied = apply_edit(events, edit, NO_TABLE, event_keys, index)
        assert applied is not None
        assert index.follows(applied)
        plain = apply_edit(plain, edit, NO_TABLE, event_keys)
        assert applied == plain
        events = applied
    assert events[index.positions(frozenset({STORM_KEY})).pop()].label == "Storm Ciara floods the coast"


def test_it_files_only_the_keys_the_run_names():
    events = build_events([STORM, VISIT], [])
    assert len(events) >= 2  # the railway's reopening is an event of its own
    index = EventKeyIndex(events, event_keys, frozenset({VISIT_KEY}))
    assert index.positions(frozenset({VISIT_KEY})) == EventKeyIndex(events, event_keys).positions(
        frozenset({VISIT_KEY}))
    assert set(index._holders) == {VISIT_KEY}
    assert RAILWAY_KEY not in index._holders
