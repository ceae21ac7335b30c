"""One readable line per analyst edit, for lists of edits (conflicts, recovery, history)."""

from __future__ import annotations

from timeline.domain.edits import (
    AddEvent,
    AnnotateEvent,
    Edit,
    EventKeys,
    HideEvent,
    MergeEvents,
    RenameEvent,
    SetArticleDate,
    SetEventDate,
    SplitEvent,
)


def describe_edit(edit: Edit) -> str:
    if isinstance(edit, SetArticleDate):
        when = edit.new_date.isoformat() if edit.new_date is not None else "undated"
        return f"Set the date of {edit.article_id} to {when}"
    if isinstance(edit, MergeEvents):
        return f"Merge the event at {_where(edit.first)} with the event at {_where(edit.second)}"
    if isinstance(edit, SplitEvent):
        return f"Split {_where(edit.keys)} into an event of its own"
    if isinstance(edit, RenameEvent):
        return f"Rename the event at {_where(edit.keys)} to “{edit.label}”"
    if isinstance(edit, SetEventDate):
        return f"Date the event at {_where(edit.keys)} {edit.value}"
    if isinstance(edit, HideEvent):
        return f"{'Hide' if edit.hidden else 'Show'} the event at {_where(edit.keys)}"
    if isinstance(edit, AnnotateEvent):
        parts = [f"note “{_short(edit.note)}”"] if edit.note else []
        if edit.tags:
            parts.append("tags " + ", ".join(edit.tags))
        return f"Annotate the event at {_where(edit.keys)}: {'; '.join(parts) or 'cleared'}"
    if isinstance(edit, AddEvent):
        return f"Add the event “{edit.label}” on {edit.value}"
    return type(edit).__name__


def _where(keys: EventKeys) -> str:
    """The first mention (article and offsets) and how many more there are."""
    if not keys:
        return "no mention"
    article_id, start, end = min(keys)
    more = len(keys) - 1
    return f"{article_id} [{start}–{end}]" + (f" and {more} more" if more else "")


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def name_edit(edit: Edit) -> str:
    """A few words for a menu item ("Undo Rename to “Summit”")."""
    if isinstance(edit, SetArticleDate):
        return "Set article date"
    if isinstance(edit, MergeEvents):
        return "Merge events"
    if isinstance(edit, SplitEvent):
        return "Split event"
    if isinstance(edit, RenameEvent):
        return f"Rename to “{_short(edit.label, 30)}”"
    if isinstance(edit, SetEventDate):
        return f"Date event {edit.value}"
    if isinstance(edit, HideEvent):
        return "Hide event" if edit.hidden else "Show event"
    if isinstance(edit, AnnotateEvent):
        return "Annotate event"
    if isinstance(edit, AddEvent):
        return f"Add event “{_short(edit.label, 30)}”"
    return type(edit).__name__
