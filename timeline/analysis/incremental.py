"""Corrections without re-analysis: an edit, an undo or a redo recomputes only what it touches.

The analysis leaves an EditBase: the events before any edit and the corpus's term rarity.
EditReplay keeps the events after each prefix of the edit history, so undo drops the last
step, redo and a new edit apply one edit to the events before it, and ranking redoes only
the corpus-wide sums (EventRanker). A merge or split names its events from the evidence of
the articles it touches only, built with the corpus's rarity: the same result as a full
rebuild, which needs every article. An article's date is different: its mentions are
resolved again and the events they leave or join made again where the grouping's state is
kept (analysis/redate.py, in the analysis worker); `redated` takes in what that changed, so
the edits after it apply again only from the first that touches a changed event.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.domain.edits import AddEvent, Edit, EventKeys, MergeEvents, SetArticleDate, SplitEvent
from timeline.domain.event import Event
from timeline.events import EventsBuild, flawed_labels, sort_key
from timeline.events.edit_application import apply_edit, event_keys, events_holding
from timeline.events.event_assembly import EvidenceTable
from timeline.events.evidence import Evidence, collect_evidence
from timeline.events.grouping import KeptLookups
from timeline.events.happening_gate import tells_a_happening
from timeline.events.importance import EventRanker, RankingMemory
from timeline.events.key_index import EventKeyIndex
from timeline.events.label_memo import LabelMemo
from timeline.events.reprints import MentionKey, Reprint, reprinted_mentions, with_reprints
from timeline.events.term_vectors import Vector, rarity_weights, weighted_vector

# What the replay remembers of events no longer shown (keys, sort keys) is dropped once this
# many have gathered: often enough that memory stays that of one step, not on every step.
FORGET_AFTER = 256
# Article date changes waiting to be taken into older steps' events: past this many, all are.
MAX_PATCHES = 64
# Edits left to apply in one go from which their events are found through an EventKeyIndex
# (made once, about as costly as one edit's look at every event) rather than each by a look at all.
INDEXED_FROM = 3


@dataclass(frozen=True, slots=True)
class EditBase:
    """What an analysis leaves for the edits made after it."""

    automatic: tuple[Event, ...]  # the events before any edit
    rarity: dict[str, float]  # the corpus's term rarity, to name events a merge or split makes
    article_dates: Mapping[str, SetArticleDate]  # the analyst's article dates the analysis reflects
    without_act: frozenset[str] = frozenset()  # automatic events whose label kept no verb
    # Automatic events whose label has a flaw (events.flawed_labels); None: not worked out.
    flawed: frozenset[str] | None = None
    # What ranking the analysis's events worked out (None: not kept, as in a project file): the
    # replay goes on from it rather than ranking every event again, in the window, as it is
    # made ready for edits (0.1-0.15 s on bpoil). Sent with the events it ranked, in one pickle.
    ranking: RankingMemory | None = field(default=None, compare=False, repr=False)
    # The evidence the events were built from (collect_evidence of the analysis's analyses), kept
    # where the analysis ran: the article-date worker builds its grouping state from it rather
    # than working it out again (1.3 s of bpoil's 4.8 when the load read in one process and
    # prepared none). Never sent to the window (jobs.analysis_worker.without_prepared).
    evidence: tuple[Evidence, ...] | None = field(default=None, compare=False, repr=False)
    # What naming worked out about that evidence (events.label_memo), kept with it for the same
    # worker: naming a happening again after a date change asks mostly the same (on bpoil the
    # label choices of a much-reported happening's first renaming were a third of its date
    # change). Never sent to the window either.
    labels: LabelMemo | None = field(default=None, compare=False, repr=False)
    # What grouping that evidence found (grouping.KeptLookups), for the same worker: its grouping
    # state starts from it rather than looking every item up again (two thirds of building the
    # state, which the first date change after a load waits for). Never sent to the window.
    lookups: KeptLookups | None = field(default=None, compare=False, repr=False)


def edit_base(build: EventsBuild, edits: Sequence[Edit]) -> EditBase:
    rarity = build.rarity if build.rarity is not None else rarity_weights(build.table.evidence)
    return EditBase(tuple(build.automatic), rarity, article_dates(edits), build.without_act, build.flawed,
                    build.ranking, build.table.evidence, build.labels, build.lookups)


def article_dates(edits: Sequence[Edit]) -> dict[str, SetArticleDate]:
    """The analyst's date for each article: the last edit counts."""
    return {edit.article_id: edit for edit in edits if isinstance(edit, SetArticleDate)}


class EditReplay:
    """The events of one analysis under any edit history that keeps its article dates."""

    def __init__(self, analyses: Sequence[ArticleAnalysis], base: EditBase) -> None:
        self._analyses = tuple(analyses)
        self._by_id = {analysis.article.article_id: analysis for analysis in analyses}
        # Where each article is among them (an article's date change replaces its analysis in
        # place); empty when an id comes twice (then every analysis is asked).
        self._position = {analysis.article.article_id: at for at, analysis in enumerate(self._analyses)}
        if len(self._position) != len(self._analyses):
            self._position = {}
        # Whether each automatic label has a flaw, asked of every event: from the analysis.
        self._flawed = base.flawed if base.flawed is not None else flawed_labels(base.automatic)
        self._base = base
        self._ranker = EventRanker(analyses, self._flawed, base.ranking)
        self._steps: list[_Step] = []
        # The article date changes taken in since the first step was made, each the automatic
        # events gone (kept alive here, so their ids stay theirs) and those come. A step's events
        # are brought up to date when read (`_events_of`), not on every change: a long history
        # holds a list of all the events per edit (40 x 3,600 on bpoil).
        self._patches: list[Patch] = []
        # Per article, made on a merge or split's demand, with vectors of this rarity.
        self._evidence: dict[str, list[tuple[Evidence, Vector]]] = {}
        self._reprinted: dict[MentionKey, Reprint] | None = None  # see _reprints
        self._evidence_rarity = base.rarity
        # Every edit asks each event for its keys: those of the automatic events are worked out
        # here, with the analysis (off the window's thread), not on the first keypress.
        self._keys: dict[int, tuple[Event, EventKeys]] = {id(event): (event, event_keys(event))
                                                          for event in base.automatic}
        # Only automatic events are ever unedited (every edit marks what it makes as edited):
        # the happening gate's verdict on them is known once and for all (by object: the base
        # keeps them alive).
        self._not_happenings = frozenset(
            id(event) for event in base.automatic if not tells_a_happening(event, base.without_act, self._flawed))
        self._sort_keys: dict[int, tuple[Event, tuple[object, ...]]] = {}
        # The last sorted events, and the ids of their objects: the next step starts from them.
        self._last_sorted: tuple[list[Event], set[int]] = ([], set())

    @property
    def analyses(self) -> tuple[ArticleAnalysis, ...]:
        return self._analyses

    @property
    def base(self) -> EditBase:
        return self._base

    def redated(self, analyses: Sequence[ArticleAnalysis], base: EditBase, gone: frozenset[str],
                came: Sequence[Event]) -> None:
        """After an article date change worked out elsewhere (analysis.redate): the changed
        articles' `analyses`, the edit base it leads to, the automatic events gone (by id) and
        come."""
        changed = {analysis.article.article_id: analysis for analysis in analyses}
        for article_id, analysis in changed.items():
            self._ranker.article_changed(self._by_id[article_id], analysis, base.flawed)
            self._evidence.pop(article_id, None)
        if self._position:
            replaced = list(self._analyses)
            for article_id, analysis in changed.items():
                replaced[self._position[article_id]] = analysis
            self._analyses = tuple(replaced)
        else:
            self._analyses = tuple(changed.get(a.article.article_id, a) for a in self._analyses)
        self._by_id.update(changed)  # (every changed article is one of them: see above)
        self._reprinted = None  # (a date change may make another copy the first)
        gone_events = [event for event in self._base.automatic if event.event_id in gone]
        gone_objects = {id(event) for event in gone_events}
        self._base = base
        self._flawed = base.flawed if base.flawed is not None else flawed_labels(base.automatic)
        moved: set[tuple[str, int, int]] = set()
        for event in gone_events:
            moved |= self._keys_of(event)
        for event in came:
            moved |= self._keys_of(event)
        self._not_happenings = (self._not_happenings - gone_objects) | frozenset(
            id(event) for event in came if not tells_a_happening(event, base.without_act, self._flawed))
        # Edits before the first that touches a changed event apply as they did: their events
        # are the same, the changed ones swapped. From that one on they apply again.
        first = next((at for at, step in enumerate(self._steps) if _touches(step.edit, moved)), len(self._steps))
        del self._steps[first:]
        if not self._steps:
            self._patches = []
        elif gone_objects or came:
            self._patches.append((frozenset(gone_objects), tuple(gone_events), tuple(came)))
            if len(self._patches) > MAX_PATCHES:
                for step in self._steps:
                    self._events_of(step)
                self._patches = []
                for step in self._steps:
                    step.patched = 0

    def _events_of(self, step: _Step) -> list[Event]:
        """The step's events with the article date changes taken in since it was made: the
        changed ones swapped."""
        patches = self._patches
        if step.patched < len(patches):
            step.events, step.patched = patched_events(step.events, patches[step.patched:]), len(patches)
        return step.events

    def can_replay(self, edits: Sequence[Edit]) -> bool:
        return article_dates(edits) == dict(self._base.article_dates)

    def corpus(self, edits: Sequence[Edit]) -> Corpus:
        """The corpus under `edits` (whose article dates must be the analysis's: see can_replay)."""
        event_edits = [edit for edit in edits if not isinstance(edit, SetArticleDate)]
        kept = 0
        for step, edit in zip(self._steps, event_edits, strict=False):
            if step.edit != edit:
                break
            kept += 1
        del self._steps[kept:]
        if not self._steps:
            self._patches = []  # the base holds every change
        events = self._events_of(self._steps[-1]) if self._steps else list(self._base.automatic)
        pending = event_edits[kept:]
        index: EventKeyIndex | None = None
        for number, edit in enumerate(pending):
            if (index is None or not index.follows(events)) and len(pending) - number >= INDEXED_FROM:
                index = EventKeyIndex(events, self._keys_of, _named_keys(pending[number:]))
            result = apply_edit(events, edit, self._table_for(events, edit, index), self._keys_of, index)
            if result is not None:
                events = result
            self._steps.append(_Step(edit, events, result is not None, len(self._patches)))
        unapplied = tuple(step.edit for step in self._steps if not step.applied)
        rejected = self._not_happenings
        shown = [event for event in events if event.edited or id(event) not in rejected]
        # Sorted before they are ranked (the order sorts nothing ranking changes): the events
        # before ranking are the last step's very objects, while a new top score gives every
        # ranked one a new copy. Ranking keeps the order it is given.
        ranked = self._ranker.rank(self._sorted(shown))
        # Remember what was worked out about these events only: memory stays that of one step.
        if len(self._keys) > len(events) + FORGET_AFTER:  # now and then, not on every step
            self._keys = {id(event): self._keys[id(event)] for event in events if id(event) in self._keys}
        return Corpus(self._analyses, tuple(ranked), unapplied)

    def _keys_of(self, event: Event) -> EventKeys:
        """event_keys, remembered by event object: every edit asks it of every event."""
        known = self._keys.get(id(event))
        if known is None or known[0] is not event:
            known = (event, event_keys(event))
            self._keys[id(event)] = known
        return known[1]

    def _sorted(self, ranked: list[Event]) -> list[Event]:
        """sort_events's order (whose key reads nothing ranking sets). After an edit most events
        are the last step's very objects, already in order: those keep their order, the few new
        ones are put in place by bisection (each event's key worked out once); many new ones,
        or a tie of keys (then the given order decides), sort them all."""
        keys = self._sort_keys
        ranked_ids = {id(event) for event in ranked}
        previous, previous_ids = self._last_sorted
        added = [event for event in ranked if id(event) not in previous_ids]
        # The last sorted events' keys are known (worked out when each came, kept while it is
        # sorted, and each is alive in `previous`): only the new ones' are looked for.
        for event in added:
            known = keys.get(id(event))
            if known is None or known[0] is not event:
                keys[id(event)] = (event, sort_key(event))

        def key_of(event: Event) -> tuple[object, ...]:
            return keys[id(event)][1]

        result: list[Event] | None = None
        if previous and len(added) <= max(32, len(ranked) // 10):
            result = [event for event in previous if id(event) in ranked_ids]
            for event in added:
                at = bisect_left(result, key_of(event), key=key_of)
                if (at < len(result) and key_of(result[at]) == key_of(event)) or (
                        at and key_of(result[at - 1]) == key_of(event)):
                    result = None
                    break
                result.insert(at, event)
        if result is None:
            result = sorted(ranked, key=key_of)
        self._last_sorted = (result, ranked_ids)
        if len(keys) > len(ranked) + FORGET_AFTER:  # forget the events of older steps now and then
            self._sort_keys = {id(event): keys[id(event)] for event in ranked}
        return result

    def _table_for(self, events: list[Event], edit: Edit, index: EventKeyIndex | None = None) -> EvidenceTable:
        """The evidence of every article the edit's events draw on (only a merge or split reads it)."""
        if not isinstance(edit, MergeEvents | SplitEvent):
            return _EMPTY_TABLE
        named: EventKeys = edit.first | edit.second if isinstance(edit, MergeEvents) else edit.keys
        articles = {str(key[0]) for key in named}
        for at in events_holding(events, named, self._keys_of, index):
            articles.update(events[at].article_ids)
        weighted = sorted((pair for article_id in sorted(articles) for pair in self._article_evidence(article_id)),
                          key=lambda pair: pair[0].key)
        return EvidenceTable.build([item for item, _ in weighted], [vector for _, vector in weighted])

    def _reprints(self) -> dict[MentionKey, Reprint]:
        """The corpus's later copies of sentences, dated as their first copies (events.reprints), as
        the full build reads them: worked out on a merge or split's first demand, again after a
        date change."""
        if self._reprinted is None:
            self._reprinted = reprinted_mentions(self._analyses)
        return self._reprinted

    def _article_evidence(self, article_id: str) -> list[tuple[Evidence, Vector]]:
        """The article's evidence with its vectors (a merge of a much-reported event reads
        hundreds of articles, again for each merge applied again after a date change)."""
        rarity = self._base.rarity
        if self._evidence_rarity is not rarity:
            self._evidence, self._evidence_rarity = {}, rarity
        if article_id not in self._evidence:
            analysis = self._by_id.get(article_id)
            evidence = with_reprints(collect_evidence([analysis]), self._reprints()) if analysis is not None else []
            self._evidence[article_id] = [(item, weighted_vector(item, rarity)) for item in evidence]
        return self._evidence[article_id]


Patch = tuple[frozenset[int], tuple[Event, ...], tuple[Event, ...]]  # gone (by object id), kept alive, come


def patched_events(events: Sequence[Event], patches: Sequence[Patch]) -> list[Event]:
    """`events` with the patches taken in one after another (each drops its gone events and
    appends those come), in one pass over them: a step read after many date changes took each
    in with a pass of its own over every event (28 passes over 3,600 events, 30-45 ms of a date
    change on bpoil). An event come in one patch and gone in a later one is left out; one gone
    and come back (the same object, as an undo brings it) ends where its coming put it."""
    gone_later: set[int] = set()
    came_kept: list[list[Event]] = []
    for gone, _kept_alive, came in reversed(patches):
        came_kept.append([event for event in came if id(event) not in gone_later])
        gone_later |= gone
    result = [event for event in events if id(event) not in gone_later]
    for came_events in reversed(came_kept):
        result.extend(came_events)
    return result


@dataclass(slots=True)
class _Step:
    """An edit and the events after it (`patched`: how many of the replay's article date
    changes they hold), and whether it applied."""

    edit: Edit
    events: list[Event]
    applied: bool
    patched: int


def _named_keys(edits: Sequence[Edit]) -> EventKeys:
    """Every key these edits name their events by (an added event is named by none)."""
    named: set[tuple[str, int, int]] = set()
    for edit in edits:
        named |= _keys_named_by(edit) or frozenset()
    return frozenset(named)


def _touches(edit: Edit, keys: set[tuple[str, int, int]]) -> bool:
    """Whether an edit names any event holding one of these mention keys (an article's date change
    may touch any)."""
    named = _keys_named_by(edit)
    return named is None or not keys.isdisjoint(named)


def _keys_named_by(edit: Edit) -> EventKeys | None:
    """The mention keys an edit names its events by; None for an article's date change, which
    names none but moves its article's mentions."""
    if isinstance(edit, SetArticleDate):
        return None
    if isinstance(edit, AddEvent):
        return frozenset()
    if isinstance(edit, MergeEvents):
        return edit.first | edit.second
    return edit.keys


_EMPTY_TABLE = EvidenceTable((), (), {})

__all__ = ["EditBase", "EditReplay", "Patch", "article_dates", "edit_base", "patched_events"]
