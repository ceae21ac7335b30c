"""How much each event matters to its corpus's story: a number from 0 to 1, the key events first.

Timeline-summarisation work ranks days by how often the news refers to them and how much
is published around them (Tran et al. 2015; Ghalandari & Ifrim 2020, "date-wise"
ranking). An event here sums four signals, each on a log scale so that no single one
drowns the others:

- its own support: distinct articles reporting it, a stated date counting more than an
  implied one (`support`);
- how much of the corpus dates anything to the same period (a day many articles name is a
  day that mattered, whatever they say happened on it);
- how long it stays news: articles published two or more days after it that still refer
  to it (a key event is recalled for weeks; a passing one is not);
- the burst of coverage it causes: articles published on its day and the day after
  (counted half, since what is published reflects the news of several days).

Events far from the story's own time (history, "the second century") are background:
flagged and ranked below the story. An event whose best label names no happening (a bare
time, a pronoun leaning on an unseen sentence) is most often a stray date, not news: it
ranks lower too.
"""

from __future__ import annotations

import math
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter, itemgetter
from typing import cast

from timeline.domain.corpus import ArticleAnalysis
from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.events.day_ranking import mention_weight
from timeline.events.evidence import is_timeline_mention
from timeline.events.label_quality import label_flaw
from timeline.extract.chronology import RULE as CHRONOLOGY_RULE

CHRONOLOGY_WEIGHT = 2.0
LATER_DAYS = 2  # published this many days after the event or later: the event is still news
BURST_WEIGHT = 0.5
# Outside the publication span widened by these, an event is history or a distant plan.
BACKGROUND_BEFORE = timedelta(days=366)
BACKGROUND_AFTER = timedelta(days=2 * 366)
# Publication dates this far into either tail are ignored when finding the span, so a few
# misdated articles do not make a decade of history part of the story.
SPAN_QUANTILE = 0.02
BACKGROUND_FACTOR = 0.25
UNNAMED_FACTOR = 0.5
# A period's share goes to an event in proportion to its support, against at least this much: a
# day whose best-told event has one report lends it only part of its weight.
MIN_PERIOD_BEST = 2.0
MIN_CHANGES_RANKED_ALONE = 32  # up to this many (or a tenth) new or dropped events: rank just their periods


def support(event: Event) -> float:
    """Distinct articles behind the event, each counted once with its strongest report.

    An entry of a chronology inside an article ("April 20 - rig explodes") is a journalist's
    own pick of what mattered: it counts double.
    """
    best: dict[str, float] = {}
    for item in event.mentions:
        weight = mention_weight(item.mention)
        if item.mention.rule == CHRONOLOGY_RULE:
            weight *= CHRONOLOGY_WEIGHT
        if weight > best.get(item.article_id, 0.0):
            best[item.article_id] = weight
    return sum(best.values())


def publication_span(analyses: Sequence[ArticleAnalysis]) -> tuple[date, date] | None:
    """The range of the corpus's publication dates, without its extreme tails."""
    return _span_of(sorted(a.article.date for a in analyses if a.article.date is not None))


def _span_of(days: Sequence[date]) -> tuple[date, date] | None:
    """publication_span of these publication dates, sorted."""
    if not days:
        return None
    cut = int(len(days) * SPAN_QUANTILE)
    return days[cut], days[len(days) - 1 - cut]


def is_background(interval: TimeInterval, span: tuple[date, date] | None) -> bool:
    """Far from the publication span, or an era rather than a date ("the 21st century", "this
    decade"): context for the story, not a happening of it."""
    if interval.granularity < Granularity.YEAR:
        return True
    if span is None:
        return False
    first, last = span
    return interval.last_day < first - BACKGROUND_BEFORE or interval.first_day > last + BACKGROUND_AFTER


class _CorpusSignals:
    """What the whole corpus says about periods: who names them, and what was published when."""

    published: dict[str, date | None]
    per_day: Counter[date]
    naming: dict[TimeInterval, int]

    @classmethod
    def of(cls, published: dict[str, date | None], per_day: Counter[date],
           naming: dict[TimeInterval, int]) -> _CorpusSignals:
        """Signals already counted, copied: a ranker changes its own after an article date change."""
        signals = cls.__new__(cls)
        signals.published, signals.per_day, signals.naming = dict(published), Counter(per_day), dict(naming)
        return signals

    def __init__(self, analyses: Sequence[ArticleAnalysis]) -> None:
        self.published: dict[str, date | None] = {a.article.article_id: a.article.date for a in analyses}
        self.per_day = Counter(day for day in self.published.values() if day is not None)
        naming: dict[TimeInterval, set[str]] = {}
        for analysis in analyses:
            article_id = analysis.article.article_id
            for mention in analysis.mentions:
                if mention.interval is not None and is_timeline_mention(mention):
                    naming.setdefault(mention.interval, set()).add(article_id)
        self.naming = {interval: len(articles) for interval, articles in naming.items()}

    def later_reports(self, event: Event) -> int:
        first = event.interval.first_day
        count = 0
        for article_id in event.article_ids:
            published = self.published.get(article_id)
            if published is not None and (published - first).days >= LATER_DAYS:
                count += 1
        return count

    def burst(self, interval: TimeInterval) -> int:
        if interval.first_day != interval.last_day:
            return 0  # a month's publications say nothing about one happening in it
        day = interval.first_day
        return self.per_day[day] + self.per_day[day + timedelta(days=1)]


def _score(own: float, period: float, support_value: float, best_of_period: float, factor: float) -> float:
    """The four signals summed: the event's own two (`own`: support and later reports) and the
    period's two (`period`: naming and burst), these scaled by the event's support against the
    period's best-supported event (or MIN_PERIOD_BEST, if more); times the background and
    unnamed `factor`."""
    return (own + period * (support_value / max(best_of_period, MIN_PERIOD_BEST))) * factor


def rank_events(events: Sequence[Event], analyses: Sequence[ArticleAnalysis] = ()) -> list[Event]:
    """The same events, each with its importance (1.0 for the most important) and background flag.

    A period's weight (how much the corpus names it, the coverage burst) goes in full to its
    best-supported event and in proportion to the others: the day of the quake is a key day,
    but a passing remark dated that day is not a key event.
    """
    return EventRanker(analyses).rank(events)


class EventRanker:
    """rank_events for one corpus, again and again: what each event alone decides is kept.

    After an analyst's edit most events are the very same objects as before; their support,
    later reports, period signals, background flag and label flaw are remembered (by object,
    for the events of the last ranking only, so memory stays that of one ranking) and only
    the corpus-wide parts (the best support of each period, the top score) are redone.
    """

    def __init__(self, analyses: Sequence[ArticleAnalysis] = (), flawed: Collection[str] | None = None,
                 memory: RankingMemory | None = None) -> None:
        """`flawed`: ids of the automatic events whose label has a flaw, when already worked
        out (events.flawed_labels); an edited event's label is judged afresh. `memory`: what
        a ranking of these analyses' events worked out (`memory()`), to go on from."""
        self._flawed = flawed
        # The publication dates, sorted, kept as articles' dates change: the span from them
        # without sorting 1,460 dates again on every date change.
        self._days = sorted(a.article.date for a in analyses if a.article.date is not None)
        self._span = _span_of(self._days)
        # id(event) -> (the event, its period, its support, its own score parts, its ranked copy)
        self._memo: dict[int, _Parts] = {}
        # The parts article_changed took out of the memo, until the next ranking (see _parts).
        self._forgotten: dict[int, _Parts] = {}
        self._state: _RankState | None = None  # what the last ranking worked out (see _rank_changes)
        # The remembered events by article, day and period: what an article's date change
        # reaches (see article_changed), each event filed once.
        self._reach = _Reach()
        if memory is None:
            self._signals = _CorpusSignals(analyses)
            return
        self._signals = _CorpusSignals.of(memory.published, memory.per_day, memory.naming)
        members: dict[tuple[object, ...], dict[int, float]] = {}
        for part in memory.parts:
            self._memo[id(part[0])] = part
            members.setdefault(part[1], {})[id(part[0])] = part[2]
        scores = {id(part[0]): score for part, score in zip(memory.parts, memory.scores, strict=True)}
        self._state = _RankState(set(scores), scores, members, memory.top)

    def memory(self) -> RankingMemory | None:
        """What the last ranking worked out, as plain data (to go on from in another process:
        the window's edits go on from the ranking the analysis made). None when there is none."""
        state = self._state
        if state is None or state.ids != self._memo.keys():
            return None
        parts = tuple(self._memo.values())
        signals = self._signals
        return RankingMemory(dict(signals.published), Counter(signals.per_day), dict(signals.naming), parts,
                             tuple(state.scores[id(part[0])] for part in parts), state.top)

    def article_changed(self, old: ArticleAnalysis, new: ArticleAnalysis, flawed: Collection[str] | None) -> None:
        """An article's date (and so its mentions' dates) changed; `flawed`: the automatic labels'
        flaws now. What the change moves is forgotten: the events of the periods its mentions
        leave or join, of the days whose coverage burst it changes, and those it reports; all
        of them when the publication span moves."""
        self._flawed = flawed
        signals = self._signals
        article_id = old.article.article_id
        signals.published[article_id] = new.article.date
        for day, step in ((old.article.date, -1), (new.article.date, 1)):
            if day is not None:
                signals.per_day[day] += step
        _moved_in(self._days, old.article.date, new.article.date)
        before, after = _named_periods(old), _named_periods(new)
        for interval in before - after:
            signals.naming[interval] -= 1
            if not signals.naming[interval]:
                del signals.naming[interval]
        for interval in after - before:
            signals.naming[interval] = signals.naming.get(interval, 0) + 1
        span = _span_of(self._days)
        if span != self._span:
            self._span = span
            self._memo, self._state, self._reach, self._forgotten = {}, None, _Reach(), {}
            return
        # Periods as the memo keys them (plain tuples: hashed in C); a day's burst counts the
        # articles published on it and the day after.
        moved = {(interval.start, interval.end, interval.granularity) for interval in before ^ after}
        burst_days = {day - timedelta(days=shift) for day in (old.article.date, new.article.date)
                      if day is not None for shift in (0, 1)}
        state = self._state
        if self._reach.stale(len(self._memo)):  # the events of older rankings: forgotten now and then
            self._reach = _Reach()
        for key in self._reach.reached(self._memo, article_id, burst_days, moved):
            part = self._memo.pop(key)
            # What the event alone decides (its support, background flag and flaw: the span is
            # the same) is kept for working out its parts again (see _parts).
            self._forgotten[key] = part
            period = part[1]
            if state is not None and key in state.ids:
                state.ids.discard(key)
                del state.scores[key]
                members = state.members[period]
                del members[key]
                if not members:
                    del state.members[period]

    def _parts(self, event: Event) -> _Parts:
        known = self._memo.get(id(event))
        if known is not None and known[0] is event:
            return known
        interval = event.interval
        forgotten = self._forgotten.get(id(event))
        if forgotten is not None and forgotten[0] is event:
            # Forgotten by an article's date change: only the corpus's signals moved (reading
            # every mention again for its support was half of a date change's ranking).
            value, far, factor = forgotten[2], forgotten[5], forgotten[6]
        else:
            value = support(event)
            far = is_background(interval, self._span)
            factor = (BACKGROUND_FACTOR if far else 1.0) * (UNNAMED_FACTOR if self._has_flaw(event) else 1.0)
        own = math.log1p(value) + math.log1p(self._signals.later_reports(event))
        period = (math.log1p(self._signals.naming.get(interval, 0))
                  + BURST_WEIGHT * math.log1p(self._signals.burst(interval)))
        # The interval's fields as a plain tuple: hashed in C, unlike the dataclass.
        key = (interval.start, interval.end, interval.granularity)
        return (event, key, value, own, period, far, factor, None)

    def _has_flaw(self, event: Event) -> bool:
        if self._flawed is not None and not event.edited:
            return event.event_id in self._flawed
        return label_flaw(event.label) is not None

    def rank(self, events: Sequence[Event]) -> list[Event]:
        state = self._state
        ranked = self._rank_changes(events, state) if state is not None else None
        if ranked is None:
            ranked = self._rank_all(events)
        self._forgotten = {}
        return ranked

    def _rank_all(self, events: Sequence[Event]) -> list[Event]:
        parts = [self._parts(event) for event in events]
        best_of_period: dict[tuple[object, ...], float] = {}
        best = best_of_period.get
        for part in parts:
            key, value = part[1], part[2]
            if value > best(key, 0.0) or key not in best_of_period:
                best_of_period[key] = value
        scores = [
            _score(own, period, value, best_of_period[key], factor)
            for _event, key, value, own, period, _far, factor, _ranked in parts
        ]
        top = max(scores, default=0.0) or 1.0
        ranked: list[Event] = []
        memo: dict[int, _Parts] = {}
        for part, score in zip(parts, scores, strict=True):
            part = _with_importance(part, round(score / top, 6))
            ranked.append(_ranked_copy(part))
            memo[id(part[0])] = part
        self._memo = memo
        ids = [id(event) for event in events]
        if len(set(ids)) == len(ids):
            members: dict[tuple[object, ...], dict[int, float]] = {}
            for part in parts:
                members.setdefault(part[1], {})[id(part[0])] = part[2]
            self._state = _RankState(set(ids), dict(zip(ids, scores, strict=True)), members, top)
        else:
            self._state = None  # the same event twice: only a whole ranking is sure to be right
        return ranked

    def _rank_changes(self, events: Sequence[Event], state: _RankState) -> list[Event] | None:
        """The ranking when only a few events came or went since the last one (an analyst's
        edit): the periods they belong to get their best support and scores again, the rest
        keep theirs. None when that will not do (many changes, or a new top score, which
        moves every importance): then everything is ranked again."""
        ids = [id(event) for event in events]
        now = set(ids)
        gone, came = state.ids - now, now - state.ids
        if len(now) != len(ids) or len(gone) + len(came) > max(MIN_CHANGES_RANKED_ALONE, len(ids) // 10):
            return None
        memo, scores, members = self._memo, dict(state.scores), state.members
        periods: set[tuple[object, ...]] = set()
        for gone_id in gone:
            part = memo.pop(gone_id)
            periods.add(part[1])
            del members[part[1]][gone_id]
            del scores[gone_id]
        for event in events:
            if id(event) in came:
                part = self._parts(event)
                memo[id(event)] = part
                periods.add(part[1])
                members.setdefault(part[1], {})[id(event)] = part[2]
        changed: list[int] = []
        for key in periods:
            supports = members[key]
            if not supports:
                del members[key]
                continue
            best = max(supports.values())
            for member in supports:
                _event, _key, value, own, period, _far, factor, _ranked = memo[member]
                scores[member] = _score(own, period, value, best, factor)
                changed.append(member)
        top = max(scores.values(), default=0.0) or 1.0
        state.ids, state.scores = now, scores
        if top != state.top:
            # A new top score moves every importance: every score is known, only the division
            # is done again (the same numbers as ranking them all).
            state.top = top
            changed = ids
        for member in changed:
            memo[member] = _with_importance(memo[member], round(scores[member] / top, 6))
        # Every part here carries its ranked copy (_with_importance gave it one): read in C.
        return list(map(_RANKED_COPY, map(memo.__getitem__, ids)))


class _Reach:
    """The remembered events (EventRanker's memo, keyed by object id) filed by the articles that
    report them, their one day and their period: an article's date change reaches those of the
    article, of the days whose burst it moves and of the periods its mentions leave or join.
    (Asking every remembered event instead cost 3 ms of every date change on bpoil's 3,600.)
    Entries of events no longer remembered are left until there are many: one whose id a new
    event took only makes that event's parts worked out again."""

    def __init__(self) -> None:
        self._filed: dict[int, Event] = {}  # key -> the event filed under it
        self._by_article: dict[str, set[int]] = {}
        self._by_day: dict[date, set[int]] = {}
        self._by_period: dict[tuple[object, ...], set[int]] = {}

    def stale(self, remembered: int) -> bool:
        return len(self._filed) > 2 * remembered + 256

    def reached(self, memo: dict[int, _Parts], article_id: str, days: Collection[date],
                periods: Collection[tuple[object, ...]]) -> set[int]:
        """The keys of `memo` whose events report the article, fall on one of the days (alone)
        or are of one of the periods."""
        filed = self._filed
        for key in [key for key, part in memo.items() if filed.get(key) is not part[0]]:
            part = memo[key]
            event = part[0]
            filed[key] = event
            for reporting in event.article_ids:
                self._by_article.setdefault(reporting, set()).add(key)
            interval = event.interval
            if interval.first_day == interval.last_day:
                self._by_day.setdefault(interval.first_day, set()).add(key)
            self._by_period.setdefault(part[1], set()).add(key)
        found = set(self._by_article.get(article_id, ()))
        for day in days:
            found.update(self._by_day.get(day, ()))
        for period in periods:
            found.update(self._by_period.get(period, ()))
        return {key for key in found if key in memo}


def _moved_in(days: list[date], before: date | None, after: date | None) -> None:
    """The sorted publication dates with one article's date `before` replaced by `after`."""
    if before is not None:
        at = bisect_left(days, before)
        if at < len(days) and days[at] == before:
            del days[at]
    if after is not None:
        insort(days, after)


def _named_periods(analysis: ArticleAnalysis) -> set[TimeInterval]:
    return {m.interval for m in analysis.mentions if m.interval is not None and is_timeline_mention(m)}


def _with_importance(part: _Parts, importance: float) -> _Parts:
    """The part with its ranked copy at this importance (the last copy when it already is)."""
    event, far, previous = part[0], part[5], part[7]
    if previous is not None and previous.importance == importance and previous.background == far:
        return part
    return (*part[:7], _reranked(event, importance, far))


_new_object = object.__new__
_slot_values = attrgetter(*Event.__slots__)  # every slot's value at once, read in C
_slot_setters = tuple(getattr(Event, name).__set__ for name in Event.__slots__)
_set_importance = _slot_setters[Event.__slots__.index("importance")]
_set_background = _slot_setters[Event.__slots__.index("background")]


def _reranked(event: Event, importance: float, background: bool) -> Event:
    """replace(event, importance=..., background=...), slot by slot: a new top score makes a copy
    of every event (3,600 on bpoil), and replace() runs __init__ and __post_init__ again, which
    reads every mention (30 us for an event of a hundred, about 1.5 us this way)."""
    copy = _new_object(Event)
    for set_slot, value in zip(_slot_setters, _slot_values(event), strict=True):
        set_slot(copy, value)
    _set_importance(copy, importance)
    _set_background(copy, background)
    return copy


_RANKED_COPY = cast("Callable[[_Parts], Event]", itemgetter(7))  # a part's ranked copy


def _ranked_copy(part: _Parts) -> Event:
    ranked = part[7]
    assert ranked is not None, "ranked parts carry their copy"
    return ranked


@dataclass(frozen=True, slots=True)
class RankingMemory:
    """A ranking's work (EventRanker.memory): the corpus's signals, each ranked event's parts
    and score, and the top score."""

    published: dict[str, date | None]
    per_day: Counter[date]
    naming: dict[TimeInterval, int]
    parts: tuple[_Parts, ...]
    scores: tuple[float, ...]
    top: float


@dataclass(slots=True)
class _RankState:
    """What the last whole ranking worked out, kept for the next: the events' object ids, their
    scores, each period's members with their support, and the top score."""

    ids: set[int]
    scores: dict[int, float]
    members: dict[tuple[object, ...], dict[int, float]]
    top: float


# the event, its period's key, its support, its own score, its period's weight, background,
# its factor, its last ranked copy
_Parts = tuple[Event, tuple[object, ...], float, float, float, bool, float, "Event | None"]
