"""Event ids that stay the same across runs and re-extraction: derived from content, never from order."""

from __future__ import annotations

import hashlib
from collections.abc import Collection

from timeline.domain.edits import MentionKey

ADDED_EVENT_ARTICLE = "added-event:"  # pseudo article id naming an analyst-added event, which has no mentions


def event_id_for(earliest: MentionKey, value: str) -> str:
    """A short hash of the event's earliest mention (article, offsets) and that mention's own date value."""
    article_id, start, end = earliest
    digest = hashlib.sha1(f"{article_id}\x1f{start}\x1f{end}\x1f{value}".encode()).hexdigest()
    return f"ev-{digest[:12]}"


def added_event_key(event_id: str) -> MentionKey:
    """The key edits use to name an analyst-added event, which has no mentions of its own."""
    return (f"{ADDED_EVENT_ARTICLE}{event_id}", 0, 0)


def added_event_id(label: str, value: str, taken: Collection[str]) -> str:
    """A fresh id for an event the analyst adds: from its label and date, numbered past any id in use."""
    digest = hashlib.sha1(f"{label}\x1f{value}".encode()).hexdigest()[:12]
    candidate = f"ev-added-{digest}"
    number = 1
    while candidate in taken:
        number += 1
        candidate = f"ev-added-{digest}-{number}"
    return candidate
