"""One temporal expression found in a text, with its resolved value and how it was reached."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from timeline.domain.interval import TimeInterval
from timeline.domain.pickling import pickled_by_arguments


class TimexType(StrEnum):
    """The four TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class AnchorKind(StrEnum):
    """What a relative expression was resolved against."""

    NONE = "none"  # absolute expression: needs no anchor
    ARTICLE_DATE = "article-date"  # "on Friday" against the publication date
    PREVIOUS_MENTION = "previous-mention"  # "two days later" against the date mentioned before
    UNANCHORED = "unanchored"  # relative, but there was nothing to resolve it against


@pickled_by_arguments
@dataclass(frozen=True, slots=True)
class Anchor:
    kind: AnchorKind
    value: str | None = None  # TIMEX3 value of the anchor, e.g. "2023-03-20"
    anchor_date: date | None = None
    mention_start: int | None = None  # span of the earlier mention, for PREVIOUS_MENTION
    mention_end: int | None = None
    mention_text: str | None = None

    @property
    def is_resolved(self) -> bool:
        return self.kind in (AnchorKind.NONE, AnchorKind.ARTICLE_DATE, AnchorKind.PREVIOUS_MENTION)


NO_ANCHOR = Anchor(AnchorKind.NONE)
UNANCHORED = Anchor(AnchorKind.UNANCHORED)


@pickled_by_arguments
@dataclass(frozen=True, slots=True)
class Mention:
    """A temporal expression: where it is, what it says, and what it resolves to.

    `start`/`end` are Python string indices into the text the extractor was given.
    `value` is a TIMEX3 value ("2023-03-17", "2023-W11", "P3D", "XXXX-XX-XX" when a
    relative expression had no anchor). `interval` is None for durations, sets and
    anything unresolved. `stated` names the calendar fields the text itself gives
    (e.g. {"weekday"} for "on Friday", {"year", "month", "day"} for "3 June 1998");
    everything else in the value was implied by the anchor.
    """

    start: int
    end: int
    text: str
    timex_type: TimexType
    value: str
    interval: TimeInterval | None
    rule: str
    anchor: Anchor
    stated: frozenset[str] = frozenset()
    sentence_start: int = 0
    sentence_end: int = 0
    tense: str | None = None  # "past" / "future" / None: what chose a direction, if anything
    explanation: str = ""  # one readable line: how the value was reached
    # TIMEX3 mod: START/MID/END ("early March"), APPROX, LESS_THAN, MORE_THAN, ... or None
    mod: str | None = None

    @property
    def is_dated(self) -> bool:
        return self.interval is not None and self.timex_type in (TimexType.DATE, TimexType.TIME)

    @property
    def is_implied(self) -> bool:
        """True when part of the date came from an anchor rather than the text."""
        return self.anchor.kind in (AnchorKind.ARTICLE_DATE, AnchorKind.PREVIOUS_MENTION)
