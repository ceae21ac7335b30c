"""Whether a headline names the dated happening or only an act that points to it: "compared the
strike to the 1984 walkout" (the walkout is 1984's, the comparing is today's), "backing away from
a forecast that output would double by next week". Such a headline is only a rough name for the
date's happening. Part of the headline maker (events/headline.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile

from timeline.events.clause_chunks import DETERMINERS, PARTICLES, Token, first_verb, is_verb
from timeline.events.headline_common import DETERMINERS_AND_PREPOSITIONS, Headline
from timeline.events.headline_tokens import NOUN_PHRASE_OPENERS
from timeline.events.word_lists import (
    AUXILIARIES,
    CALENDAR_WORDS,
    IRREGULAR_PARTICIPLES,
    REPORTING_VERBS,
    is_passive_participle,
    word_list,
)
from timeline.extract.tense import is_past_form


def marked_if_of_a_dated_thing(headline: Headline, words: list[Token], tokens: list[Token],
                                date_at: int) -> Headline:
    """"The mayor angered unions by comparing the strike to the 1984 walkout", "has stood idle
    since the 2005 blast", "released part of an April inspection report", "postponed the June 30
    vote": the date qualifies a noun that a preposition (or a verb) leads to, and the clause the
    headline tells (which holds that preposition, or is another clause) acts at another time than
    that dated thing's: a preposition of another time ("since", "after"), a verb that points back
    ("compared to", "referring to", "related to") or ahead ("postponed", "awaiting"), or a dated
    document ("a 9 May memo"). Not the same time ("marched to the 1 May
    rally", "died in the 2010 quake", "on the final day of the 2008 games"), nor a dated noun that
    is the clause's own subject or object ("The May 9 report found ...", "won the 2008 election")."""
    if headline.rough or date_at < 2 or date_at >= len(tokens):
        return headline
    noun, determiner, preposition = tokens[date_at], tokens[date_at - 1], tokens[date_at - 2]
    named_event = noun.is_capitalised and determiner.lower == "the"  # ("the 2012 Games", "the 2010 World Cup")
    if (not (noun.is_word and (noun.text.islower() or named_event) and not is_verb(noun, determiner))
            or noun.lower in CALENDAR_WORDS):
        return headline  # (a date's own noun: "on the Friday morning")
    if not (determiner.lower in _DATED_NOUN_OPENERS or determiner.text.endswith(("'s", "’s"))):
        return headline
    if preposition.lower == "of" and date_at >= 3 and tokens[date_at - 3].lower in _PARTS_OF_A_TIME:
        return headline  # "at the start of the 2009 season": a part of the dated time, the act's own
    leading = tokens[max(0, date_at - 2 - _POINTING_REACH) : date_at - 2]
    named = [t.lower for t in takewhile(lambda t: t.is_word and t.text.islower(), tokens[date_at : date_at + 3])]
    pointed = not _DOCUMENTS.isdisjoint(named) or _points_back(leading, preposition.lower)
    # ("investigating the April 22 blast", "are examining the 2005 crash": a verb that looks back at its
    # dated object acts at another time, as "since" does)
    leads_elsewhere = (preposition.lower in _OTHER_TIME_PREPOSITIONS
                       or _LOOKING_BACK.match(preposition.lower) is not None
                       or _LOOKING_AHEAD.match(preposition.lower) is not None)
    if not leads_elsewhere and not (preposition.lower in _LEADING_PREPOSITIONS and pointed):
        return headline
    told = {(t.start, t.end) for t in words}
    if (preposition.start, preposition.end) not in told and (noun.start, noun.end) in told:
        return headline  # the headline is the dated thing's own clause ("the blast that ...")
    return replace(headline, rough=True)


def _points_back(before: list[Token], preposition: str) -> bool:
    """Whether the word that heads the preposition points back: the nearest pointing word before it,
    with no verb between ("comparing the spill to", "in advance of"), not a verb of the act itself
    ("gathered for", "rushed to")."""
    if before and before[-1].lower in _POINTING_RIGHT_BEFORE and preposition in ("of", "to"):
        return True  # "ahead of the Sunday final", "in the wake of the 2005 blast" (not "went ahead with")
    for at in range(len(before) - 1, -1, -1):
        word = before[at]
        if word.lower in _POINTING_WORDS:
            return True
        if is_verb(word, before[at - 1] if at else None):
            return False
    return False


_DATED_NOUN_OPENERS = NOUN_PHRASE_OPENERS - {"this", "that"}  # ("this 2010 report" names it outright)
# Prepositions that always lead to another time than the act's ("since the 2005 blast").
_OTHER_TIME_PREPOSITIONS = frozenset({"since", "after", "before", "until", "than", "like", "unlike", "about",
                                      "against", "following"})
# Prepositions that lead to another time only after a word that points back ("compared to", "the
# anniversary of", "related to"), or to a dated document ("referred AP to an Oct. 8 report"); else
# they may be the act's own time ("marched to the 1 May rally", "gathered for the parade").
_LEADING_PREPOSITIONS = frozenset({"to", "on", "of", "for", "with", "over", "into", "toward", "towards", "from",
                                   "under", "despite"})
_POINTING_REACH = 6
_POINTING_WORDS = frozenset({
    "compare", "compares", "compared", "comparing", "comparison", "liken", "likens", "likened", "likening", "refer",
    "refers", "referred", "referring", "reference", "pointing", "pointed", "relate", "relates", "related",
    "relating", "linked", "link", "links", "blame", "blamed", "blames", "blaming", "charged", "accused", "ruled",
    "appeal", "appealed", "appealing", "anniversary", "memories", "memory", "lessons", "reminiscent", "echoes",
    "prior", "described", "describes", "recalled", "recalls", "recalling", "cited", "citing", "apologised",
    "apologized", "investigation", "inquiry", "probe", "aftermath", "legacy", "cost", "costs", "run-up", "lead-up",
    "build-up", "preparation", "preparations", "preparing", "remains", "advance", "run", "connection", "fallout",
    "countdown", "approach",
    "consequences", "impact", "recovery", "recovering",
})
_POINTING_RIGHT_BEFORE = frozenset({"ahead", "wake", "eve"})
# Verbs whose object is a past thing looked back at, not done then ("investigating the 2005 blast").
_LOOKING_BACK = re.compile(
    r"(?:investigat|examin|prob|stud|review|discuss|recall|remember|commemorat|analys|analyz|revisit|mourn|recount)"
    r"(?:e|es|ed|ing|y|ies|ied)?$")
# Verbs whose object is a planned thing acted on before its day ("postponed the June 30 vote",
# "awaiting the 2012 ruling"): the act is not on the thing's date.
# ("delayed the June 14 launch by a day" is left alone: a delay is often told on the thing's own day)
_LOOKING_AHEAD = re.compile(
    r"(?:postpon(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|reschedul(?:e|es|ed|ing)"
    r"|scrap(?:s|ped|ping)?|await(?:s|ed|ing)?|anticipat(?:e|es|ed|ing))$")
# Things named by the day they were written or made, or that they set: what is done with them is at
# another time ("settled on a 11 May launch date").
_DOCUMENTS = frozenset({
    "report", "reports", "memo", "memos", "letter", "letters", "study", "paper", "survey", "document",
    "documents", "audit", "review", "filing", "assessment", "analysis", "email", "e-mail", "emails", "note",
    "article", "book", "census", "interview", "testimony", "law", "ruling", "order", "contract", "plan", "date",
    "deadline",
})
_PARTS_OF_A_TIME = frozenset({"beginning", "start", "end", "middle", "close", "height", "course", "opening", "day",
                              "days", "night", "nights", "quarter", "half", "round", "final", "sidelines", "week",
                              "weekend", "morning", "evening", "afternoon", "hours"})


def marked_if_dating_a_noun_after_another_time(headline: Headline, words: list[Token], tokens: list[Token],
                                                date_at: int, date_text: str) -> Headline:
    """"the first good news since that devastating spill in the Gulf last April", "sales have halved
    after the blast in March": the date ends a noun phrase that "since" leads to (or "after",
    "before", when the date names no day), with no verb between; it dates that
    thing, and the headline's act is at another time (as marked_if_of_a_dated_thing finds for
    "since the April blast"). ("Shares fell after the report on Monday" fell on Monday: news puts
    its own day last; and "after"/"before" only for a state told now, see below.)"""
    if headline.rough or date_at < 3:
        return headline
    for k in range(date_at - 1, max(-1, date_at - 1 - _DATED_PHRASE_REACH), -1):
        token = tokens[k]
        if token.lower == "since" or token.lower in ("after", "before"):
            phrase = tokens[k + 1 : date_at]
            if len(phrase) < 2 or not (phrase[0].lower in DETERMINERS or phrase[0].text.islower()):
                return headline  # ("since late April": the span's own start, no noun between)
            told_before = [t for t in words if t.end <= token.start]
            if first_verb(told_before) is None:
                return headline  # the headline is the phrase's own ("After the blast on Monday, ...")
            # "after"/"before" a month's or a year's thing: another time only for a state the headline
            # tells now ("sales have halved after the blast in March"); "The minister resigned after the
            # vote in May" resigned in May
            if token.lower != "since" and (_A_DAY_OR_WEEK.search(date_text)
                                           or not any(t.lower in _PRESENT_OR_PERFECT for t in told_before)):
                return headline
            return replace(headline, rough=True)
        if not token.is_word or token.text in _CLAUSE_ENDS or is_verb(token, tokens[k - 1] if k else None):
            return headline
    return headline


_DATED_PHRASE_REACH = 10  # words from "since" to a date that ends its noun phrase
_PRESENT_OR_PERFECT = frozenset({"has", "have", "is", "are", "remains", "remain", "stands", "stand"})


def marked_if_dated_by_a_participle(headline: Headline, words: list[Token], tokens: list[Token],
                                    date_at: int, date_text: str) -> Headline:
    """"The senator took up an idea mooted by a think tank in June", "broke its own record set in
    2008": the date ends a participle phrase that describes a noun after the headline's verb (a
    reduced relative clause); the dated act is the participle's (the mooting, the setting), not
    the headline's (the taking up, the breaking). Not the participle of the headline's own verb
    ("was closed on Monday", "has reopened"), nor one describing the subject ("A ferry sunk in 1942
    was raised"), nor a second clause's verb ("Exports fell and prices soared in 2009": "prices"
    opens no noun phrase of an object), nor one that reports a document or figures, whose day the
    headline's act most often shares ("welcomed figures released on Monday"). Nor a date that names
    a day ("Crews reopened the road closed by the flood on Monday", "... on 14 June"): news tells
    what it reports by its day, while a year or a month is more often the described thing's."""
    if headline.rough or date_at < 2 or _A_DAY_OR_WEEK.search(date_text):
        return headline
    end = date_at
    if tokens[end - 1].lower == "by" or tokens[end - 1].lower in _PARTICIPLE_PARTICLES:
        return headline  # (the date is the agent's or the particle's own: nothing between to read)
    stop = next((k for k in range(end - 1, max(0, end - 1 - _AGENT_REACH) - 1, -1)
                 if tokens[k].lower == "by" or not tokens[k].is_word or is_verb(tokens[k], tokens[k - 1])), None)
    if stop is not None and tokens[stop].lower == "by":
        end = stop  # "mooted by a think tank [in June]": the agent between
    participle = end - 1
    if participle >= 1 and tokens[participle].lower in _PARTICIPLE_PARTICLES:
        participle -= 1  # "set up [in 2008]"
    if participle < 2:
        return headline
    verb, noun = tokens[participle], tokens[participle - 1]
    # a common noun ("an idea mooted"), or an amount ("a record of $10m set"); not a name ("Ann Lee
    # said in June": a subject and its verb), an adverb ("was badly hit") or a preposition
    described = ((noun.is_word and noun.text.isalpha() and noun.text.islower() and not noun.lower.endswith("ly"))
                 or noun.text[:1] in "$£€#" or noun.text[:1].isdigit())
    # (the past-form reader also knows past cues, "ago" and "earlier": a participle ends in -ed or is irregular)
    if (not ((verb.lower.endswith("ed") and is_past_form(verb.lower))
             or (not verb.lower.endswith("ed")
                 and (is_passive_participle(verb.lower) or verb.lower in IRREGULAR_PARTICIPLES)))
            or verb.lower in _NO_DESCRIBING_PARTICIPLE or not described or noun.lower in _NO_DESCRIBED_NOUN
            or is_verb(noun, tokens[participle - 2]) or not _in_an_object_phrase(tokens, participle - 1)):
        return headline
    told_before = [t for t in words if t.end <= noun.start]
    verb_before = first_verb(told_before)
    if verb_before is None or not any(t.start >= noun.start for t in words):
        return headline  # the noun is the subject, or the headline ends before it
    if any(t.text in _CLAUSE_ENDS for t in tokens if told_before[verb_before].end <= t.start < noun.start):
        return headline  # another clause between ("..., the minister said"; "is sinking, and crews ...")
    return replace(headline, rough=True)


def _in_an_object_phrase(tokens: list[Token], noun: int) -> bool:
    """Whether the noun ends a noun phrase that a determiner, a possessive or "of" opens ("an idea",
    "its own previous record of $10m", "the wreck of a tanker"), or that is a verb's bare object
    ("lifted sanctions"); not a clause's bare subject ("and prices [soared]", "sales rose and
    profits [doubled]")."""
    for k in range(noun - 1, max(-1, noun - 1 - _OBJECT_PHRASE_REACH), -1):
        word = tokens[k].lower
        if word in DETERMINERS or word == "of" or tokens[k].text.endswith(("'s", "’s")):
            return True
        if not tokens[k].is_word or word in _CLAUSE_JOINERS:
            return False
        if is_verb(tokens[k], tokens[k - 1] if k else None):
            return True  # the verb's bare object
    return False


# Participles past the list the headline style knows (word_lists.PAST_PARTICIPLES, whose passives lose their
# "was": "Acme was given leave" keeps it there)
_OBJECT_PHRASE_REACH = 4
# (what joins two clauses: before it, a bare noun is the next clause's subject)
_CLAUSE_JOINERS = word_list("chunks", "clause_joins") | {"though"}
_A_DAY_OR_WEEK = re.compile(r"day\b|night|morning|evening|afternoon|tomorrow|week|\b\d{1,2}(?:st|nd|rd|th)?\b",
                            re.IGNORECASE)
_AGENT_REACH = 5  # words of the agent between "by" and the date ("by the Royal Navy")
_PARTICIPLE_PARTICLES = (PARTICLES - {"away"}) | {"over"}  # ("set up", "called off", "taken over")
# Participles that name a document's or a figure's coming out, or a plan's making: what is done with it is
# most often that day's too.
_RELEASED_OR_PLANNED = frozenset({"released", "published", "issued", "announced", "reported", "unveiled", "posted",
                                  "filed", "submitted", "presented", "delivered", "sent", "received", "signed",
                                  "agreed", "approved", "scheduled", "planned", "expected"})
# (built once: read for every date a participle may describe)
_NO_DESCRIBING_PARTICIPLE = _RELEASED_OR_PLANNED | REPORTING_VERBS | AUXILIARIES
# Words before a past form that make it a verb of a clause, not a participle describing a noun: an
# auxiliary, a determiner or preposition, a reporting verb, a calendar word, a pronoun or a joiner.
_NO_DESCRIBED_NOUN = AUXILIARIES | DETERMINERS | REPORTING_VERBS | DETERMINERS_AND_PREPOSITIONS | CALENDAR_WORDS \
    | frozenset({"and", "or", "but", "that", "which", "who", "it", "he", "she", "they", "we", "i", "you", "not",
                 "never", "also", "then", "later", "first", "get", "got", "gets", "getting", "to", "just", "already",
                 "still", "now", "only", "even", "ever", "since", "once", "again", "period"})


def marked_if_of_a_noun_clause(headline: Headline, words: list[Token], tokens: list[Token], date_at: int) -> Headline:
    """"The firm is backing away from a forecast that output would double by next week", "Crews
    found the boat that sank on Monday": the date is in a clause that a noun of the headline's
    predicate opens with "that", and that clause tells what may yet be (a forecast's, a hope's, a
    modal's) or is a relative clause; the dated act is that clause's (the doubling,
    the sinking), not the headline's (the backing away, the finding), so the headline is only a
    rough name for it. Not news greeted as it came ("welcomed the news that the merger was approved
    on Friday"), a clause of the subject ("The storm that hit on Monday killed 20"), nor what a verb
    says ("said that ...")."""
    if headline.rough:
        return headline
    that = next((i for i in range(min(date_at, len(tokens)) - 1, 0, -1)
                 if tokens[i].lower == "that" or tokens[i].text in _CLAUSE_ENDS), None)
    if that is None or tokens[that].lower != "that" or that + 1 >= len(tokens):
        return headline
    noun, following = tokens[that - 1], tokens[that + 1]
    lead = tokens[that - 2] if that > 1 else None
    if not (noun.is_word and noun.text.islower() and noun.lower not in _NOT_NOUNS_BEFORE_THAT
            and not is_verb(noun, lead) and (lead is None or lead.lower not in _AUXILIARIES_AND_TO)):
        return headline  # (a verb after its auxiliary: "has forecast that", "went on to remark that")
    clause = tokens[that + 1 : date_at]
    verb = first_verb(clause)
    if following.lower in CALENDAR_WORDS or verb is None:
        return headline  # ("that day"; a clause whose verb comes after the date: judged by others)
    if (noun.lower in _FACT_NOUNS and not any(t.lower in _MODALS for t in clause)
            and any(t.lower in _GREETING_VERBS for t in tokens[max(0, that - 5) : that - 1])):
        return headline  # news greeted as it came: "welcomed the news that the merger was approved on Friday"
    before_that = [t for t in words if 0 <= t.end <= tokens[that].start]
    if first_verb(before_that) is None or any(
            t.lower in REPORTING_VERBS and not (k and before_that[k - 1].lower in DETERMINERS)
            for k, t in enumerate(before_that)):
        return headline  # (what was told: "told AFP news agency that aid had to arrive by Thursday")
    spans_the_that = any(t.start == tokens[that].start for t in words)
    if not spans_the_that and any(t.start > tokens[that].start for t in words):
        return headline  # the clause's own act, its "that" gone: "a unit that arrived on Monday" -> "Unit arrived"
    return replace(headline, rough=True)


_CLAUSE_ENDS = frozenset(",;:()[]")
_AUXILIARIES_AND_TO = AUXILIARIES | {"to"}
# Words before "that" that are no noun: "so that", "now that", "given that", "such that".
_NOT_NOUNS_BEFORE_THAT = frozenset({"so", "now", "such", "given", "except", "provided", "than", "but", "and",
                                    "or", "all", "only", "just", "even", "fact"})
# Verbs that greet a fact as it comes: its date is that of the greeting too ("presented evidence
# that the defendant bought a gun on 3 May" is no such greeting).
_GREETING_VERBS = frozenset({"welcomed", "welcomes", "welcome", "cheered", "cheers", "hailed", "hails", "greeted",
                             "greets", "celebrated", "celebrates", "confirmed", "confirms", "reacted", "reacts",
                             "applauded", "applauds", "received", "receives"})
_MODALS = frozenset({"would", "will", "could", "might", "may", "should", "can", "shall", "must"})
# Nouns whose "that" clause tells a fact: the headline that holds it names the dated act too
# ("welcomed the news that the merger was approved"). Other nouns' clauses tell what may yet be
# ("a forecast that output would double") or are relative clauses ("the cap that engineers lowered").
_FACT_NOUNS = frozenset({
    "news", "evidence", "fact", "facts", "testimony", "revelation", "revelations", "proof", "sign", "signs",
    "indication", "indications", "confirmation", "finding", "findings", "knowledge", "admission", "discovery",
    "word", "reminder", "disclosure", "disclosures", "announcement", "realisation", "realization", "reports",
    "report",
})
# Nouns whose "that" opens what they say, not a relative clause ("a forecast that output would double").
CONTENT_CLAUSE_NOUNS = _FACT_NOUNS | frozenset({
    "forecast", "forecasts", "prediction", "predictions", "odds", "hope", "hopes", "fear", "fears", "warning",
    "warnings", "claim", "claims", "proposal", "proposals", "promise", "promises", "pledge", "pledges",
    "expectation", "expectations", "chance", "chances", "possibility", "risk", "speculation", "rumour", "rumours",
    "rumor", "rumors", "suggestion", "suggestions", "assumption", "belief", "estimate", "estimates", "projection",
    "projections", "worry", "worries", "concern", "concerns", "threat", "threats", "bet", "guess", "prospect",
    "prospects", "likelihood", "probability", "assurance", "assurances", "allegation", "allegations", "charge",
    "charges", "accusation", "accusations", "idea", "view", "notion", "argument", "conclusion", "statement",
})
