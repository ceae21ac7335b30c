"""Every way people write a date: figures, compact forms, a time beside a date, number words.

Each case is one sentence of our own; the article is dated Wednesday 12 June 2024 so that
the forms without a year have one to take.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract_mentions

WED_12_JUN_2024 = date(2024, 6, 12)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # figures, in both orders, with "/", "." and "-", year first or last
        ("The permit ran out on 31/05/2024, the council said.", "31/05/2024", "2024-05-31"),
        ("The permit ran out on 05/31/2024, the council said.", "05/31/2024", "2024-05-31"),
        ("The stamp reads 31.05.2024 in red.", "31.05.2024", "2024-05-31"),
        ("The stamp reads 2024.05.31 in red.", "2024.05.31", "2024-05-31"),
        ("The label says 05-31-24 in small print.", "05-31-24", "2024-05-31"),
        ("Applications closed on 5/31 this year.", "5/31", "2024-05-31"),
        ("The card expired in 05/2024.", "05/2024", "2024-05"),
        # a month named with a figure year
        ("Prices peaked in May-2024 and eased.", "May-2024", "2024-05"),
        ("The report for 2024 May was late.", "2024 May", "2024-05"),
        ("Sales were flat in May '24, the shop said.", "May '24", "2024-05"),
        ("Ledger entry, Mar 87: paid.", "Mar 87", "1987-03"),
        # months in words between figures, and a log line's stamp
        ("The parcel left on 31/May/2024 by road.", "31/May/2024", "2024-05-31"),
        ("The parcel left on 2024/May/31 by road.", "2024/May/31", "2024-05-31"),
        ('10.1.1.4 - - [31/May/2024:06:36:02 +0000] "GET /"', "31/May/2024:06:36:02", "2024-05-31T06:36"),
        ("The sensor logged 2024-05-31T06:36:02Z and paused.", "2024-05-31T06:36:02Z", "2024-05-31T06:36"),
        ("The sensor logged 2024-05-31 06:36 and paused.", "2024-05-31 06:36", "2024-05-31T06:36"),
        # a time before a date takes the date's year; a machine stamp is one moment
        ("The lights failed at 7:40pm Mar 3, 2019, across town.", "7:40pm Mar 3, 2019", "2019-03-03T19:40"),
        ("Posted 11:15 a.m. Feb. 9, 2021 by the editor.", "11:15 a.m. Feb. 9, 2021", "2021-02-09T11:15"),
        ("Last login: Sat Jun 8 09:12:44 2019 from the lab", "Sat Jun 8 09:12:44 2019", "2019-06-08T09:12"),
        # days as words
        ("The fair opened on June ninth.", "June ninth", "2024-06-09"),
        ("The fair closed on the thirty-first of May.", "the thirty-first of May", "2024-05-31"),
        ("The fair closed on fourteenth July 2012.", "fourteenth July 2012", "2012-07-14"),
    ],
)
def test_a_written_date_is_read_whole(text: str, surface: str, value: str):
    found = [m for m in extract_mentions(text, WED_12_JUN_2024) if m.text == surface]
    assert [m.value for m in found] == [value], [(m.text, m.value) for m in extract_mentions(text, WED_12_JUN_2024)]


@pytest.mark.parametrize(
    "text",
    [
        "Version 1.2.34 fixed the bug.",
        "The score was 3/4 at half time.",
        "In May 45 people were hurt.",
        "In May 5 percent of the staff left.",
        "The flat is 14.5 metres long.",
    ],
)
def test_figures_that_are_no_date_stay_unread(text: str):
    assert not any(ch.isdigit() for m in extract_mentions(text, WED_12_JUN_2024) for ch in m.text)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # an offset in hours or minutes stays on the article's day (its clock is unknown);
        # whole days of hours move by them
        ("The quake struck two hours ago, officials said.", "two hours ago", "2024-06-12"),
        ("The post went up 5 mins ago.", "5 mins ago", "2024-06-12"),
        ("The ferry sank 48 hours ago.", "48 hours ago", "2024-06-10"),
        ("The count is in an hour.", "an hour", "2024-06-12"),
        # four figures after a month and day, with a zone after them, are the year
        ("The memo is dated August 14, 2015 EST.", "August 14, 2015", "2015-08-14"),
        # decades without the century, and round hundreds as centuries
        ("Vinyl was cheap in the 90s.", "the 90s", "199"),
        ("Vinyl was cheap in the 90's.", "the 90's", "199"),
        ("Flapper dresses are back from the 20s.", "the 20s", "202"),
        ("Jazz clubs boomed in the 30s.", "the 30s", "193"),
        ("The canal was dug in the early 1800s.", "the early 1800s", "18"),
        # "the" between a month and its ordinal day; a clock time "tonight" is in the evening
        ("Rent is due on July the 3rd.", "July the 3rd", "2024-07-03"),
        ("The band plays at 8:30 tonight.", "8:30 tonight", "2024-06-12T20:30"),
        # several counts in one offset; clock times in words; a period's edge without "the"
        ("The shop changed hands 1 year, 2 months and 3 days ago.", "1 year, 2 months and 3 days ago", "2023-04-09"),
        ("The alarm went off half an hour ago.", "half an hour ago", "2024-06-12"),
        ("The pier reopens at ten past nine tomorrow.", "ten past nine tomorrow", "2024-06-13T09:10"),
        ("Bids close by end of quarter.", "end of quarter", "2024-Q2"),
        ("The crane fell the week before last.", "the week before last", "2024-W22"),
        ("The lake froze in the winter of last year.", "the winter of last year", "2023-WI"),
        ("The desk opens from 9:30 to 11:00 on Friday.", "9:30", "2024-06-14T09:30"),
        # "is (on) <weekday>" sets a day ahead; a year after "in" with its apostrophe
        ("The hearing is on Monday.", "Monday", "2024-06-17"),
        ("The deadline is Friday at 17:00.", "Friday at 17:00", "2024-06-14T17:00"),
        ("The plant shut in '85.", "'85", "1985"),
        ("The festival is in mid-March.", "mid-March", "2025-03"),
        ("The festival was in mid-March.", "mid-March", "2024-03"),
        # "is in N units" looks ahead; "in N units" after a superlative or "first time" is a stretch
        ("The runoff vote is in two weeks.", "two weeks", "2024-W26"),
        ("It was the worst flood in 40 years.", "40 years", "P40Y"),
        ("The well flowed freely for the first time in 87 days.", "87 days", "P87D"),
        ("Ledger, 2014 Aug 5: rain all day.", "2014 Aug 5", "2014-08-05"),
        # "the past weekend"; "a year ago today" is a day; "this time last year"
        ("Storms hit the coast over the past weekend.", "the past weekend", "2024-W23-WE"),
        ("The mine closed a year ago today.", "a year ago today", "2023-06-12"),
        ("Fares were lower this time last year.", "this time last year", "2023-06-12"),
        # a range of years: both ends
        ("The drought lasted 2019-2021.", "2021", "2021"),
        ("Sales for the 2019-20 season fell.", "20", "2020"),
        # ISO weeks, coded or in words
        ("Deliveries slip to 2025-W03.", "2025-W03", "2025-W03"),
        ("The trial ends in week 9 of 2025.", "week 9 of 2025", "2025-W09"),
    ],
)
def test_everyday_form_resolves(text: str, surface: str, value: str):
    found = [(m.text, m.value) for m in extract_mentions(text, WED_12_JUN_2024)]
    assert (surface, value) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures stayed in the 90s all week.",
        "She is in her 90s and still drives.",
        "He is a man in his early 30s.",
        "The slick lay five to 10 miles off the coast.",
        "Half the money goes to DEC. The rest is kept.",
        "She read the Six O'clock News for years.",
        "The race was won in 2 hours.",
    ],
)
def test_a_number_range_or_a_length_is_no_date(text: str):
    dates = [m for m in extract_mentions(text, WED_12_JUN_2024) if m.timex_type.value in ("DATE", "TIME")]
    assert dates == [], [(m.text, m.value) for m in dates]
