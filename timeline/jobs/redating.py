"""An article's new date re-analysed in the worker process from the analyses it already holds.

A change of article date re-resolves that article's mentions and builds the events again
(grouping is corpus-wide: see analysis.incremental). That is seconds of work, done in the
worker process; what froze the window was the copying around it: the whole corpus (20 MB
pickled for 1,460 articles) went to the worker and a whole new one came back, each
pickled or unpickled by a thread of the window's process with the GIL held (stalls of
150-270 ms). Here the worker keeps the analyses of its last job (`keep`), the window
sends only a fingerprint of the analyses it shows and the edits, and the result comes
back as bytes in which every analysis and mention the window already holds is a
reference to its own object (`unpack`). When the worker holds other analyses (another
window's, or a fresh worker), `KeptAnalysesGone` says so and the caller sends them.
"""

from __future__ import annotations

import io
import pickle
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from timeline.analysis import reanalyse_corpus
from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.domain.edits import Edit
from timeline.present.level_of_detail import EventIndex, index_of_shown

# In the worker process: the analyses of its last job (with what the pool prepared for
# building events), where the next re-analysis starts from. One corpus at most.
_kept: tuple[ArticleAnalysis, ...] = ()


class KeptAnalysesGone(Exception):
    """The worker does not hold the analyses the window shows."""


@dataclass(frozen=True, slots=True)
class PackedResult:
    """A job's result pickled against the analyses the window holds (see `unpack`)."""

    payload: bytes


def keep(analyses: Sequence[ArticleAnalysis]) -> None:
    global _kept
    _kept = tuple(analyses)


def fingerprint(analyses: Sequence[ArticleAnalysis]) -> tuple[Hashable, ...]:
    """What tells the window's analyses from others: the articles in order, their dates,
    text lengths and mention counts (both sides have them from the same job)."""
    return tuple((a.article.article_id, a.article.date, a.article.date_source, len(a.article.text),
                  len(a.mentions)) for a in analyses)


def redate_job(progress: Callable[..., None], cancelled: Callable[[], bool], shown: tuple[Hashable, ...],
               edits: Sequence[Edit]) -> PackedResult:
    """In the worker: the kept analyses re-analysed under `edits` (their article dates)."""
    kept = _kept
    if not kept or fingerprint(kept) != shown:
        raise KeptAnalysesGone
    analysed = reanalyse_corpus(Corpus(kept, ()), edits)
    keep(analysed.corpus.analyses)
    # What the pool prepared for building events stays here (the window never needs it).
    analyses = tuple(a if a.evidence is None else ArticleAnalysis(a.article, a.mentions)
                     for a in analysed.corpus.analyses)
    corpus = Corpus(analyses, analysed.corpus.events, analysed.corpus.unapplied_edits)
    buffer = io.BytesIO()
    _ReferencingPickler(buffer, kept).dump((corpus, index_of_shown(corpus.events), analysed.base))
    return PackedResult(buffer.getvalue())


def unpack(result: PackedResult, analyses: Sequence[ArticleAnalysis]) -> tuple[Corpus, EventIndex, Any]:
    """In the window: the result, its references resolved to `analyses` (those the job was
    asked about) and their mentions."""
    unpickler = _ResolvingUnpickler(io.BytesIO(result.payload), analyses)
    corpus, index, base = unpickler.load()
    return corpus, index, base


class _ReferencingPickler(pickle.Pickler):
    """Writes an analysis whose article is one of `known`'s, or one of their mentions, as a
    reference by position."""

    def __init__(self, file: io.BytesIO, known: Sequence[ArticleAnalysis]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._articles = {id(analysis.article): position for position, analysis in enumerate(known)}
        self._mentions = {id(mention): (position, number) for position, analysis in enumerate(known)
                          for number, mention in enumerate(analysis.mentions)}
        self._known = known  # kept alive while ids are looked up

    def persistent_id(self, obj: Any) -> tuple[Any, ...] | None:
        if isinstance(obj, ArticleAnalysis):
            position = self._articles.get(id(obj.article))
            if position is not None and self._known[position].mentions is obj.mentions:
                return ("analysis", position)
            return None
        place = self._mentions.get(id(obj))
        return None if place is None else ("mention", *place)


class _ResolvingUnpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, analyses: Sequence[ArticleAnalysis]) -> None:
        super().__init__(file)
        self._analyses = analyses

    def persistent_load(self, pid: Any) -> Any:
        if pid[0] == "analysis":
            return self._analyses[pid[1]]
        if pid[0] == "mention":
            return self._analyses[pid[1]].mentions[pid[2]]
        raise pickle.UnpicklingError(f"unknown reference {pid[0]!r}")


__all__ = ["KeptAnalysesGone", "PackedResult", "fingerprint", "keep", "redate_job", "unpack"]
