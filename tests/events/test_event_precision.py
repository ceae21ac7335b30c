"""An event is as precise as its best-supported date: a lone precise mention does not make a year a day."""

from __future__ import annotations

from datetime import date

from event_builders import analysis

from timeline.domain.granularity import Granularity
from timeline.events import build_events


def _hurricane_year(i: int):
    return analysis(f"y{i}", date(2010, 6, 1 + i), f"The hurricane of 2005 flooded the city, report {i}.",
                    [("2005", "2005")], stated=["2005"])


def test_many_year_only_reports_stay_a_year_beside_one_dated_report():
    one_day = analysis("d", date(2010, 6, 20), "The hurricane flooded the city on 29 August 2005.",
                       [("29 August 2005", "2005-08-29")], stated=["29 August 2005"])
    events = build_events([_hurricane_year(i) for i in range(8)] + [one_day])
    hurricane = max(events, key=lambda e: e.source_count)
    assert hurricane.source_count == 9
    assert hurricane.interval.granularity == Granularity.YEAR
    assert hurricane.value == "2005"


def test_a_day_that_a_fair_share_of_sources_give_is_kept():
    days = [analysis(f"d{i}", date(2010, 6, 20 + i), "The hurricane flooded the city on 29 August 2005.",
                     [("29 August 2005", "2005-08-29")], stated=["29 August 2005"]) for i in range(3)]
    events = build_events([_hurricane_year(i) for i in range(6)] + days)
    hurricane = max(events, key=lambda e: e.source_count)
    assert hurricane.value == "2005-08-29"
    assert hurricane.interval.granularity == Granularity.DAY
