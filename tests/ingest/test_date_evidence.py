"""The most trusted candidate wins and every disagreement is named in a warning."""

from __future__ import annotations

from datetime import date

from timeline.ingest.date_evidence import (
    TRUST_BYLINE,
    TRUST_HTML_STRUCTURED,
    TRUST_LONE_DATE_LINE,
    TRUST_MANIFEST,
    MonthDayHint,
    choose_date,
    finding,
)

MANIFEST = finding(date(2023, 3, 20), "manifest", "manifest.toml", TRUST_MANIFEST, "manifest")
SAVE_LINE = finding(
    date(2024, 7, 2), "dateline", "• Tuesday, 02 July 2024", TRUST_LONE_DATE_LINE, "first line",
    save_date_suspect=True, caution="a lone date line at the top",
)


def test_no_candidates_means_undated():
    choice = choose_date([])

    assert (choice.value, choice.source, choice.candidates, choice.warnings) == (None, None, (), ())


def test_most_trusted_wins_whatever_the_order_and_candidates_are_ranked():
    choice = choose_date([SAVE_LINE, MANIFEST])

    assert (choice.value, choice.source) == (date(2023, 3, 20), "manifest")
    assert [c.source for c in choice.candidates] == ["manifest", "dateline"]
    assert choice.warnings == (
        "first line says Tue 2 Jul 2024 (likely the save date); using manifest date Mon 20 Mar 2023",
    )


def test_agreeing_candidates_give_no_warning():
    byline = finding(date(2023, 3, 20), "dateline", "Published 20 March 2023", TRUST_BYLINE, "byline")

    assert choose_date([MANIFEST, byline]).warnings == ()


def test_an_earlier_lone_line_is_not_called_a_save_date():
    earlier = finding(
        date(2023, 3, 1), "dateline", "1 March 2023", TRUST_LONE_DATE_LINE, "first line",
        save_date_suspect=True,
    )

    (warning,) = choose_date([MANIFEST, earlier]).warnings

    assert "save date" not in warning and warning.startswith("first line says Wed 1 Mar 2023")


def test_a_cautious_winner_says_so_unless_another_candidate_agrees():
    alone = choose_date([SAVE_LINE])
    agreed = choose_date([
        SAVE_LINE,
        finding(date(2024, 7, 2), "html-meta", "<meta>", TRUST_HTML_STRUCTURED, "page metadata"),
    ])

    assert alone.value == date(2024, 7, 2)
    assert alone.warnings == ("date taken from a lone date line at the top (Tue 2 Jul 2024): check it",)
    assert agreed.warnings == ()


def test_dateline_without_year_is_checked_against_the_winner_or_asks_for_a_date():
    hint = MonthDayHint(3, 21, "MOSCOW, March 21 (Reuters) -")

    assert choose_date([MANIFEST], [hint]).warnings == (
        "dateline “MOSCOW, March 21 (Reuters) -” says 21 March; using manifest date Mon 20 Mar 2023",
    )
    assert choose_date([], [hint]).warnings == (
        "dateline “MOSCOW, March 21 (Reuters) -” gives 21 March but no year; set the article's date",
    )
    assert choose_date([MANIFEST], [MonthDayHint(3, 20, "x")]).warnings == ()


def test_an_agreeing_candidate_with_words_behind_it_is_reported_instead_of_a_vague_one():
    vague = finding(date(2023, 3, 21), "html-meta", "htmldate", 60, "page date", vague=True)
    dateline = finding(date(2023, 3, 21), "dateline", "MOSCOW, March 21, 2023 (Reuters) -", 40,
                       "dateline")
    other = finding(date(2023, 3, 25), "dateline", "Updated 25 March 2023", 25, "“updated” line")

    choice = choose_date([vague, other, dateline])

    assert (choice.value, choice.source) == (date(2023, 3, 21), "dateline")
    assert [c.evidence for c in choice.candidates][:2] == [
        "MOSCOW, March 21, 2023 (Reuters) -", "htmldate",
    ]
    assert choice.warnings == (
        "“updated” line says Sat 25 Mar 2023; using dateline date Tue 21 Mar 2023",
    )
    # A vague finding that disagrees with the dateline still wins: it is trusted more.
    assert choose_date([finding(date(2023, 3, 22), "html-meta", "htmldate", 60, "page date",
                                vague=True), dateline]).value == date(2023, 3, 22)
