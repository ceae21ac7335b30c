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
from timeline.events.evidence import article_evidence
from timeline.events.labels import label_choices


def prepared_analysis(analysis: ArticleAnalysis) -> ArticleAnalysis:
    """The analysis with its evidence and the evidence's label choices worked out."""
    if analysis.evidence is not None:
        return analysis
    evidence = tuple(replace(item, label_choices=label_choices(item)) for item in article_evidence(analysis))
    return ArticleAnalysis(analysis.article, analysis.mentions, evidence=evidence)
