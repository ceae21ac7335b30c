"""How relative expressions are anchored: article date, previous mention, or not at all."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.domain.mention import AnchorKind
from timeline.extract import extract_mentions


def _by_text(text: str, article_date: date | None):
    return {m.text: m for m in extract_mentions(text, article_date)}


def test_weekday_explanation_names_article_date_tense_and_result():
    mention = _by_text("The warrant was issued on Friday.", date(2023, 3, 20))["Friday"]
    assert mention.value == "2023-03-17"
    assert mention.anchor.kind is AnchorKind.ARTICLE_DATE
    assert mention.anchor.anchor_date == date(2023, 3, 20)
    assert mention.tense == "past"
    assert mention.stated == frozenset({"weekday"})
    assert mention.explanation == (
        "'Friday' in an article dated Mon 20 Mar 2023, past tense, resolved to Fri 17 Mar 2023"
    )


def test_two_days_later_counts_from_the_previous_mention():
    text = "The fire started on June 3, 1998. Two days later it was out."
    mentions = _by_text(text, date(1998, 6, 10))
    later = mentions["Two days later"]
    assert later.value == "1998-06-05"
    assert later.anchor.kind is AnchorKind.PREVIOUS_MENTION
    assert later.anchor.value == "1998-06-03"
    assert (later.anchor.mention_start, later.anchor.mention_end) == (20, 32)
    assert later.anchor.mention_text == "June 3, 1998"
    assert "June 3, 1998" in later.explanation


def test_months_counted_from_a_day_invent_no_day():
    mentions = _by_text("The ferry sank on 20 April. Two months earlier, inspectors had visited it.", date(2011, 7, 26))
    assert mentions["Two months earlier"].value == "2011-02"
    # a count of days or weeks keeps the day it counts from
    mentions = _by_text("The ferry sank on 20 April. Two weeks earlier, inspectors had visited it.", date(2011, 7, 26))
    assert mentions["Two weeks earlier"].value == "2011-04-06"


def test_minutes_later_are_no_months_later():
    # a minute and a month share TIMEX's letter "M"; minutes on from an evening stay unplaced
    mentions = _by_text("The rig caught fire on Tuesday evening. 30 minutes later the crew left.",
                        date(2010, 9, 8))
    assert mentions["Tuesday evening"].value == "2010-09-07TEV"
    assert all(not m.value.startswith("2013") for m in mentions.values())


def test_days_counted_from_a_month_invent_no_day():
    mentions = _by_text("The talks began in May. Three days later the envoy left.", date(2010, 11, 8))
    assert mentions["Three days later"].value == "2010-05"
    mentions = _by_text("The talks began on 3 May. Three days later the envoy left.", date(2010, 11, 8))
    assert mentions["Three days later"].value == "2010-05-06"
    mentions = _by_text("The dam was built in 1989. Three days later it cracked.", date(2010, 11, 8))
    assert mentions["Three days later"].value == "1989"


def test_days_counted_from_a_clock_time_are_days_not_that_time_of_day():
    # the hour belongs to the anchor's happening; "a day later" tells a day
    text = "The valve shut at 4am on 9 March. A day later the crew flew home. A week later they sailed."
    mentions = _by_text(text, date(2011, 4, 2))
    assert mentions["4am on 9 March"].value == "2011-03-09T04:00"
    assert mentions["A day later"].value == "2011-03-10"
    assert mentions["A week later"].value == "2011-03-17"
    evening = _by_text("The ferry left on Sunday evening. Two days later it docked.", date(2011, 4, 6))
    assert evening["Two days later"].value == "2011-04-05"


@pytest.mark.parametrize(("text", "article_date", "phrase", "value"), [
    # a span ahead told as a future counts from the telling, not from the last date told
    ("The ferry broke down on 3 May. Engineers will fit a new pump in the next day or two.", date(2010, 5, 27),
     "the next day", "2010-05-28"),
    ("The port closed in May. The harbour master said repairs would be finished over the next month.",
     date(2024, 9, 27), "the next month", "2024-10"),
    ("The port closed in May. The harbour master says repairs will be done over the next week.",
     date(2024, 9, 27), "the next week", "2024-W40"),
    # told on a day of its own, it counts from that day
    ('On May 5, the agency said a decision would be made "in the next day or two."', date(2010, 6, 14),
     "the next day", "2010-05-06"),
    # in a story of the past it goes on from the date told
    ("The rig exploded on April 20. Over the next day, the fire spread.", date(2010, 6, 14),
     "the next day", "2010-04-21"),
    ("The port closed in May. Over the next month, crews cleared the wrecks.", date(2024, 9, 27),
     "the next month", "2024-06"),
])
def test_a_span_ahead_counts_from_the_telling(text: str, article_date: date, phrase: str, value: str) -> None:
    assert _by_text(text, article_date)[phrase].value == value


def test_the_following_day_and_that_year_use_the_latest_mention():
    text = ("Troops crossed the border on 12 May 1940. The following day the city fell. "
            "In 1944 the war turned, and later that year Paris was freed.")
    mentions = _by_text(text, date(1990, 1, 1))
    assert mentions["The following day"].value == "1940-05-13"
    assert mentions["later that year"].value == "1944"
    assert mentions["later that year"].anchor.value == "1944"


def test_narrative_expression_without_an_earlier_date_stays_unresolved():
    mention = _by_text("Two days later the rebels withdrew.", date(2023, 3, 20))["Two days later"]
    assert mention.anchor.kind is AnchorKind.UNANCHORED
    assert mention.interval is None
    assert "X" in mention.value


def test_without_article_date_relative_expressions_are_unanchored():
    text = "He left yesterday, met them on Friday and returns next week. It began in 1998."
    mentions = _by_text(text, None)
    for surface in ("yesterday", "Friday", "next week"):
        mention = mentions[surface]
        assert mention.anchor.kind is AnchorKind.UNANCHORED, surface
        assert mention.interval is None
        assert "X" in mention.value
        assert "no article date" in mention.explanation
    assert mentions["1998"].anchor.kind is AnchorKind.NONE
    assert mentions["1998"].value == "1998"


def test_absolute_date_states_all_its_fields():
    mention = _by_text("It opened on 3 June 1998.", None)["3 June 1998"]
    assert mention.anchor.kind is AnchorKind.NONE
    assert mention.stated == frozenset({"year", "month", "day"})
    assert not mention.is_implied


def test_mentions_are_sorted_and_inside_their_sentences():
    text = "Talks ended on Monday. They resume on Friday, March 24, 2023, in Geneva!"
    mentions = extract_mentions(text, date(2023, 3, 21))
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text
        assert mention.sentence_start <= mention.start < mention.end <= mention.sentence_end


def test_a_weekday_joined_to_another_is_the_first_such_day_after_it():
    # 2011-03-08 is a Tuesday: "by Monday or Tuesday" ahead is next week's pair, not Monday next week and today
    mentions = _by_text("The leak should be down to a trickle by Monday or Tuesday, the engineer said.",
                        date(2011, 3, 8))
    assert (mentions["Monday"].value, mentions["Tuesday"].value) == ("2011-03-14", "2011-03-15")
    assert mentions["Tuesday"].anchor.kind is AnchorKind.PREVIOUS_MENTION
    past = _by_text("The ferries were cancelled on Friday and on Saturday.", date(2011, 3, 8))
    assert (past["Friday"].value, past["Saturday"].value) == ("2011-03-04", "2011-03-05")
    # looking back, each day is read on its own, whatever the order
    reversed_pair = _by_text("These are the statements made Monday and Sunday by the lawyer.", date(2011, 3, 8))
    assert (reversed_pair["Monday"].value, reversed_pair["Sunday"].value) == ("2011-03-07", "2011-03-06")


def test_a_weekday_named_again_in_its_sentence_is_the_day_already_named():
    text = "The envoy will tour the camps on Monday and Tuesday, and give a speech on Tuesday evening."
    mentions = _by_text(text, date(2011, 3, 8))
    assert mentions["Tuesday evening"].value == "2011-03-15TEV"
    apart = _by_text("The envoy toured the camps on Monday. He will speak on Tuesday.", date(2011, 3, 8))
    assert apart["Tuesday"].value == "2011-03-08"  # another sentence: read on its own


def test_a_month_that_ends_a_persons_name_is_no_date():
    mentions = _by_text('"We are reviewing it," said agency spokeswoman Carla August.', date(2011, 3, 8))
    assert "August" not in mentions
    text = "Envoy Paul April said the talks had failed, and the vote will be held in June."
    mentions = _by_text(text, date(2011, 3, 8))
    assert [m.value for m in mentions.values()] == ["2011-06"]
    assert _by_text("The U.S. July jobs report was weak.", date(2011, 8, 8))["July"].value == "2011-07"


def test_the_next_day_after_a_month_invents_no_day():
    mentions = _by_text("The talks open in mid-August. The next day the envoys will fly home.", date(2010, 7, 26))
    assert mentions["The next day"].value == "2010-08"
    mentions = _by_text("The talks opened in 2009. The following week the envoys flew home.", date(2010, 7, 26))
    assert mentions["The following week"].value == "2009"


def test_spending_the_next_day_ahead_counts_from_the_telling():
    text = "The well should be sealed by mid-August. Crews will spend the next day checking the valves."
    assert _by_text(text, date(2010, 7, 26))["the next day"].value == "2010-07-27"


def test_a_programme_named_after_its_owner_is_no_day():
    mentions = _by_text("\"We will rebuild,\" the mayor told BBC Radio 4's Today programme.", date(2011, 3, 8))
    assert "Today" not in mentions
    assert _by_text("The mayor said Today the bridge reopens.", date(2011, 3, 8))["Today"].value == "2011-03-08"


def test_a_sundays_this_week_ahead_is_the_week_that_starts_the_next_day():
    sunday = date(2011, 3, 6)  # ISO week 9 ends that day
    assert _by_text("Two committees will question the ferry owners this week.", sunday)["this week"].value == "2011-W10"
    assert _by_text("Two committees questioned the ferry owners this week.", sunday)["this week"].value == "2011-W09"
    monday = date(2011, 3, 7)
    assert _by_text("Two committees will question the ferry owners this week.", monday)["this week"].value == "2011-W10"


def test_overnight_ahead_is_the_coming_night():
    sunday = date(2011, 3, 6)
    assert _by_text("The ferry will sail overnight to the islands.", sunday)["overnight"].value == "2011-03-06TNI"
    assert _by_text("Gales battered the islands overnight.", sunday)["overnight"].value == "2011-03-05TNI"


def test_review_mends_of_the_sessions_date_rules():
    wednesday = date(2011, 3, 9)
    # a weekday alone named again may be another week's; only a part of the day named is the day told
    text = "Workers who walked out on Wednesday will return to work on Wednesday."
    assert [m.value for m in extract_mentions(text, date(2011, 3, 10))] == ["2011-03-09", "2011-03-16"]
    # rain overnight that will make things harder fell last night
    assert _by_text("Heavy rain overnight will make the clean-up harder today.", wednesday)[
        "overnight"].value == "2011-03-08TNI"
    # a Sunday's week just gone, told before the "will" of another clause
    sunday = date(2011, 3, 6)
    assert _by_text("After a week of protests this week, talks will resume.", sunday)["this week"].value == "2011-W09"
    # an expectation counted from a "last week" told before it
    assert _by_text("Last week, analysts predicted a recovery by Friday.", wednesday)["Friday"].value == "2011-03-04"
