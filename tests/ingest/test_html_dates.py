"""HTML dates: htmldate's choice with evidence from tags, and no day padded from a month or year."""

from __future__ import annotations

from datetime import date

from timeline.ingest.formats.html_dates import html_date_findings, structured_dates
from timeline.ingest.formats.html_page import parse_html

STORY = "<p>" + "The delegation held talks in the capital and will return next week. " * 6 + "</p>"


def _findings(html: str):
    return html_date_findings(parse_html(html), html)


def test_publication_tags_are_found_and_modification_tags_ignored():
    html = (
        '<html><head><meta name="dc.date.issued" content="2023-03-20">'
        '<meta property="article:modified_time" content="2023-04-01T10:00:00Z">'
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"datePublished": "2023-03-20T09:00:00+01:00", "dateModified": "2023-04-01"}]}</script>'
        f"</head><body>{STORY}</body></html>"
    )

    assert [day for day, _ in structured_dates(parse_html(html))] == [date(2023, 3, 20)] * 2
    assert {f.candidate.value for f in _findings(html)} == {date(2023, 3, 20)}


def test_a_tag_htmldate_passes_over_ranks_below_its_choice():
    # The canonical address carries the day htmldate trusts first; the odd tag disagrees.
    html = (
        '<html><head><link rel="canonical" href="https://example.org/2023/03/21/story">'
        '<meta name="date" content="2023-03-25"></head>'
        f"<body>{STORY}</body></html>"
    )

    ranked = sorted(_findings(html), key=lambda f: -f.candidate.trust)

    assert ranked[0].candidate.value == date(2023, 3, 21)
    assert ranked[0].candidate.evidence.startswith("htmldate")
    assert ranked[1].candidate.value == date(2023, 3, 25)


def test_month_or_copyright_year_alone_gives_no_day():
    html = (
        f"<html><head><title>Talks</title></head><body><h1>Talks in March 2023</h1>{STORY}"
        "<footer>© 2023 Example News</footer></body></html>"
    )

    assert _findings(html) == ()


def test_a_full_day_written_in_the_page_text_is_found_by_the_extensive_search():
    html = (
        f"<html><head><title>Talks</title></head><body>{STORY}"
        "<div class='info'>Monday, 20 March 2023</div></body></html>"
    )

    (found,) = _findings(html)

    assert found.candidate.value == date(2023, 3, 20)
    assert found.candidate.source == "html-meta"


def test_a_first_of_the_month_written_in_words_or_numbers_is_kept():
    for written in ("1 марта 2023", "01/03/2023"):
        html = (
            f"<html><head><title>Talks</title></head><body>{STORY}"
            f"<div class='info'>{written}</div></body></html>"
        )

        values = {f.candidate.value for f in _findings(html)}

        assert values <= {date(2023, 3, 1), date(2023, 1, 3)}, written
        assert values, written


def test_a_date_htmldate_cannot_read_is_not_padded_to_new_year():
    # htmldate reads only the year of "2023年3月15日" and returns 2023-01-01.
    html = (
        f"<html><head><title>Talks</title></head><body>{STORY}"
        "<div class='info'>2023年3月15日</div></body></html>"
    )

    assert _findings(html) == ()
