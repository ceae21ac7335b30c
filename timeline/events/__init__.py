"""From dated mentions to events: one event per happening, with every source behind it.

`build_events` groups the dated mentions of all articles into events (same content at
compatible dates; same content at close, incompatible dates from different sources is
one event flagged as a conflict), labels them, and applies the analyst's edits.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.domain.corpus import ArticleAnalysis
from timeline.domain.edits import Edit
from timeline.domain.event import Event
from timeline.events.day_ranking import rank_days
from timeline.events.edit_application import apply_edits, event_keys
from timeline.events.event_assembly import EvidenceTable, named_event
from timeline.events.evidence import collect_evidence
from timeline.events.grouping import group_evidence
from timeline.events.happening_gate import happenings
from timeline.events.importance import rank_events


def build_events_with_report(
    analyses: Sequence[ArticleAnalysis], edits: Sequence[Edit] = ()
) -> tuple[list[Event], list[Edit]]:
    """The events, sorted by start, and the edits that found nothing to apply to."""
    evidence = collect_evidence(analyses)
    grouping = group_evidence(evidence)
    table = EvidenceTable.build(evidence, grouping.vectors)
    named = [named_event(table, happening) for happening in grouping.happenings]
    without_act = frozenset(event.event_id for event, naming in named if not naming.tells_act)
    events, unapplied = apply_edits([event for event, _naming in named], edits, table)
    return sort_events(rank_events(happenings(events, without_act), analyses)), unapplied


def build_events(analyses: Sequence[ArticleAnalysis], edits: Sequence[Edit] = ()) -> list[Event]:
    return build_events_with_report(analyses, edits)[0]


def unapplied_edits(analyses: Sequence[ArticleAnalysis], edits: Sequence[Edit]) -> list[Edit]:
    """Edits whose mentions no longer exist (or whose date is not a TIMEX3 value)."""
    return build_events_with_report(analyses, edits)[1]


def sort_events(events: Sequence[Event]) -> list[Event]:
    """By start; at one start the longer interval first, then the better supported, then by id."""
    return sorted(events, key=lambda e: (e.interval.start, -e.interval.duration, -e.source_count, e.event_id))


__all__ = ["build_events", "build_events_with_report", "event_keys", "rank_days", "sort_events", "unapplied_edits"]
