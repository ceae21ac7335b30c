"""What building events can work out from one article alone, worked out where the article is read.

Building events needs every article at once (grouping across articles), but much of it
looks at one article only: its evidence (each dated mention with the content of its
sentence) and each piece of evidence's candidate labels. The worker process that read and
extracted the article does that part too (timeline.analysis.pool), in parallel with the
others, so the one process that builds the events has only the cross-article work left.
"""

from __future__ import annotations

from dataclasses import replace

from timeline.domain.corpus import ArticleAnalysis
from timeline.events.evidence import Evidence, article_evidence
from timeline.events.labels import prepared_labels


def prepared_analysis(analysis: ArticleAnalysis, like: ArticleAnalysis | None = None) -> ArticleAnalysis:
    """The analysis with its evidence and the evidence's label choices worked out (with whether
    each date's clause tells a happening of it). `like`: an analysis of the same article (at
    another date) whose prepared evidence's label choices are taken where they read the same
    words: they read the sentence and the mention's place in it, not what its date resolved to
    (half the cost of an article date change's extraction)."""
    if analysis.evidence is not None:
        return analysis
    known = {_label_source(item): (item.label_choices, item.factual_date)
             for item in (like.evidence if like is not None else None) or ()
             if isinstance(item, Evidence) and item.label_choices is not None and item.factual_date is not None}
    evidence = []
    for item in article_evidence(analysis):
        choices, factual = known.get(_label_source(item)) or prepared_labels(item)
        evidence.append(replace(item, label_choices=choices, factual_date=factual))
    return ArticleAnalysis(analysis.article, analysis.mentions, evidence=tuple(evidence))


def _label_source(item: Evidence) -> tuple[object, ...]:
    """What labels.prepared_labels reads of a piece of evidence."""
    return (item.headline_source, item.sentence_start, item.mention.start, item.mention.end, item.previous_sentence)
