"""Turns groups of evidence into Event values: date, label, mentions, conflict flag and a stable id."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from timeline.domain.edits import MentionKey
from timeline.domain.event import Event, EventMention
from timeline.domain.interval import TimeInterval
from timeline.events.event_dates import agreed_date, disputed_date, supported_date
from timeline.events.event_extents import extent_for
from timeline.events.event_ids import event_id_for
from timeline.events.evidence import Evidence
from timeline.events.label_memo import Answer, LabelMemo
from timeline.events.label_quality import label_flaw
from timeline.events.labels import Naming, name_event
from timeline.events.spread import Spread, in_turn, interleaved
from timeline.events.term_vectors import Vector


@dataclass(frozen=True, slots=True)
class EvidenceTable:
    """All evidence of a corpus, addressable by mention key, with its term vectors."""

    evidence: tuple[Evidence, ...]
    vectors: tuple[Vector, ...]
    index_of: dict[MentionKey, int]

    @classmethod
    def build(cls, evidence: Sequence[Evidence], vectors: Sequence[Vector]) -> EvidenceTable:
        return cls(tuple(evidence), tuple(vectors), {item.key: i for i, item in enumerate(evidence)})

    def event_mention(self, index: int) -> EventMention:
        item = self.evidence[index]
        return EventMention(item.article_id, item.mention, item.sentence)

    def indices(self, keys: Iterable[MentionKey]) -> list[int]:
        return sorted(self.index_of[key] for key in keys if key in self.index_of)


def event_from_groups(table: EvidenceTable, date_groups: Sequence[Sequence[int]]) -> Event:
    """One event from evidence already split into groups that each agree on a date."""
    return named_event(table, date_groups)[0]


def named_event(table: EvidenceTable, date_groups: Sequence[Sequence[int]],
                naming: Naming | None = None, labels: LabelMemo | None = None) -> tuple[Event, Naming]:
    """The event, and how its label was reached (whether it kept the verb of its clause).
    `naming`: the one labels.name_event gives these members, when known already (`naming_of`);
    `labels`: what answers name_event's questions about the evidence, when some is remembered."""
    members = _members(table, date_groups)
    value, interval, conflict = _date_of(table, date_groups)
    if naming is None:
        naming = _named(members, table, labels)
    event = Event(
        event_id=event_id_for(table.evidence[members[0]].key, table.evidence[members[0]].mention.value),
        label=naming.label,
        summary=naming.summary,
        value=value,
        interval=interval,
        mentions=tuple(table.event_mention(i) for i in members),
        conflict=conflict,
        extent=extent_for(interval, _durations(table, members, interval),
                          len({table.evidence[i].article_id for i in members})),
    )
    return event, naming


def named_events(table: EvidenceTable, happenings: Sequence[Sequence[Sequence[int]]],
                 spread: Spread = in_turn, labels: LabelMemo | None = None) -> list[tuple[Event, Naming, bool]]:
    """`named_event` of each happening, in order, with whether its label has a flaw
    (label_quality.label_flaw); `spread` runs the naming (the costly part: cutting
    sentences into labels, judging the label) in shares, maybe side by side. `labels`: what
    earlier namings of some of this evidence worked out (the load's previews), else a memo
    of its own: a piece of evidence's choices and whether its date is factual read the same
    clause, worked out once (a forked share's answers stay its own)."""
    memo = labels if labels is not None else LabelMemo()

    def share_of(share: int, shares: int) -> tuple[list[tuple[Naming, bool]], list[Answer]]:
        mark = memo.mark()
        namings = [naming_of(table, happening, memo) for happening in happenings[share::shares]]
        return ([(naming, naming.flawed if naming.flawed is not None else label_flaw(naming.label) is not None)
                 for naming in namings], memo.learned_since(mark))

    shares = spread(share_of)
    # What a forked share worked out comes back into the memo (a share run here put it there
    # already): the article-date worker names these happenings again from it (analysis.redate).
    for _judged, answers in shares:
        memo.learn(answers, lambda key: table.evidence[at] if (at := table.index_of.get(key)) is not None else None)
    judged = interleaved([part for part, _answers in shares])
    return [(*named_event(table, happening, naming), flawed)
            for happening, (naming, flawed) in zip(happenings, judged, strict=True)]


def naming_of(table: EvidenceTable, date_groups: Sequence[Sequence[int]], labels: LabelMemo | None = None) -> Naming:
    return _named(_members(table, date_groups), table, labels)


def _named(members: Sequence[int], table: EvidenceTable, labels: LabelMemo | None) -> Naming:
    """name_event over the members, asking `labels` (when some are remembered) what it already knows."""
    if labels is None:
        return name_event(members, table.evidence, table.vectors, None, None)
    return name_event(members, table.evidence, table.vectors, labels.choices, labels.factual)


def _members(table: EvidenceTable, date_groups: Sequence[Sequence[int]]) -> list[int]:
    return sorted((i for group in date_groups for i in group), key=lambda i: table.evidence[i].key)


def _durations(table: EvidenceTable, members: Sequence[int], interval: TimeInterval) -> list[timedelta]:
    """The durations given by mentions dating the event's own start (not a disputed other date)."""
    return [
        item.duration
        for item in (table.evidence[i] for i in members)
        if item.duration is not None and item.interval.start == interval.start
    ]


def event_from_members(table: EvidenceTable, members: Sequence[int]) -> Event:
    """One event from any set of evidence (after an analyst's merge or split): agree or flag."""
    mentions = [table.evidence[i].mention for i in members]
    if agreed_date(mentions) is not None:
        return event_from_groups(table, [list(members)])
    by_interval: dict[TimeInterval, list[int]] = {}
    for i in members:
        by_interval.setdefault(table.evidence[i].interval, []).append(i)
    return event_from_groups(table, list(by_interval.values()))


def _date_of(table: EvidenceTable, date_groups: Sequence[Sequence[int]]) -> tuple[str, TimeInterval, bool]:
    choices: list[tuple[str, TimeInterval, int]] = []
    for group in date_groups:
        agreed = supported_date([(table.evidence[i].article_id, table.evidence[i].mention) for i in group])
        articles = len({table.evidence[i].article_id for i in group})
        if agreed is None:
            # Cannot happen for groups made by nesting dates; kept safe for hand-made groups.
            for i in group:
                item = table.evidence[i]
                choices.append((item.mention.value, item.interval, 1))
        else:
            choices.append((agreed[0], agreed[1], articles))
    distinct = {interval for _value, interval, _support in choices}
    if len(distinct) == 1:
        value, interval, _support = choices[0]
        return value, interval, False
    value, interval = disputed_date(choices)
    return value, interval, True
