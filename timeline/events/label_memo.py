"""Label choices and date factuality of evidence nobody prepared, worked out once per object.

Evidence carries no label choices (a pool's worker leaves them out, events.prepare): naming
an event cuts its most central sentences into labels and asks whether their dates' clauses
tell a happening of them. One memo serves every share of a naming in one process and the load's
previews with the build after them; a forked share works on its own copy. After an article's
date change the happenings holding the article's evidence are named again, each time mostly
from the same, unchanged evidence of other articles: a LabelMemo keeps what those questions
answered, so each is asked once. A forked share sends back what it worked out (`learned_since`,
`learn`): the memo of a build then holds every answer its naming found, which the article-date
worker goes on from (analysis.redate).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

from timeline.events.evidence import Evidence
from timeline.events.labels import LabelChoice, date_is_factual, prepared_labels

MentionKey = tuple[str, int, int]
# What was worked out about the evidence at a key: its label choices (None: not asked), whether its date is factual.
Answer = tuple[MentionKey, "tuple[LabelChoice, ...] | None", bool]
_Entry = tuple[Evidence, "tuple[LabelChoice, ...] | None", bool]


class LabelMemo:
    """labels.label_choices and labels.date_is_factual, remembered per piece of evidence: by its
    key, for the very object asked about (another object at that key is asked afresh, and
    takes its place: what is kept stays one entry per place of evidence)."""

    def __init__(self) -> None:
        # key -> the evidence, its label choices (None: not asked yet), whether its date is factual
        self._known: dict[MentionKey, _Entry] = {}

    def choices(self, item: Evidence) -> tuple[LabelChoice, ...]:
        if item.label_choices is not None:  # prepared where the article was read
            return cast(tuple[LabelChoice, ...], item.label_choices)
        return self._prepared(item)[0]

    def factual(self, item: Evidence) -> bool:
        if item.factual_date is not None:
            return item.factual_date
        known = self._known.get(item.key)
        if known is not None and known[0] is item:
            return known[2]
        factual = date_is_factual(item)
        self._known[item.key] = (item, None, factual)
        return factual

    def prepared(self, item: Evidence) -> tuple[tuple[LabelChoice, ...], bool]:
        """What events.prepare carries on the item: its label choices, and whether its date is factual."""
        return self.choices(item), self.factual(item)

    def known(self, item: Evidence) -> tuple[tuple[LabelChoice, ...], bool] | None:
        """What `prepared` would answer when it needs not work anything out, else None."""
        if item.label_choices is not None and item.factual_date is not None:
            return cast(tuple[LabelChoice, ...], item.label_choices), item.factual_date
        known = self._known.get(item.key)
        if known is None or known[0] is not item or known[1] is None:
            return None
        return known[1], known[2]

    def mark(self) -> dict[MentionKey, _Entry]:
        """What is known now, to tell later what was worked out since (`learned_since`)."""
        return dict(self._known)

    def learned_since(self, mark: dict[MentionKey, _Entry]) -> list[Answer]:
        """What was worked out since `mark` was taken, as plain answers (no evidence: a forked
        share sends them to the process whose memo it copied, which holds the same evidence)."""
        return [(key, entry[1], entry[2]) for key, entry in self._known.items() if mark.get(key) is not entry]

    def learn(self, answers: Sequence[Answer], evidence_at: Callable[[MentionKey], Evidence | None]) -> None:
        """Answers worked out elsewhere about the evidence `evidence_at` gives for their keys
        (the same evidence: they answer for it as for the copy they were asked of)."""
        known = self._known
        for key, choices, factual in answers:
            item = evidence_at(key)
            if item is None:
                continue
            entry = known.get(key)
            if entry is not None and entry[0] is item and (entry[1] is not None or choices is None):
                continue  # known here already
            known[key] = (item, choices, factual)

    def _prepared(self, item: Evidence) -> tuple[tuple[LabelChoice, ...], bool]:
        known = self._known.get(item.key)
        if known is not None and known[0] is item and known[1] is not None:
            return known[1], known[2]
        choices, factual = prepared_labels(item)  # both at once: they read the same clause
        self._known[item.key] = (item, choices, factual)
        return choices, factual


__all__ = ["Answer", "LabelMemo"]
