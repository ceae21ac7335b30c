"""From dated mentions to events: one event per happening, with every source behind it.

`build_events` groups the dated mentions of all articles into events (same content at
compatible dates; same content at close, incompatible dates from different sources is
one event flagged as a conflict), labels them, and applies the analyst's edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from timeline.domain.corpus import ArticleAnalysis
from timeline.domain.edits import Edit
from timeline.domain.event import Event
from timeline.events.day_ranking import rank_days
from timeline.events.edit_application import apply_edits, event_keys
from timeline.events.event_assembly import EvidenceTable, named_events
from timeline.events.evidence import collect_evidence
from timeline.events.grouping import KeptLookups, group_evidence
from timeline.events.happening_gate import happenings
from timeline.events.importance import EventRanker, RankingMemory
from timeline.events.label_memo import LabelMemo
from timeline.events.label_quality import label_flaw
from timeline.events.reprints import reprinted_mentions, with_reprints
from timeline.events.spread import Spread, in_turn


@dataclass(frozen=True, slots=True)
class EventsBuild:
    """The events of a corpus, and what an edit applied later on top of them needs."""

    events: list[Event]  # sorted by start, after the edits
    unapplied: list[Edit]
    automatic: list[Event]  # before any edit and before the happening gate: what edits apply to
    table: EvidenceTable
    without_act: frozenset[str]  # automatic events that tell no act (see happening_gate)
    # Automatic events whose label has a flaw (label_quality): the gate and the ranking both
    # ask it of every event, so it is worked out once here and kept for the edits after.
    flawed: frozenset[str] = frozenset()
    # The corpus's term rarity (term_vectors.rarity_weights of the table's evidence), kept for the
    # events an edit names later; None: not worked out.
    rarity: dict[str, float] | None = None
    # What ranking `events` worked out, for the edits after to go on from (importance.RankingMemory).
    ranking: RankingMemory | None = None
    # What naming worked out about the evidence (the label choices of evidence nobody prepared):
    # what naming the same happenings again asks (analysis.redate); None: not kept.
    labels: LabelMemo | None = None
    # What grouping's lookups found (grouping.KeptLookups), for the grouping state an article's
    # date change is worked out with (analysis.redate) to start from; None: not kept.
    lookups: KeptLookups | None = None


def build_events_state(analyses: Sequence[ArticleAnalysis], edits: Sequence[Edit] = (),
                       spread: Spread = in_turn, labels: LabelMemo | None = None) -> EventsBuild:
    """`spread` runs grouping's lookups and the naming in shares, maybe side by side (events.spread);
    `labels`: label choices worked out for some of the evidence already (event_assembly.named_events)."""
    evidence = with_reprints(collect_evidence(analyses), reprinted_mentions(analyses))
    grouping = group_evidence(evidence, spread)
    table = EvidenceTable.build(evidence, grouping.vectors)
    labels = labels if labels is not None else LabelMemo()
    named = named_events(table, grouping.happenings, spread, labels)
    without_act = frozenset(event.event_id for event, naming, _flawed in named if not naming.tells_act)
    automatic = [event for event, _naming, _flawed in named]
    flawed = frozenset(event.event_id for event, _naming, flawed in named if flawed)  # as flawed_labels(automatic)
    events, unapplied = apply_edits(automatic, edits, table)
    shown = happenings(events, without_act, flawed)
    ranker = EventRanker(analyses, flawed)
    return EventsBuild(sort_events(ranker.rank(shown)), unapplied, automatic, table, without_act, flawed,
                       grouping.rarity, ranker.memory(), labels, grouping.lookups)


def flawed_labels(automatic: Sequence[Event]) -> frozenset[str]:
    """The ids of the automatic events whose label has a flaw (label_quality.label_flaw)."""
    return frozenset(event.event_id for event in automatic if label_flaw(event.label) is not None)


def build_events_with_report(
    analyses: Sequence[ArticleAnalysis], edits: Sequence[Edit] = ()
) -> tuple[list[Event], list[Edit]]:
    """The events, sorted by start, and the edits that found nothing to apply to."""
    build = build_events_state(analyses, edits)
    return build.events, build.unapplied


def build_events(analyses: Sequence[ArticleAnalysis], edits: Sequence[Edit] = ()) -> list[Event]:
    return build_events_with_report(analyses, edits)[0]


def unapplied_edits(analyses: Sequence[ArticleAnalysis], edits: Sequence[Edit]) -> list[Edit]:
    """Edits whose mentions no longer exist (or whose date is not a TIMEX3 value)."""
    return build_events_with_report(analyses, edits)[1]


def sort_events(events: Sequence[Event]) -> list[Event]:
    """By start; at one start the longer interval first, then the better supported, then by id."""
    return sorted(events, key=sort_key)


def sort_key(event: Event) -> tuple[datetime, timedelta, int, str]:
    return (event.interval.start, -event.interval.duration, -event.source_count, event.event_id)


__all__ = ["EventsBuild", "build_events", "build_events_state", "build_events_with_report", "event_keys",
           "flawed_labels", "rank_days", "sort_events", "sort_key", "unapplied_edits"]
