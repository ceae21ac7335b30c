"""A broadcast guide is read and kept, with a clear warning, but none of its dates becomes an event."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeline.analysis import analyse
from timeline.ingest import article_from_text
from timeline.ingest.programme_listing import is_programme_listing

LISTING = """Radio Week 12: 16-22 March 2024
6.30-8.00 pm CITY RADIO 2 Jo Marsh looks back on a year of the harbour festival.
From 10pm, Sam Reed takes over for a two-hour show with two new bands.
8.00-9.30 pm CITY RADIO 4 The ferry disaster of 1987 is remembered by those who were there.
Tonight, the choir of St Anne's sings works by Purcell.
12.00noon-2.00 pm CITY RADIO SPORT Live commentary on Saturday's cup final.
"""

REPORT = """Ferry strike ends
Dockers returned to work on Monday after a week-long strike.
The union's leader will speak on CITY RADIO 4 tonight; the 6.30-8.00 pm CITY RADIO 2 slot
was given over to the dispute last week.
"""


def test_slots_of_hours_and_a_channel_in_capitals_make_a_listing() -> None:
    assert is_programme_listing(LISTING)
    # one slot quoted in a report is no listing, nor are clock ranges without a channel
    assert not is_programme_listing(REPORT)
    assert not is_programme_listing("Polls open 7.00-10.00 pm today, 8.00-9.00 pm in the islands, and "
                                     "6.00-7.00 pm abroad.")


def test_a_listing_is_kept_and_explained_but_draws_no_event() -> None:
    listing = article_from_text(LISTING, article_id="pasted-1")
    report = article_from_text(REPORT, article_id="pasted-2")

    assert listing.text == LISTING and any("programme listing" in warning for warning in listing.warnings)
    assert listing.boilerplate_spans == ((0, len(LISTING), "programme listing"),)
    assert not any("programme listing" in warning for warning in report.warnings)

    dated = [replace(article, date=date(2024, 3, 16)) for article in (listing, report)]
    corpus = analyse(dated)
    sources = {mention.article_id for event in corpus.events for mention in event.mentions}
    assert sources == {"pasted-2"}
