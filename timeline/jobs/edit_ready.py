"""A finished analysis made ready for edits, off the window's thread.

The first edit after a load used to find the edit replay empty: whether each event tells a
happening, its ranking parts and its sort key were all worked out on that keypress, for
every event (0.4 to 0.75 s on 1,460 articles, the window frozen). Here the replay is built
and run once over the edits in force in the background task that waited for the analysis,
so the first edit costs what any later one does. The corpus shown is the replay's own (the
same corpus, tested in tests/analysis/test_incremental.py), so the events an edit leaves
alone stay the very objects the views already hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from timeline.analysis.incremental import EditBase, EditReplay
from timeline.domain.corpus import Corpus
from timeline.domain.edits import Edit
from timeline.present.level_of_detail import EventIndex, index_of_shown


class EditReady(NamedTuple):
    corpus: Corpus
    timeline_index: EventIndex
    replay: EditReplay


def ready_for_edits(result: tuple[Corpus, EventIndex | None, EditBase], edits: Sequence[Edit]) -> EditReady:
    """`result`: an analysis job's corpus, index (None: indexed here) and edit base, made under `edits`."""
    corpus, index, base = result
    replay = EditReplay(corpus.analyses, base)
    if not replay.can_replay(edits):
        # The caller re-analyses: nothing to warm.
        return EditReady(corpus, index if index is not None else index_of_shown(corpus.events), replay)
    replayed = replay.corpus(edits)
    return EditReady(replayed, index_of_shown(replayed.events), replay)


__all__ = ["EditReady", "ready_for_edits"]
