"""An article's new date applied in the worker process from the analysis it already holds.

The worker keeps the analyses of its last job (`keep`) and, built on a thread of its own
as soon as that job is done, the grouping's state (analysis.redate.ArticleRedater). The window
sends only a fingerprint of the analyses it shows and the edits; the worker resolves the
changed articles' mentions again, regroups only what they touch and sends back what changed
(`Redated`: the articles' new analyses, the events gone and come), which the window patches
in (analysis.incremental.EditReplay.redated). Only when that cannot be (the state is not
there, or the change moves the corpus's term rarity) is the corpus analysed again here and
sent whole. Either way the result comes back as bytes in which every analysis and mention
the window already holds is a reference to its own object (`unpack`). When the worker holds
other analyses (another window's, or a fresh worker), `KeptAnalysesGone` says so and the
caller sends them.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from typing import Any

from timeline.analysis import reanalyse_corpus
from timeline.analysis.cycle_collection import (
    cycle_collection_paused,
    pause_cycle_collection,
    set_aside_from_collection,
)
from timeline.analysis.incremental import EditBase
from timeline.analysis.redate import ArticleRedater, NeedsFullAnalysis, Redated
from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.domain.edits import Edit
from timeline.domain.event import Event, EventMention
from timeline.present.level_of_detail import EventIndex

# In the worker process: the analyses of its last job (with what the pool prepared for
# building events), where the next re-analysis starts from. One corpus at most.
_kept: tuple[ArticleAnalysis, ...] = ()
# The grouping's state for those analyses, built on a thread once the job is done (seconds
# the analyst spends looking at the result), so a date change needs only its own part.
# It is built a little below the usual priority: on a busy machine, at the usual one it
# slowed the window's other edits right after a load (p95 70-96 -> 120 ms on bpoil, when it
# took 4.7 s); at the lowest, the first date change waited 16 s for it. A date change that
# waits for it raises it back (`redate_job`). Since it starts from what the load's grouping
# found (about 1 s on bpoil), only a little below: at niceness 10 it took 2.5-3 s beside the
# window's first edits on two cores, and the first date change, asked 2.5 s after the corpus
# was shown, waited 0.2 s for it; at 2 it waited for nothing (the other edits' p95 30-32 ms).
BUILD_NICENESS = 2
_building: int | None = None  # the thread building it, while it does
_redater: tuple[tuple[ArticleAnalysis, ...], Future[ArticleRedater | None]] | None = None


class KeptAnalysesGone(Exception):
    """The worker does not hold the analyses the window shows."""


@dataclass(frozen=True, slots=True)
class PackedResult:
    """A job's result pickled against the analyses the window holds (see `unpack`)."""

    payload: bytes


def keep(analyses: Sequence[ArticleAnalysis], base: EditBase | None = None, *,
         in_background: bool = True) -> None:
    """`base`: the analysis's edit base, from which the grouping's state is built (none: a
    date change analyses the corpus again)."""
    global _kept, _redater
    _kept = tuple(analyses)
    _redater = None
    if base is None:
        return
    future: Future[ArticleRedater | None] = Future()
    kept = _kept

    def build() -> None:
        global _building
        _building = threading.get_native_id()
        _set_priority(_building, BUILD_NICENESS)
        try:
            fingerprint(kept)  # (the first date change's comparison then costs what any other's does)
            # Millions of objects, hardly a cycle among them: the collector walking them as they
            # come cost a third of the build (6.6 -> 4.7 s on bpoil).
            with cycle_collection_paused():
                try:
                    redater: ArticleRedater | None = ArticleRedater(kept, base)
                finally:
                    # The analyses and the state live until the next job: no collection walks
                    # them again. Set aside before the collector runs again: its first
                    # collection after the pause walked every object the build made (0.05-0.2 s
                    # on bpoil, which a date change asked right after the load waited for).
                    set_aside_from_collection()
        except Exception:  # a state that cannot be built only costs the speed-up
            redater = None
            set_aside_from_collection()
        _building = None
        future.set_result(redater)

    _redater = (kept, future)
    if in_background:
        threading.Thread(target=build, name="grouping-state", daemon=True).start()
    else:
        build()


def _set_priority(thread: int | None, niceness: int) -> bool:
    """Linux sets the niceness of one thread; elsewhere, or not allowed, nothing changes."""
    if thread is None:
        return False
    try:
        os.setpriority(os.PRIO_PROCESS, thread, niceness)
    except (AttributeError, OSError):
        return False
    return True


def fingerprint(analyses: Sequence[ArticleAnalysis]) -> bytes:
    """What tells the window's analyses from others: a digest of the articles in order, their
    dates, text lengths and mention counts (both sides have them from the same job)."""
    return _fingerprints.of(analyses)


def _fingerprint_entry(analysis: ArticleAnalysis) -> str:
    article = analysis.article
    return repr((article.article_id, article.date, article.date_source, len(article.text), len(analysis.mentions)))


class _Fingerprints:
    """fingerprint's entries for the last analyses it was asked about, by object: a date change
    replaces a few analyses, and only theirs are made again. (The whole tuple of entries,
    made, pickled to the worker, unpickled and made again there to compare, cost 3-4 ms of
    every date change on 1,460 articles; a digest of the entries, with the rest kept, costs
    a tenth of that.)"""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last: tuple[tuple[ArticleAnalysis, ...], list[str], bytes] | None = None

    def of(self, analyses: Sequence[ArticleAnalysis]) -> bytes:
        analyses = tuple(analyses)
        with self._lock:
            last = self._last
        if last is not None and last[0] is analyses:
            return last[2]
        if last is not None and len(last[0]) == len(analyses):
            entries = [entry if before is now else _fingerprint_entry(now)
                       for before, now, entry in zip(last[0], analyses, last[1], strict=True)]
        else:
            entries = [_fingerprint_entry(analysis) for analysis in analyses]
        digest = hashlib.blake2b("\n".join(entries).encode(), digest_size=20).digest()
        with self._lock:
            self._last = (analyses, entries, digest)
        return digest


_fingerprints = _Fingerprints()

# The collection a date change's objects are due runs this long after its result is
# returned: once the pool has sent it (a few hundred microseconds), while the window works
# on it. Run as soon as the collector was back on, it came before the sending, on every
# change's way to the window (1.5-2.5 ms on bpoil's larger changes, 10 ms when it reached
# the older generation).
RESUME_COLLECTION_AFTER_SECONDS = 0.05
_resuming: threading.Timer | None = None  # the last resumption scheduled (tests wait for it)


def _resume_soon(resume: Callable[[], None]) -> bool:
    """`resume` called on a thread of its own after RESUME_COLLECTION_AFTER_SECONDS; False when
    no thread could start (the caller resumes now). A change asked for meanwhile pauses the
    collector again before this resumes it: it stays off until that change is done too."""
    global _resuming
    timer = threading.Timer(RESUME_COLLECTION_AFTER_SECONDS, resume)
    timer.daemon = True
    try:
        timer.start()
    except RuntimeError:
        return False
    _resuming = timer
    return True


def redate_job(progress: Callable[..., None], cancelled: Callable[[], bool], shown: bytes,
               edits: Sequence[Edit]) -> PackedResult:
    """In the worker: what `edits`' article dates change in the kept analysis (`Redated`), or,
    when that cannot be worked out on its own, the kept analyses analysed again."""
    global _kept, _redater
    kept = _kept
    if not kept or fingerprint(kept) != shown:
        raise KeptAnalysesGone
    if _redater is not None and _redater[0] is kept:
        if not _redater[1].done():
            # The analyst changed a date right after the load: nothing else is asked of the
            # window now, so the state goes at the usual priority (where that is allowed).
            _set_priority(_building, 0)
        redater = _redater[1].result()
    else:
        redater = None
    if redater is not None:
        # The collector held off meanwhile: regrouping allocates tens of thousands of objects
        # that live on or die young, and a collection every few hundred of them walked the young
        # ones again and again (on bpoil 1-3 ms of a date change, 10-25 ms of the slowest);
        # what the change left is walked once, after the result has gone (see _resume_soon).
        resume = pause_cycle_collection()
        resumed_later = False
        try:
            try:
                change = redater.redate(edits)
            except NeedsFullAnalysis:
                change = None
            if change is not None:
                _kept = tuple(redater.analyses)
                _redater = (_kept, _redater[1])  # type: ignore[index]  # it holds them now
                # The events that came mostly report what the events gone did (the window has
                # those): their sources are referred to; the mentions of the rest are looked up.
                # (Not the changed articles' own: those come with their new analyses, as objects
                # of them.)
                changed = {analysis.article.article_id for analysis in change.analyses}
                gone = {key: place for key, place in _sources_by_key(redater.last_gone).items()
                        if key[0] not in changed}
                unknown = {item.article_id for event in change.came for item in event.mentions
                           if (place := gone.get(_source_key(item))) is None or place[2] != item}
                packed = _packed(change, kept, unknown, gone)
                resumed_later = _resume_soon(resume)
                return packed
        finally:
            if not resumed_later:
                resume()
    analysed = reanalyse_corpus(Corpus(kept, ()), edits)
    keep(analysed.corpus.analyses, analysed.base)
    # What the pool prepared for building events stays here (the window never needs it); no
    # index: the window makes its own as it readies the result for edits, as after a load.
    return _packed(without_prepared((analysed.corpus, None, analysed.base)), kept)


JobResult = tuple[Corpus, EventIndex | None, EditBase]  # a job's index is None: see analysis_worker._unindexed


def without_prepared(result: JobResult) -> JobResult:
    """The result without what the pool's workers worked out for building events
    (ArticleAnalysis.evidence): the events are built, and sending it on to the window would
    make what it unpickles (on its side of the GIL) half as large again."""
    corpus, index, base = result
    if base is not None and (base.evidence is not None or base.labels is not None or base.lookups is not None):
        # (the build's evidence and lookups: kept for the grouping state here)
        base = replace(base, evidence=None, labels=None, lookups=None)
    if all(analysis.evidence is None for analysis in corpus.analyses):
        return corpus, index, base
    analyses = tuple(analysis if analysis.evidence is None else ArticleAnalysis(analysis.article, analysis.mentions)
                     for analysis in corpus.analyses)
    return Corpus(analyses, corpus.events, corpus.unapplied_edits), index, base


SourceKey = tuple[str, int, int]  # an event's source: its article and the mention's offsets


def _source_key(item: EventMention) -> SourceKey:
    return (item.article_id, item.mention.start, item.mention.end)


SourcePlace = tuple[str, int, EventMention]  # the event's id, the source's place among its mentions, the source


def _sources_by_key(events: Sequence[Event]) -> dict[SourceKey, SourcePlace]:
    return {_source_key(item): (event.event_id, number, item) for event in events
            for number, item in enumerate(event.mentions)}


def _packed(result: object, kept: Sequence[ArticleAnalysis], articles: set[str] | None = None,
            sources: dict[SourceKey, SourcePlace] | None = None) -> PackedResult:
    """`articles`: the only articles whose mentions may be referenced (None: any); `sources`:
    event sources the window holds (of the automatic events the change took away), by key."""
    buffer = io.BytesIO()
    _ReferencingPickler(buffer, kept, articles, sources).dump(result)
    return PackedResult(buffer.getvalue())


def unpack(result: PackedResult, analyses: Sequence[ArticleAnalysis],
           events: Sequence[Event] = ()) -> Redated | tuple[Corpus, EventIndex | None, Any]:
    """In the window: the result, its references resolved to `analyses` (those the job was
    asked about) and their mentions, and to the sources of `events` (the automatic events
    the job started from): what a date change changed (`Redated`), or the whole corpus
    analysed again with its edit base (the window indexes it). KeptAnalysesGone when a source referred
    to is not among those events."""
    unpickler = _ResolvingUnpickler(io.BytesIO(result.payload), analyses, events)
    loaded = unpickler.load()
    if isinstance(loaded, Redated):
        return loaded
    corpus, index, base = loaded
    return corpus, index, base


class _ReferencingPickler(pickle.Pickler):
    """Writes an analysis whose article is one of `known`'s, or one of their mentions, as a
    reference by position."""

    def __init__(self, file: io.BytesIO, known: Sequence[ArticleAnalysis], articles: set[str] | None = None,
                 sources: dict[SourceKey, SourcePlace] | None = None) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._articles = {id(analysis.article): position for position, analysis in enumerate(known)}
        self._mentions = {id(mention): (position, number) for position, analysis in enumerate(known)
                          if articles is None or analysis.article.article_id in articles
                          for number, mention in enumerate(analysis.mentions)}
        self._known = known  # kept alive while ids are looked up
        self._sources = sources or {}

    def persistent_id(self, obj: Any) -> tuple[Any, ...] | None:
        if isinstance(obj, EventMention):
            source = self._sources.get(_source_key(obj))
            return ("source", source[0], source[1]) if source is not None and source[2] == obj else None
        if isinstance(obj, ArticleAnalysis):
            position = self._articles.get(id(obj.article))
            if position is not None and self._known[position].mentions is obj.mentions:
                return ("analysis", position)
            return None
        place = self._mentions.get(id(obj))
        return None if place is None else ("mention", *place)


class _ResolvingUnpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, analyses: Sequence[ArticleAnalysis], events: Sequence[Event] = ()) -> None:
        super().__init__(file)
        self._analyses = analyses
        self._events = events
        self._by_id: dict[str, Event] | None = None  # made on the first source asked for

    def persistent_load(self, pid: Any) -> Any:
        if pid[0] == "source":
            if self._by_id is None:
                self._by_id = {event.event_id: event for event in self._events}
            event = self._by_id.get(pid[1])
            if event is None or pid[2] >= len(event.mentions):
                raise KeptAnalysesGone  # the window holds other events than the worker started from
            return event.mentions[pid[2]]
        if pid[0] == "analysis":
            return self._analyses[pid[1]]
        if pid[0] == "mention":
            return self._analyses[pid[1]].mentions[pid[2]]
        raise pickle.UnpicklingError(f"unknown reference {pid[0]!r}")


__all__ = ["JobResult", "KeptAnalysesGone", "PackedResult", "fingerprint", "keep", "redate_job", "unpack",
           "without_prepared"]
