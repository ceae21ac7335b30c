"""Step 1 of the headline (events/headline.py): the sentence's tokens without the date phrase
and what only leads to it ("on", "at least", "over the"), another day joined to it ("or
Friday"), and the asides that stand between a subject and its verb: a short bracketed gloss
("(8km)"), an appositive (", Hedi Annabi,", ", a spokeswoman for the agency,"), a relative
clause (", who set up a charity,"); a parenthesised acronym takes the place of its name.
"""

from __future__ import annotations

import re

from timeline.events.clause_chunks import NAMING_PARTICIPLES, Token, first_verb, is_verb, tokenize
from timeline.events.headline_common import (
    ARTICLES,
    BE_FORMS,
    BOUNDING_PREPOSITIONS,
    CLOCK_WORDS,
    DASHES,
    DATE_PREPOSITIONS,
    MAX_APPOSITIVE,
    OWNER_PRONOUNS,
    PERSON_ROLES,
    TRAILING,
    is_ly_adverb,
)
from timeline.events.word_lists import CALENDAR_WORDS, DROPPED_ADVERBS, REPORTING_VERBS
from timeline.extract.vocabulary import NUMBERS, ZONE_REGIONS

_ROUGH_COUNTS = frozenset({"two", "three", "so"})
_COUNTED_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "hour",
                            "hours"})


def tokens_without_date(sentence: str, date_start: int, date_end: int) -> tuple[list[Token], int, int | None]:
    """The tokens without the date phrase, where it stood, and where a kept "until <date>" starts."""
    tokens = _without_doubled_words(tokenize(sentence), date_start, date_end)
    before = [t for t in tokens if t.end <= date_start]
    inside = [t for t in tokens if t.start < date_end and t.end > date_start]
    after = [t for t in tokens if t.start >= date_end]
    if before and before[-1].lower in BOUNDING_PREPOSITIONS:
        kept = [*before, *inside]
        return [*kept, *after], len(kept), len(before) - 1
    if _after_a_spending_verb(before):
        # "will spend [the weekend] trying to cap the well": the date is the verb's object
        kept = [*before, *inside]
        return [*kept, *after], len(kept), len(before)
    if inside and inside[0].lower in BOUNDING_PREPOSITIONS:
        kept = [*before, *inside]
        return [*kept, *after], len(kept), len(before)
    noun_follows = bool(after and inside and after[0].is_word and after[0].text.islower()
                        and not is_verb(after[0], inside[-1]) and after[0].lower not in TRAILING
                        and after[0].lower not in _AFTER_A_DATE)
    # "won gold at the [2008] Olympics": an event's name after the date keeps its article too
    noun_follows = noun_follows or bool(after and before and before[-1].lower == "the" and after[0].is_capitalised
                                        and after[0].is_word)
    qualifies_a_noun = noun_follows and inside[0].lower == "the"
    if qualifies_a_noun:
        # "died in the 12 January earthquake": the date qualifies a noun; its article stays
        before = [*before, Token(inside[0].text, inside[0].start, inside[0].end)]
    before, after = _without_joined_days(before, after)
    possessive = sentence[date_end : date_end + 2] in ("'s", "’s") or sentence[date_end - 2 : date_end] in ("'s", "’s")
    if not (before and before[-1].lower == "over" and inside and inside[0].lower == "on"):
        # (not "declared the mission over [on Tuesday]"; nor "avoided starting [Sunday]'s race")
        # (nor an aside's opener: "The program, starting [Monday], offers ...")
        aside = len(before) > 1 and before[-2].text == "," and bool(after) and after[0].text == ","
        before = _without_date_lead(before, span_opens=not possessive and not aside
                                    and not (after and after[0].lower == "of"))
    if after and after[0].text == "," and before and before[-1].lower in NOUN_PHRASE_OPENERS:
        after = after[1:]  # "cited a [Dec. 23, 2009], North Sea incident": the date sat inside the noun phrase
        # "died in the [June 4, 2001,] blast": its article and preposition stay ("in the [winter],
        # says Lee" is no such noun phrase: a year closes the date and no verb follows)
        noun_follows = noun_follows or bool(inside and inside[-1].text.isdigit() and after
                                            and after[0].is_word and not is_verb(after[0]))
    # "weakened by last week's quake": the preposition leads to the quake, not to the date.
    popped = inside[0].lower if inside else ""  # ("back [in May]": the date phrase may hold its "in")
    opening = popped
    while before and not possessive and (
        before[-1].lower in DATE_PREPOSITIONS
        # "by late [on Wednesday]", "washed up late [Friday]": "late" leads the day, not "arrived late [in May]"
        or (before[-1].lower == "late" and _late_leads_the_date(before, popped, opening))
        # "for the [rest of this year]": an article the date phrase began with, stranded
        or (not noun_follows and before[-1].lower == "the" and len(before) > 1
            and before[-2].lower in DATE_PREPOSITIONS)
    ):
        if before[-1].lower == "back" and popped != "in":
            break  # "fired back on Thursday": the verb's particle ("back in May" leads a date)
        if before[-1].lower == "over" and popped == "on":
            break  # "declared the mission over on Tuesday": no date phrase opens "over on"
        if before[-1].lower == "on" and popped in _SPAN_PREPOSITIONS:
            break  # "had been going on since Wednesday": the verb's particle ("on" leads no "since")
        popped = before.pop().lower
    if after and after[0].text in ("'s", "’s"):
        after = after[1:]
    if after and after[0].lower == "alone" and (not before or popped == "in"):
        after = after[1:]  # "in the first quarter alone", "In 2008 alone,": it qualifies the date, gone with it
    if (len(after) > 1 and after[0].lower == "or" and after[1].lower in _ROUGH_COUNTS and inside
            and inside[-1].lower in _COUNTED_UNITS and (len(after) == 2 or not after[2].is_word)):
        after = after[2:]  # "in the next day or two": the rough count belongs to the date
    if (len(after) > 1 and _CLOCK_READING.fullmatch(after[0].text) and after[1].lower in CLOCK_WORDS
            and after[1].lower not in ("am", "pm")):
        after = after[1:]  # "Sunday 20 June 2010 [20.22] BST": a page's stamp, its time with the day
    if _is_clock(inside) or (after and (after[0].lower in CLOCK_WORDS or after[0].lower == "local")):
        after = _without_rest_of_the_moment(after)
    before = _without_additions(_without_appositives(_without_dash_asides(_without_brackets(_with_acronyms(before)))))
    after = _without_additions(_without_appositives(_without_dash_asides(_without_brackets(_with_acronyms(after)))))
    return [*before, *after], len(before), None


# Words a typo doubles ("Allen said said in an interview", "the the"), which English never says
# twice in a row ("had had", "that that" it does)
_NEVER_DOUBLED = REPORTING_VERBS | {"the", "a", "an", "to", "of", "in", "on", "at", "and", "for", "with", "by", "from",
                                    "was", "were", "are", "has", "have", "will", "he", "she", "they", "we", "it"}


def _without_doubled_words(tokens: list[Token], date_start: int, date_end: int) -> list[Token]:
    """The tokens with a typo's doubled word said once (outside the date phrase, which stays whole)."""
    return [token for at, token in enumerate(tokens)
            if not (at and token.lower in _NEVER_DOUBLED and token.lower == tokens[at - 1].lower
                    and token.text.islower() and (token.end <= date_start or token.start >= date_end))]


_CLOCK_READING = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
MAX_ADDITION_WORDS = 5  # ", as well as [their families]": what an addition adds
# Where what "as well as" adds ends: the clause goes on ("as well as dependents to leave Haiti").
_AFTER_AN_ADDITION = frozenset({"to", "in", "on", "at", "from", "for", "into", "with", "by", "and", "or", "that",
                                "which", "who", "so", "but"})


def _without_additions(tokens: list[Token]) -> list[Token]:
    """", as well as their families," dropped, so the clause meets what follows it: "ordered 80
    staff, as well as their families, to leave" -> "ordered 80 staff to leave" (the headline
    keeps the act, not its second object). Only a short noun phrase after a comma."""
    result = list(tokens)
    for at in range(len(result) - 4, -1, -1):
        if result[at].text != "," or [t.lower for t in result[at + 1 : at + 4]] != ["as", "well", "as"]:
            continue
        end = at + 4
        while (end < len(result) and end - at - 4 < MAX_ADDITION_WORDS and result[end].is_word
               and result[end].lower not in _AFTER_AN_ADDITION and not is_verb(result[end], result[end - 1])):
            end += 1
        if end == at + 4 or (end < len(result) and result[end].is_word and result[end].lower not in _AFTER_AN_ADDITION):
            continue  # (nothing added, or more than a short noun phrase: the loop stopped inside it)
        if end < len(result) and result[end].text == ",":
            end += 1  # the aside's closing comma
        del result[at:end]
    return result


def _is_clock(inside: list[Token]) -> bool:
    """"3 p.m.", "10:15", "noon": the date phrase took a time of day."""
    if any(t.lower in ("noon", "midnight") for t in inside):
        return True
    numbered = any(t.text[:1].isdigit() for t in inside)
    return numbered and any(t.lower in CLOCK_WORDS or ":" in t.text or "." in t.text for t in inside)


def _without_rest_of_the_moment(after: list[Token]) -> list[Token]:
    """"at 3 p.m. [local time (2000 GMT) on Thursday]": the zone, the converted time and the day
    of a clock time the date phrase took are the same moment, nothing the headline tells."""
    while after and after[0].lower in CLOCK_WORDS and after[0].lower not in ("am", "pm"):
        after = after[1:]  # "at around midnight [GMT]"
    if len(after) > 1 and after[0].lower == "local" and after[1].lower == "time":
        after = after[2:]
    zone = 1
    while zone < min(len(after), 3) and after[zone].lower in ("daylight", "standard"):
        zone += 1
    if after and after[0].lower in _ZONE_REGIONS and zone < len(after) and after[zone].lower == "time":
        after = after[zone + 1 :]  # "at 3:25 p.m. [Eastern time]", "[Pacific Daylight Time]"
    after = _without_brackets(after)  # "(2000 GMT)"
    # "... on Tuesday morning", "on June 3", "Eastern time Thursday": the day the time was read on
    if len(after) > 1 and after[0].lower == "on" and _is_day_word(after[1]):
        end = 1
        while end < len(after) and (_is_day_word(after[end]) or after[end].text[:1].isdigit()):
            end += 1
        return after[end:]
    end = 0
    # (without "on", only the day's words: "at 9 a.m. Monday [300 miles away]" keeps its number)
    while end < len(after) and after[end].lower in CALENDAR_WORDS and after[end].text[:1].isupper():
        end += 1
    return after[end:]


_ZONE_REGIONS = frozenset(ZONE_REGIONS)

_SPENDING_VERBS = frozenset({"spend", "spends", "spent", "spending"})


def _after_a_spending_verb(before: list[Token]) -> bool:
    """"spend [the weekend]", "spend Wednesday and [Thursday]": back over the days joined before it."""
    index = len(before) - 1
    while index >= 1 and (before[index].lower in _DAY_JOINERS or before[index].lower in CALENDAR_WORDS):
        index -= 1
    return index >= 0 and before[index].lower in _SPENDING_VERBS


# Prepositions that open a span at the date ("since Wednesday", "until Friday"): no "on" leads them.
_SPAN_PREPOSITIONS = BOUNDING_PREPOSITIONS | {"since", "from", "throughout"}
_DAY_JOINERS = frozenset({"and", "or", "to", "through"})
NOUN_PHRASE_OPENERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "that"})
# Words that lead into a date and mean nothing without it: "it will be [at least] Tuesday".
_DATE_LEADS = (("at", "least"), ("at", "the", "latest"), ("at", "the", "earliest"), ("as", "early", "as"),
               ("as", "far", "back", "as"), ("as", "late", "as"), ("no", "later", "than"), ("no", "earlier", "than"),
               ("over", "the"), ("over",),
               ("at", "around"), ("at", "about"), ("around",), ("near",), ("close", "to"),
               ("at", "approximately"), ("at", "roughly"), ("at", "precisely"), ("at", "exactly"),
               # "in the week beginning [6 September]": the date is the week's first day
               ("the", "week", "beginning"), ("the", "week", "starting"), ("the", "week", "commencing"),
               ("the", "week", "of"), ("the", "weekend", "of"),
               # "on the evening of [20 April]": the part of the day the date's phrase left out
               ("the", "morning", "of"), ("the", "afternoon", "of"), ("the", "evening", "of"), ("the", "night", "of"),
               ("the", "early", "hours", "of"))


# "will move the rigs [beginning tonight]", "a ban [effective Friday]": a participle that starts a
# span at the date, meaningless without it (not the verb of "the trial is starting Monday").
_SPAN_OPENERS = frozenset({"beginning", "starting", "commencing", "effective"})
# Adverbs that follow a date phrase and qualify it, no noun it describes: "in the first quarter alone".
_AFTER_A_DATE = frozenset({"alone", "ago", "earlier", "later", "onwards", "onward", "itself", "already", "too"})
_LATE_LEADS = frozenset({"by", "until", "till", "from", "since", "before", "after", "through"})
# Before "late", these make it an adjective or a measure: "was late in May", "three hours late on Sunday".
_LATE_AS_ADJECTIVE = frozenset({"too", "very", "so", "hours", "minutes", "days", "weeks", "months", "years"})


def _late_leads_the_date(before: list[Token], popped: str, opening: str) -> bool:
    """"late" before the date: "late Friday", "by late on Wednesday", "footage late on Friday" (late
    in that day), not "arrived three hours late on Sunday" nor "was late in May"."""
    previous = before[-2].lower if len(before) > 1 else ""
    if previous in _LATE_LEADS:
        return True
    if previous in BE_FORMS or previous in _LATE_AS_ADJECTIVE:
        return False
    return opening in CALENDAR_WORDS and popped in (opening, "on")


def _without_date_lead(before: list[Token], *, span_opens: bool = True) -> list[Token]:
    """`span_opens`: whether a span's opener before the date may be one (not before a date's noun)."""
    last = before[-1].lower if before else ""
    for lead in _DATE_LEADS:
        # (its last word first: comparing whole tuples was a twentieth of the labelling)
        if lead[-1] == last and len(before) > len(lead) and tuple(t.lower for t in before[-len(lead):]) == lead:
            return before[: -len(lead)]
    if span_opens and last in _SPAN_OPENERS and len(before) > 1 and _opens_a_span_after(before[-2]):
        return before[:-1]
    return before


# "will move the rigs beginning tonight", "lifted the ban effective Friday": after an object or a
# verb of its own; not the verb of "is (now) starting Monday", "became effective Friday", nor
# "the beginning Monday of".
_NOT_BEFORE_A_SPAN = frozenset({"the", "a", "an", "became", "become", "becomes", "made", "make", "makes", "now",
                                "already", "finally", "still", "just", "also", "soon"})


def _opens_a_span_after(word: Token) -> bool:
    lower = word.lower
    return (word.is_word or word.text == ",") and lower not in BE_FORMS and lower not in _NOT_BEFORE_A_SPAN \
        and not (lower.endswith("ly") and len(lower) > 4)


def _is_day_word(token: Token) -> bool:
    return token.lower in CALENDAR_WORDS or token.text.isdigit()


def _without_joined_days(before: list[Token], after: list[Token]) -> tuple[list[Token], list[Token]]:
    """"meet residents on Monday and Tuesday": the other day joined to the date goes with it,
    whichever side of it the date is ("... and Tuesday" for Monday, "on Monday and ..." for Tuesday)."""
    if len(after) > 2 and after[0].lower in _DAY_JOINERS and after[1].lower == "the" and _is_day_word(after[2]):
        after = [after[0], *after[2:]]  # "late tomorrow or [the] weekend"
    if len(after) > 1 and after[0].lower in _DAY_JOINERS and _is_day_word(after[1]):
        end = 1
        while end < len(after) and _is_day_word(after[end]):
            end += 1
        after = after[end:]
    if len(before) > 1 and before[-1].lower in _DAY_JOINERS and _is_day_word(before[-2]):
        end = len(before) - 1
        while end > 0 and _is_day_word(before[end - 1]):
            end -= 1
        before = before[:end]
    return before, after


MAX_BRACKETED = 6  # words in a bracketed aside that only converts or glosses: "(8km)", "(1925 GMT)"


def _without_brackets(tokens: list[Token]) -> list[Token]:
    """"rode five miles (8km) around the park" -> "rode five miles around the park": a short
    bracketed aside is no clause boundary, and a headline does without it."""
    result = list(tokens)
    at = 0
    while at < len(result):
        if result[at].text == "(":
            close = next((k for k in range(at + 1, min(at + 2 + MAX_BRACKETED, len(result)))
                          if result[k].text in "()"), None)
            if close is not None and result[close].text == ")" and first_verb(result[at + 1 : close]) is None:
                del result[at : close + 1]
                continue
        at += 1
    return result


MAX_DASH_ASIDE = 12  # words between the dashes of an aside the clause goes on after


def _without_dash_asides(tokens: list[Token]) -> list[Token]:
    """"gave the plan -- a draft of 40 pages -- a final check" -> "gave the plan a final check": an
    aside between dashes, the clause going on after it in lower case, once the clause has its
    verb, or with the verb it leads to ("The rig - owned by a Swiss firm - sank"). Not a dash
    that opens what a date heads ("May 2 - Obama visits the coast - his first trip")."""
    result = list(tokens)
    at = 1
    while at < len(result):
        # (not a range's or a score's dash: "won 3 - 1", "rose 10 - 15 percent")
        if (result[at].text in DASHES and result[at - 1].text not in DASHES and result[at - 1].is_word
                and not result[at - 1].text[:1].isdigit()):
            opening_end = at
            while opening_end < len(result) and result[opening_end].text in DASHES:
                opening_end += 1
            close = next((k for k in range(opening_end + 1, min(opening_end + 1 + MAX_DASH_ASIDE, len(result)))
                          if result[k].text in DASHES), None)
            if close is not None:
                resume = close
                while resume < len(result) and result[resume].text in DASHES:
                    resume += 1
                following = result[resume] if resume < len(result) else None
                # (with its verb before, the clause goes on with no verb of another: "had a
                # quake - they are still coming - had two more" is no one clause)
                if (following is not None and following.is_word and following.text.islower()
                        and (first_verb(result[:at]) is not None) != is_verb(following, result[at - 1])):
                    del result[at:resume]
                    continue
        at += 1
    return result


def _without_appositives(tokens: list[Token]) -> list[Token]:
    """", Hedi Annabi," and ", a spokeswoman for the agency," dropped where the verb follows them:
    "the head of the mission, Hedi Annabi, was killed" -> "the head of the mission was killed",
    so the subject meets its verb and a headline cut to length keeps what happened."""
    result = list(tokens)
    at = 0
    while at < len(result):
        if result[at].text == "," and at > 0:
            close = next((k for k in range(at + 1, min(at + 2 + MAX_APPOSITIVE, len(result) - 1))
                          if result[k].text == ","), None)
            aside = result[at + 1 : close] if close is not None else []
            if close is not None and close > at + 1 and " ".join(t.lower for t in aside) in _ADVERBIAL_ASIDES \
                    and is_verb(result[_past_adverbs(result, close + 1)], result[at - 1]):
                del result[at : close + 1]  # "sales, so far, had not been hurt": the clause goes on
                continue
            if close is not None and close > at + 1 and (is_appositive(aside) or _is_relative_aside(aside)) \
                    and (is_verb(result[_past_adverbs(result, close + 1)], result[at - 1])
                         or (_names_the_role_before(result[at - 1], result[at + 1 : close], result[close + 1])
                             and not _role_then_saying(result, close + 1))):
                role = _vague_role_before(result, at)
                if role is not None and all(t.is_capitalised for t in aside):
                    # "Its chairman, Carl Lee, met ..." -> "Carl Lee met ...": the name says who
                    # a role owned by "it" or "the fund" leaves to a sentence not shown
                    del result[close]
                    del result[role : at + 1]
                    at = role
                    continue
                del result[at : close + 1]
                continue
        at += 1
    return result


# Asides that only comment on the clause they interrupt ("sales, so far, had not been hurt").
_ADVERBIAL_ASIDES = frozenset({
    "however", "so far", "till date", "to date", "for now", "in turn", "in fact", "though", "too", "meanwhile",
    "therefore", "of course", "for example", "for instance", "as yet", "as usual", "in addition", "in particular",
    "at least", "at the moment", "at present", "by then", "in the meantime", "nonetheless", "nevertheless",
    "moreover", "furthermore", "indeed", "instead", "apparently", "reportedly", "in all", "in total", "overall",
})


def _past_adverbs(tokens: list[Token], at: int) -> int:
    """Where the verb stands after any adverbs from `at` on: "the mayor, a keen sailor, sadly died",
    "... also died" (the last token at most)."""
    while at < len(tokens) - 1 and (is_ly_adverb(tokens[at]) or tokens[at].lower in DROPPED_ADVERBS):
        at += 1
    return at


MAX_ROLE_WORDS = 6  # "the fund's new claims administrator"
# A person's role, which a name may stand for ("the band's album, Ignore The Ignorant," names a thing)
_PERSON_ROLES = PERSON_ROLES | {"administrator", "executive", "owner", "founder"}


def _vague_role_before(tokens: list[Token], comma: int) -> int | None:
    """Where a subject ending at `comma` starts when it is a role whose owner only a sentence not
    shown names ("Its chairman", "The fund's administrator"), else None ("Haiti's prime minister",
    "the head of the mission" say whose)."""
    start = next((k + 1 for k in range(comma - 1, -1, -1) if not tokens[k].is_word), 0)
    if start < comma and tokens[start].lower == "that":
        start += 1  # "police said that its chairman, Carl Lee, had been arrested"
    role = tokens[start:comma]
    if not 1 < len(role) <= MAX_ROLE_WORDS or not all(t.is_word for t in role) or role[-1].lower not in _PERSON_ROLES:
        return None
    if role[0].lower in OWNER_PRONOUNS:
        return start
    if any(t.is_capitalised for t in role[1:]):
        return None
    owned_by_a_noun = role[0].lower == "the" and any(t.lower.endswith(("'s", "’s")) for t in role[1:])
    # ("The new chief, Ann Lee, resigned": a role nobody owns says no more than its name does)
    owned_by_none = (role[0].lower in ("the", "a", "an") and all(t.text.isalpha() for t in role[1:])
                     and not any(t.lower in OWNER_PRONOUNS for t in role[1:]) and first_verb(role) is None)
    return start if owned_by_a_noun or owned_by_none else None


def _names_the_role_before(role: Token, aside: list[Token], following: Token) -> bool:
    """"offered his counterpart, Rene Preval, his full support": a name after a role noun, the
    clause going on after it (not a list: "Ann, Bo and Cy")."""
    return (role.is_word and role.text.islower() and len(aside) <= 4 and all(t.is_capitalised for t in aside)
            and following.is_word and following.text.islower()
            # (not "On the pier, Ann Lee, who ...": the name is who the relative clause tells of)
            and following.lower not in ("and", "or", "who", "whose"))


def _role_then_saying(tokens: list[Token], start: int) -> bool:
    """"..., Kenneth Feinberg, administrator of the fund, said": the name is the speaker of what came before,
    its role after it in commas, not a name put after a role noun."""
    close = next((k for k in range(start, min(start + 1 + MAX_APPOSITIVE, len(tokens) - 1))
                  if tokens[k].text == ","), None)
    return close is not None and tokens[close + 1].lower in REPORTING_VERBS


def _is_relative_aside(words: list[Token]) -> bool:
    """", who set up a charity in 2004," between a subject and its verb: what the subject is, not
    what it did that day ("rapper Wyclef Jean, who set up a charity, arrived" -> "... arrived")."""
    return len(words) > 2 and words[0].lower in ("who", "which") and all(t.is_word for t in words)


def is_appositive(words: list[Token]) -> bool:
    """A name ("Hedi Annabi"), an age ("55", "aged six") or a noun phrase with an article, holding
    no verb but one that names ("named Jack")."""
    if not all(t.is_word for t in words):
        return False
    if len(words) > 1 and ((words[0].lower in NAMING_PARTICIPLES and all(t.is_capitalised for t in words[1:]))
                           or (words[0].lower == "aged" and (words[1].text.isdigit() or words[1].lower in NUMBERS))):
        return True  # "her son, named Jack, died", "the boy, aged six, died": who, not what was done
    verb = first_verb(words)
    # ("BP's embattled chief executive", "his deputy": an owner stands where an article would)
    owned = len(words) > 1 and (words[0].lower.endswith(("'s", "’s")) or words[0].lower in ("his", "her", "their"))
    described = words[0].lower in ARTICLES or words[0].lower == "the" or owned
    if verb is not None and not (described and (words[verb].lower.endswith("ed") or words[verb - 1].lower == "to")):
        # (", an author based in Miami,", ", the first minister to visit the town,": a participle
        # or an infinitive describing, still an aside)
        return False
    if all(t.is_capitalised or t.text.isdigit() for t in words):
        return True
    return described


def _with_acronyms(tokens: list[Token]) -> list[Token]:
    """'International Criminal Court (ICC)' -> 'ICC': headlines use the short name."""
    result: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (
            token.text == "("
            and index + 2 < len(tokens)
            and tokens[index + 2].text == ")"
            and tokens[index + 1].text.isupper()
            and 2 <= len(tokens[index + 1].text) <= 6
        ):
            acronym = tokens[index + 1]
            letters = len(acronym.text)
            run = 0
            while run < len(result) and result[-1 - run].is_capitalised:
                run += 1
            if run >= letters - 1:
                del result[len(result) - letters :]
                result.append(acronym)
                index += 3
                continue
        result.append(token)
        index += 1
    return result
