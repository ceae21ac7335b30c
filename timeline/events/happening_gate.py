"""Which groups of dated mentions are events: only those that tell a happening.

A date in a sentence that tells no happening ("It's a big change from yesterday", "On
Monday, 4 May") is still a mention of its article, shown with the article's text, but it is
no event: on the timeline it would be a label that says nothing. Whether a sentence tells a
happening is judged by the best headline the labeller could cut from it: when every
candidate leans on an unseen sentence, is a bare date, an adverbial or a name
(`label_flaw`), or holds no verb of its clause ("Statement from the committee"), the
sentence tells none a reader could use. So too when the date's own clause asks, guesses or
compares (events/factuality.py), or tells nothing and only another clause of the sentence
gave a label: that clause most often tells something else than what happened that day. And
so when its label had to be cut at a bare word boundary, no phrase of its clause ending
within reach: most often a run-on caption or fact box ("... file lawsuits accusing").

An event several reports tell in their own words is judged by its sources, not by its label:
it belongs on the timeline even when its label is poor (the analyst renames it), unless not
one of them reports a happening of that date ("fares have doubled since Tuesday's strike",
"twice as many as on Monday"), which labels.name_event marks as telling no act. An event the
analyst edited is theirs.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from timeline.domain.event import Event
from timeline.events.label_quality import a_live_pages_heading, label_flaw


def tells_a_happening(event: Event, without_act: Collection[str] = frozenset(),
                      flawed: Collection[str] | None = None) -> bool:
    """`without_act`: ids of events told in one sentence whose label lost (or never had) the verb
    of its clause, and of events several reports tell where none reports a happening of its date;
    `flawed`: ids of the automatic events whose label has a flaw, when already worked out
    (an event nobody edited is an automatic one: its label is the one judged then)."""
    if event.edited or not event.mentions:
        return True
    if event.event_id in without_act:
        return False
    if event.source_count >= 2 and len({mention.sentence for mention in event.mentions}) >= 2:
        # judged by its sources (one sentence copied into several pages is one report), unless
        # what they all print is the page's own heading ("Live coverage following the quake")
        return not a_live_pages_heading(event.label)
    return not (event.event_id in flawed if flawed is not None else label_flaw(event.label) is not None)


def happenings(events: Iterable[Event], without_act: Collection[str] = frozenset(),
               flawed: Collection[str] | None = None) -> list[Event]:
    return [event for event in events if tells_a_happening(event, without_act, flawed)]
