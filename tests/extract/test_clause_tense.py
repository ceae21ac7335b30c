"""The tense that places a relative date is the one of the verb governing it, in its clause."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract_mentions

WED_14_SEP_2022 = date(2022, 9, 14)
WED_14_FEB_2024 = date(2024, 2, 14)


def value_of(text: str, surface: str, article_date: date) -> str:
    mentions = [m for m in extract_mentions(text, article_date) if m.text == surface]
    assert mentions, f"{surface!r} not found in {text!r}"
    return mentions[0].value


@pytest.mark.parametrize(
    ("text", "surface", "article_date", "value"),
    [
        # the verb of the clause decides, not a past participle in a parenthetical
        ("The deal, first signed on 22 July, expires in November.", "November", WED_14_SEP_2022,
         "2022-11"),
        ("The deal, first signed on 22 July, expires in November.", "22 July", WED_14_SEP_2022,
         "2022-07-22"),
        # a trailing reporting clause dates the report, not what is reported
        ("Schools will stay closed until Friday, the council said.", "Friday", WED_14_FEB_2024,
         "2024-02-16"),
        ("Talks will resume on Monday, officials said on Tuesday.", "Monday", WED_14_FEB_2024,
         "2024-02-19"),
        # "expect ... to" looks ahead, like "expects" and "expected"
        ("Analysts expect prices to rise in August.", "August", WED_14_SEP_2022, "2023-08"),
        # a forecast participle before "to" looks ahead too, however past it sounds
        ("The new bridge, projected to be finished by mid-August, may be delayed.", "mid-August",
         WED_14_SEP_2022, "2023-08"),
        ("Sales are predicted to recover in May.", "May", WED_14_SEP_2022, "2023-05"),
        ("The crew hopes partly to reopen the hatch on Friday.", "Friday", WED_14_SEP_2022, "2022-09-16"),
        # a date opening its clause before a comma takes the tense of the clause it leads into
        ("Some 40 tonnes of fish will have spoiled by June, and by August, the loss will reach 90 tonnes.",
         "August", WED_14_SEP_2022, "2023-08"),
        # nobody says a thing by a deadline: a fronted "by" date belongs to what is said
        ("By Friday, the mayor said the pumps should be running.", "Friday", WED_14_FEB_2024, "2024-02-16"),
        ("By Friday, the mayor said the crews had cleared the road.", "Friday", WED_14_FEB_2024, "2024-02-09"),
        ("On Friday, the mayor said the pumps should be running soon.", "Friday", WED_14_FEB_2024, "2024-02-09"),
        # the commas of a list of nouns cut no clause: "could" still governs the date
        ("Forecasters said rain, high winds and waves could reach inlets, bays and marshes over the weekend.",
         "the weekend", date(2024, 2, 16), "2024-W07-WE"),
        # "'d" before a participle is "had", not "would"
        ("If we'd been quicker in sealing the dam in June, the town would be dry.", "June", WED_14_SEP_2022,
         "2022-06"),
        # "was to be" is the future of its telling
        ("Officials said the well was to be sealed by Sunday.", "Sunday", WED_14_FEB_2024, "2024-02-18"),
        # "should have" with an object is a plan ahead; with a participle, a past that did not happen
        ("The maker said it should have the vaccine ready in October.", "October", WED_14_FEB_2024, "2024-10"),
        ("The maker said it should have shipped the vaccine in January.", "January", WED_14_FEB_2024, "2024-01"),
        # "could" and a verb guess ahead; "could not" and "could have" look back
        ("Forecasters said the storm could reach the islands by late Friday.", "late Friday", WED_14_FEB_2024,
         "2024-02-16"),
        ("The mayor could not attend on Friday.", "Friday", WED_14_FEB_2024, "2024-02-09"),
        ("Residents could finally return home on Friday after the fire was out.", "Friday", WED_14_FEB_2024,
         "2024-02-09"),
        ("The storm could have reached the islands on Friday.", "Friday", WED_14_FEB_2024, "2024-02-09"),
        # "will have" is future: with an object, and before a participle (the future perfect)
        ("The navy will have two hospital ships off the coast by Monday.", "Monday", WED_14_FEB_2024,
         "2024-02-19"),
        ("The new runway will have been finished by Friday.", "Friday", WED_14_FEB_2024, "2024-02-16"),
        # what someone is told to do lies after the telling; told in the passive, nothing says when
        ("The judge ordered the two firms to settle the claims by Friday.", "Friday", WED_14_FEB_2024,
         "2024-02-16"),
        ("The two firms were told to settle the claims by Friday.", "Friday", WED_14_FEB_2024, "2024-02-09"),
        # no deadline: the day dates the order itself, and "to" before a place is no infinitive
        ("The judge ordered the firm to pay the fine on Monday.", "Monday", WED_14_FEB_2024, "2024-02-12"),
        ("The president ordered 2,000 marines to the island on Monday.", "Monday", WED_14_FEB_2024, "2024-02-12"),
        # an adverb between "be" and its participle leaves the tense to the auxiliary
        ("The report is due to be formally released on Friday.", "Friday", WED_14_FEB_2024, "2024-02-16"),
        # a comma inside a number cuts no clause off its verb
        ("The agency will send 2,500 tents to the camps on Monday.", "Monday", WED_14_FEB_2024,
         "2024-02-19"),
        # irregular pasts say the past as well as the -ed ones
        ("The ferry sank in March, and the crew will be tried.", "March", WED_14_SEP_2022, "2022-03"),
        # a clause of its own after a conjunction
        ("The factory closed in March, and it will reopen in August.", "August", WED_14_SEP_2022,
         "2023-08"),
        ("The factory closed in March, and it will reopen in August.", "March", WED_14_SEP_2022,
         "2022-03"),
        ("He resigned in May but will return in January.", "January", WED_14_SEP_2022, "2023-01"),
        # a pluperfect plan is over: "had been due to" looks back
        ("The plant had been due to open in March.", "March", WED_14_SEP_2022, "2022-03"),
        ("The plant is due to open in March.", "March", WED_14_SEP_2022, "2023-03"),
        # so is a plan or a hope told in the pluperfect: "had planned to", "had hoped to"
        ("The crews had planned to finish the tunnel on Monday.", "Monday", WED_14_SEP_2022, "2022-09-12"),
        ("The ferry line had hoped to resume sailings in March.", "March", WED_14_SEP_2022, "2022-03"),
        ("The ferry line hopes to resume sailings in March.", "March", WED_14_SEP_2022, "2023-03"),
        # what someone expected by a day lies ahead of the telling
        ("The storm reached the coast on Tuesday, and the coastguard said crews expected sustained gales "
         "by Saturday.", "Saturday", WED_14_SEP_2022, "2022-09-17"),
        ("The coastguard said crews met gales above 50 mph at the harbour by Saturday.", "Saturday",
         WED_14_SEP_2022, "2022-09-10"),
        # ... unless a year or a day told in its clause before it is what it counts from
        ("In 2021, the coastguard said crews expected sustained gales by Saturday.", "Saturday",
         WED_14_SEP_2022, "2022-09-10"),
        # conditional: would + verb looks forward, would have + participle looks back
        ("The bonus would be paid in January, the firm said.", "January", WED_14_SEP_2022,
         "2023-01"),
        ("The bonus would have been paid in January.", "January", WED_14_SEP_2022, "2022-01"),
        # a clause without a cue borrows the sentence's tense
        ("On Friday, the president signed the bill.", "Friday", WED_14_FEB_2024, "2024-02-09"),
        ("On Friday, the president will sign the bill.", "Friday", WED_14_FEB_2024, "2024-02-16"),
        # an opening "until" phrase takes the tense of the clause it leads into
        ("Until Thursday, they had not called him a suspect.", "Thursday", WED_14_FEB_2024,
         "2024-02-08"),
        # "and" between nouns does not cut the clause off from its verb
        ("The ferry line will double its crossings between the two islands by August in the hope "
         "of drawing summer visitors.", "August", date(1998, 2, 13), "1998-08"),
        # "stay closed": a participle after a linking verb is not a past tense
        ("The border will stay closed until Friday.", "Friday", WED_14_FEB_2024, "2024-02-16"),
        # a past act that did not come until the date came then; one that will not, comes ahead
        ("The heirs did not learn of the sale until July.", "July", date(2010, 12, 23), "2010-07"),
        ("The heirs say they didn't learn what had happened, or how, until mid-July.", "mid-July",
         date(2010, 12, 23), "2010-07"),
        ("The heirs will not learn of the sale until July.", "July", date(2010, 12, 23), "2011-07"),
    ],
)
def test_the_governing_verb_sets_the_direction(text: str, surface: str, article_date: date,
                                               value: str) -> None:
    assert value_of(text, surface, article_date) == value


def test_the_tense_reported_is_the_clause_tense() -> None:
    mention = extract_mentions("Schools will stay closed until Friday, the council said.",
                               WED_14_FEB_2024)[0]
    assert mention.tense == "future"


@pytest.mark.parametrize(
    ("text", "surface", "article_date", "value"),
    [
        # a plan made in the sentence's own clause looks forward ...
        ("Exiles planned a large demonstration on Saturday and were planning a motorcade.",
         "Saturday", date(2000, 1, 7), "2000-01-08"),
        # ... but a plan in another clause says nothing about the day the clause names
        ("On Friday, the government planned to pay the first families.", "Friday",
         date(1998, 9, 30), "1998-09-25"),
        # a participle after a determiner is an adjective, not a past tense
        ("The bonus would be handed out on a day yet to be chosen in January.", "January",
         date(1989, 10, 26), "1990-01"),
    ],
)
def test_plans_and_participles(text: str, surface: str, article_date: date, value: str) -> None:
    assert value_of(text, surface, article_date) == value


def test_a_day_without_a_tense_leans_to_the_past_when_both_years_are_about_as_far() -> None:
    text = "Divers have been looking for the wreck since soon after the Oct. 23 storm."
    assert value_of(text, "Oct. 23", date(1999, 5, 6)) == "1998-10-23"
    # a much nearer coming day still wins
    assert value_of("The forum opens Oct. 23.", "Oct. 23", date(1999, 9, 30)) == "1999-10-23"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('"We will sign the deal on Friday," the minister said.', "2024-02-16"),
        ('"The deal was signed on Friday," the minister said.', "2024-02-09"),
        ("``We will sign the deal on Friday,'' the minister said.", "2024-02-16"),
        ('The minister said: "We sign the deal on Friday and we will keep it."', "2024-02-16"),
    ],
)
def test_quoted_speech_keeps_its_own_tense(text: str, value: str) -> None:
    assert value_of(text, "Friday", WED_14_FEB_2024) == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a timetable told in the present looks ahead, as "will" does
        ("Parliament sits again in February.", "February", "2025-02"),
        ("The talks resume on Monday.", "Monday", "2024-11-18"),
        ("Delegates meet on Friday in Geneva.", "Friday", "2024-11-15"),
        ("The ferries reopen in March after repairs.", "March", "2025-03"),
        # the same verb in the past stays behind
        ("The talks resumed on Monday.", "Monday", "2024-11-11"),
    ],
)
def test_a_present_timetable_resolves_forward(text: str, surface: str, value: str):
    assert value_of(text, surface, date(2024, 11, 13)) == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a past form after a preposition describes the noun after it; "will" keeps the clause ahead
        ("Volunteers will clear the roads with borrowed trucks on Saturday.", "Saturday", "2024-02-17"),
        ("The mayor is expected to meet families in damaged homes on Saturday.", "Saturday", "2024-02-17"),
        # ... and so does one after a plural's possessive
        ("The mayor will visit the tenants' damaged homes on Saturday.", "Saturday", "2024-02-17"),
        # ... or after a name's possessive, not after "it's" ("is")
        ("The city expects water from the firm's damaged dam to reach the coast by Saturday.", "Saturday",
         "2024-02-17"),
        ("It's closed until Saturday.", "Saturday", "2024-02-17"),
        # ... nor the "has" of an irregular participle
        ("The club's spent millions on the stand on Saturday.", "Saturday", "2024-02-10"),
        # a past verb of the clause still decides
        ("The mayor met families in damaged homes on Saturday.", "Saturday", "2024-02-10"),
        ("'We need more boats' said the mayor on Saturday.", "Saturday", "2024-02-10"),
        # a particle after an -ing form is no preposition: the past form after it is the clause's verb
        ("The pumps kept running until water seeping in shorted the wiring on Saturday.", "Saturday", "2024-02-10"),
        ("Crews waited until the gale blowing through moved on by Saturday.", "Saturday", "2024-02-10"),
    ],
)
def test_a_past_form_describing_a_noun_is_no_past_verb(text: str, surface: str, value: str) -> None:
    assert value_of(text, surface, WED_14_FEB_2024) == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a pledge's deadline lies ahead of the pledge, as an expectation's does
    ("The senator pledged new rules by August to tighten the port's safety checks.", "August", "2024-08"),
    ("The union vowed on Monday to end the strike by March.", "March", "2024-03"),
    # ... but a pledge received, or one counted from a month told before it, does not
    ("The mayor was promised a new ferry by January.", "January", "2024-01"),
    # a pledge reported long after, an adjective, or what was pledged by a date
    ("The mayor, who had vowed to reopen the pier by January, conceded it would slip.", "January", "2024-01"),
    ("Only a fraction of the pledged aid had been delivered by January.", "January", "2024-01"),
    ("Donors had pledged $2 billion by January, a report showed.", "January", "2024-01"),
])
def test_a_pledges_deadline_lies_ahead(text: str, surface: str, value: str) -> None:
    assert value_of(text, surface, WED_14_FEB_2024) == value


SUN_13_JUN_2021 = date(2021, 6, 13)


@pytest.mark.parametrize(("text", "surface", "value"), [
    # an infinitive after a noun tells what is to come of it
    ("The mayor said a repair to begin late Tuesday would take two days.", "late Tuesday", "2021-06-15"),
    ("The union wants talks to resume on Friday.", "Friday", "2021-06-18"),
    # ... unless a past verb follows, or the noun is which one or the infinitive's subject
    ("The first ferry to arrive on Friday carried water.", "Friday", "2021-06-11"),
    ("Ann was the first guest to arrive on Friday.", "Friday", "2021-06-11"),
    ("Ann was the first to arrive on Friday.", "Friday", "2021-06-11"),
    ("It was hard for the mill to meet orders on Friday.", "Friday", "2021-06-11"),
    ("They decided to begin on Friday.", "Friday", "2021-06-11"),
    # a hearing set for a day lies ahead, unless a past verb says it has been held
    ("She has a court hearing set for Friday.", "Friday", "2021-06-18"),
    ("The strike set for Friday went ahead.", "Friday", "2021-06-11"),
    # after "to", "have" is a base form: the aim before it tells
    ("The firm aims to have the new pump in place as early as Monday.", "Monday", "2021-06-14"),
    # a verb with its prefix is one word: "be re-examined" is no past verb
    ("The trial will continue until Wednesday afternoon and then be re-examined.", "Wednesday afternoon",
     "2021-06-16TAF"),
])
def test_what_a_noun_is_set_or_meant_to_do_lies_ahead(text: str, surface: str, value: str) -> None:
    assert value_of(text, surface, SUN_13_JUN_2021) == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # what is (un)likely to happen lies ahead of its telling, a past "was" or not
    ("The gale was likely to reach the coast on Saturday, forecasters said.", "Saturday", "2024-02-17"),
    ("The strike was unlikely to end before Saturday, the union said.", "Saturday", "2024-02-17"),
    ("Ferries are likely to resume on Saturday.", "Saturday", "2024-02-17"),
    # a hedged past stays past
    ("The fire likely started on Saturday.", "Saturday", "2024-02-10"),
    ("The fire was likely started on Saturday by a spark.", "Saturday", "2024-02-10"),
])
def test_what_is_likely_to_happen_lies_ahead(text: str, surface: str, value: str) -> None:
    assert value_of(text, surface, WED_14_FEB_2024) == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a modal, an adverb, then a verb spelt like its past: the modal gives the tense
    ("Forecasters warned the gale would likely hit the coast on Saturday.", "Saturday", "2024-02-17"),
    ("Crews will probably cut the power on Friday, the mayor said.", "Friday", "2024-02-16"),
    # without a modal before the adverb, the past form is the clause's past
    ("The gale quickly hit the coast on Saturday.", "Saturday", "2024-02-10"),
    ("The gale likely hit the coast on Saturday.", "Saturday", "2024-02-10"),
])
def test_an_adverb_between_a_modal_and_its_verb_keeps_the_modals_tense(text: str, surface: str, value: str) -> None:
    assert value_of(text, surface, WED_14_FEB_2024) == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a date fronting a past telling dates the telling, whatever the told clause looks ahead to
    ("In May, the harbour master declared that the port would not reopen before winter.", "May", "2024-05"),
    ('In March, the mayor announced the town "won\'t tolerate any looting."', "March", "2024-03"),
    ("On Monday, the minister said that the ferries would run again.", "Monday", "2024-08-12"),
    # a telling still to come, or a told clause after its own fronted date, is not past
    ("In May, the harbour master will announce that the port is to reopen.", "May", "2025-05"),
    ("In May, the council says, the port will reopen.", "May", "2025-05"),
    ("On Monday, the ferries will run again, the minister said.", "Monday", "2024-08-19"),
])
def test_a_date_fronting_a_telling_dates_the_telling(text: str, surface: str, value: str) -> None:
    assert value_of(text, surface, date(2024, 8, 14)) == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # "better than expected", "as planned": a comparison with a forecast sets no tense
    ("Shares slid despite the ferry firm reporting better than expected profits on Monday.", "Monday", "2024-08-12"),
    ("The dredging went ahead as planned on Monday.", "Monday", "2024-08-12"),
    # an expectation itself still looks ahead
    ("The vote is expected on Monday.", "Monday", "2024-08-19"),
])
def test_a_comparison_with_what_was_expected_sets_no_tense(text: str, surface: str, value: str) -> None:
    assert value_of(text, surface, date(2024, 8, 14)) == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a relative clause tells of the noun before it: the date's tense is the verb after it
    ("By October the geese that nested on the lake will be gone.", "October", "2024-10"),
    ("In March, inspectors who toured the mill will present their findings.", "March", "2025-03"),
    ("In March the ferry that had been damaged will be towed away.", "March", "2025-03"),
    # a list of three places with its last comma is one list, no clause of its own
    ("By October the geese that nested in Kent, Essex, and Suffolk will be gone.", "October", "2024-10"),
    # the relative clause's own tense stays when no verb follows it, or the main verb is past
    ("In March the geese that nested on the lake.", "March", "2024-03"),
    ("In March, the mill that will close laid off its staff.", "March", "2024-03"),
    # a date inside the subject is not fronted; a "that" with its own subject opens no relative clause
    ("The outbreak in May of the flu that closed the schools is expected to worsen.", "May", "2024-05"),
    ("She will testify before the panel on Friday about her fears that dredging has harmed the reef.",
     "Friday", "2024-08-16"),
    # a comma before "and" that closes no list still joins two clauses
    ("The ferry sank on Monday, and divers will search it.", "Monday", "2024-08-12"),
    ("The mayor plans to tour the docks again, on Friday, and on Monday, the council met.", "Monday", "2024-08-12"),
])
def test_a_relative_clause_does_not_give_the_date_its_tense(text: str, surface: str, value: str) -> None:
    assert value_of(text, surface, date(2024, 8, 14)) == value


@pytest.mark.parametrize(("text", "value"), [
    # the second participle shares the first one's "would be": what is still to come
    ("The firm said the pump would be shipped by Friday and fitted to the rig over the weekend.", "2010-W18-WE"),
    ("The pump will be shipped and fitted over the weekend.", "2010-W18-WE"),
    # a past verb joined to another active past stays past, and so does a passive told in the past
    ("The crew shipped the pump and fitted it over the weekend.", "2010-W17-WE"),
    ("The pump was shipped on Monday and fitted over the weekend.", "2010-W17-WE"),
])
def test_a_participle_joined_to_a_passive_takes_its_auxiliarys_tense(text: str, value: str) -> None:
    assert value_of(text, "the weekend", date(2010, 5, 5)) == value


@pytest.mark.parametrize(("text", "value"), [
    # "was to <verb>": the future of its telling ...
    ("The storm, which formed over the islands and was to reach the coast by the weekend, slowed.", "2010-W29-WE"),
    ("The minister was to open the new bridge on Friday.", "2010-07-23"),
    # ... but "was to blame" tells who was at fault
    ("The pilot was to blame for the crash on Friday.", "2010-07-16"),
])
def test_what_was_to_happen_lies_ahead_of_its_telling(text: str, value: str) -> None:
    surface = "the weekend" if "weekend" in text else "Friday"
    assert value_of(text, surface, date(2010, 7, 21)) == value
