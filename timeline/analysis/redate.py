"""An article's new date applied without a re-analysis: its mentions resolved again, then only the
events they leave or join made again.

The analysis leaves the corpus's analyses and its automatic events; `ArticleRedater` keeps
with them the grouping's state (events/grouping_state.py). When the analyst's dates change,
each changed article's mentions are resolved against its new date (its text is not read
again), its evidence worked out, and the grouping state says which happenings went and
which came: only those are named. The result (`Redated`) is what the window needs to patch
its events (analysis.incremental.EditReplay.redated), the same as a full re-analysis.
A change that would move the corpus's term rarity (an article's dated sentences change,
as when an undated article gets its first date) raises `NeedsFullAnalysis`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from timeline.analysis.incremental import EditBase, article_dates
from timeline.analysis.pool import analyse_article
from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis
from timeline.domain.edits import Edit, SetArticleDate
from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.domain.mention import NO_ANCHOR
from timeline.events import flawed_labels
from timeline.events.event_assembly import EvidenceTable, named_event
from timeline.events.evidence import Evidence, collect_evidence
from timeline.events.grouping_lookups import Id
from timeline.events.grouping_state import GroupingState, Happening, RarityChanged
from timeline.events.label_memo import LabelMemo
from timeline.events.labels import Naming, told_ahead
from timeline.events.prepare import with_evidence
from timeline.events.reprints import (
    CopyKey,
    MentionKey,
    Reprint,
    article_copies,
    copy_families,
    family_replacements,
    reprinted_mentions,
    with_reprints,
)
from timeline.events.term_vectors import Vector

# Analyses of articles at dates they had, kept for an undo or redo that brings one back: its
# mentions resolve as they did then, and extracting and preparing an article again cost 7-20 ms
# of a date change's 10-40 on bpoil. A few: the analyst goes back and forth over recent changes.
EARLIER_ANALYSES = 16
# Events recent changes took away, kept for an undo or redo that brings their happenings back
# (a change takes away 1-20): naming again a happening of hundreds of reports is most of an
# undo's cost once its article's analysis is kept.
EARLIER_EVENTS = 256


class NeedsFullAnalysis(Exception):
    """The change cannot be applied on its own: analyse the corpus again."""


@dataclass(frozen=True, slots=True)
class Redated:
    """What changed: the articles' new analyses, the automatic events gone (by id) and come,
    and which of the new ones lack a verb or have a flawed label."""

    analyses: tuple[ArticleAnalysis, ...]  # the changed articles' analyses, without prepared evidence
    gone: frozenset[str]
    came: tuple[Event, ...]
    came_without_act: frozenset[str]
    came_flawed: frozenset[str]
    article_dates: dict[str, SetArticleDate]

    def base_after(self, base: EditBase) -> EditBase:
        """The edit base these changes lead to from `base`."""
        automatic = (*(event for event in base.automatic if event.event_id not in self.gone), *self.came)
        flawed = None if base.flawed is None else (base.flawed - self.gone) | self.came_flawed
        return EditBase(automatic, base.rarity, dict(self.article_dates),
                        (base.without_act - self.gone) | self.came_without_act, flawed)


class ArticleRedater:
    """The analyses and automatic events of one analysis, with the grouping's state."""

    def __init__(self, analyses: Sequence[ArticleAnalysis], base: EditBase) -> None:
        self.analyses = list(analyses)
        self._position = {analysis.article.article_id: at for at, analysis in enumerate(analyses)}
        self._dates = dict(base.article_dates)
        # (the build's own evidence, where the analysis ran here: the same, already worked out)
        evidence = (base.evidence if base.evidence is not None
                    else with_reprints(collect_evidence(analyses), reprinted_mentions(analyses)))
        # (and what grouping it found, kept with it: the state's lookups need not run again)
        lookups = base.lookups if base.evidence is not None else None
        self._state = GroupingState(evidence, base.rarity, self._position, lookups)
        # The copies of sentences across the corpus (events.reprints): a later copy's mentions
        # are dated as its first copy's, so a change of one copy's date may change the others'.
        self._families = copy_families(analyses)
        self._copy_keys: dict[str, set[CopyKey]] = {}
        for key, family in self._families.items():
            for article_id, _published, _mention in family:
                self._copy_keys.setdefault(article_id, set()).add(key)
        self._titles = {analysis.article.article_id: analysis.article.title for analysis in analyses}
        # Each automatic event under its earliest mention: what names it among happenings.
        self._event_at = {_earliest(event): event for event in base.automatic if event.mentions}
        self._without_act = set(base.without_act)
        # The automatic events the last change took away: the window holds them too, so what
        # came can refer to their sources instead of sending them again (jobs/redating.py).
        self.last_gone: tuple[Event, ...] = ()
        self._earlier: OrderedDict[tuple[str, date | None, str | None], ArticleAnalysis] = OrderedDict()
        # Automatic events recent changes took away, by happening, with whether each tells an
        # act and the evidence it was made of (see _event_gone_earlier).
        self._gone_events: OrderedDict[Happening, tuple[Event, bool, tuple[Evidence, ...]]] = OrderedDict()
        # Label choices of evidence not prepared where it was read (a load in one process): the
        # happenings a change names again are mostly of the same evidence as the last time, and
        # as the build's naming, whose answers come with its evidence when the build ran here.
        self._labels = base.labels if base.labels is not None and base.evidence is not None else LabelMemo()

    @property
    def article_dates(self) -> dict[str, SetArticleDate]:
        return dict(self._dates)

    def redate(self, edits: Sequence[Edit]) -> Redated:
        """The changes that `edits`' article dates make to the analysis kept here (which then
        holds them). NeedsFullAnalysis leaves this redater unusable."""
        from timeline.analysis import apply_article_dates  # the package imports this module

        wanted = article_dates(edits)
        changed_ids = {article_id for article_id in set(wanted) | set(self._dates)
                       if wanted.get(article_id) != self._dates.get(article_id)}
        changed = [self.analyses[self._position[article_id]] for article_id in sorted(changed_ids)
                   if article_id in self._position]
        gone: set[Happening] = set()
        came: set[Happening] = set()
        analyses: list[ArticleAnalysis] = []
        # The changed articles' evidence before the change, with its vectors: what tells whether
        # a happening holding some of it is named as it was (see _naming_kept).
        before: dict[Id, tuple[Evidence, Vector]] = {}
        for article in apply_article_dates([a.article for a in changed], edits):
            for item_id in self._state.items_of(article.article_id):
                before[item_id] = (self._state.evidence[item_id], self._state.vectors[item_id])
            new = self._analysed(article, self.analyses[self._position[article.article_id]])
            evidence = with_reprints(_evidence_of(new), self._reprints_after(article.article_id, new))
            try:
                left, joined = self._state.regroup(article.article_id, evidence)
            except RarityChanged as error:
                raise NeedsFullAnalysis from error
            for happening in left:
                if happening in came:
                    came.discard(happening)
                else:
                    gone.add(happening)
            came.update(joined)  # one the change left as it was is named again: its dates moved
            self._remember(self.analyses[self._position[article.article_id]])
            self.analyses[self._position[article.article_id]] = new
            analyses.append(ArticleAnalysis(new.article, new.mentions))  # the window never needs the rest
        self._dates = dict(wanted)
        gone_by_members: dict[frozenset[Id], Event] = {}
        gone_events: list[tuple[Happening, Event]] = []
        for happening in sorted(gone):
            event = self._event_at.pop(_first_key(self._state, happening))
            gone_by_members[_members(happening)] = event
            gone_events.append((happening, event))
        came_events, without_act = [], set()
        for happening in sorted(came):
            named = self._event_gone_earlier(happening)
            if named is None:
                was = gone_by_members.get(_members(happening))
                kept = None if was is None else self._naming_kept(happening, was, before)
                named = self._named(happening, kept)
            event, tells_act = named
            self._event_at[_earliest(event)] = event
            came_events.append(event)
            if not tells_act:
                without_act.add(event.event_id)
        # Remembered after what came was named: a happening both gone and come here (named
        # again, its dates moved) is taken back from what an earlier change took away.
        for happening, event in gone_events:
            self._remember_event(happening, event, before)
        self._without_act = (self._without_act - {event.event_id for event in gone_by_members.values()}) | without_act
        self.last_gone = tuple(gone_by_members.values())
        return Redated(tuple(analyses), frozenset(event.event_id for event in gone_by_members.values()),
                       tuple(came_events), frozenset(without_act), flawed_labels(came_events), dict(wanted))

    def _reprints_after(self, article_id: str, analysis: ArticleAnalysis) -> dict[MentionKey, Reprint]:
        """The article's later copies of sentences at its new date (`analysis`), dated as their
        first copies are. NeedsFullAnalysis when the change dates another article's copies
        otherwise (the article was, or becomes, the first copy of one that reads differently):
        their evidence changes too, which only a full analysis takes in (a rare case)."""
        copies = article_copies(analysis)
        own: dict[MentionKey, Reprint] = {}
        titles = self._titles.__getitem__
        for key in self._copy_keys.get(article_id, set()) | {key for key, _copy in copies}:
            family = self._families.get(key, [])
            after = [copy for copy in family if copy[0] != article_id] + [copy for at, copy in copies if at == key]
            before_dates, after_dates = family_replacements(family, titles), family_replacements(after, titles)
            if ({at: reprint for at, reprint in before_dates.items() if at[0] != article_id}
                    != {at: reprint for at, reprint in after_dates.items() if at[0] != article_id}):
                raise NeedsFullAnalysis
            own.update((at, reprint) for at, reprint in after_dates.items() if at[0] == article_id)
            if after:
                self._families[key] = after
            else:
                del self._families[key]
        self._copy_keys[article_id] = {key for key, _copy in copies}
        return own

    def _analysed(self, article: Article, before: ArticleAnalysis) -> ArticleAnalysis:
        """The article's analysis, with its evidence: the one it had at this date when it is kept
        (the very same article), else made now; either with the label choices of its analysis
        `before` that are known already where they read the same words. The rest are worked out
        only if naming asks (a pool's worker sends none: naming reads about three in four)."""
        like = self._labelled_like(before)
        earlier = self._earlier.pop(_dated_key(article), None)
        if earlier is not None and earlier.article == article:
            return with_evidence(earlier, like=like)  # (one of a load may come without evidence)
        return with_evidence(analyse_article(article), like=like)

    def _labelled_like(self, before: ArticleAnalysis) -> ArticleAnalysis:
        """`before`'s evidence (the state's own, what _naming_kept compares the new evidence
        with) with the label choices known of it, none worked out here."""
        state = self._state
        evidence = []
        for item_id in state.items_of(before.article.article_id):
            item = state.evidence[item_id]
            known = self._labels.known(item)
            evidence.append(item if known is None or item.label_choices is not None
                            else replace(item, label_choices=known[0], factual_date=known[1]))
        return ArticleAnalysis(before.article, before.mentions, evidence=tuple(evidence))

    def _remember(self, analysis: ArticleAnalysis) -> None:
        """Kept for an undo or redo."""
        key = _dated_key(analysis.article)
        self._earlier[key] = analysis
        self._earlier.move_to_end(key)
        while len(self._earlier) > EARLIER_ANALYSES:
            self._earlier.popitem(last=False)

    def _remember_event(self, happening: Happening, event: Event, before: dict[Id, tuple[Evidence, Vector]]) -> None:
        """An automatic event the change takes away, kept with the evidence it was made of (the
        changed articles' as it was before the change) for an undo or redo that brings the
        happening back."""
        evidence = tuple(before[item_id][0] if item_id in before else self._state.evidence[item_id]
                         for group in happening for item_id in group)
        self._gone_events[happening] = (event, event.event_id not in self._without_act, evidence)
        self._gone_events.move_to_end(happening)
        while len(self._gone_events) > EARLIER_EVENTS:
            self._gone_events.popitem(last=False)

    def _event_gone_earlier(self, happening: Happening) -> tuple[Event, bool] | None:
        """The event of these very members an earlier change took away, when each member's
        evidence is the very object it was made of (an undo or redo brings an article's earlier
        analysis back, see _analysed): naming it again would give it again, at the cost of
        reading every member (a happening reported by hundreds)."""
        known = self._gone_events.get(happening)
        if known is None:
            return None
        event, tells_act, evidence = known
        now = self._state.evidence
        ids = [item_id for group in happening for item_id in group]
        if len(ids) != len(evidence) or any(now.get(item_id) is not item
                                            for item_id, item in zip(ids, evidence, strict=True)):
            return None
        return event, tells_act

    def _naming_kept(self, happening: Happening, was: Event,
                     before: dict[Id, tuple[Evidence, Vector]]) -> Naming | None:
        """The naming of `was`, the event of the same members before the change, when naming them
        now would give it again: what labels.name_event reads of each member (its words, its
        place, its candidate labels and its vector) is as it was, only dates moved. Naming a
        happening reported by hundreds (the explosion of 20 April) costs more than the rest of
        a date change."""
        state = self._state
        for group in happening:
            for item_id in group:
                old = before.get(item_id)
                if old is None:
                    continue  # not the changed article's: the very same evidence and vector
                evidence, vector = old
                now = state.evidence[item_id]
                if (_words_and_place(now) != _words_and_place(evidence) or state.vectors[item_id] != vector
                        or _granularity(now) != _granularity(evidence) or told_ahead(now) != told_ahead(evidence)):
                    # (a label yields to one naming a finer date, labels.COARSER_DATE_FACTOR, and
                    # one told ahead to one told after, labels.TOLD_AHEAD_FACTOR)
                    return None
                # (Its label choices and factuality read only its words and place, the same on
                # both sides then: prepare._label_source. Nothing to work out to compare them.)
        return Naming(was.label, was.summary, was.event_id not in self._without_act)

    def _named(self, happening: Happening, naming: Naming | None = None) -> tuple[Event, bool]:
        """The happening named from its own evidence (with the corpus's rarity, as in a full build);
        `naming`: what that naming gives, when known."""
        # In the order of their evidence keys: an id orders as its key does (the article's rank,
        # then the offsets), without asking each member for its key (hundreds, for a much-
        # reported happening named again on every change that touches it).
        members = sorted(item_id for group in happening for item_id in group)
        position = {item_id: at for at, item_id in enumerate(members)}
        table = EvidenceTable.build([self._state.evidence[item_id] for item_id in members],
                                    [self._state.vectors[item_id] for item_id in members])
        event, naming = named_event(table, [[position[item_id] for item_id in group] for group in happening], naming,
                                    self._labels)
        return event, naming.tells_act


def _dated_key(article: Article) -> tuple[str, date | None, str | None]:
    return (article.article_id, article.date, article.date_source)


def _members(happening: Happening) -> frozenset[Id]:
    return frozenset(item_id for group in happening for item_id in group)


def _words_and_place(item: Evidence) -> Evidence:
    """The evidence without what resolving its date gave (the value, interval, anchor and
    explanation of its mention): what naming reads of it."""
    mention = replace(item.mention, value="", interval=None, anchor=NO_ANCHOR, explanation="")
    return replace(item, mention=mention)


def _granularity(item: Evidence) -> Granularity | None:
    return None if item.mention.interval is None else item.mention.interval.granularity


def _evidence_of(analysis: ArticleAnalysis) -> list[Evidence]:
    return list(collect_evidence([analysis]))


def _earliest(event: Event) -> tuple[str, int, int]:
    first = min(event.mentions, key=lambda item: (item.article_id, item.mention.start, item.mention.end))
    return (first.article_id, first.mention.start, first.mention.end)


def _first_key(state: GroupingState, happening: Happening) -> tuple[str, int, int]:
    return state.evidence_key(min(item_id for group in happening for item_id in group))


__all__ = ["ArticleRedater", "NeedsFullAnalysis", "Redated"]
