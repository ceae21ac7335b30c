"""Whether a dated clause reports something that happened, or only asks, guesses or compares.

A date can stand in a sentence that tells no happening of that date: a question ("Do you
remember where you were on 9 November?"), a condition ("if the vote fails on Friday"), a
guess ("the river could reach the town by Friday"), or a point of comparison ("the wettest
spring since 1998": 1998 is only the yardstick). Such a mention stays a mention of its
article; it is no event of its own, and its clause is a poor label for an event other
sources tell.

The checks read the shapes of general English (a question mark, "if", a modal of possibility
opening the verb group, a superlative before "since", "compared with", a date after "of"
qualifying a noun), nothing of one corpus.
"""

from __future__ import annotations

import re

from timeline.events.clause_chunks import Token, first_verb, tokenize, verb_base
from timeline.events.date_ranges import SINCE_RIGHT_BEFORE, SPAN_OPENER, WHEN_AFTER, a_date_moved
from timeline.events.guarded_patterns import GuardedPattern
from timeline.events.headline_factuality import label_not_factual
from timeline.events.naming_dates import (
    ASIDE_NOT_DESCRIBING,
    WORD,
    YEAR_ALONE,
    century_describes_a_noun,
    clause_before,
    figures_for_a_period,
    lead_word,
    names_its_source,
    period_names_figures,
    year_names_a_thing,
)
from timeline.events.word_lists import (
    HAPPENING_NOUNS,
    IRREGULAR_PAST,
    STOP_WORDS,
    word_list,
)

# Words ending in -est that are no superlatives.
_NOT_SUPERLATIVES = word_list("factuality", "not_superlatives")
# "since" right before the date, or a few words before it: "the slowest pace since the
# financial crisis a decade ago".
_SINCE_BEFORE_DATE = GuardedPattern(re.compile(r"\bsince\b[^,;:.!?]{0,60}$", re.IGNORECASE), "since")
# "lease sales scheduled for 2012 were canceled", "the vote planned for Friday has been postponed": the
# day of a plan called off, on which nothing happened
# ("set in 2008" is when it was set, a happening; "delayed", "suspended" most often went ahead late or in part)
_PLANNED_BEFORE_DATE = GuardedPattern(re.compile(
    r"\b(?:(?:scheduled|planned|slated|set)\s+for|due\s+(?:on|in|for))\s+(?:the\s+|early\s+|late\s+|mid-?)?$",
    re.IGNORECASE), "scheduled", "planned", "slated", "set", "due")
_CALLED_OFF_AFTER_DATE = re.compile(
    r"(?:(?:(?!\b(?:but|and|went|took)\b)[^,;:.!?]){0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been|"
    r"is\s+being|are\s+being)\s+"
    # ("due on Monday, but has now been canceled": called off after a "but", the plan its subject)
    r"|,?\s+but\s+(?:(?:has|have|had)\s+(?:now\s+|since\s+)?been|was|were)\s+(?:now\s+)?)"
    r"(?:cancell?ed|postponed|scrapped|called\s+off|put\s+off|shelved)\b", re.IGNORECASE)
# "canceled plans to travel to Asia later in the month", "scrapped its plan to open a mine in 2012": the
# date is the plan's, which will not happen
_PLAN_CALLED_OFF_BEFORE_DATE = GuardedPattern(re.compile(
    r"\b(?:cancel(?:l?ed|l?ing|s)?|scrap(?:ped|ping|s)?|call(?:ed|ing|s)?\s+off|shelv(?:e|ed|es|ing)|abandon(?:ed|ing|s)?"
    r"|dropp(?:ed|ing)|ditch(?:ed|es|ing)?|postpon(?:e|ed|es|ing)|put\s+off)\s+(?:(?:its|his|her|their|the|a|all|any)\s+)?"
    r"(?:(?!(?:after|by|for|of|to|with|on|in|at|from)\b)[a-z-]+\s+)?plans?\s+(?:to|for)\s+"
    # (the plan's own words up to the date: no second clause, "... and on Monday announced a merger")
    r"(?:(?!\b(?:but|instead|then|after|when)\b|\band\s+(?:on|in|at|then|later|also|so)\b)[^,;:.!?]){0,80}$",
    re.IGNORECASE), "plan")
# "the flight, which had been due to land on Friday, was diverted", "the vote had been scheduled for
# Monday": a plan told in the past perfect is one overtaken before its day, which saw no happening of it
# ("had been set up on Monday" is a setting up; "had been expected to" a guess about an amount or a plan)
_UNMET_PLAN_BEFORE_DATE = GuardedPattern(re.compile(
    r"\bhad\s+been\s+(?:due|scheduled|expected|supposed|slated|planned|meant|set)\s+(?:to\s+[a-z]|for\b|on\b|in\b)"
    r"(?:(?!\b(?:but|and|then|when|after|instead)\b)[^,;:.!?]){0,80}$",
    re.IGNORECASE), "had")
# the day a plan was called off, not the plan's: "cancelled its plans for the platform on Monday"
_WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_A_PAST_DAY = re.compile(_WEEKDAY_NAME + r"|yesterday|today|tonight|last\b|earlier",
                         re.IGNORECASE)
# "a name the company has not used since 1998", "hasn't been seen since May": what has not happened since;
# the date is the last time it did, a point of reference
# ("hasn't stopped leaking since April 20": the leaking began then, a happening)
_NOT_SINCE_BEFORE_DATE = GuardedPattern(re.compile(
    r"(?:\bnot\b|\bnever\b|n['’]t\b)(?!\s+(?:stopped|ceased|let\s+up|ended|slowed|eased|abated)\b)"
    r"[^,;:.!?]{0,60}\bsince\s+(?:the\s+|early\s+|late\s+|mid-?)?$", re.IGNORECASE),
    "since")
# "encountered such rules after 9/11", "the poor roads that existed before Tuesday": some time
# after or before the date, not on it ("shortly after 10 pm" and "after Tuesday's vote" say when,
# or name a thing; a span before it, "two days after", is _SPAN_AWAY_BEFORE_DATE's).
_AFTER_RIGHT_BEFORE_DATE = GuardedPattern(re.compile(
    r"(?<!shortly )(?<!just )(?<!soon )(?<!right )(?<!immediately )(?<!minutes )(?<!hours )(?<!days )"
    r"(?<!weeks )(?<!months )(?<!years )\b(?:after|before)\s+(?:the\s+)?$",
    re.IGNORECASE,
), "after", "before")
# "Following the 1998 mine collapse, rules were tightened": "following" as a preposition is "after"
# (not "the following Monday", nor the verb: "investors were following the 2012 race")
_FOLLOWING_RIGHT_BEFORE_DATE = GuardedPattern(re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bnot )"
    r"(?<!\bstill )(?<!\bkept )(?<!\bkeep )(?<!\bkeeps )(?<!\bclosely )(?<!\balso )(?<!\bstop )(?<!\bstopped )"
    r"\bfollowing\s+(?:the\s+)?$", re.IGNORECASE), "following")
# "After the 2004 dam collapse in Chile and the 2008 flood in Peru, doctors found ...": the second
# thing "after" leads to, joined by "and", places the clause as the first does
_AFTER_A_THING_AND_BEFORE_DATE = GuardedPattern(re.compile(
    r"\b(?:after|before|following)\s+the\s+(?:(?!\b(?:and|but|when|while|as|which|who)\b)[^,;:.!?]){1,60}"
    r"\band\s+the\s+$", re.IGNORECASE), "after", "before", "following")  # (not "and Tuesday charged")
# "reached the delta nine days after the April 20 explosion", "resumed two weeks after Tuesday's
# vote": the clause's happening lies that span away from the date, which only places it.
_SPAN_AWAY_BEFORE_DATE = GuardedPattern(re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|before)\s+(?:the\s+)?$", re.IGNORECASE),
    "after", "before")
_PERFECT_AFTER_DATE = re.compile(r"\s+(?:has|have)\s+(?:not\s+)?[a-z]+", re.IGNORECASE)
_SINCE_THE_BEFORE_DATE = GuardedPattern(re.compile(r"\b(?:ever\s+)?since\s+(?:the|a|an)\s+$", re.IGNORECASE),
                                        "since")
# a count said in words: "hundreds", "twice", "eight times"
_COUNT_WORDS = (r"\b(?:dozens|scores|hundreds|thousands|millions|billions|twice"
                r"|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times)\b")
_COUNT_IN_CLAUSE = re.compile(r"\d|" + _COUNT_WORDS, re.IGNORECASE)
# "compared with last year", "than in 2008": the date is what something else is measured by.
_COMPARED_BEFORE_DATE = re.compile(
    r"\b(?:compared\s+(?:to|with)|than|versus|vs\.?|(?:similar|identical|comparable)\s+to|(?:the\s+)?same\s+as)"
    r"\s+(?:(?:in|on|at|during|for)\s+)?(?:the\s+)?$"
    # "than during a similar period last year", "than in the same month of 2008": a time named again
    r"|\bthan\s+(?:in|on|at|during|for)\s+(?:the|a|an)\s+(?:[a-z]+\s+){1,3}(?:of\s+)?$"
    # "twice as many patients as in 2009", "as high as on Monday"
    r"|\bas\s+(?:many|much|few|little|high|low|large|big|bad|good|busy)\b[^,;:.!?]{0,60}\bas\s+"
    r"(?:(?:in|on|at|during|for)\s+)?(?:the\s+)?$"
    # "unlike the crisis two years ago", "unlike in 2008": what the clause is set against
    r"|\bunlike\b[^,;:.!?]{0,60}$"
    # "it will be like last week", "just like on Monday": the date is the likeness
    r"|\b(?:be|is|was|were|just|much)\s+like\s+(?:(?:in|on|at)\s+)?$",  # ("it looks like Monday will": seems)
    re.IGNORECASE,
)
# "nearly 5,000 more than a week ago": the phrase holds the comparison, an amount stands before it
_MORE_THAN_DATE = re.compile(r"(?:more|less|fewer)\s+than\b", re.IGNORECASE)
_AMOUNT_RIGHT_BEFORE = re.compile(r"(?:\d[\d,.]*\s*(?:%|percent|per\s+cent|[mb]n|million|billion)?|\bpercent)\s*$",
                                  re.IGNORECASE)
# "a 17% cut in emissions over 2005 levels", "back to pre-crisis 2007 levels": a level the date
# names, measured against, not a happening on it
_LEVELS_AFTER_DATE = re.compile(r"\s+(?:levels?|prices|figures|rates)\b", re.IGNORECASE)
# "5,000 more than a week ago", "up 3% from a year earlier": an amount measured against the
# date, where the date phrase itself took in "more than" ("more than a week ago" is also a
# plain date: "the ferry sank more than a week ago", so an amount must come right before it).
_AMOUNT_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|percent|per\s+cent|[a-z]{0,3})?|\b(?:many|much|far|even))\s+$", re.IGNORECASE
)
# "35 percent higher than the amount collected on Sunday": the date's clause is the yardstick of a
# comparison ("more than 200 people died on Sunday" counts, with no "the"/"that" after "than").
_COMPARATIVE_WORDS = r"(?:higher|lower|greater|larger|bigger|smaller|fewer|less|more|better|worse)"
_MEASURED_AGAINST_BEFORE_DATE = GuardedPattern(re.compile(
    rf"\b(?:{_COMPARATIVE_WORDS}"
    r"|(?:more|less)\s+[a-z]+ly)\s+than\s+"  # ("landing more regularly than they were last night")
    r"(?:the|that|those|it|they|what|he|she|we|i|you)\b[^,;:.!?]{0,50}$"
    # "in far better shape than it was five years ago", "more doubt in my mind than there was a week
    # ago": a few words of what is compared between, then "than" and a clause of being
    rf"|\b{_COMPARATIVE_WORDS}(?:\s+[a-z]+){{1,6}}\s+than\s+"
    r"(?:it|they|there|he|she|we|i|you)\s+(?:was|were|had\s+been|did|had|seemed|appeared|looked)"
    r"(?:\s+(?:in|on|at|during|for)(?:\s+[a-z]+){0,4})?\s+$",
    re.IGNORECASE,
), "than")
# "shares are down 25 percent from their high hit in late April", "34 percent below its April
# high": a share measured from the date's level, not a happening on it.
_PERCENT_FROM_BEFORE_DATE = GuardedPattern(re.compile(
    r"\d\s*(?:%|percent|per\s+cent)\s+(?:from|below|above|off)\s+[^,;:.!?]{0,60}$", re.IGNORECASE), "%", "per")
# "costs have jumped to 515 points from around 40 points in April", "output fell to 9,000 barrels from
# 12,000 in May": the amount the change is measured from, not a happening on its date (not "moved 300
# people from 12 towns on Monday": no change)
_CHANGED_FROM_AMOUNT_BEFORE_DATE = GuardedPattern(re.compile(
    r"\b(?:rose|risen|rise|rises|fell|fallen|falls|jumped|jumps|climbed|climbs|dropped|drops|increased|decreased"
    r"|grew|grown|declined|soared|plunged|surged|slipped|gained|slumped|tumbled"
    # ("a profit of $14bn, down from $25bn in 2008", "was up from 64 percent": not "cracked down on")
    r"|(?:[,–—]|--|\b(?:is|are|was|were|been))\s*(?:up|down))\b"
    # (a figure's own comma, "to 9,000 barrels"; an aside, ", or $515,000 a year, from"; no second clause
    # between: "fell after 40 workers from 3 plants walked out on Monday")
    r"(?:(?!\b(?:after|as|when|that|because|while|before|since)\b)(?:[^,;:.!?]|(?<=\d)[,.](?=\d)|,\s+or\s+"
    r"|,\s+(?=from\b)))*?"
    r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|just\s+|under\s+|over\s+)?[$£€]?\d(?:[\d.]|,\d)*"
    r"\s*(?:%|[mb]n\b|bn\b)?(?:\s+(?!in\b|on\b|at\b|during\b)[a-z]+){0,3}\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$",
    re.IGNORECASE), "from")
# "the slick is now 25 times the size it was on Friday": the date's clause is a multiple's yardstick.
# ("four times what it was in 2004", "double what they paid last year"; not what was only guessed,
# whose date may be the clause's own: "half what forecasters expected fell on Tuesday", nor a plan
# "to double what it spends in 2012")
_A_GUESS_AFTER = (r"[^,;:.!?]*\b(?:(?:expect|predict|forecast|anticipat|estimat)\w*"
                  r"|(?:hope[ds]?|hoping|plan|plans|planned|planning|thought|fear|feared|fears|want|wanted|wants)\b)")
_MULTIPLE_OF_BEFORE_DATE = GuardedPattern(re.compile(
    r"\b(?:(?:times|twice|half)\s+(?:the\s+[a-z]+|as\s+[a-z]+\s+as|what(?!" + _A_GUESS_AFTER + r"))"
    r"|(?<!\bto\s)(?:double|triple|treble)\s+what(?!" + _A_GUESS_AFTER + r"))\b"
    r"[^,;:.!?]{0,40}$", re.IGNORECASE
), "times", "twice", "half", "double", "triple", "treble")
_COMPARATIVE_START = re.compile(r"(?:more|less|fewer|higher|lower|greater|bigger|smaller)\s+than\b", re.IGNORECASE)
# "It airs at 10:40 every Saturday, and at 02:40 on Sunday": a weekday or a clock time in a sentence
# that sets a schedule recurs; it dates no happening.
_EVERY = GuardedPattern(re.compile(
    r"\bevery\s+(?:other\s+)?(?:day|night|morning|evening|week|weekend|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\b",
    re.IGNORECASE,
), "every")
# "Broadcasting on FM daily at 0910 local time": an adverb of recurrence in the date's own clause
# (not "the daily flight" or "daily briefings", adjectives, nor "sails daily, and on Monday it sank").
_RECURRING_ADVERB = re.compile(
    r"\b(?:daily|nightly|weekly)\b(?=\s*(?:[,.;:(]|$|(?:at|on|in|from|between|until|except|for)\b))", re.IGNORECASE
)
# "figures normally reported on the last Tuesday of the month": a habit adverb right before the
# verb of the date's clause ("usually sails at nine, but on Monday it left at ten": "but" opens
# the happening's clause; "the usually quiet town", "resumed normally Monday": no habit)
_HABIT_ADVERBS = ("normally", "usually", "typically", "generally", "traditionally", "customarily", "routinely",
                  "regularly")
_HABITUAL_BEFORE_DATE = GuardedPattern(re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)"
    r"\b(?:" + "|".join(_HABIT_ADVERBS) + r")\s+(?P<verb>[a-z]+)\b"
    r"(?:(?!\b(?:but|yet|except|until|when)\b)[^,;:.!?]){0,60}$", re.IGNORECASE), *_HABIT_ADVERBS)
# "typically peaks in August": a verb the word list does not know, told by its ending and the preposition after it
_HABIT_VERB_FORM = re.compile(r"[a-z]{3,}s\s+(?:in|at|on|by|during|around|from|between)\b", re.IGNORECASE)
# "the daily show is broadcast ...", "a weekly briefing starts ...", "a daily show, broadcast from ...": a
# recurring thing, told in the present
_RECURRING_THING_IS = GuardedPattern(re.compile(
    r"\b(?:daily|nightly|weekly)\s+(?:[a-z-]+,?\s+){0,2}?"
    r"(?:is|are|airs|runs|starts|begins|opens|closes|takes\s+place|broadcast|aired|shown)\b",
    re.IGNORECASE), "daily", "nightly", "weekly")
# a time of day alone, with no day: "09:10", "9.10am", "0910", "1410 GMT", "noon"; four figures with
# neither a mark nor a zone only from 0000 to 0959 (else a year: "bought it in 2005")
_A_BARE_CLOCK_TIME = re.compile(
    r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d|0\d[0-5]\d)(?:\s*[ap]\.?m\.?)?(?:\s+(?:local\s+time|gmt|utc|bst|[ecmp][sd]t))?"
    r"|(?:[01]\d|2[0-3])[0-5]\d\s+(?:local\s+time|gmt|utc|bst|[ecmp][sd]t|hrs?)"
    r"|\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?m\.?|noon|midday|midnight", re.IGNORECASE)
_WEEKDAY_OR_CLOCK = re.compile(
    _WEEKDAY_NAME + r"|\d:\d\d|\b(?:am|pm)\b|\b\d{4}\s+(?:local\s+time|gmt|bst|utc)",
    re.IGNORECASE,
)
# "As of Wednesday, 407 complaints had been reported": a count or a state taken on that day.
_AS_OF_BEFORE_DATE = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)
_AS_OF_DATE = re.compile(r"as\s+of\b", re.IGNORECASE)
# "That would have meant we'd have arrived on Saturday": what did not happen. ("would have the
# cap in place by Monday" is a plan: "have" with an object, no participle.)
_COUNTERFACTUAL_BEFORE_DATE = GuardedPattern(re.compile(
    r"\b(?:would|could|might|should|'d|’d)(?:n't|\s+not)?\s+have\s+(?:been|[a-z]+ed|[a-z]+en|gone|done|come|made|had|met|"
    r"left|got|run)\b[^,;:.!?]*$",
    re.IGNORECASE,
), "have")
# "banned at least through August", "winds through Sunday": the date ends a span of something that
# goes on; nothing happens on it ("from July through September" is a range, left alone).
_THROUGH_BEFORE_DATE = GuardedPattern(
    re.compile(r"\b(?:through|thru)\s+(?:the\s+end\s+of\s+|mid-?|early\s+|late\s+)?$", re.IGNORECASE),
    "through", "thru")
# "extended the ban to May 17", "the curfew was extended until Monday": where a span now ends
_EXTENDED_TO_BEFORE_DATE = GuardedPattern(re.compile(
    r"\bextend(?:s|ed|ing)?\b[^;:.!?]{0,80}?\b(?:to|until|till|through)\s+(?:the\s+end\s+of\s+|mid-?|early\s+|late\s+)?$",
    re.IGNORECASE), "extend")
_EXTENDED_REACH = 120
# (what the deadline is for: "gave BP until Friday to answer"; "gave chase until March 3" set none)
_TO_AFTER_DATE = re.compile(r"\s+to\s+[a-z]")
_UNTIL_OPENING_BEFORE_DATE = GuardedPattern(re.compile(
    r"(?:^|[,;:]\s*|\bthat\s+|[\"“]\s*)(?:up\s+)?(?:until|till)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE), "until", "till")
_COMMA_AFTER_DATE = re.compile(r"\s*,")
_WITHIN_BEFORE_DATE = GuardedPattern(re.compile(r"\bwithin\s+(?:the\s+next\s+)?$", re.IGNORECASE), "within")
# "Firms have until July 9 to comply", "the judge gave BP until Friday to answer": a deadline set
# (what "have" holds: "had stayed until May" is no deadline)
_GIVEN_UNTIL_BEFORE_DATE = GuardedPattern(re.compile(
    r"\b(?:(?P<have>has|have|had|having)\s+(?:only\s+|just\s+|now\s+|roughly\s+|about\s+|around\s+)?"
    r"|(?:give|gives|gave|given|giving|grant|grants|granted)\s+(?:[\w.'’-]+\s+){0,4}?)"
    r"until\s+(?:the\s+end\s+of\s+|mid-?|early\s+|late\s+)?$", re.IGNORECASE), "until")
_FROM_IN_CLAUSE = re.compile(r"\bfrom\b[^,;:.!?]*$", re.IGNORECASE)
# a span's first date, then what joins it to this one: "from June 1 to", "between 1992 and", "May 13-"
_SPAN_START_BEFORE_DATE = GuardedPattern(re.compile(
    r"\b(?:from|between)\s+(?:the\s+)?(?:mid-?|early\s+|late\s+)?(?:\w+\.?\s+)?\d+(?:,\d{3})*(?:\s+\w+\.?)?(?:,?\s+\d{4})?"
    r"\s*(?:to|through|thru|until|till|and|-|–|—)\s*(?:the\s+end\s+of\s+|mid-?|early\s+|late\s+)?$"
    r"|\b(?:from|between)\s+(?:the\s+)?(?:mid-?|early\s+|late\s+)?(?-i:[A-Z])[a-z]+\.?"
    r"\s+(?:to|through|thru|until|till|and|-|–|—)\s+(?:the\s+end\s+of\s+|mid-?|early\s+|late\s+)?$",
    re.IGNORECASE), "from", "between")
# "If we fly out today, the club will fold": the date is in a condition, nothing happened.
# (Within the date's own clause: no comma or semicolon between "if" and the date.)
_CONDITION_BEFORE_DATE = GuardedPattern(re.compile(r"\b(?:if|unless)\b[^,;:.!?]*$", re.IGNORECASE),
                                        "if", "unless")
# "oil could reach the bay by late on Wednesday, NOAA said", "the cap might be in place by Thursday",
# "the new valve should be working by Friday" (an expectation, not an obligation met): the
# date is what a guess looks ahead to, whoever voices it; the voicing was some other day ("could not",
# "may have died", "could finally begin": no guess ahead, a past). "May" in capitals is the month.
_GUESS_BEFORE_DATE = GuardedPattern(re.compile(
    r"\b(?:could|might|should|(?-i:may))\s+(?!(?:not|never|have|only|barely|hardly|still|finally|again)\b)[a-z]+\b"
    r"[^,;:.!?]{0,80}$", re.IGNORECASE), "could", "might", "should", "may")
# "the band hopes to finish the single by 7 February", "aims to cap the well before August": the
# deadline of a hope, not the day of anything done
_HOPED_DEADLINE_BEFORE_DATE = GuardedPattern(re.compile(
    r"\b(?:hopes?|hoped|hoping|aims?|aimed|aiming)\s+to\s+[^,;:.!?]{0,80}?\b(?:by|before)\s+"
    r"(?:the\s+|early\s+|late\s+|mid-?)?$", re.IGNORECASE), "hop", "aim")
# "the tragedy of 2001", "the floods of May": the date names a thing, and the clause's verb tells
# something else ("invoking the tragedy of 2001 invites excess"). Not after a stretch of time:
# "on the night of 12 January", "by the end of May" date the clause.
_OF_BEFORE_DATE = GuardedPattern(re.compile(r"\b(?P<noun>[A-Za-z]+)\s+of\s+(?:the\s+)?$", re.IGNORECASE),
                                 "of")
# "weakened by last week's quake", "since Tuesday's vote": a possessive date after a
# preposition names the thing the clause mentions, not the time of the clause's verb.
_POSSESSIVE_AFTER_PREPOSITION = re.compile(
    r"\b(?:by|in|of|since|after|before|from|for|during|despite|over|about|on)\s+$", re.IGNORECASE
)
_POSSESSIVE_AFTER_DATE = re.compile(r"['’]s\s+[a-z0-9]")
_TIME_NOUNS = word_list("factuality", "time_nouns")
# "panels like the one after the shuttle disaster in 1986", "memories of the Santa Barbara spill a
# dozen years earlier": a date right after a happening noun in the object says which disaster or
# spill; the clause's verb tells something else (as the subject, "the spill in 1989 fouled the
# sound", it is the clause's own happening: a verb must come before the noun).
_HAPPENING_NOUNS = sorted(HAPPENING_NOUNS)
_HAPPENING_NOUN_BEFORE_DATE = GuardedPattern(re.compile(
    r"\b(?:" + "|".join(_HAPPENING_NOUNS) + r")\s+(?P<preposition>(?:in|of)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
), *_HAPPENING_NOUNS)
# "the Challenger disaster", "its refinery explosion": a happening already known, named by its date
# ("sealed a gas leak in 1966" tells a new one, dated by the clause)
_KNOWN_ONE = re.compile(r"\b(?:the|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
_BACK_FROM_NOW = re.compile(r"\b(?:ago|earlier|before)\s*$", re.IGNORECASE)
# "the hoard of gold unearthed last year is being sold": a participle after a noun and its date,
# then the clause's own verb group: the date says when the gold was found, not when it is sold.
_PARTICIPLE_AFTER_NOUN = re.compile(r"\b[a-z]{3,}\s+(?:[a-z]{3,}ed|found|built|made|taken|seen|held|born|sold|won|"
                                    r"shot|hit|struck|brought|bought|caught|written|given|known)\s+$")
_VERB_GROUP_AFTER = re.compile(r"\s+(?:is|are|was|were|has|have|had|will)\s+[a-z]")
# "its 2009 response plan", "the firm's May 8 report": a date after an owner names which plan or report.
_POSSESSOR_BEFORE = GuardedPattern(re.compile(r"\b(?:its|his|her|their|our|[A-Za-z]+['’]s)\s+$"),
                                   "its", "his", "her", "their", "our", "'", "’")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_NAME_THEN_NOUN_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}\s+[a-z]")  # ("the March 3 Harbor fire")
_WORD_AFTER = re.compile(r"\s+(?P<word>[a-z][a-z-]*)")
_PREPOSITION_BEFORE_OWNER = re.compile(
    r"\b(?:for|of|to|with|from|about|against)\s+(?:[A-Z][\w.-]*\s+){0,3}(?:its|his|their|[A-Za-z]+['’]s)\s+$")
# (not "her": "talked to her yesterday" is an object, no owner)
# "since the problems at the Halden dam (1979)", "Since its founding at the end of 1999": a noun
# phrase after "since", holding the date with no verb of its own; the clause tells what came after.
_SINCE_PHRASE_BEFORE_DATE = GuardedPattern(re.compile(
    r"\b(?:ever\s+)?since\s+(?:the|a|an|its|his|her|their)\s+(?P<phrase>[^,;:.!?]{1,80}?)[\s(]*$", re.IGNORECASE),
    "since")
_COMPARISON_REACH = 8  # words before "since" a superlative may stand: "the most active storm season since"


def why_not_factual(sentence: str, date_start: int, label: str, date_end: int | None = None) -> str | None:
    """Why the clause around sentence[date_start:date_end] tells no happening of that date, or None.

    `label` is the headline cut from that clause: its verb group shows a guess.
    """
    end = date_start if date_end is None else date_end
    return date_not_factual(sentence, date_start, end) or label_not_factual(label)


_RANGE_START = re.compile(r"\b(?:1[5-9]|20)\d\d\s*[-–—/]\s*$")
_TAIL_REACH = 200  # more than the longest bounded pattern reaches back from the date
_TAIL_MARGIN = 20  # for a pattern's look-behind and its opening word boundary


def date_not_factual(sentence: str, date_start: int, date_end: int) -> str | None:
    """The part of `why_not_factual` that the sentence and its date decide, whatever the label."""
    if sentence.rstrip(" \"'”’)").endswith("?"):
        return "a question"
    before = sentence[:date_start]
    # The patterns below end at the date: each match lies after the clause's last punctuation
    # or within a bounded reach of the date, so they search only that tail (a long sentence's
    # whole prefix, searched some twenty times per mention, was most of this check's time).
    last_mark = max(before.rfind(mark) for mark in ",;:.!?")
    start = max(0, min(last_mark, len(before) - _TAIL_REACH) - _TAIL_MARGIN)
    # ("the crisis of 2007-08": the range's second year is read as the first one is)
    tail = _RANGE_START.sub("", before[start:])
    when_follows = WHEN_AFTER.match(sentence, date_end)  # "after 9/11, when ...": the "when" clause is the date's
    since = _SINCE_BEFORE_DATE.search(tail)
    after_since = tail[since.start() + len("since") :] if since else ""
    if since and _superlative_in(before[: start + since.start()]) and not _past_clause(after_since):
        return "a point of comparison"
    if _CONDITION_BEFORE_DATE.search(tail):
        return "a condition"
    if _GUESS_BEFORE_DATE.search(tail):
        return "a guess: the date is what it looks ahead to"
    if _HOPED_DEADLINE_BEFORE_DATE.search(tail):
        return "a hope's deadline, not a happening on it"
    if (_COMPARED_BEFORE_DATE.search(tail) or _MEASURED_AGAINST_BEFORE_DATE.search(tail)
            or (_MORE_THAN_DATE.match(sentence, date_start, date_end) and _AMOUNT_RIGHT_BEFORE.search(tail))
            or _MULTIPLE_OF_BEFORE_DATE.search(tail) or _PERCENT_FROM_BEFORE_DATE.search(tail)
            or (_CHANGED_FROM_AMOUNT_BEFORE_DATE.search(before, max(0, len(before) - _TAIL_REACH))
                and not when_follows)
            or _compares_an_amount(sentence, date_start, date_end)
            or _year_before_levels(sentence, tail, date_start, date_end)):
        return "a point of comparison"
    if (_EVERY.search(sentence) or _recurs_in_clause(sentence, date_start, date_end)) \
            and _WEEKDAY_OR_CLOCK.search(sentence[date_start:date_end]):
        return "a recurring schedule, not a happening"  # "It airs every Saturday, and at 02:40 on Sunday"
    if (_A_BARE_CLOCK_TIME.fullmatch(sentence[date_start:date_end].strip())
            and _RECURRING_THING_IS.search(_clause_of(sentence, date_start, date_end))):
        return "a recurring schedule, not a happening"  # "The daily show is broadcast between 0910 and 0930"
    habit = _HABITUAL_BEFORE_DATE.search(tail)
    if habit and (verb_base(habit.group("verb").lower()) is not None
                  or _HABIT_VERB_FORM.match(tail, habit.start("verb"))):
        return "a recurring schedule, not a happening"
    if _AS_OF_BEFORE_DATE.search(tail) or _AS_OF_DATE.match(sentence, date_start, date_end):
        return "a tally as of a date, not a happening"
    if _COUNTERFACTUAL_BEFORE_DATE.search(tail):
        return "a counterfactual: what would have happened"
    if _THROUGH_BEFORE_DATE.search(tail) and not _FROM_IN_CLAUSE.search(tail):
        return "the end of a span, not a happening on it"
    span_start = _SPAN_START_BEFORE_DATE.search(tail)
    if span_start and not when_follows and not a_date_moved(tail, span_start.start()):
        # "the season runs from June 1 to November 30": the span's happening is told at its start
        # (events/date_ranges.py); its end is no happening of the clause ("..., when" tells its own)
        return "the end of a span, not a happening on it"
    if _EXTENDED_TO_BEFORE_DATE.search(before, max(0, len(before) - _EXTENDED_REACH)):
        return "the end of a span, not a happening on it"  # (a comma may stand between: "extended it, to May 17")
    given = _GIVEN_UNTIL_BEFORE_DATE.search(tail)
    if given and not when_follows and (given.group("have") or _TO_AFTER_DATE.match(sentence, date_end)):
        return "a deadline, not a happening on it"  # "have until July 9 to comply"
    if _UNTIL_OPENING_BEFORE_DATE.search(tail) and _COMMA_AFTER_DATE.match(sentence, date_end) and not when_follows:
        # "Until 2008, the firm made cars", "up until the 1600s, the Earth was alive": a state up to the
        # date, which sees no happening ("it was not until 1981 that ..." is the date's own)
        return "the end of a span, not a happening on it"
    if _WITHIN_BEFORE_DATE.search(tail):
        return "a deadline, not a happening on it"  # "promised to settle claims within 60 days"
    possessive = (_POSSESSIVE_AFTER_DATE.match(sentence, date_end)
                  or _POSSESSIVE_AFTER_DATE.match(sentence, max(date_start, date_end - 2)))  # "Tuesday's" as the phrase
    if possessive and _POSSESSIVE_AFTER_PREPOSITION.search(tail):
        return "a date naming a thing, not the clause's happening"
    owned = _WORD_AFTER.match(sentence, date_end)
    if (_POSSESSOR_BEFORE.search(tail) and owned and owned.group("word") not in STOP_WORDS  # ("to her yesterday and")
            and (first_verb(tokenize(clause_before(before))) is not None  # (not the subject: "its Q3 profit fell")
                 or _PREPOSITION_BEFORE_OWNER.search(tail))):  # "a strategist for Lee's 2008 campaign"
        # "listed in its 2009 response plan", "said its November 8 finding did not ...": the date
        # says which plan or finding, not when the clause's act happened
        return "a date naming a thing, not the clause's happening"
    if names_its_source(sentence, before, date_start, date_end):
        return "a date naming a thing, not the clause's happening"
    if _VERB_GROUP_AFTER.match(sentence, date_end) and _PARTICIPLE_AFTER_NOUN.search(tail):
        return "a date naming a thing, not the clause's happening"
    happening = _HAPPENING_NOUN_BEFORE_DATE.search(tail)
    said = sentence[date_start:date_end]
    # (only a year or a span back: "fought a fire in May" dates the fighting as well)
    if (happening and (YEAR_ALONE.match(said) or _BACK_FROM_NOW.search(said))
            and (happening.group("preposition") or _BACK_FROM_NOW.search(said))
            and _KNOWN_ONE.search(before[: start + happening.start()])
            and first_verb(tokenize(clause_before(before[: start + happening.start()]))) is not None):
        return "a date naming a thing, not the clause's happening"
    of_date = _OF_BEFORE_DATE.search(tail)
    if of_date and of_date.group("noun").lower() not in _TIME_NOUNS:
        return "a date naming a thing, not the clause's happening"
    reference = (_AFTER_RIGHT_BEFORE_DATE.search(tail) or _FOLLOWING_RIGHT_BEFORE_DATE.search(tail)
                 or _AFTER_A_THING_AND_BEFORE_DATE.search(tail))
    if reference and not when_follows:
        side = "before" if reference.group().lower().startswith("before") else "after"
        return f"a point of reference: what happened {side} the date, not on it"
    if _SPAN_AWAY_BEFORE_DATE.search(tail):
        return "a point of reference: the happening was a span away from the date"
    if _since_a_thing_holding_the_date(tail):
        return "a point of reference: what happened after the date, not on it"
    if year_names_a_thing(sentence, before, tail, date_start, date_end) \
            or period_names_figures(sentence, before, date_start, date_end) \
            or century_describes_a_noun(sentence, date_start, date_end) or figures_for_a_period(tail):
        return "a date naming a thing, not the clause's happening"
    if _SINCE_THE_BEFORE_DATE.search(tail) and (_LOWER_WORD_AFTER.match(sentence, date_end)
                                                 or _NAME_THEN_NOUN_AFTER.match(sentence, date_end)):
        # "rules devised since the April 20 blowout", "since the May 3 Harbor fire": the date names
        # the blowout; the clause tells what came after it
        return "a point of reference: what happened after the date, not on it"
    if SINCE_RIGHT_BEFORE.search(tail) and _PERFECT_AFTER_DATE.match(sentence, date_end):
        # "a deluge of crises since 2008 has shown ...": the date opens the span the subject
        # covers up to now; the perfect tells what holds now, not what happened then
        return "a point of reference: what happened after the date, not on it"
    if _PLANNED_BEFORE_DATE.search(tail) and _CALLED_OFF_AFTER_DATE.match(sentence, date_end):
        return "a plan called off, not a happening"  # "lease sales scheduled for 2012 were canceled"
    if _PLAN_CALLED_OFF_BEFORE_DATE.search(tail) and not _A_PAST_DAY.search(sentence, date_start, date_end):
        return "a plan called off, not a happening"  # "canceled plans to travel to Asia later in the month"
    if _UNMET_PLAN_BEFORE_DATE.search(tail):
        return "a plan overtaken before its day, not a happening"
    if not when_follows and _NOT_SINCE_BEFORE_DATE.search(tail):
        # "a name it has not used since 1998" ("nothing like it since the 1970s, when ARCO tried it": the
        # "when" clause tells the date's happening)
        return "a point of reference: what has not happened since the date"
    if not when_follows and _tallies_since(sentence, before, date_end):
        return "a tally since the date, not a happening on it"
    if not when_follows and _trend_since(sentence, before, date_end):
        return "a trend since the date, not a happening on it"
    span_end = _SPAN_END_AFTER_DATE.match(sentence, date_end) if _SPAN_OPENER_BEFORE_DATE.search(tail) else None
    if span_end and not _A_DAY_OR_WEEKDAY.search(sentence, date_start, span_end.end()) \
            and _counts_what_was_done(_clause_of_span(sentence, date_start, span_end.end())):
        # "Spills totaled 17,000 barrels from 1969 to 2007", "700 fires between 1970 and 2000": a
        # count over the span, nothing that happened when it began
        return "a tally over a span, not a happening at its start"
    if _in_a_descriptive_aside(sentence, date_start, date_end):
        return "a date in an aside describing the subject, not the clause's happening"
    return None


def _year_before_levels(sentence: str, tail: str, date_start: int, date_end: int) -> bool:
    """"a cut in emissions over 2005 levels": the year says which levels (not "In 2008 prices of
    rice doubled", "By 2011 levels of lead had halved": there the year dates the clause)."""
    if not (YEAR_ALONE.match(sentence[date_start:date_end]) and _LEVELS_AFTER_DATE.match(sentence, date_end)):
        return False
    lead = lead_word(tail)
    return bool(lead) and lead not in _YEAR_DATING_LEADS


# Before a year, these make it the clause's date, whatever noun follows.
_YEAR_DATING_LEADS = frozenset({"in", "by", "since", "during", "until", "till", "through", "throughout", "after",
                                "before", "for"})


def _recurs_in_clause(sentence: str, date_start: int, date_end: int) -> bool:
    for match in _RECURRING_ADVERB.finditer(sentence):
        between = sentence[min(match.end(), date_end) : max(match.start(), date_start)]
        if not re.search(r"[,;:.]", between):
            return True
    return False


def _tallies_since(sentence: str, before: str, date_end: int) -> bool:
    """"since" right before the date and a count in its clause: before the date, or after it when
    the date opens the sentence ("Since 2000, the industry has given $154 million")."""
    if not SINCE_RIGHT_BEFORE.search(before):
        # "shares have fallen 18 percent since news of the fire on April 20": "since" and a
        # noun phrase holding the date, no verb between
        since = _SINCE_BEFORE_DATE.search(before)
        return bool(since and _no_verb_of_its_own(tokenize(before[since.start() + len("since") :]))
                    and _COUNT_IN_CLAUSE.search(clause_before(before[: since.start()])))
    return _in_the_since_clause(_COUNT_IN_CLAUSE, sentence, before, date_end)


def _in_the_since_clause(pattern: re.Pattern[str], sentence: str, before: str, date_end: int) -> bool:
    """Whether `pattern` is found in the clause "since <date>" belongs to: told before the date,
    or after it when "since <date>" opens the clause."""
    return (pattern.search(clause_before(before)) is not None
            or pattern.search(_clause_a_since_opens(sentence, before, date_end)) is not None)


def _clause_a_since_opens(sentence: str, before: str, date_end: int) -> str:
    """The clause after the date when "since <date>" opens it ("Since 2000, the industry has ...",
    "says that since 1995, miners have ..."), else ""."""
    lead = before.strip(" \"'“‘").lower().rstrip().removesuffix("since").strip()
    if lead and _CLAUSE_OPENING_WORD.search(lead) is None:
        return ""
    return re.split(r"[.;:]", sentence[date_end:])[0]


# A change that has gone on ("fares have risen sharply", "bookings have been falling", "the
# sector has been on the climb"): what it tells since a date is a trend, not that day's happening
# ("the port has been closed since Sunday" tells the closing, on Sunday).
_TREND_IN_CLAUSE = re.compile(
    r"\b(?:has|have|had)\s+(?:been\s+(?:rising|falling|climbing|dropping|increasing|decreasing|declining|growing"
    r"|slipping|sliding|gaining|losing|improving|worsening)\b|been\s+on\s+the\s+(?:rise|climb|mend|decline|wane)\b"
    r"|(?:risen|fallen|climbed|dropped|increased|decreased|declined|grown|doubled|tripled|soared|plunged|slumped"
    r"|jumped|surged|rallied|gained|slipped|tumbled|dipped|eased|rebounded|recovered)\b)", re.IGNORECASE)


def _trend_since(sentence: str, before: str, date_end: int) -> bool:
    """"since" right before the date and a change that has gone on in its clause, told before the
    date or, when the date opens the sentence, after it ("Since May, fares have doubled")."""
    return (SINCE_RIGHT_BEFORE.search(before) is not None
            and _in_the_since_clause(_TREND_IN_CLAUSE, sentence, before, date_end))


_SPAN_OPENER_BEFORE_DATE = GuardedPattern(SPAN_OPENER, "from", "between")
# the span's second date follows: a year, or a month or day name with its day and year
_SPAN_END_AFTER_DATE = re.compile(
    r"\s*(?:to|through|thru|until|till|and|[-–—])\s*(?:the\s+end\s+of\s+|mid-?|early\s+|late\s+)?"
    r"(?:\d{1,4}|(?-i:[A-Z])[a-z]+\.?)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?(?!\w)",
    re.IGNORECASE)


# A count of things: a figure before a word, an amount of money, a share, a count in words
# ("17,000 barrels", "$4m", "12%", "eight times"); not a name holding digits ("the 49ers").
_COUNTS = re.compile(r"(?<![\w,.])(?:[$£€]\d[\d,.]*|\d[\d,.]*(?:\s*%|\s*(?:[mb]n|bn)\b|\s+[a-z]+))|" + _COUNT_WORDS,
                     re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[;:]|,(?!\d)")  # (not a figure's own comma: "17,000")


# A span of days is a happening's own time ("Thousands protested from June 1 to June 3"); one of months
# or years, with a count, a tally over it.
_A_DAY_OR_WEEKDAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b|day\b", re.IGNORECASE)
_A_RATE = re.compile(r"\s+(?:a|an|per|each)\s+(?:day|week|month|year|hour)\b", re.IGNORECASE)


def _counts_what_was_done(clause: str) -> bool:
    """Whether a count stands after the clause's verb, as what was done ("spills totaled 17,000
    barrels", "there were 700 fires"); not its subject ("Some 5,000 troops occupied the city", "Flight
    93 flew") nor a rate ("leaked 60,000 barrels a day")."""
    tokens = tokenize(clause)
    verb = first_verb(tokens)
    after = clause[tokens[verb].end :] if verb is not None else ""
    return any(not _A_RATE.match(after, found.end()) for found in _COUNTS.finditer(after))


def _clause_of(sentence: str, start: int, end: int) -> str:
    """The clause around sentence[start:end]: from the last clause mark before it to the first after."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, start)]
    after = _CLAUSE_MARK.search(sentence, end)
    return sentence[marks[-1] if marks else 0 : after.start() if after else len(sentence)]


def _clause_of_span(sentence: str, span_start: int, span_end: int) -> str:
    """The clause a span of dates ends, up to the span ("spills totaled 17,000 barrels [from 1969 to
    2007]"); or, when the span opens it, the clause after ("From 1969 to 2007, spills totaled ...")."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, span_start)]
    clause_start = marks[-1] if marks else 0
    opener = _SPAN_OPENER_BEFORE_DATE.search(sentence[clause_start:span_start])
    before = sentence[clause_start : clause_start + (opener.start() if opener else span_start - clause_start)]
    if before.strip(" \"'“‘"):
        return before
    after = _CLAUSE_MARK.search(sentence, span_end)
    if after is None:
        return ""
    end = _CLAUSE_MARK.search(sentence, after.end())
    return sentence[after.end() : end.start() if end else len(sentence)]


_CLAUSE_OPENING_WORD = re.compile(r"(?:^|[\s,;])(?:that|and|but)$")


def _past_clause(text: str) -> bool:
    """A clause of its own, in the past, tells its happening: "the first trip since he won a third
    term last month" ("the first vote since the revolution is to take place": the verb is the main
    clause's)."""
    tokens = tokenize(text)
    verb = first_verb(tokens)
    return verb is not None and (_is_past(tokens[verb].lower) or tokens[verb].lower in ("was", "were", "had"))


def _is_past(word: str) -> bool:
    return word in IRREGULAR_PAST or word.endswith("ed")


def _since_a_thing_holding_the_date(tail: str) -> bool:
    """"Since its inception at the end of 1999, the charity has ...": "since", a noun phrase
    holding the date and no verb of its own."""
    found = _SINCE_PHRASE_BEFORE_DATE.search(tail)
    if found is None:
        return False
    return _no_verb_of_its_own(tokenize(found.group("phrase")))


def _no_verb_of_its_own(words: list[Token]) -> bool:
    """Whether the words after "since" are a noun phrase, no clause: no verb, and no past form
    after the noun ("since the storm hit on Tuesday" is a clause, "hit" its verb)."""
    # (a name's "-ed" is no verb: "since the Red Cross appeal on April 20")
    return first_verb(words) is None and not any(_is_past(w.lower) for w in words[1:] if not w.is_capitalised)


def _in_a_descriptive_aside(sentence: str, date_start: int, date_end: int) -> bool:
    """"the Saints, winners of the Superbowl in February, held a rally": the date sits in a
    noun phrase between commas that describes the subject; the clause's verb comes after it
    and is no happening of that date. An adverbial between commas ("On Monday, ...", "in
    the north on Friday,") opens with a preposition and still dates its clause."""
    opening = sentence.rfind(",", 0, date_start)
    closing = sentence.find(",", date_end)
    if opening <= 0 or closing < 0:
        return False
    aside = tokenize(sentence[opening + 1 : closing])
    words = [t for t in aside if t.is_word]
    if len(words) < 3 or words[0].lower in ASIDE_NOT_DESCRIBING or first_verb(aside) is not None:
        return False
    if any(t.lower.endswith(("ing", "ed")) for t in words[:2]):
        return False  # "Rescuers, working through the night on Monday, found ...": the subject's own act
    if not words[0].text[:1].isalpha() or not sentence[:opening].strip()[-1:].isalpha():
        return False  # a list or an aside after a number, not a noun's description
    following = tokenize(sentence[closing + 1 :])
    return first_verb(following[:4]) == 0


def _compares_an_amount(sentence: str, date_start: int, date_end: int) -> bool:
    return bool(_COMPARATIVE_START.match(sentence, date_start, date_end)
                and _AMOUNT_BEFORE.search(sentence[:date_start]))


def _superlative_in(text: str) -> bool:
    words = [w.lower() for w in WORD.findall(text)][-_COMPARISON_REACH:]
    return any(
        w in ("most", "least", "worst", "best", "first")
        or (len(w) >= 5 and w.endswith("est") and w not in _NOT_SUPERLATIVES)
        for w in words
    )


