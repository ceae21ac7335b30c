"""What a pool's worker works out for building events changes nothing about the events."""

from __future__ import annotations

from pathlib import Path

from timeline.analysis.pool import analyse_file
from timeline.events import build_events
from timeline.events.evidence import collect_evidence
from timeline.events.prepare import prepared_analysis
from timeline.ingest import planned_reads


def test_events_from_prepared_articles_are_the_events_from_plain_ones(seeds_dir: Path) -> None:
    plain = [analyse_file(path, article_id, declaration)
             for path, article_id, declaration in planned_reads([seeds_dir])]
    prepared = [prepared_analysis(analysis) for analysis in plain]
    assert all(analysis.evidence is None for analysis in plain)
    assert sum(len(analysis.evidence or ()) for analysis in prepared) == len(collect_evidence(plain)) > 0
    events = build_events(plain)
    assert events and build_events(prepared) == events
    # Some of each, as a pool gives when this process reads the first files while workers start.
    assert build_events([*prepared[::2], *plain[1::2]]) == events


def test_a_worker_prepares_only_when_asked(seeds_dir: Path) -> None:
    path, article_id, declaration = planned_reads([seeds_dir])[0]
    assert analyse_file(path, article_id, declaration).evidence is None
    assert analyse_file(path, article_id, declaration, for_events=True).evidence
