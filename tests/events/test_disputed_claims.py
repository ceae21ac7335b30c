"""A disputed event names each date its sources claim, and which articles claim it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from event_builders import analysis

from timeline.events import build_events
from timeline.events.event_dates import disputed_claims

LENA_APRIL = analysis(
    "ortiz-1", date(2024, 4, 2),
    "Lena Ortiz resigned as chief executive of Halvorsen Shipping last month after a critical audit.",
    [("last month", "2024-03")],
)
LENA_MAY = analysis(
    "ortiz-2", date(2024, 4, 20),
    "Lena Ortiz, who resigned as chief executive of Halvorsen Shipping earlier this month after a critical audit, "
    "has joined a rival.",
    [("earlier this month", "2024-04")],
)
LENA_YEAR = analysis(
    "ortiz-3", date(2024, 6, 1),
    "Lena Ortiz, who resigned as chief executive of Halvorsen Shipping this year after a critical audit, "
    "spoke at the conference.",
    [("this year", "2024")],
)


def test_each_source_date_is_a_claim_with_its_articles_earliest_first():
    (event,) = build_events([LENA_MAY, LENA_APRIL])
    claims = disputed_claims(event)
    assert [(c.value, c.article_ids) for c in claims] == [("2024-03", ("ortiz-1",)), ("2024-04", ("ortiz-2",))]
    assert [c.interval.first_day for c in claims] == [date(2024, 3, 1), date(2024, 4, 1)]


def test_a_coarser_date_agreeing_with_every_claim_backs_none_of_them():
    events = build_events([LENA_APRIL, LENA_MAY, LENA_YEAR])
    disputed = [e for e in events if e.conflict]
    assert len(disputed) == 1
    claims = disputed_claims(disputed[0])
    assert [c.value for c in claims] == ["2024-03", "2024-04"]
    assert all("ortiz-3" not in c.article_ids for c in claims)


def test_agreeing_events_and_dates_set_by_the_analyst_have_no_claims():
    (agreed,) = build_events([LENA_APRIL])
    assert disputed_claims(agreed) == ()
    (disputed,) = build_events([LENA_APRIL, LENA_MAY])
    assert disputed_claims(replace(disputed, date_set_by_analyst=True)) == ()
