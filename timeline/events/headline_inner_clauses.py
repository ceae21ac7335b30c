"""A date inside a clause within the sentence: a relative clause ("a crew that arrived on Friday
had freed ..."), an aside's relative clause, or the second of two clauses joined by "and" with no
comma. The date's happening is that inner clause's, not the sentence's own verb's.

Part of the headline maker (events/headline.py).
"""

from __future__ import annotations

from itertools import takewhile

from timeline.events.clause_chunks import (
    DETERMINERS,
    Segment,
    SegmentKind,
    Token,
    first_verb,
    is_pronoun_subject,
    verb_base,
)
from timeline.events.headline_common import (
    DETERMINERS_AND_PREPOSITIONS,
    MANY_WORDS,
    MIN_WORDS,
    OWNER_PRONOUNS,
    PLAN_WORDS,
    STANCE_VERBS,
)
from timeline.events.headline_reference import DAY_WORDS
from timeline.events.headline_style import without_opening
from timeline.events.headline_subjects import antecedent_of, noun_phrase_start, subject_of, trailing_noun_phrase
from timeline.events.headline_tense import opens_an_object
from timeline.events.headline_tokens import is_appositive
from timeline.events.word_lists import (
    CALENDAR_WORDS,
    HAPPENING_NOUNS,
    REPORTING_VERBS,
    is_passive_participle,
    word_list,
)
from timeline.extract.tense import is_past_form


def relative_clause_of_date(parts: list[Segment], index: int, date_at: int) -> list[Token]:
    """"A crew that landed on Friday had freed four miners by nightfall", "the man who shot the
    mayor on Friday was arrested": the date closes a relative clause and the sentence's own
    verb follows it, so the date's happening is the relative clause's ("Crew lands")."""
    part = parts[index]
    words = list(part.tokens)
    date = date_at - part.first
    if part.kind is SegmentKind.MAIN and date == len(words) and index + 1 < len(parts):
        # "Ann Lee, the head of a unit that arrived in Haiti on Thursday, tells ...": an aside
        # whose only verb is its relative clause's
        return (relative_in_aside(words) or relative_closing_segment(words)
                or _subject_relative_before_aside(parts, index) or _dated_noun_then_relative(parts, index, date_at))
    if date == len(words) and words and words[0].lower not in ("who", "which", "that"):
        return relative_closing_segment(words)
    if not 0 < date < len(words) or first_verb(words[date:]) != 0:
        return []
    if part.kind is SegmentKind.SUBORDINATE and words[0].lower in ("who", "which", "that"):
        antecedent = antecedent_of(parts, index, person=words[0].lower == "who")
        before = list(parts[index - 1].tokens) if index else []
        if not antecedent and 0 < len(before) <= MIN_WORDS + 1 and first_verb(before) is None:
            antecedent = before  # "Officials who visited ...": the whole short subject
        # "..., who canceled his talk last night" (the date closes the clause) or "..., who last
        # night canceled his talk" (the date opens it)
        clause = words[1:date] if date > 1 else words[date:]
        if not (antecedent and clause and first_verb(clause) == 0) or main_verb_after_relative(clause) is not None:
            return []
        return [*antecedent, *clause]
    if part.kind is not SegmentKind.MAIN:
        return []
    for at in range(date - 1, 0, -1):
        if words[at].lower in ("that", "who"):
            noun = words[at - 1]
            if (noun.is_word and noun.lower not in REPORTING_VERBS | STANCE_VERBS
                    and first_verb(words[at + 1 : date]) == 0 and at + 1 < date
                    and main_verb_after_relative(words[at + 1 : date]) is None):
                return [*words[:at], *words[at + 1 : date]]
            return []
    return []


def _dated_noun_then_relative(parts: list[Segment], index: int, date_at: int) -> list[Token]:
    """"The country has yet to recover from four hurricanes in 2008 which wiped out 15% of its
    GDP": the date follows a noun and a relative clause tells what that dated thing did ("Four
    hurricanes wipe out 15% of its GDP"), when the main clause tells no past act of its own."""
    words = list(parts[index].tokens)
    following = parts[index + 1]
    rest = list(following.tokens[1:])
    if (following.kind is not SegmentKind.SUBORDINATE or following.first != date_at
            or following.tokens[0].text not in ("which", "that") or not rest or first_verb(rest) != 0
            or not words or not words[-1].is_word or first_verb(words[-1:]) is not None):
        return []
    verb = first_verb(words)
    if verb is None or is_past_form(words[verb].lower):
        return []  # ("The firm sold the unit in 2008 that made chips": the date may be the sale's)
    noun_phrase = trailing_noun_phrase(words)
    return [*noun_phrase, *rest] if noun_phrase and len(noun_phrase) < len(words) else []


def main_clause_after_relative_of_date(parts: list[Segment], index: int, date_at: int) -> list[Token]:
    """"The man [who shot the officer] fled the country on Friday": the date's verb is the
    sentence's own after the relative clause, told of the subject before it ("Man flees the
    country"); [] when the date stands in the relative clause ("workers who spent Friday ...")."""
    part = parts[index]
    if (part.kind is SegmentKind.MAIN and index + 1 < len(parts) and date_at <= part.last + 1
            and (part.first <= date_at or index == 0) and first_verb(list(part.tokens)) is None):
        # "On Monday the fishermen who had lost their boats marched to the town hall": a date
        # fronting a subject and its relative clause dates the verb after them
        index += 1
        part = parts[index]
        fronted = True
    else:
        fronted = False
    words = list(part.tokens)
    if (index == 0 or part.kind is not SegmentKind.SUBORDINATE or len(words) < 3
            or words[0].text not in ("who", "which", "that") or first_verb(words[1:]) != 0):
        return []
    verb = main_verb_after_relative(words[1:], main_follows=True)
    subject = list(parts[index - 1].tokens)
    if (verb is None or (not fronted and date_at - part.first <= verb + 1)
            or parts[index - 1].kind is not SegmentKind.MAIN or first_verb(subject) is not None):
        return []
    return [*without_opening(subject), *words[verb + 1 :]]


_NESTING_WORDS = frozenset({"to", "and", "or", "but", "that", "which", "who", "whom", "whose", "what", "where", "how",
                            "why", "if", "when", "as"})


def without_subject_relative(words: list[Token]) -> list[Token]:
    """"A tanker that ran aground spilled oil": the clause without the relative clause inside
    its subject ("A tanker spilled oil"), so the headline's verb is the sentence's own."""
    for at in range(1, len(words) - 1):
        if words[at].text in ("that", "who", "which"):  # (not "the WHO")
            # (the clause's first verb is the relative clause's: "Divers hired by ... that
            # caught fire recovered", where "hired by" only describes the divers)
            own = first_verb(words)
            noun = words[at - 1]
            if (own is None or own <= at or first_verb(words[at + 1 :]) != 0 or not noun.is_word
                    or noun.lower in DETERMINERS_AND_PREPOSITIONS or noun.lower.endswith("ing")
                    or first_verb([noun]) is not None):
                return words  # ("believing that is ...": "that" is no relative pronoun there)
            verb = main_verb_after_relative(words[at + 1 :])
            if verb is None and _a_noun_phrase_and_its_relative(words, at):
                # "(Acme,) an oil company that was acquired by BP in 2000": a noun phrase whose only
                # verb is its relative clause's tells that clause ("Oil company acquired by BP")
                return [*words[:at], *words[at + 1 :]]
            return words if verb is None else [*words[:at], *words[at + 1 + verb :]]
    return words


_APPOSITIVE_NOUN_WORDS = 4  # "an oil services company that": the relative's noun phrase, not a clause
# a finite verb after the relative clause's own is the sentence's ("a cap that stopped oil in [July] was removed")
_FINITE_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})
_MAX_NAME_WORDS = 4


def _a_noun_phrase_and_its_relative(words: list[Token], at: int) -> bool:
    """Whether `words` is "a/an" and a short noun, then at `at` its relative pronoun, with no finite
    verb after the relative clause's own: "an oil company that was acquired by BP"."""
    return (words[0].lower in ("a", "an") and at <= _APPOSITIVE_NOUN_WORDS
            and not any(t.lower in _FINITE_WORDS for t in words[at + 2 :]))


# "(..., in London,) a decision that was criticised": an appositive of the clause, not of the name before it
_CLAUSE_NOUNS = word_list("label_quality", "back_referring_nouns") | HAPPENING_NOUNS


def named_by_its_appositive(parts: list[Segment], index: int) -> list[Token]:
    """"Acme, an oil company that was acquired by BP in 2000": the name the appositive describes,
    then its relative clause ("Acme was acquired by BP"); [] when the segment is no such appositive."""
    words = list(parts[index].tokens)
    if index == 0 or len(words) < 4:
        return []
    at = next((k for k in range(2, min(len(words) - 1, _APPOSITIVE_NOUN_WORDS + 1))
               if words[k].text in ("that", "who", "which")), None)
    if at is None or not _a_noun_phrase_and_its_relative(words, at) or words[at - 1].lower in _CLAUSE_NOUNS \
            or first_verb(words[at + 1 :]) != 0 or main_verb_after_relative(words[at + 1 :]) is not None:
        return []
    before = parts[index - 1]
    if before.kind is SegmentKind.ATTRIBUTION or before.quoted:
        return []
    name: list[Token] = []
    for token in reversed(before.tokens):
        if not (token.is_word and token.is_capitalised):
            break
        name.insert(0, token)
    if (not name or len(name) > _MAX_NAME_WORDS or (name[0] is before.tokens[0] and len(before.tokens) > len(name))
            or any(t.lower in CALENDAR_WORDS for t in name)):
        return []  # ("... in March and April, a trend that": a date, no name the appositive describes)
    return [*name, *words[at + 1 :]]


def main_verb_after_relative(clause: list[Token], *, main_follows: bool = False) -> int | None:
    """"(the man who) shot the officer fled the country": a finite verb after the relative
    clause's object noun is the sentence's own verb, and a date after it dates that, not the
    relative clause. Its index in `clause` (which opens on the relative clause's verb), or None.

    Not a participle describing the noun before it ("concerts scheduled for July", "a paper
    dated 27 May"), nor a word after "most" or a preposition ("the most hated", "for lost
    revenue"), nor a verb that ends the clause with nothing after it. `main_follows`: the
    sentence's own verb is known to come after the relative clause (a date fronting the
    sentence, or closing a predicate after it), so a past form before a preposition is that
    verb ("the fishermen who had lost their boats marched to the town hall")."""
    group = _verb_group_end(clause)
    if (group == 1 and len(clause) > 2 and is_past_form(clause[0].lower) and is_past_form(clause[1].lower)
            and (opens_an_object(clause[2], direction=False) or clause[2].lower in MANY_WORDS)):
        # "(a barge that) sank recovered a body": an intransitive relative clause, the
        # sentence's verb and its object ("visited damaged homes": an adjective, no verb)
        return 1 if _is_finite_at(clause, 1, main_follows) else None
    later = first_verb(clause[group + 1 :])
    if later is None:
        return None
    at = later + group + 1
    if (clause[0].lower in REPORTING_VERBS or clause[0].lower in STANCE_VERBS) and clause[group].lower == "that":
        # "(the engineer who) warned that the rig was unsafe resigned": the first verb after the
        # relative clause's is what it reports; the sentence's, when known to follow, comes next
        return _verb_after_reported_clause(clause, at) if main_follows else None
    if at - group + 1 <= _RELATIVE_CLAUSE_REACH and _is_finite_at(clause, at, main_follows) \
            and _a_noun_before(clause, at):
        return at
    # (a long way on, it is more likely a sentence run into this one, unless a finite auxiliary
    # says it is the sentence's verb: "a cap that stopped oil from leaking into the bay in July was
    # removed"; not one of a clause nested in the relative one: "which staged an event to announce
    # that the well had stopped")
    for k in range(group + 1, min(len(clause) - 1, group - 1 + _FINITE_REACH)):
        if clause[k].lower in _NESTING_WORDS or not clause[k].is_word:
            return None
        if clause[k].lower in _FINITE_WORDS:
            return k if _a_noun_before(clause, k) else None
    return None


def _verb_after_reported_clause(clause: list[Token], reported: int) -> int | None:
    """The first past form or auxiliary after the verb group of the reported clause at `reported`."""
    start = reported + _verb_group_end(clause[reported:])
    later = first_verb(clause[start:])
    if later is None:
        return None
    at = start + later
    return at if _is_finite_at(clause, at, True) and _a_noun_before(clause, at) else None


def _is_finite_at(clause: list[Token], at: int, main_follows: bool) -> bool:
    """Whether clause[at] reads as a finite verb: an auxiliary before something, or a past form
    that is no participle describing the noun before it."""
    verb = clause[at].lower
    after = clause[at + 1].lower if at + 1 < len(clause) else None
    if verb in _FINITE_AUXILIARIES:
        return after is not None
    if not is_past_form(verb) or verb in _NAMING_PARTICIPLES:
        return False
    if after is None:
        return main_follows  # ("the engineer who designed the well testified [on Tuesday]")
    return main_follows or after not in _PARTICIPLE_PREPOSITIONS


def _a_noun_before(clause: list[Token], at: int) -> bool:
    """Whether the word before clause[at] may end the relative clause's object: a word, no
    determiner, preposition, adverb, pronoun or verb, nor an infinitive ("bound to follow does")."""
    before = clause[at - 1]
    # (an adverb in -ly, not "July" nor "mid-July")
    adverb = before.lower.endswith("ly") and before.text.rsplit("-", 1)[-1][:1].islower()
    if not before.is_word or before.lower in _NOT_BEFORE_A_MAIN_VERB or adverb:
        return False
    verb = first_verb([before]) is not None and before.text != "May"  # (the month, mid-sentence)
    return not (is_pronoun_subject([before]) or verb or (at > 1 and clause[at - 2].lower == "to"))


def _verb_group_end(clause: list[Token]) -> int:
    """Where the relative clause's verb group ends: after "shot" (1), "had lost" (2), "had been
    lingering" (3); an auxiliary before no verb ("who was with him") is a group of its own."""
    if not clause or clause[0].lower not in _FINITE_AUXILIARIES:
        return 1
    end = 1
    while end < len(clause) and (clause[end].lower in _GROUP_FILLERS or clause[end].lower in _FINITE_AUXILIARIES):
        end += 1  # ("had been lingering", "has somehow managed")
    if end < len(clause) and clause[end].is_word and (is_past_form(clause[end].lower)
                                                       or first_verb([clause[end]]) == 0
                                                       or (clause[end].lower.endswith("ing") and end > 1)):
        return end + 1
    return 1


_GROUP_FILLERS = frozenset({"been", "being", "be", "not", "never", "also", "already", "just", "n't", "somehow", "still",
                            "now", "since", "ever", "again", "finally"})
_FINITE_REACH = 12  # words from the relative clause's verb to a finite auxiliary after it
_FINITE_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "is", "are", "will", "would", "could", "can",
                                 "did", "does", "must", "should", "might"})
_RELATIVE_CLAUSE_REACH = 6  # words from the relative clause's verb to the sentence's own
_PARTICIPLE_PREPOSITIONS = frozenset({"by", "for", "in", "on", "at", "to", "from", "with", "as", "under"})
_NAMING_PARTICIPLES = frozenset({"dated", "called", "named", "entitled", "titled", "headlined", "labelled",
                                 "labeled", "dubbed", "known"})
_NOT_BEFORE_A_MAIN_VERB = DETERMINERS_AND_PREPOSITIONS | _NESTING_WORDS | {
    "most", "more", "less", "least", "very", "so", "too", "also", "still", "now", "just", "not", "never", "than",
    "while", "because", "indeed", "already"}


def _subject_relative_before_aside(parts: list[Segment], index: int) -> list[Token]:
    """"One vessel that arrived this week, the so-called Whale, is a supertanker": a subject's
    relative clause closed by the date, an aside naming the subject after it, the sentence's
    verb later: the date's happening is the relative clause's ("Vessel arrives")."""
    words = list(parts[index].tokens)
    at = next((k for k in range(len(words) - 2, 0, -1) if words[k].text in ("that", "who")), None)
    if at is None or first_verb(words[:at]) is not None or first_verb(words[at + 1 :]) != 0:
        return []
    if index != 0 or not is_appositive(list(parts[index + 1].tokens)):
        return []
    return [*words[:at], *words[at + 1 :]]


MAX_CONJUNCT_SUBJECT_WORDS = 8  # "and a contingent from the Caribbean agency was expected ..."


def second_clause_of_date(part: Segment, date_at: int) -> list[Token]:
    """"Leaders pledged aid and a team was expected to arrive on Wednesday": two clauses joined by
    "and" with no comma; the date is in the second, which has its own subject and verb."""
    if part.kind is not SegmentKind.MAIN:
        return []
    words = list(part.tokens)
    date = date_at - part.first
    verb = first_verb(words)
    if verb is None or not verb < date <= len(words):
        return []
    for at in range(date - 1, verb, -1):
        if words[at].lower != "and" or at + 2 >= date:
            continue
        rest = words[at + 1 : date] + words[date:]
        own_verb = first_verb(rest)
        if (own_verb is not None and 0 < own_verb <= MAX_CONJUNCT_SUBJECT_WORDS and rest[0].lower in DETERMINERS
                and at + 1 + own_verb < date):
            return rest
        if (verb > 0 and _second_predicate_at(words, verb, at) and any(_is_day(t) for t in words[verb + 1 : at])
                and first_verb(words[:verb]) is None):
            # (not after a reported clause: "a spokesman said it would be deployed by tomorrow and
            # hooked up over the weekend" tells of "it", not of the spokesman)
            # "The plane took off on Wednesday and landed in Oslo on Thursday": a second predicate
            # of another day than the first one's tells the date's act, of the same subject
            return words[:verb] + rest
        return []
    return []


def without_second_predicate_of_another_day(clause: list[Token], date_start: int) -> list[Token]:
    """"The plane took off from Leeds [on Wednesday] and landed in Oslo on Thursday": a second
    predicate after the date that names another day tells that day's act; the date's ends before it."""
    if not any(t.lower == "and" and t.start > date_start for t in clause):
        return clause  # (most clauses: no second predicate after the date)
    verb = first_verb(clause)
    if verb is None:
        return clause
    for at in range(verb + 1, len(clause) - 1):
        if (clause[at].start > date_start and _second_predicate_at(clause, verb, at)
                and any(_is_day(t) for t in clause[at + 2 :])):
            return clause[:at]
    return clause


def _second_predicate_at(words: list[Token], verb: int, at: int) -> bool:
    """"took off [on Wednesday] and landed ...": words[at] is an "and" a verb follows at once, with
    no other verb since the clause's own (words[verb])."""
    return words[at].lower == "and" and first_verb(words[at:]) == 1 and first_verb(words[verb + 1 : at]) is None


def _is_day(token: Token) -> bool:
    return token.lower in DAY_WORDS


MAX_ASIDE_SUBJECT_WORDS = 6
MAX_BARE_ASIDE_WORDS = 3  # "released", "published online": the aside without its date


def participle_aside_of_date(parts: list[Segment], index: int) -> list[Token]:
    """"Public Citizen, founded in 1971 by Ralph Nader, launched ...": the date sits in an aside
    that opens with a past participle; its happening is the aside's, told of the noun phrase
    before it ("Public Citizen founded by Ralph Nader"), not the main clause's."""
    if index == 0 or len(parts) < index + 2:
        return []
    aside, subject, following = list(parts[index].tokens), list(parts[index - 1].tokens), parts[index + 1]
    # "Feinberg, named last month to administer the fund, ...": a person appointed to do something,
    # told of the name before it wherever that stands ("the first time that Feinberg, named ...")
    # (or to a post: "named to the board")
    appointed = len(aside) > 2 and aside[0].lower in _APPOINTING and aside[1].lower == "to" and aside[2].is_word
    if appointed and (index != 1 or first_verb(subject) is not None):
        subject = _trailing_name(subject)
    elif index != 1:
        return []  # (the aside follows the subject that opens the sentence)
    if not aside or not subject or len(subject) > MAX_ASIDE_SUBJECT_WORDS or first_verb(subject) is not None:
        return []
    if appointed:
        return [*subject, Token("was", subject[-1].end, subject[-1].end), *aside]
    # ("due to bad weather": a cause, not a plan)
    planned = (len(aside) > 2 and aside[0].lower in PLAN_WORDS and aside[1].lower == "to"
               and (aside[0].lower != "due" or verb_base(aside[2].lower) is not None))
    if not planned and (not is_passive_participle(aside[0].lower) or (len(aside) > 1 and aside[1].lower == "to")):
        return []
    agent = any(t.lower == "by" for t in aside[1:])
    if not planned and len(aside) > MAX_BARE_ASIDE_WORDS and not agent:
        return []  # a reduced passive with its agent ("founded by", "set up by"), or one as short as
        # "released [on Wednesday]": a longer aside may describe the subject, not tell its happening
    opening = following.tokens[0].lower if following.tokens else ""
    if (first_verb(list(following.tokens)) not in (0, 1) and not (opening.endswith("s") and verb_base(opening))
            and not (agent and following.tokens[0].text.islower() and opening not in DETERMINERS_AND_PREPOSITIONS)):
        return []  # the main clause's verb follows the aside at once, waiting for its subject
        # (a present "-s" form there is a verb too: "The report, released in May, draws on ...";
        # after an agent's aside, so is a past the verb list does not know: "..., blew out")
    if planned or agent:
        # ("Obama, set to visit the coast on Monday, also plans ...": a plan of the subject's, in headline
        # style as it is, "Obama set to visit the coast")
        return [*subject, *aside]
    # (said as a passive: a bare "The study published" would read as the study's own act)
    return [*subject, Token("was", subject[-1].end, subject[-1].end), *aside]


# Participles of putting someone in a post, before what they are to do or the post ("to")
_APPOINTING = frozenset({"named", "appointed", "chosen", "picked", "tapped", "hired", "elected", "nominated",
                         "selected", "recruited", "assigned", "commissioned", "drafted"})
_MAX_NAME_WORDS_BEFORE = 3


def _trailing_name(words: list[Token]) -> list[Token]:
    """The capitalised name ending `words` ("... the first time that Ken Lee"), not the sentence's
    first word; [] when it ends on anything else."""
    name = list(takewhile(lambda t: t.is_word and t.is_capitalised, reversed(words)))[:_MAX_NAME_WORDS_BEFORE + 1]
    if not name or len(name) > _MAX_NAME_WORDS_BEFORE or len(name) == len(words):
        return []
    return name[::-1]


# What is done to a document or a date in the diary, or to a thing made, not to a person
_PUBLISHING_PARTICIPLES = frozenset({"released", "published", "issued", "filed", "scheduled", "slated", "posted",
                                     "announced", "unveiled", "signed", "dated", "sent", "delivered", "presented",
                                     "broadcast", "aired", "printed", "circulated", "submitted", "tabled",
                                     "built", "constructed", "drilled", "installed", "manufactured", "launched"})


def participle_after_object(parts: list[Segment], index: int, words: list[Token]) -> list[Token]:
    """"The judge wrote in his order, released on Friday": a short passive participle after a
    whole clause ending on a noun tells of that noun ("Judge's order released"), not of the
    subject. (After a subject still waiting for its verb, "Shares in Acme, a firm facing suits,
    rallied on Friday", the participle is the verb.)"""
    if index == 0 or not words or words[0].lower not in _PUBLISHING_PARTICIPLES or len(words) > MAX_BARE_ASIDE_WORDS:
        return []  # ("left the hospital, discharged on Friday": the senator was, not the hospital)
    if len(words) > 1 and words[1].lower in ("to", "with"):
        return []  # "compared to", "set to": no act of the noun
    opening = next((part for part in parts[:index] if not part.quoted), None)
    before = list(parts[index - 1].tokens)
    if opening is None or first_verb(list(opening.tokens)) is None or parts[index - 1].quoted:
        return []
    verb = first_verb(before)
    if verb is None or not before or not before[-1].is_word or before[-1].is_capitalised \
            or first_verb([before[-1]]) is not None:
        return []
    start = noun_phrase_start(before, len(before) - 1, DETERMINERS | OWNER_PRONOUNS)
    if start is None or start <= verb:
        return []
    if start - 2 > verb and before[start - 1].lower in _TOPIC_PREPOSITIONS:
        # "postponed a hearing on the matter, scheduled for Thursday": the hearing was scheduled
        wider = noun_phrase_start(before, start - 2, DETERMINERS | OWNER_PRONOUNS)
        start = wider if wider is not None and wider > verb else start
    phrase = before[start:]
    if phrase[0].lower in OWNER_PRONOUNS:
        subject = subject_of(before)
        if subject and not is_pronoun_subject(subject):
            owner = subject[-1]
            phrase = [*subject[:-1], Token(owner.text + "'s", owner.start, owner.end), *phrase[1:]]
        else:
            phrase = phrase[1:]
    if not phrase:
        return []
    # (said as a passive, as participle_aside_of_date says it: "Report published", not "Report publishes")
    return [*phrase, Token("was", phrase[-1].end, phrase[-1].end), *words]


_TOPIC_PREPOSITIONS = frozenset({"on", "of", "about", "into"})


def relative_closing_segment(words: list[Token]) -> list[Token]:
    """"... siphoning oil out of a pipe that began leaking [around April 22]": a date closing a
    relative clause dates that clause, told of the noun before it ("Pipe began leaking"), or []."""
    at = next((k for k in range(len(words) - 2, 0, -1) if words[k].text in ("that", "who", "which")), None)
    if at is None:
        return []
    noun = words[at - 1]
    if (not noun.is_word or noun.is_capitalised or noun.lower in REPORTING_VERBS | STANCE_VERBS
            or first_verb(words[at + 1 :]) != 0 or first_verb([noun]) is not None
            or main_verb_after_relative(words[at + 1 :]) is not None):
        return []  # ("officials said that ...", "Acme, which ...": no common noun the clause tells of)
    if first_verb(words[:at]) is None:
        return []  # in the subject: "The valve that failed was raised [on Saturday]" dates the raising
    start = noun_phrase_start(words, at, DETERMINERS)
    noun_phrase = words[start:at] if start is not None else trailing_noun_phrase(words[:at])
    return [*noun_phrase, *words[at + 1 :]] if len(noun_phrase) >= 2 else []


def relative_in_aside(words: list[Token]) -> list[Token]:
    """"the head of a unit that arrived in Haiti": "Unit arrived in Haiti" (the noun phrase from its
    last determiner, then the relative clause), when nothing before "that" is a verb; else []."""
    at = next((k for k in range(len(words) - 1, 0, -1) if words[k].text in ("that", "who")), None)  # (not "WHO")
    if at is None or at + 1 >= len(words) or first_verb(words[at + 1 :]) != 0 or words[0].lower not in DETERMINERS:
        return []  # (an aside is a noun phrase: "the head of ...", "a diver ...")
    if main_verb_after_relative(words[at + 1 :]) is not None:
        return []  # the sentence's verb follows: "A storm that had lingered off the coast flared up"
    verb = first_verb(words[:at])
    # (a base form after a capital, "US rescue unit", is a noun compound, no verb)
    compound = verb is not None and verb > 0 and words[verb - 1].is_capitalised \
        and words[verb].lower == verb_base(words[verb].lower)
    if verb is not None and not compound:
        return []  # a clause of its own ("the latest events add to tension that ..."), not a noun phrase
    start = noun_phrase_start(words, at, DETERMINERS)
    return [*words[start if start is not None else 0 : at], *words[at + 1 :]]
