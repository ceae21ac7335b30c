"""The tense governing a mention, read from the verb group nearest it in its clause.

Without a part-of-speech tagger we look for tense cues: future markers ("will",
"scheduled", "until", ...) and past forms ("was", "said", "-ed" verbs). A sentence is cut
into clauses at commas, semicolons, dashes, quotes, conjunctions ("and", "but", "while",
"when", ...) and relative pronouns; the cue nearest before the mention in its own clause
decides, failing that the first one after it in the clause. Only a clause with no cue at
all borrows the tense of the rest of the sentence, and then a trailing reporting clause
("..., the council said") is not asked: it dates the report, not what is reported.

A verb group takes the tense of its first auxiliary: "will be held" is future, "had been
due to" past, "stay closed" has no past of its own. Words are looked up in sets (one cheap
tokenising regex, no per-cue regex), since this runs for most mentions.
"""

from __future__ import annotations

import re

from timeline.extract.vocabulary import MONTHS, WEEKDAYS, word_lists

PAST = "past"
FUTURE = "future"
PRESENT = "present"
PROGRESSIVE = "progressive"  # "is hearing": an arrangement when it names a day, else the present
WEAK = "weak"  # future unless a past verb follows in the clause: "until Wednesday"

# A verb with its prefix is one word, read without it ("be re-evaluated": the participle of "be",
# not a past verb after "re"). A comma inside a number ("5,000 troops") cuts no clause. A plural's
# possessive keeps its apostrophe ("farmers'"): what follows it describes a noun.
_VERB_PREFIX = r"(?:re|pre|co|mis|un)-(?=[A-Za-z])"
_TOKEN = re.compile(
    rf"(?:\b{_VERB_PREFIX})?[A-Za-z]+(?:['’][A-Za-z]+|(?<=s)['’](?=\s))?|['’](?:ll|d|s|re)\b|(?<!\d),|,(?!\d)|[;:()\"“”—–]|--|\s-\s|``|''"
)

_WORDS = word_lists("tense")  # extract/word_lists.toml
FUTURE_WORDS = _WORDS["future_words"]
WEAK_FUTURE_WORDS = _WORDS["weak_future_words"]
STRONG_FUTURE_WORDS = _WORDS["strong_future_words"]
PAST_WORDS = _WORDS["past_words"]
PRESENT_WORDS = _WORDS["present_words"]
NOT_PAST_ED = _WORDS["not_past_ed"]
FUTURE_BEFORE_TO = _WORDS["future_before_to"]
INTENTIONS = _WORDS["intentions"]
PLAN_PARTICIPLES = _WORDS["plan_participles"]
BASE_FORM_LEADS = _WORDS["base_form_leads"]
TIMETABLE_VERBS = _WORDS["timetable_verbs"]
TIMETABLE_PHRASES = frozenset(tuple(phrase.split()) for phrase in _WORDS["timetable_phrases"])
PROGRESSIVE_LEADS = _WORDS["progressive_leads"]
NOT_PARTICIPLES = _WORDS["not_participles"]
DETERMINERS = _WORDS["determiners"]
LINKING = _WORDS["linking"]
ADJECTIVE_LEADS = _WORDS["adjective_leads"]
PREPOSITION_LEADS = _WORDS["preposition_leads"]
MODALS_OF_THE_PAST = _WORDS["modals_of_the_past"]
CLAUSE_WORDS = _WORDS["clause_words"]
JOINING_WORDS = _WORDS["joining_words"]
PRONOUN_SUBJECTS = _WORDS["pronoun_subjects"]
BOUNDARY_MARKS = frozenset(",;:()\"“”—–") | {"--", "``", "''"}
REPORTING_VERBS = _WORDS["reporting_verbs"]
SUBJECT_WORDS = _WORDS["subject_words"]
NOT_PRESENT_S = _WORDS["not_present_s"]
_MAX_REPORTING_WORDS = 6


def is_past_form(word: str) -> bool:
    """"said", "reported", lower case: a past form ("bed", "speed" end in -ed and are none)."""
    return word in PAST_WORDS or (len(word) >= 4 and word.endswith("ed") and word not in NOT_PAST_ED)


def _present_s(words: list[str], index: int) -> bool:
    """A third-person present verb ("expires") where a clause or a pronoun subject leads to it."""
    word = words[index]
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "'s", "’s")):
        return False
    if word in NOT_PRESENT_S:
        return False
    before = words[index - 1] if index > 0 else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    if before == "," and after in ("and", "or", ","):
        return False  # an item of a list: "inlets, ponds and lakes"
    return before in SUBJECT_WORDS or before in BOUNDARY_MARKS


def _is_participle(word: str) -> bool:
    return word.endswith("ing") and len(word) > 5 and word not in NOT_PARTICIPLES


_COULD_OF_THE_PAST = frozenset({"not", "n't", "never", "have", "only", "barely", "hardly", "still", "be", "finally",
                                "again"})


# Every word that some rule of `_cue` reads a cue from, but for the endings below: any other
# word gives none, whatever stands around it (most words of a sentence; this runs for each).
_MAY_CUE = (FUTURE_BEFORE_TO | INTENTIONS | MODALS_OF_THE_PAST | PLAN_PARTICIPLES | TIMETABLE_VERBS | PROGRESSIVE_LEADS
            | FUTURE_WORDS | WEAK_FUTURE_WORDS | PRESENT_WORDS | PAST_WORDS
            | frozenset(phrase[0] for phrase in TIMETABLE_PHRASES)
            | frozenset({"was", "were", "could", "due", "later", "ahead", "as", "'s", "’s", "'re", "’re"}))
_CUE_ENDINGS = ("s", "ed", "'d", "’d", "'ll", "’ll")  # a present or past form, a contracted auxiliary


def _cue(words: list[str], index: int) -> str | None:
    """The tense cue of words[index] (lower case), looking at the words around it."""
    word = words[index]
    if word not in _MAY_CUE and not word.endswith(_CUE_ENDINGS):
        return None
    following = words[index + 1] if index + 1 < len(words) else ""
    if following.endswith("ly") and len(following) > 4 and index + 2 < len(words) and words[index + 2] == "to":
        following = "to"  # "hopes partly to close the cap on Tuesday": an adverb between the verb and "to"
    before = words[index - 1] if index > 0 else ""
    if before in ("than", "as") and (word in _EXPECTATIONS or word == "planned"):
        return None  # "better than expected", "as planned": a comparison with a forecast, no tense
    if following == "to" and before == "had" and (word in FUTURE_BEFORE_TO or word in INTENTIONS):
        return PAST  # "had planned to reopen on Monday": a plan that is over, its day gone by
    if following == "to" and word in FUTURE_BEFORE_TO:
        return FUTURE
    if following == "to" and word in INTENTIONS:
        return WEAK  # "have vowed to return on Monday": ahead, unless a past verb follows
    if (following == "to" and word in ("was", "were") and index + 2 < len(words) and words[index + 2].isalpha()
            and words[index + 2] != "blame"):
        # "was to be sealed by Sunday", "was to enter the Gulf by the weekend": the future of its
        # telling, unless a past verb follows ("was to blame" tells who was at fault)
        return WEAK
    if word in MODALS_OF_THE_PAST and following == "have":
        after_have = words[index + 2] if index + 2 < len(words) else ""
        # "should have the vaccine ready in September": "have" with an object, a plan ahead;
        # "should have seen it in May": a past that did not happen
        return FUTURE if after_have in DETERMINERS or after_have in ("enough", "more", "some") else PAST
    if word == "could" and following not in _COULD_OF_THE_PAST:
        return WEAK  # "oil could reach the shore by Friday": a guess ahead; "could not", "could have": past
    if word in PLAN_PARTICIPLES and before == "been":
        # "had been due to open" is a plan that is over, "has been scheduled for" one to come
        return PAST if index > 1 and words[index - 2] in ("had", "'d", "’d") else FUTURE
    if (word, following) in TIMETABLE_PHRASES:
        return FUTURE
    if word == "set" and following == "for" and before not in ("had", "'d", "’d"):
        return WEAK  # "a hearing set for Friday": ahead, unless a past verb follows ("... went ahead")
    if before == "to" and word in TIMETABLE_VERBS and _names_what_is_to_come(words, index - 2):
        return WEAK  # "an operation to begin late Tuesday": what is to come, unless a past verb follows
    # (after a past verb a bare form is its particle or complement: "the well broke open in April")
    after_past = is_past_form(before)
    # (nor after a preposition and before its noun: "gathered in open spaces", "a string of visits
    # to" name no timetable; "the school his children came from reopens on Monday" does)
    describes = before in PREPOSITION_LEADS and following.isalpha() and following not in PREPOSITION_LEADS \
        and following not in DETERMINERS
    if (word in TIMETABLE_VERBS and before not in ADJECTIVE_LEADS and before not in BASE_FORM_LEADS and not after_past
            and not describes):
        return FUTURE
    if word in PROGRESSIVE_LEADS and _is_participle(following):
        return PROGRESSIVE
    if word.endswith(("'d", "’d")) and (following == "been" or is_past_form(following)):
        return PAST  # "we'd been", "they'd left": "had", not "would"
    if word in FUTURE_WORDS or word.endswith(("'ll", "’ll", "'d", "’d")):
        return FUTURE
    if word == "due":
        after_to = words[index + 2] if index + 2 < len(words) else ""
        return None if following == "to" and after_to in DETERMINERS else FUTURE
    if (word == "later" and following == "this") or (word == "ahead" and following == "of"):
        return FUTURE
    if word == "as" and following == "soon":
        return FUTURE
    if word in WEAK_FUTURE_WORDS:
        return WEAK
    if word in PRESENT_WORDS or word in ("'s", "’s", "'re", "’re"):
        # "would have", "will have": the modal before it has given the group its tense
        # ("aims to have the pump in place by Monday": after "to" a base form, the verb before it tells)
        return None if word == "have" and (before in MODALS_OF_THE_PAST or _is_will(before) or before == "to") \
            else PRESENT
    if is_past_form(word):
        # a participle after "be" ("will be held", "is to be officially released") takes the
        # tense of its auxiliary; after a determiner it is an adjective ("a still unspecified
        # date"); after "will have" it is the future perfect ("will have spoiled by June")
        if before.endswith("ly") and index > 1 and (words[index - 2] in LINKING or words[index - 2] in BASE_FORM_LEADS):
            # (an adverb between: "was quickly closed", and a base form spelt like its past after
            # its modal: "would likely hit", "will probably cut")
            before = words[index - 2]
        if before in LINKING or before in ADJECTIVE_LEADS or before in BASE_FORM_LEADS:
            return None
        if before == "and" and _joined_to_a_passive(words, index - 1):
            return None  # "would be deployed by Friday and hooked up over the weekend": its auxiliary's tense
        if before in PREPOSITION_LEADS and _describes_the_next_word(words, index):
            return None
        if before.endswith(("s'", "s’")) and word not in REPORTING_VERBS:
            return None  # after a plural's possessive, an adjective: "the farmers' flooded barns"
        if (before.endswith(("'s", "’s")) and before[:-2] not in _CONTRACTED_SUBJECTS and word.endswith("ed")
                and _describes_the_next_word(words, index)):
            # after a name's possessive too: "BP's damaged well", not "it's closed" nor the "has" of
            # an irregular participle ("BP's spent millions")
            return None
        return None if before == "have" and index > 1 and _is_will(words[index - 2]) else PAST
    if _present_s(words, index):
        return PRESENT
    return None


_JOINED_REACH = 12  # words back from "and" to the passive participle it joins another to


def _joined_to_a_passive(words: list[str], conjunction: int) -> bool:
    """Whether the "and" at `conjunction` joins a participle to a passive one before it in the same
    clause ("would be deployed on the seabed by tomorrow and hooked up"), whose auxiliary both share."""
    for index in range(conjunction - 1, max(0, conjunction - _JOINED_REACH) - 1, -1):
        if _is_boundary(words, index):
            return False
        if index > 0 and is_past_form(words[index]) and words[index - 1] in LINKING:
            return True
    return False


def _names_what_is_to_come(words: list[str], noun: int) -> bool:
    """Whether words[noun], right before "to <verb>", is a noun the infinitive tells what is to come
    of ("an operation to begin", "talks to resume"): no verb nor adverb ("decided to begin", "is
    to begin" have cues of their own), and no "first"/"last"/"only" before it ("the first ship to
    arrive on Monday" tells which ship, not a plan), nor "for" ("hard for the firm to meet demand
    into the summer": the noun is the infinitive's subject)."""
    if noun < 1 or not words[noun].isalpha():
        return False
    word = words[noun]
    if (word in _MAY_CUE or word.endswith(("ed", "ly")) or word in LINKING or word in BASE_FORM_LEADS
            or _present_s(words, noun)):
        return False
    return not any(w in _NO_PLAN_LEADS for w in words[max(0, noun - 3) : noun + 1])


_NO_PLAN_LEADS = frozenset({"first", "last", "only", "next", "second", "third", "latest", "earliest", "for"})


# Words whose "'s" is "is" or "has": "it's closed", "he's left".
_CONTRACTED_SUBJECTS = frozenset({"it", "he", "she", "that", "there", "what", "who", "here", "where", "this"})
# Words after which a past form is the verb of its clause, not an adjective: its object, a pronoun, a
# particle ("water seeping in shorted the generators", "the storm blowing through moved on").
_NOT_DESCRIBED = frozenset({"on", "in", "off", "up", "out", "down", "back", "away", "over", "through", "it", "them",
                            "him", "her", "us", "me", "you", "to", "by", "at", "and", "or"})


def _describes_the_next_word(words: list[str], index: int) -> bool:
    """A past form after a preposition that describes the noun after it ("with flooded fields",
    "in damaged homes"), not a stranded particle before the clause's verb ("seeping in shorted")."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if not following.isalpha() or following in DETERMINERS or following in _NOT_DESCRIBED:
        return False
    leading = words[index - 2] if index > 1 else ""
    return not (leading.endswith("ing") or is_past_form(leading))


# Verbs that tell someone to act: what they are told to do lies after the telling.
_DIRECTIVES = frozenset({"ordered", "orders", "order", "told", "tells", "asked", "asks", "urged", "urges",
                         "instructed", "instructs", "directed", "directs", "required", "requires", "invited",
                         "invites", "summoned"})
_BE_FORMS = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_DIRECTIVE_REACH = 6  # words between the directive verb and "to": its object ("the two secretaries")
_DEADLINE_WORDS = frozenset({"by", "until", "till", "within"})
_INFINITIVE_REACH = 12  # words between "to" and the deadline: the infinitive's object and more


_EXPECTATIONS = frozenset({"expected", "predicted", "forecast", "forecasted", "projected", "anticipated"})
# and a pledge's deadline: "she pledged legislation by August", "vowed to end the strike by Friday"
_PLEDGES = frozenset({"pledged", "promised", "vowed"})

_EXPECTATION_REACH = 10  # words between the expectation and "by": what was expected


def _deadline_of_an_expectation(before: list[str]) -> bool:
    """The date is the deadline ("by") of what someone expected or pledged, in one clause, with no other date told
    in that clause: "Allen said crews expected winds above 39 mph at the site by early Saturday" looks
    ahead of its telling ("In May, analysts predicted a recovery by June" counts from May instead, and
    is left to the rest of the reading)."""
    if not before or before[-1] != "by" or any(word.lower() in _MONTH_NAMES or word in _EARLIER_ANCHORS
                                                for word in before):
        return False  # (a month or a "last week" told before it: what was expected is counted from there;
        # the caller looks for a year, which these words do not hold)
    clause_start = next((k + 1 for k in range(len(before) - 2, -1, -1) if _is_boundary(before, k)), 0)
    if any(word in _CALENDAR_NAMES for word in before[clause_start:-1]):
        return False  # "On Monday forecasters expected the storm by Saturday": counted from Monday
    for back in range(len(before) - 2, max(-1, len(before) - 2 - _EXPECTATION_REACH), -1):
        word = before[back]
        if word in BOUNDARY_MARKS:
            return False
        if word in _PLEDGES:
            return _pledge_before_its_deadline(before, back)
        if word in _EXPECTATIONS:
            return back == 0 or before[back - 1] not in _BE_FORMS
    return False


# (not "be": "vowed to be ready by Friday" is a pledge ahead)
_FINITE_BETWEEN = (_BE_FORMS - {"be", "being"}) | {"had", "has", "have"}


def _pledge_before_its_deadline(before: list[str], back: int) -> bool:
    """A pledge made ("she pledged new rules by August"), not one reported long after ("had vowed to
    close it by January"), an adjective ("the pledged aid had been delivered by March") or what was
    pledged by a date ("the money pledged by March"): the deadline is then what it looks ahead to."""
    leading = before[back - 1] if back > 0 else ""
    if leading in ("had", "'d", "’d", "of") or leading in DETERMINERS or leading in _BE_FORMS:
        return False
    between = before[back + 1 : -1]
    return bool(between) and not any(word in _FINITE_BETWEEN or is_past_form(word) for word in between)


# (the full names, not "jun" or "sept"; "may" counts as the month here, as before)
_MONTH_NAMES = frozenset(name for name in MONTHS if (len(name) > 3 and name != "sept") or name == "may")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_EARLIER_ANCHORS = frozenset({"last", "ago", "yesterday", "earlier", "previous", "week", "month", "year"})
_CALENDAR_NAMES = _MONTH_NAMES | frozenset(WEEKDAYS) | {"yesterday", "today", "week", "month", "year"}


def _deadline_of_a_directive(before: list[str]) -> bool:
    """The date is the deadline ("by", "until") of what someone was told to do: a directive, its
    object, then "to" and a verb ("ordered the firms to settle the claims by"), in one clause. Not
    "ordered 2,000 Marines to Haiti on Monday" (no deadline, no infinitive), nor the passive
    ("were told to leave by Friday" tells nothing of who set it when)."""
    if not before or before[-1] not in _DEADLINE_WORDS:
        return False
    start = max(0, len(before) - 1 - _INFINITIVE_REACH)
    for to in range(len(before) - 2, start - 1, -1):
        word = before[to]
        if word in BOUNDARY_MARKS:
            return False
        if word != "to" or to + 1 >= len(before) - 1:
            continue
        verb = before[to + 1]
        if not verb.isalpha() or verb in DETERMINERS or verb in PRONOUN_SUBJECTS:
            return False  # "to the site", "to them": a preposition
        for back in range(to - 1, max(-1, to - 1 - _DIRECTIVE_REACH), -1):
            if before[back] in BOUNDARY_MARKS:
                return False
            if before[back] in _DIRECTIVES:
                return back < to - 1 and (back == 0 or before[back - 1] not in _BE_FORMS)
        return False
    return False


def _is_will(word: str) -> bool:
    return word in ("will", "shall", "won't", "won’t") or word.endswith(("'ll", "’ll"))


def _is_boundary(words: list[str], index: int) -> bool:
    word = words[index]
    if word == ",":
        return not (_in_a_list(words, index) or _closes_a_list(words, index))
    if word in BOUNDARY_MARKS:
        return True
    if word in CLAUSE_WORDS:
        # "that" before a noun it points at is not a clause ("that year" sits in the mention)
        return word != "that" or index + 1 < len(words)
    if word in JOINING_WORDS and index + 1 < len(words):
        return words[index + 1] in PRONOUN_SUBJECTS or _cue(words, index + 1) is not None
    return False


_LIST_REACH = 3  # words of one item in a list: "inlets, coastal ponds and lakes"


def _closes_a_list(words: list[str], comma: int) -> bool:
    """Whether the comma before "and"/"or" closes a list ("Alberta, Minnesota, and Tennessee"): an
    item of one to three words without a verb since the list's comma before it. Without that
    comma it joins clauses ("oil reached the shore, and crews will return")."""
    if (comma + 2 >= len(words) or words[comma + 1] not in ("and", "or") or words[comma + 2] in BOUNDARY_MARKS
            or words[comma + 2] in _FRONTING_WORDS):
        return False
    for index in range(comma - 1, max(-1, comma - 2 - _LIST_REACH), -1):
        word = words[index]
        if word == ",":
            return index < comma - 1
        # ("visit the gulf again, on Friday, and on Wednesday the White House called": adverbials, no list)
        if word in BOUNDARY_MARKS or word in CLAUSE_WORDS or word in _FRONTING_WORDS or _cue(words, index) is not None:
            return False
    return False


def _in_a_list(words: list[str], comma: int) -> bool:
    """Whether the comma parts items of a list of nouns ("winds, high tides and waves"): one to
    three words without a verb, then "and"/"or" and a word. A list cuts no clause."""
    for index in range(comma + 1, min(comma + 2 + _LIST_REACH, len(words))):
        word = words[index]
        if word in ("and", "or"):
            return index > comma + 1 and index + 1 < len(words) and words[index + 1] not in BOUNDARY_MARKS
        if word == "," and index > comma + 1:
            # "Alberta, Minnesota, Texas and Ohio": the list goes on
            return _closes_a_list(words, index) or _in_a_list(words, index)
        if word in BOUNDARY_MARKS or word in CLAUSE_WORDS or _cue(words, index) is not None:
            return False
    return False


def sentence_tense(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> str | None:
    """'past', 'future', 'present' or None for the mention text[start:end] in its sentence."""
    before_words = [_folded(w) for w in _TOKEN.findall(text, sentence_start, start)]
    after_words = [_folded(w) for w in _TOKEN.findall(text, end, sentence_end)]
    if _after_since(before_words):
        return PAST
    if _deadline_of_a_directive(before_words):
        return FUTURE  # "ordered the firms to settle the claims by Friday": the deadline lies ahead
    if _deadline_of_an_expectation(before_words) and not _YEAR.search(text, sentence_start, start):
        return FUTURE  # "crews expected winds above 39 mph by Saturday": what was expected lies ahead
    before_cues, before_open = _clause_cues(before_words, from_end=True)
    after_cues, after_open = _clause_cues(after_words, from_end=False)
    if not after_cues and all(word in _FRONTING_WORDS or word in _CALENDAR_NAMES or word.isdigit()
                              for word in before_words[before_open + 1 :]):
        # (also in the clause a fronted date leads into: "In March, officials who ...")
        main_clause = _relative_clause_left_out(after_words, 1 if after_words[:1] == [","] else 0)
        if main_clause is not None:
            # "By October birds that nested here will be gone": the relative clause tells of the
            # birds; the tense of the clause the date fronts is the verb after it ("The outbreak in
            # April of the virus that forced ... is expected": a date inside its subject is not fronted)
            after_words = main_clause
            after_cues, after_open = _clause_cues(after_words, from_end=False)
    outside_after = _outside_cues(after_words, after_open, from_end=False)
    if (before_cues == [WEAK] and not after_cues and before_open < 0
            and before_words and before_words[0] in ("until", "till")):
        # "Until Thursday, they had not called him": an opening "until" phrase takes the
        # tense of the clause it leads into
        return PAST if _combine(None, outside_after) == PAST else FUTURE
    if (before_cues and before_cues[-1] == WEAK and before_words and before_words[-1] in ("until", "till")
            and all(cue == PRESENT for cue in after_cues) and _not_until(before_words)
            and _past_before_until(before_cues[:-1], before_words, before_open)):
        # "they didn't discover it until mid-July", "was not found until May": a past act that did
        # not come before the date came then, no time ahead
        return PAST
    reading = _combine(before_cues[-1] if before_cues else None, after_cues)
    if reading is not None:
        return reading
    # nothing in the mention's own clause: borrow from the rest of the sentence
    # "On Friday, the government planned to pay": a plan in another clause is past, and
    # "until" there does not reach the mention
    outside_before = [cue for cue in _outside_cues(before_words, before_open, from_end=True) if cue != WEAK]
    outside_after = [cue for cue in outside_after if cue != WEAK]
    own_before = before_words[before_open + 1 :]
    if _fronts_the_next_clause(own_before, after_words) and outside_after:
        # "..., and by August 31, the figure will soar": a date opening its clause before a
        # comma takes the tense of the clause it leads into, not of the one before it
        if "by" in own_before:
            # "By Friday, the mayor said they would have power back": nobody says a thing
            # by a deadline, so the deadline belongs to what is said
            reported = [cue for cue in _outside_cues(after_words, after_open, from_end=False,
                                                     skip_reporting=True) if cue != WEAK]
            if reported:
                return _combine(None, reported)
        elif _opens_on_a_past_telling(after_words, after_open):
            # "In May, the sheriff declared that the town would not ...": the date fronts the
            # telling, which is past whatever the told clause looks ahead to
            return PAST
        return _combine(None, outside_after)
    reading = _combine(outside_before[-1] if outside_before else None, outside_after)
    if reading == PROGRESSIVE and before_open == 0 and before_words[0] == "after":
        # "After giving up on Saturday, the firm is trying another way": what came before the
        # main clause's present is past; that "is trying" is what goes on now, no arrangement
        return PAST
    return reading


_RELATIVE_PRONOUNS = frozenset({"that", "who", "which"})


def _an_ly_adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word.isalpha()


def _relative_clause_left_out(after: list[str], start: int) -> list[str] | None:
    """The words after the mention without a relative clause describing the noun of the clause
    opening at `start`, when a verb of that clause follows it: "birds that nested here will be
    gone" -> "birds here will be gone" (the relative clause's verb group goes). None when that
    clause ends on no relative pronoun after a noun, or no verb follows the relative clause's own."""
    boundary = next((index for index in range(start, len(after)) if _is_boundary(after, index)), len(after))
    if not start < boundary < len(after) or after[boundary] not in _RELATIVE_PRONOUNS:
        return None
    noun = after[boundary - 1]
    if not noun.isalpha() or noun in DETERMINERS or noun in PREPOSITION_LEADS or noun in PRONOUN_SUBJECTS:
        return None
    own_verb = boundary + 1
    if own_verb + 1 < len(after) and _an_ly_adverb(after[own_verb]):
        own_verb += 1  # "who quickly left"
    if own_verb >= len(after) or _cue(after, own_verb) is None:
        return None  # "the fears that chemicals have ...": a clause with its own subject, maybe no relative one
    group_end = own_verb + 1  # the relative clause's verb group: "had been found", "nested"
    while group_end < len(after) and (after[group_end] in LINKING
                                      or (_cue(after, group_end) is None and is_past_form(after[group_end]))):
        group_end += 1
    rest = after[:boundary] + after[group_end:]
    cues, _open = _clause_cues(rest[start:], from_end=False)
    return rest if cues else None


def _opens_on_a_past_telling(after: list[str], boundary: int) -> bool:
    """Whether the first clause after `boundary` (the comma after a fronted date) is a short
    reporting clause in the past: "the sheriff declared that", "officials said"."""
    for index in range(boundary + 1, min(len(after), boundary + 2 + _MAX_REPORTING_WORDS)):
        if _is_boundary(after, index):
            return False
        if after[index] in REPORTING_VERBS:
            return is_past_form(after[index]) and _cue(after, index) == PAST
        if _cue(after, index) is not None:
            return False
    return False


def _fronts_the_next_clause(own_before: list[str], after: list[str]) -> bool:
    return bool(after) and after[0] == "," and all(word in _FRONTING_WORDS for word in own_before)


# What may stand before a date that opens its clause: "and by", "but on", "then in early".
_FRONTING_WORDS = frozenset({"and", "but", "or", "then", "so", "by", "on", "in", "at", "from", "after", "before",
                             "during", "early", "late", "the", "of", "around", "about"})


def future_stated_outright(text: str, sentence_start: int, start: int) -> bool:
    """Whether the mention's own clause, up to the mention, says outright that it is ahead
    ("will", "is due"): not a "will" of another clause ("oil will leak from the well that blew
    out on April 20"), nor a plan that is over ("was due to open on 13 July")."""
    words = [_folded(w) for w in _TOKEN.findall(text, sentence_start, start)]
    index = len(words) - 1
    while index >= 0 and not _is_boundary(words, index):
        index -= 1
    clause = words[index + 1 :]
    for position, word in enumerate(clause):
        over = word == "due" and position > 0 and clause[position - 1] in ("was", "were", "been")
        if (word in STRONG_FUTURE_WORDS or word.endswith(("'ll", "’ll"))) and not over:
            return True
    return False


# Future cues told from a past viewpoint: "said it expected to", "would", "was due to".
_MODAL_WOULD = frozenset({"would", "'d", "’d"})
_BACKSHIFTED_FUTURE = _EXPECTATIONS | {"planned", "intended", "hoped", "aimed"}


def future_told_in_the_past(text: str, sentence_start: int, start: int) -> bool:
    """Whether the nearest future cue of the mention's clause, up to the mention, looks ahead from a
    past viewpoint ("the agency said it expected to reach 60,000 people on Sunday", "talks were due to
    resume on Monday"): what lay ahead then may be behind by the time the article is written."""
    words = [_folded(w) for w in _TOKEN.findall(text, sentence_start, start)]
    index = len(words) - 1
    while index >= 0 and not _is_boundary(words, index):
        if _cue(words, index) in (FUTURE, WEAK):
            before = words[index - 1] if index > 0 else ""
            if before in ("was", "were"):
                return True
            if words[index] in _MODAL_WOULD:
                # "said it would reopen": a reported future; "if they fail, they would strike" is a
                # condition ahead, and a bare "would" may be either
                told = words[:index]
                return (any(word in REPORTING_VERBS and is_past_form(word) for word in told)
                        and not any(word in ("if", "unless") for word in told))
            # ("is expected to attend Sunday's meeting" looks ahead from now)
            return words[index] in _BACKSHIFTED_FUTURE and before not in _PRESENT_BE
        index -= 1
    return False


_PRESENT_BE = (_BE_FORMS - {"was", "were"}) | {"am", "'s", "’s", "'re", "’re"}


def _after_since(words: list[str]) -> bool:
    """Whether the mention ends a "since ..." phrase with no verb between ("since the blast on
    20 April", "since the April 20 blowout"): "since" points back, whatever tense the sentence
    is in ("It will be the first time since the blast on 20 April")."""
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word == "since":
            return True
        if word in BOUNDARY_MARKS or _cue(words, index) is not None:
            return False
    return False


def _folded(word: str) -> str:
    """Lower case, except the name "May" (the month, Theresa May), which is not the modal; a verb
    without its prefix ("re-open" is read as "open")."""
    if word == "May":
        return word
    prefixed = _PREFIX.match(word)
    return word[prefixed.end() :].lower() if prefixed else word.lower()


_PREFIX = re.compile(_VERB_PREFIX)


def _not_until(before_words: list[str]) -> bool:
    """A negation in the words before the date's "until" ("did not ... until", "didn't ... until")."""
    return any(word in ("not", "never") or word.endswith("n't") for word in before_words)


def _past_before_until(earlier_cues: list[str], before_words: list[str], before_open: int) -> bool:
    """Whether the nearest tense cue before a closing "until" (in its clause, else before it) is past."""
    nearest = next((cue for cue in reversed(earlier_cues) if cue not in (WEAK, PRESENT)), None)
    if nearest is None and not earlier_cues:
        outside = _outside_cues(before_words, before_open, from_end=True)
        nearest = next((cue for cue in reversed(outside) if cue not in (WEAK, PRESENT)), None)
    return nearest == PAST


def _combine(before: str | None, after: list[str]) -> str | None:
    """The reading of the nearest cue before and the cues after, as one tense."""
    first_after = next((cue for cue in after if cue != PRESENT), after[0] if after else None)
    if before == WEAK:
        return PAST if first_after == PAST else FUTURE
    if before is not None and before != PRESENT:
        return before
    if first_after == WEAK:
        first_after = FUTURE
    if first_after is not None and first_after != PRESENT:
        return first_after
    return before or first_after


def _clause_cues(words: list[str], *, from_end: bool) -> tuple[list[str], int]:
    """Cues of the part of the mention's clause in `words`, in text order, and where it stops.

    `from_end` reads the words before the mention (its clause is at their end). The index
    returned is where the clause boundary lies in `words` (-1 / len(words) if none).
    """
    cues: list[str] = []
    if from_end:
        index = len(words) - 1
        while index >= 0 and not _is_boundary(words, index):
            cue = _cue(words, index)
            if cue is not None:
                cues.append(cue)
            index -= 1
        cues.reverse()
        # "Schools will stay closed until": the verb group's auxiliary lies in the clause,
        # so a conjunction opening it ("when he will ...") still counts as its own
        return cues, index
    index = 0
    while index < len(words) and not _is_boundary(words, index):
        cue = _cue(words, index)
        if cue is not None:
            cues.append(cue)
        index += 1
    return cues, index


def _outside_cues(words: list[str], boundary: int, *, from_end: bool, skip_reporting: bool = False) -> list[str]:
    """Cues beyond the mention's clause, leaving out reporting clauses ("..., he said"), and with
    `skip_reporting` the reporting verbs themselves ("she said they would ...")."""
    span = range(0, boundary + 1) if from_end else range(boundary, len(words))
    cues: list[str] = []
    clause: list[str] = []
    clause_words = 0
    reporting = False
    for index in span:
        if _is_boundary(words, index):
            if not (reporting and clause_words <= _MAX_REPORTING_WORDS):
                cues.extend(clause)
            clause, clause_words, reporting = [], 0, False
            continue
        clause_words += 1
        if words[index] in REPORTING_VERBS:
            reporting = True
            if skip_reporting:
                continue
        # seen from another clause, "planned (to)" is the past act of planning
        cue = PAST if words[index] == "planned" else _cue(words, index)
        if cue is not None:
            clause.append(cue)
    if not (reporting and clause_words <= _MAX_REPORTING_WORDS):
        cues.extend(clause)
    return cues
