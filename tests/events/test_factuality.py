"""A dated clause that asks, guesses or compares tells no happening of its date."""

from __future__ import annotations

import pytest

from timeline.events.factuality import why_not_factual
from timeline.events.headline import headline


def judged(sentence: str, phrase: str, label: str = "Council approves budget") -> str | None:
    start = sentence.index(phrase)
    return why_not_factual(sentence, start, label, start + len(phrase))


@pytest.mark.parametrize(
    ("sentence", "phrase", "reason"),
    [
        ("Where were you on the night of 4 May?", "4 May", "a question"),
        ("Can the club survive until June?\u201d", "June", "a question"),
        ("It was the wettest spring since 1998, forecasters said.", "1998", "a point of comparison"),
        ("Gold hit its highest price since the spring of 2008.", "the spring", "a point of comparison"),
        ("Fans queued for the first time since March.", "March", "a point of comparison"),
        ("Growth is the slowest since the oil shock a decade ago.", "a decade ago", "a point of comparison"),
        ("Exports rose 3%, compared with the spring of 2019.", "the spring", "a point of comparison"),
        ("Rents are higher than in 2015.", "2015", "a point of comparison"),
        ("From the air, the harbour looked similar to a week ago.", "a week ago", "a point of comparison"),
        ("The queue was the same as on Monday.", "Monday", "a point of comparison"),
        ("The clinic sees twice as many patients as in 2019.", "2019", "a point of comparison"),
        ("The catch was 30 percent higher than the amount landed on Sunday.", "on Sunday", "a point of comparison"),
        ("The slick is now 25 times the size it was on Friday.", "on Friday", "a point of comparison"),
        ("In 2012 the repair bill was $40 million, three times what it was in 2009.", "2009", "a point of comparison"),
        ("Fans now pay double what they paid last season.", "last season", "a point of comparison"),
        ("Output is now twice what the plant made in 2009.", "in 2009", "a point of comparison"),
        ("Buses are running more smoothly than they were last night.", "last night", "a point of comparison"),
        ("Ferry shares are down 25 percent from their high in late May.", "late May", "a point of comparison"),
        ("The point is, unlike with the ferry strike two years ago, there will be no deal.", "two years ago",
         "a point of comparison"),
        ("The fare is still 30 percent below its April level.", "April", "a point of comparison"),
        ("The panel will work like the one set up after the Halden dam disaster in 1979.", "1979",
         "a date naming a thing, not the clause's happening"),
        ("A bid to buy the silver coins found last year is being made.", "last year",
         "a date naming a thing, not the clause's happening"),
        ("The mayor has often mentioned the harbour fire a decade ago.", "a decade ago",
         "a date naming a thing, not the clause's happening"),
        ("Since 2000, the industry has given $154 million to candidates.", "2000",
         "a tally since the date, not a happening on it"),
        ("The show airs at 10:40 every Saturday, and at 02:40 on Sunday.", "02:40 on Sunday",
         "a recurring schedule, not a happening"),
        ("Broadcasting on the harbour radio daily at 0910 local time, for 20 minutes.", "0910 local time",
         "a recurring schedule, not a happening"),
        ("He met the same rules after 9/11 at other sites.", "9/11",
         "a point of reference: what happened after the date, not on it"),
        ("The guard after the 2003 spill fought the state over the new law.", "2003",
         "a point of reference: what happened after the date, not on it"),
        ("More than 1,500 bodies have been recovered since Tuesday.", "Tuesday",
         "a tally since the date, not a happening on it"),
        ("The ferry has been turned back three times since Tuesday.", "Tuesday",
         "a tally since the date, not a happening on it"),
        ("The ferry would have sailed on Friday but for the storm.", "Friday",
         "a counterfactual: what would have happened"),
        ("As of Wednesday, 40 complaints had reached the council.", "Wednesday",
         "a tally as of a date, not a happening"),
        ("The Harbour Kings, winners of the national cup in March, held a parade for the town.", "March",
         "a date in an aside describing the subject, not the clause's happening"),
        ("The crews now number 4,500, nearly 500 more than a week ago.", "more than a week ago",
         "a point of comparison"),
        ("If the board meets on Friday, the plan will pass.", "Friday", "a condition"),
        ("Sheds weakened by last week's storm fell.", "last week", "a date naming a thing, not the clause's happening"),
        ("Dozens died since Tuesday's 6.1 tremor.", "Tuesday's", "a date naming a thing, not the clause's happening"),
        ("Recalling the floods of 1953 stirs old fears.", "1953", "a date naming a thing, not the clause's happening"),
        ("Recalling the floods of 1953-54 stirs old fears.", "54", "a date naming a thing, not the clause's happening"),
        ("The firm named Dr Roe as an adviser in its 2009 flood plan.", "2009",
         "a date naming a thing, not the clause's happening"),
        ("The chairs stressed that its November 8 finding cleared nobody.", "November 8",
         "a date naming a thing, not the clause's happening"),
        ("Critics waved press cuttings from 2011 in which the mayor praised the dam.", "2011",
         "a date naming a thing, not the clause's happening"),
        ("Ferry shares have lost 18 percent since news of the fire on the quay on 20 April.", "20 April",
         "a tally since the date, not a happening on it"),
        ("The evening plays songs from the Sixties.", "the Sixties",
         "a date naming a thing, not the clause's happening"),
        ("Boating has been barred on the lake at least through June, the park said.", "June",
         "the end of a span, not a happening on it"),
        ("Gales are forecast through Sunday along the coast.", "Sunday", "the end of a span, not a happening on it"),
        ("The council promised to repair the pier within 30 days.", "30 days", "a deadline, not a happening on it"),
        ("Ferry fares have doubled since the May 3 strike, riders said.", "May 3",
         "a point of reference: what happened after the date, not on it"),
        ("Since the floods at the Halden dam (1979) and the Norra mill (1985), rivals have built no dams.", "1985",
         "a point of reference: what happened after the date, not on it"),
        ("Since its founding at the end of 1999, the fund has helped in more than 80 disasters.", "the end of 1999",
         "a point of reference: what happened after the date, not on it"),
        ("Smoke reached the town nine days after the March 3 blaze.", "March 3",
         "a point of reference: the happening was a span away from the date"),
        ("The old roads that existed before Tuesday made the trip slow.", "Tuesday",
         "a point of reference: what happened before the date, not on it"),
        ("Three weeks before the 12 May vote, the minister resigned.", "12 May",
         "a point of reference: the happening was a span away from the date"),
        ("The treaty seeks a 20% cut in emissions below 1990 levels.", "1990", "a point of comparison"),
        ("Ferry line Nordia delays Q3 results by a week.", "Q3", "a date naming a thing, not the clause's happening"),
        ("The mill announced a write-down alongside its results for the second quarter of the year.",
         "the second quarter of the year", "a date naming a thing, not the clause's happening"),
        ("The singer said he is re-recording 1985 charity song Rain Again for the appeal.", "1985",
         "a date naming a thing, not the clause's happening"),
        ("The mayor recalled the 2005 hurricane at the rally.", "2005",
         "a date naming a thing, not the clause's happening"),
        ("The port authority has challenged the 2006 Harbour Safety Act in court.", "2006",
         "a date naming a thing, not the clause's happening"),
        ("Two farmers sued the county under the 2004 Water Rights Act.", "2004",
         "a date naming a thing, not the clause's happening"),
        ("The senator called for a 21st century clean water plan.", "21st century",
         "a date naming a thing, not the clause's happening"),
        ("The 19th-century chapel burned down at dawn.", "The 19th-century",
         "a date naming a thing, not the clause's happening"),
        ("Its results, normally published on the last Friday of the month, will come out on 3 May.",
         "the last Friday of the month", "a recurring schedule, not a happening"),
        ("The fair, usually held in March, was called off.", "March", "a recurring schedule, not a happening"),
        ("The daily show is broadcast between 0910 and 0930 local time on two stations.", "0910",
         "a recurring schedule, not a happening"),
        ("The weekly quiz airs at 2100 GMT.", "2100 GMT", "a recurring schedule, not a happening"),
        # the day of a plan called off
        ("Harbour fees planned for 2012 were scrapped after protests.", "2012", "a plan called off, not a happening"),
        ("The mayor canceled plans to travel to Oslo and Rome later in the month.", "later in the month",
         "a plan called off, not a happening"),
        ("The firm scrapped its plan to open a mine in 2012.", "2012", "a plan called off, not a happening"),
        # a plan told in the past perfect was overtaken before its day
        ("The relief flight, which had been due to land in the capital on Friday, was sent to Accra.", "on Friday",
         "a plan overtaken before its day, not a happening"),
        ("The vote had been scheduled for Monday, officials said.", "Monday",
         "a plan overtaken before its day, not a happening"),
        ("The school had been expected to reopen on 4 June after the holiday.", "4 June",
         "a plan overtaken before its day, not a happening"),
        # a state up to a date that opens the clause
        ("Until 2008, the firm made ferries in the town.", "2008", "the end of a span, not a happening on it"),
        ("She told readers that up until the 1600s, most people farmed.", "the 1600s",
         "the end of a span, not a happening on it"),
        ("The ferry strike set for Friday has been called off.", "Friday", "a plan called off, not a happening"),
        ("The harbour toll was due in June, but has since been scrapped.", "June",
         "a plan called off, not a happening"),
        # what has not happened since a date: the date is the last time it did
        ("Staff now call it the Northern Line, a name the operator has not used since 2004.", "2004",
         "a point of reference: what has not happened since the date"),
        ("The ferry hasn't sailed since Monday.", "Monday",
         "a point of reference: what has not happened since the date"),
        # a verb the word lists do not know, told by its ending and the preposition after it
        ("The storm season opened early and typically crests in September.", "September",
         "a recurring schedule, not a happening"),
        ("The firm is rich, said Ann Lee, an aide to Tom Reyes's 2012 mayoral campaign.", "2012",
         "a date naming a thing, not the clause's happening"),
        ("A string of floods since 2015 has shown the dam is too low.", "2015",
         "a point of reference: what happened after the date, not on it"),
        ("When we dive to 900 feet next month, it will be like last month when we dove to 90.", "last month",
         "a point of comparison"),
        ("The council extended the parking ban for another week, to June 9.", "June 9",
         "the end of a span, not a happening on it"),
        ("The brewer reported a third-quarter loss of $2 billion.", "third-quarter",
         "a date naming a thing, not the clause's happening"),
        ("The airline posted first-half profits well above forecasts.", "first-half",
         "a date naming a thing, not the clause's happening"),
        ("The bill includes the second quarter dividend, due in August.", "the second quarter",
         "a date naming a thing, not the clause's happening"),
        # "following" as a preposition is "after"
        ("Following the 1998 mine collapse, safety rules were tightened.", "1998",
         "a point of reference: what happened after the date, not on it"),
        ("Fares rose sharply following the May 3 strike.", "May 3",
         "a point of reference: what happened after the date, not on it"),
        # ... and so does the second thing "after" leads to
        ("After the 2004 dam collapse in Chile and the 2008 flood in Peru, doctors found lung damage.", "2008",
         "a point of reference: what happened after the date, not on it"),
        # a change gone on since the date is a trend
        ("Ferry fares have climbed sharply since Monday.", "Monday", "a trend since the date, not a happening on it"),
        ("Hotel bookings have been falling since the spring.", "the spring",
         "a trend since the date, not a happening on it"),
        ("Since May, bus fares have doubled.", "May", "a trend since the date, not a happening on it"),
        # a deadline given
        ("Farmers have until July 9 to file their claims.", "July 9", "a deadline, not a happening on it"),
        ("The two ferry firms have roughly until the weekend to pay.", "the weekend",
         "a deadline, not a happening on it"),
        ("The mayor was given until Friday to respond.", "Friday", "a deadline, not a happening on it"),
        ("The judge gave the two ferry firms until June 30 to answer.", "June 30",
         "a deadline, not a happening on it"),
        # "since the" a day and a named thing
        ("The board has approved 12 permits since the March 3 Harbor fire.", "March 3",
         "a point of reference: what happened after the date, not on it"),
        # the amount a change is measured from
        ("Output fell to 9,000 barrels a day from 12,000 in May.", "May", "a point of comparison"),
        ("The firm made a profit of $14bn last year, down from $25bn in 2008.", "2008", "a point of comparison"),
        ("Swap costs have jumped to 515 points, or $515,000 a year, from around 40 points in April.", "April",
         "a point of comparison"),
        # a count over a span of dates, at its start
        ("Spills totaled about 17,000 barrels from 1969 to 2007.", "1969",
         "a tally over a span, not a happening at its start"),
        ("There were more than 700 fires between 1970 and 2000, the ministry said.", "1970",
         "a tally over a span, not a happening at its start"),
        ("The mill earned $4m from May through August, the firm said.", "May",
         "a tally over a span, not a happening at its start"),
        ("From 1969 to 2007, spills totaled 17,000 barrels.", "1969",
         "a tally over a span, not a happening at its start"),
        # a name's "-ed" word is no verb of a "since" clause
        ("Donors have given $40m since the United fund drive on April 20.", "April 20",
         "a tally since the date, not a happening on it"),
        # a tally since a date opening a reported clause
        ("The trade body says that since 1995, miners have dug 3,000 shafts.", "1995",
         "a tally since the date, not a happening on it"),
    ],
)
def test_questions_and_yardsticks_are_not_happenings(sentence, phrase, reason):
    assert judged(sentence, phrase) == reason


def test_a_guess_without_a_speaker_is_a_possibility():
    sentence = "On Friday, the river could reach the town."
    assert judged(sentence, "Friday", "River could reach the town") == "a possibility"
    # Said by someone on a day the sentence gives, the guess is a statement made that day.
    said = "The mayor said on Monday that the river could reach the town."
    assert judged(said, "Monday", "Mayor: river could reach the town") is None


def test_the_day_a_guess_looks_ahead_to_is_no_happening_whoever_voices_it():
    # The mayor spoke some other day; Friday is only what the guess looks ahead to.
    guess = "The river could reach the town by late on Friday, the mayor said."
    assert judged(guess, "Friday", "Mayor: river could reach the town") == "a guess: the date is what it looks ahead to"
    hope = "The band hopes to finish the record by 7 February."
    assert judged(hope, "7 February", "Band hopes to finish the record") == "a hope's deadline, not a happening on it"
    # a past ability, a past guess and the month are no guess ahead; a hope of a day is a plan
    for sentence, phrase in [("Crews could finally begin drilling on Monday.", "Monday"),
                             ("Up to 900 people may have died in the flood on Tuesday.", "Tuesday"),
                             ("Residents could not reach the town on Tuesday.", "Tuesday"),
                             ("Talks began in May and may resume soon.", "May"),
                             ("The firm hoped to open the plant on 3 March.", "3 March")]:
        assert judged(sentence, phrase, "Something happens") is None, sentence


def test_what_should_happen_by_a_date_is_an_expectation_not_a_happening():
    # "should" looks ahead as "could" does, only more sure: nothing has happened on the day it names
    for sentence, phrase in [("The new pump should be running by Friday, the company said.", "Friday"),
                             ("Engineers said the second tunnel should reach the river later on Thursday.", "Thursday"),
                             ("Should the vote fail on Monday, the strike goes on.", "Monday")]:
        assert judged(sentence, phrase, "Engineers: tunnel reaches the river") == \
            "a guess: the date is what it looks ahead to", sentence
    fronted = "By Wednesday, the crews should finish laying the pipe."
    assert judged(fronted, "Wednesday", "Crews should finish laying the pipe") == "a possibility"
    # the day it was said on is a happening: the saying
    said = "The company said on Monday that the pump should be running soon."
    assert judged(said, "Monday", "Company: pump should be running soon") is None


def test_an_estimated_amount_is_a_possibility():
    sentence = "The cost of the closure will be less than $2 million in 2012."
    assert judged(sentence, "2012", "Cost of the closure will be less than $2 million") == "a possibility"
    plan = "The new bridge will be completed in 2012."
    assert judged(plan, "2012", "New bridge will be completed") is None
    # no amount: a comparison without "than", "about" a topic
    talks = "The talks will be more productive in 2012."
    assert judged(talks, "2012", "Talks will be more productive") is None
    hearing = "The hearing will be about the closure in 2012."
    assert judged(hearing, "2012", "Hearing will be about the closure") is None


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Protesters have camped in the square since Monday.", "Monday"),
        ("The firm's third-quarter profit fell short of forecasts.", "third-quarter"),
        ("In 2006 Parliament passed the harbour act.", "2006"),
        ("The storm came over the 2009 holiday weekend.", "2009"),
        ("In the 19th century the town doubled in size.", "the 19th century"),
        ("Nobody has tried anything like it since the 1970s, when a Texan firm drilled a relief well.", "the 1970s"),
        ("The pipe hasn't stopped leaking since April 20.", "April 20"),
        ("The summit scheduled for Monday went ahead despite the storm.", "Monday"),
        # delayed or suspended, it mostly took place; "set in" is when it was set
        ("The launch scheduled for Tuesday was delayed by an hour.", "Tuesday"),
        ("Quotas set in 2008 were scrapped last year.", "2008"),
        ("The strike set for Friday went ahead but was postponed on Saturday.", "Friday"),
        ("The bus usually leaves at noon but on Monday it left at two.", "Monday"),
        ("The port said its cranes worked normally on Monday.", "Monday"),
        ("The ferry ran like clockwork on Monday.", "Monday"),
        ("The club extended its lead on Monday.", "Monday"),
        ("The usually quiet village was shaken by a blast on Monday.", "Monday"),  # a habit adverb before an adjective
        ("Trains ran normally Tuesday after the storm passed.", "Tuesday"),
        ("Exports grew 3 percent in the second quarter year on year.", "the second quarter"),
        ("The brewer said first-quarter sales rose 4 percent.", "first-quarter"),  # the subject of what was said
        ("Traders expect fourth-quarter prices to fall.", "fourth-quarter"),
        ("Early in the 19th century settlers built the mill.", "the 19th century"),
        ("It looks like Friday will be the day.", "Friday"),
        ("Police spoke to her yesterday and let her go.", "yesterday"),
        ("The mill said its output rose in the second quarter.", "the second quarter"),
        ("The ferry sank shortly after 10 pm.", "10 pm"),
        ("The ferry sank shortly before 10 pm.", "10 pm"),
        ("Results for the second quarter were published on Monday.", "Monday"),
        ("In 2008 prices of rice doubled across Asia.", "2008"),  # the year dates the clause
        ("The dam burst on 3 March, two days after the storm.", "3 March"),  # the span is another clause's
        ("Its work grew after 11 September 2001, when the agency took over the port.", "11 September 2001"),
        ("The firm has lost $4bn since 20 April, when its plant burned down.", "20 April"),
        ("The council approved the budget on Tuesday.", "Tuesday"),
        ("Rescuers, working through the night on Monday, found two children.", "Monday"),  # the subject's act
        ("On Monday, the ferry sank.", "Monday"),
        ("The ferry as a rule sails on Monday.", "Monday"),
        ("The ferry sank more than a week ago.", "more than a week ago"),  # no amount measured
        ("The firm said it would have the cap in place by Monday.", "Monday"),  # a plan: "have" and its object
        ("The harvest since August was poor.", "August"),  # -est, but no superlative
        ("The ferry sank on the night of 2 March.", "2 March"),  # a stretch of time dates the clause
        ("The dam must be finished by the end of May.", "May"),
        ("Tuesday's storm felled 40 trees.", "Tuesday"),  # the storm is the clause's own happening
        ("If anything, prices rose on Monday.", "Monday"),  # "if" in another clause
        ("The boats moved to safety from Thursday night.", "Thursday night"),  # where it starts
        ("The admiral will hold press briefings from Monday.", "Monday"),  # a plan's start, however plural
        ("The daily ferry left at 9 am on Monday.", "9 am on Monday"),  # "daily" describes the ferry
        ("The ferry sails daily, and on Monday it sank.", "on Monday"),  # another clause
        ("Ann Lee served in the senate from 1987 to 2005.", "1987"),
        ("The ferry returned from Oslo on Monday.", "Monday"),
        ("Over 300 permits were granted since the minister took office in May.", "May"),  # a clause of its own
        ("Since the storm hit on Tuesday, crews have cleared 40 roads.", "Tuesday"),  # its own clause and verb
        ("Crews have cleared 40 roads since the storm hit on Tuesday.", "Tuesday"),
        ("The daily briefing is at 3pm today.", "3pm today"),  # a day of its own
        ("The daily briefing started at 1500.", "1500"),  # that one began then
        # the schedule is another clause's; four figures that are a year
        ("The daily paper is printed overnight, and a fire broke out at the plant at 2am.", "2am"),
        ("The daily paper is owned by Ann Lee, who bought it in 2005.", "2005"),
        # a span of days is the happening's own time; a count that is the subject, or a rate, is no tally
        ("Thousands of people protested in the capital from June 1 to June 3.", "June 1"),
        ("Some 5,000 troops held the city from 2003 to 2007.", "2003"),
        ("The well leaked 60,000 barrels a day from April to July.", "April"),
        # a date moved is no span's end
        ("The launch was pushed back from Tuesday to Friday.", "Friday"),
        # a change measured, but after another clause, or with its own "when" clause
        ("Shares fell after 40 workers from 3 plants walked out on Monday.", "Monday"),
        ("Police cracked down on 300 protesters from 12 cities on Saturday.", "Saturday"),
        ("Fares climbed to $30 from $25 on January 1, when the new fares took effect.", "January 1"),
        ("It was her first visit since she won a second term last month.", "last month"),
        ("It is the first opera he wrote since it was banned by the regime in 1948.", "1948"),
        ("The firm earned $5bn in the 2009 fiscal year.", "2009"),  # a preposition: when, not which
        ("The 2005 hurricane flooded the town.", "2005"),  # the subject: the clause's own happening
        ("2009 was a bad year for the firm.", "2009"),
        ("Ferry shares fell 25 percent on Monday from a high.", "Monday"),  # the fall is Monday's
        # a measure of what was only guessed, or a plan to double: the date is the clause's own
        ("Rain of only half what forecasters expected fell on Tuesday.", "on Tuesday"),
        # "following" as a day's word or a verb; "had" with a verb before "until"
        ("On the following Monday, the mill reopened.", "Monday"),
        ("Fans were following the 2012 race closely.", "2012"),
        ("The crew had stayed at the base until June 30.", "June 30"),
        ("Ann Lee served in the senate from 1987 to 2005, the report said.", "1987"),  # a span, no count
        ("Crews moved 300 people from 12 towns on Monday.", "Monday"),  # no change measured
        ("The firm announced plans to open a mine in 2012.", "2012"),  # a plan, not called off
        # the day a plan was called off, or another clause's date, is news
        ("The ferry firm cancelled its plans for a new quay on Monday.", "Monday"),
        ("The firm dropped plans to sell the unit and on Monday announced a merger.", "Monday"),
        ("The firm abandoned plans to float and instead listed its shares in March.", "March"),
        ("It was not until 1981 that the council imposed a ban.", "1981"),  # then it did
        ("The visit is set to last until Wednesday.", "Wednesday"),  # (the seeds' own: the visit's end)
        # no count before the span (a name's digits, a count in another clause)
        ("Smith played for the 49ers from 1990 to 2001.", "1990"),
        ("The plant shut from June 1 to June 5 after a fire hurt 3 workers.", "June 1"),
        # no deadline: nothing given to be done by the date, or a "when" clause tells the date's happening
        ("Rebels gave chase until March 3, when the convoy reached the border.", "March 3"),
        # "following" as a verb after an adverb
        ("Fans are not following the 2012 season.", "2012"),
        ("The festival ran from March 3, 2009 to June 5, 2009 in the park.", "March 3, 2009"),
        ("The mayor said that since 1995 he had wanted a bridge.", "1995"),  # no count: a wish since then
        ("The club plans to double what it spends on youth teams in 2012.", "in 2012"),
        # a state begun on the date, or work going on since, tells its start
        ("The harbour has been closed since Sunday.", "Sunday"),
        ("Divers have been working since Tuesday to reach the wreck.", "Tuesday"),
        # the past perfect of an act, not of a plan; a plan's clause left for the act that replaced it
        ("The camp had been set up on Monday by the army.", "Monday"),
        ("The flight had been due to land at noon but instead landed on Friday.", "Friday"),
        ("The talks had been expected to fail, and on Monday they did.", "Monday"),
        # a day after "and" that a verb follows is the next act's ("after the fire and Tuesday charged")
        ("Police questioned staff after the fire and Tuesday charged a night guard.", "Tuesday"),
    ],
)
def test_reports_pass(sentence, phrase):
    assert judged(sentence, phrase) is None


def test_the_end_of_a_range_is_the_end_of_a_span_unless_a_when_clause_tells_its_own():
    # the range's happening is told at its start (events/date_ranges.py)
    assert judged("The mill earned $4m from May through August, the firm said.", "August") == \
        "the end of a span, not a happening on it"
    assert judged("The season runs from June 1 to November 30.", "November 30") == \
        "the end of a span, not a happening on it"
    assert judged("The well leaked from April 20 to July 15, when it was capped.", "July 15") is None
    # two dates that are no range
    assert judged("Sessions from 1990, and a 1998 session recorded in London, are played.", "1998") is None
    assert judged("The ferry sailed from Oslo to Bergen on Monday.", "Monday") is None


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Engineers sealed a gas leak in 1966 with cement.", "1966"),  # a new happening, dated by its clause
    ("The harbour fire in 1979 destroyed the quay.", "1979"),  # the subject: the clause's own happening
])
def test_a_happening_noun_before_its_date_may_still_be_the_clauses(sentence, phrase):
    assert judged(sentence, phrase) is None


def test_a_condition_far_before_the_date_in_a_long_clause_is_still_found():
    # The checks search only the end of the text before the date: back to the clause's last
    # punctuation, or further for a long clause.
    middle = "the old ferry that crosses the wide and windy bay between the two harbour towns " * 3
    sentence = f"Officials said, if {middle}sails again on Friday the council will pay for repairs."
    assert judged(sentence, "Friday") == "a condition"


@pytest.mark.parametrize("sentence", [
    "The ferry operator declined to comment on Tuesday on the cause of the fire.",
    "The ferry operator did not respond on Tuesday to requests for comment.",
    "The harbour master was not available for comment on Tuesday.",
    "The ferry operator didn't return calls on Tuesday.",
])
def test_a_source_not_commenting_is_no_happening(sentence: str) -> None:
    start = sentence.index("Tuesday")
    label = headline(sentence, start, start + len("Tuesday"))
    assert why_not_factual(sentence, start, label) == "a source not commenting, not a happening"


def test_a_comment_given_is_a_happening() -> None:
    sentence = "The ferry operator commented on the fire on Tuesday."
    start = sentence.index("Tuesday")
    assert why_not_factual(sentence, start, headline(sentence, start, start + len("Tuesday"))) is None


def test_an_amount_more_than_a_span_ago_is_a_comparison_not_a_happening():
    sentence = "The port now employs 9,400 dockers, nearly 800 more than a month ago."
    start = sentence.index("more than a month ago")
    assert why_not_factual(sentence, start, "x", start + len("more than a month ago")) == "a point of comparison"
    told = "The ferry sank more than a month ago, officials said."
    start = told.index("more than a month ago")
    assert why_not_factual(told, start, "Ferry sinks", start + len("more than a month ago")) is None


@pytest.mark.parametrize("sentence", [
    "The agency published the draft rule on Tuesday and issued a request for comment from growers.",
    "The judge declined to comment on the plea deal and sentenced the captain to ten years on Tuesday.",
])
def test_a_request_for_comment_issued_or_a_second_act_is_news(sentence: str) -> None:
    start = sentence.index("Tuesday")
    label = headline(sentence, start, start + len("Tuesday"))
    assert why_not_factual(sentence, start, label) is None


@pytest.mark.parametrize(("sentence", "phrase"), [
    # a few words of what is compared may stand between the comparative and "than"
    ("The mayor insisted the port was in far better shape to handle storms than it was five years ago.",
     "five years ago"),
    ("There is more doubt in my mind than there was a week ago, the coach said.", "a week ago"),
    ("The mill sold more paper than it did in the same month of 2008.", "2008"),
    # a time named again after "than in", "than during"
    ("The club sold fewer tickets in spring than during a similar period last year.", "last year"),
])
def test_a_yardstick_told_after_than_is_no_happening(sentence: str, phrase: str) -> None:
    assert judged(sentence, phrase) == "a point of comparison"


@pytest.mark.parametrize(("sentence", "phrase"), [
    # "than" with no clause of being after it leaves the date the clause's own
    ("More people than ever came to the fair on Monday.", "on Monday"),
    ("More divers than planned reached the wreck on Monday.", "on Monday"),
    ("The mill sold more paper in May than it had planned.", "in May"),
])
def test_a_comparison_that_is_not_the_dates_leaves_it_a_happening(sentence: str, phrase: str) -> None:
    assert judged(sentence, phrase) is None


def test_what_would_follow_that_nobody_says_or_plans_is_a_hypothesis() -> None:
    from timeline.events.headline_factuality import hypothesis_in

    hypothesis = "a hypothesis: what would follow, not a happening"
    assert hypothesis_in("Levy would raise $3 billion", "The levy would raise $3 billion over the next decade.") \
        == hypothesis
    assert hypothesis_in("Closure would cost jobs", "A closure this winter would cost 400 jobs in the town.") \
        == hypothesis
    # said, planned or expected by someone: a plan or a statement, told in the sentence before or after
    for label, sentence in [
        ("Firm would close the plant", "The firm said it would close the plant in May."),
        ("Bonuses would be paid", "Bonuses would be paid for the first six months, he added."),
        ("Council would vote on the plan", "The council announced that it would vote on the plan on Monday."),
    ]:
        assert hypothesis_in(label, sentence) is None, sentence
    # a speaker in the label, or "would" opening a relative clause, not the label's own verb group
    assert hypothesis_in("Mayor: levy would raise $3 billion",
                         "The levy would raise $3 billion, the mayor said.") is None
    assert hypothesis_in("Singer cancels what would have been her last concert",
                         "The singer last night canceled what would have been her last concert.") is None


@pytest.mark.parametrize("label", [
    "Town was in total darkness",
    "Enormity of the flood is hard to take in",
    "There are thousands of people without shelter",
    "Ferry service was not good enough",
    "Ferry fares remain high",
])
def test_a_state_of_affairs_is_no_happening(label: str) -> None:
    from timeline.events.headline_factuality import state_in

    assert state_in(label) == "a state of affairs, not a happening"


@pytest.mark.parametrize("label", [
    # something done to the subject, or going on
    "Ferry was sunk by the storm",
    "Pier was laid out in two days",
    "Verdict was read out in court",
    "Crews are searching the harbour",
    "Council is suing the ferry firm",
    # a plan, a first, a delay
    "Minister is to visit the island",
    "Mayor was the first to leave",
    "Ambulance was not called until noon",
    # a state that ends or begins something
    "The well is dead",
    "Port is open again",
    # "be" in a second clause, after the label's own act
    "Ferry firm cuts fares and there is no plan to raise them",
    # what a speaker says: the saying is the happening
    "Coroner: the dose was lethal",
])
def test_an_act_a_plan_or_an_ending_state_is_no_mere_state(label: str) -> None:
    from timeline.events.headline_factuality import state_in

    assert state_in(label) is None, label
