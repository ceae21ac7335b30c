"""What building events can work out from one article alone, worked out where the article is read.

Building events needs every article at once (grouping across articles), but much of it
looks at one article only: its evidence (each dated mention with the content of its
sentence). The worker process that read and extracted the article works that out too
(timeline.analysis.pool), in parallel with the others, so the one process that builds the
events has only the cross-article work left. Each piece of evidence's candidate labels are
per article too, but naming reads those of an event's few most central sentences only: a
worker leaves them to naming (`with_evidence`), which works out the ones it reads, in shares
side by side (events.event_assembly.named_events). `prepared_analysis` works them all out.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from timeline.domain.corpus import ArticleAnalysis
from timeline.events.evidence import Evidence, article_evidence
from timeline.events.labels import prepared_labels


def with_evidence(analysis: ArticleAnalysis, like: ArticleAnalysis | None = None) -> ArticleAnalysis:
    """The analysis with its evidence worked out, but not the evidence's label choices: what a
    pool's worker sends. Naming asks for the label choices of an event's few most central
    sentences only (on bpoil about three pieces of evidence in four), so they are worked out
    where the events are named (events.label_memo), once each, and the rest never. `like`: as
    in prepared_analysis, whose label choices are taken where they read the same words (the
    rest stay to be worked out when asked)."""
    if analysis.evidence is not None:
        return analysis
    evidence = article_evidence(analysis)
    known = _known_labels(like)
    if known:
        evidence = tuple(replace(item, label_choices=taken[0], factual_date=taken[1])
                         if (taken := known.get(_label_source(item))) is not None else item for item in evidence)
    return ArticleAnalysis(analysis.article, analysis.mentions, evidence=evidence)


def prepared_analysis(analysis: ArticleAnalysis, like: ArticleAnalysis | None = None) -> ArticleAnalysis:
    """The analysis with its evidence and the evidence's label choices worked out (with whether
    each date's clause tells a happening of it). `like`: an analysis of the same article (at
    another date) whose prepared evidence's label choices are taken where they read the same
    words: they read the sentence and the mention's place in it, not what its date resolved to
    (half the cost of an article date change's extraction)."""
    if analysis.evidence is not None:
        return analysis
    known = _known_labels(like)
    evidence = []
    for item in article_evidence(analysis):
        choices, factual = known.get(_label_source(item)) or prepared_labels(item)
        evidence.append(replace(item, label_choices=choices, factual_date=factual))
    return ArticleAnalysis(analysis.article, analysis.mentions, evidence=tuple(evidence))


def _known_labels(like: ArticleAnalysis | None) -> dict[tuple[object, ...], tuple[tuple[Any, ...], bool]]:
    """The label choices and date factuality `like`'s evidence carries, by what they read."""
    return {_label_source(item): (item.label_choices, item.factual_date)
            for item in (like.evidence if like is not None else None) or ()
            if isinstance(item, Evidence) and item.label_choices is not None and item.factual_date is not None}


def _label_source(item: Evidence) -> tuple[object, ...]:
    """What labels.prepared_labels reads of a piece of evidence."""
    return (item.headline_source, item.sentence_start, item.mention.start, item.mention.end, item.previous_sentence)
