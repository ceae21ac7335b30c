"""What a headline's own words tell, whatever its date's clause: a guess ("River could reach
the town"), a hypothesis ("Levy would raise $3bn"), a state of affairs ("Capital was in
darkness"), a source not commenting. The clause around the date is events/factuality.py's.

The checks read the verb group of the headline (and, for "would", whether anyone in its sentence
says or plans it): the shapes of general English, nothing of one corpus.
"""

from __future__ import annotations

import re

from timeline.events.clause_chunks import SAME_FORM_PAST, first_verb, tokenize
from timeline.events.no_comment import no_comment_in
from timeline.events.word_lists import IRREGULAR_PAST, REPORTING_VERBS, is_passive_participle, word_list

# "could", "might", "may" open a verb group that guesses, and "should" one that expects ("the pump
# should be running by Friday") or asks; "would" only when nobody in the sentence says or plans it
# (hypothesis_in): in reported speech it is a plan ("the firm said it would close the plant in May").
_POSSIBILITY_MODALS = word_list("factuality", "possibility_modals")


def label_not_factual(label: str) -> str | None:
    """Why a headline's own words tell no happening (a guess, a source not commenting), or None:
    what the labeller asks of each headline besides its date's clause."""
    return guess_in(label) or no_comment_in(label)


def hypothesis_in(label: str, sentence: str) -> str | None:
    """"The levy would raise $11bn over the decade", "the soonest that would happen is August": a
    headline opening on "would" that nobody in its sentence says, plans or expects tells what
    would follow from something, no happening ("the firm said it would close the plant in May"
    is the firm's plan; "Obama would later fault the plan" tells a later act, but most such
    sentences are hypotheses)."""
    if ": " in label or not _opens_with(label, "would"):
        return None
    if _SAYING_OR_PLANNING.search(sentence):
        return None
    return "a hypothesis: what would follow, not a happening"


def state_in(label: str) -> str | None:
    """"Enormity of the disaster is hard to comprehend", "Capital was in total darkness", "There are
    people buried under their houses": what the headline tells is a state of affairs (a form of
    "be" before what the subject is, not before a participle of something done to it or an act
    going on), no happening. Not a state that ends something ("the well is dead", "the airport is
    open again"), nor a plan ("is to visit", "is due to"), nor what a speaker says ("Coroner: the
    dose was lethal"): the saying is the happening, a witness's testimony as much as a remark."""
    if ": " in label:
        return None
    tokens = tokenize(label)
    verb = first_verb(tokens)
    if verb is None or tokens[verb].lower not in _STATE_VERBS or verb + 1 >= len(tokens):
        return None
    if any(t.lower in _CLAUSES_BEFORE for t in tokens[:verb]):
        return None  # ("BP scraps payouts and there is no plan ...": the "be" of a second clause)
    complement = [t.lower for t in tokens[verb + 1 :] if t.is_word]
    while complement and complement[0] in ("now", "still", "also", "effectively", "finally", "all", "both", "not"):
        complement = complement[1:]
    if not complement:
        return None
    head = complement[1] if complement[0] == "the" and len(complement) > 1 else complement[0]
    done_or_going_on = (head.endswith(("ing", "en")) or is_passive_participle(head) or head in IRREGULAR_PAST
                        or head in SAME_FORM_PAST)
    if done_or_going_on or head in _NOT_A_STATE_AFTER_BE or any(word in _OUTCOME_STATES for word in complement[:3]):
        return None
    return "a state of affairs, not a happening"


def guess_in(label: str) -> str | None:
    """"River could reach the town": a headline that guesses, unless a speaker makes it a statement."""
    return "a possibility" if ": " not in label and _opens_with_possibility(label) else None


def _opens_with(label: str, modal: str) -> bool:
    """The label's verb group opens on `modal`, not a relative clause's ("cancels what would have been ...")."""
    tokens = tokenize(label)
    verb = first_verb(tokens)
    return verb is not None and tokens[verb].lower == modal \
        and not (verb and tokens[verb - 1].lower in ("what", "that", "which", "who"))


def _opens_with_possibility(label: str) -> bool:
    tokens = tokenize(label)
    verb = first_verb(tokens)
    if verb is None:
        return False
    if tokens[verb].lower in _POSSIBILITY_MODALS:
        return True
    # "Costs should be less than $200 million", "The bill will be more than $1bn": an estimate of an amount
    following = tokens[verb + 1 : verb + 4]
    if tokens[verb].lower not in ("should", "would", "will") or len(following) < 3 or following[0].lower != "be":
        return False
    word, then = following[1].lower, following[2]
    if word in _COMPARATIVES:
        return then.lower == "than"  # ("talks will be more productive": no amount)
    return word in _ROUGHLY and (then.text[:1].isdigit() or then.text[:1] in "$£€")  # ("will be about the leak")


_COMPARATIVES = frozenset({"less", "more", "fewer", "higher", "lower", "greater"})
_CLAUSES_BEFORE = frozenset({"and", "but", "that", "when", "while", "as", "after", "before", "because", "if"})
_STATE_VERBS = frozenset({"is", "are", "was", "were", "remains", "remain", "remained", "seems", "seem", "seemed"})
# After "be", a plan or a happening's own words: "is to visit", "is due to", "was among the first to"
# (and participles the verb lists do not know: "the verdict was read out")
_NOT_A_STATE_AFTER_BE = frozenset({"to", "due", "set", "about", "expected", "scheduled", "among", "first", "last",
                                   "born", "struck", "until", "read", "led", "fed", "bred", "spread", "quit"})
# States that end or begin something, each a happening of its day: "the well is dead", "the port is open".
_OUTCOME_STATES = frozenset({"dead", "alive", "safe", "missing", "over", "open", "closed", "free", "sealed",
                             "capped", "gone", "back", "pregnant", "married", "divorced", "bankrupt", "guilty",
                             "innocent", "ready", "underway", "under"})
# Whoever says, plans, expects or agrees what "would" happen: a plan or a statement, not a hypothesis.
_SAYING_OR_PLANNING = re.compile(
    r"\b(?:" + "|".join(sorted(REPORTING_VERBS | word_list("headline_style", "stance_verbs"), key=len, reverse=True))
    + r"|according\s+to"
    r"|(?:announc|promis|vow|pledg|agre|decid|plann?|expect|hop|intend|propos|order|rul|forecast|predict|"
    r"estimat|warn|insist|assur|signal|indicat|vot|confirm|threaten|commit)(?:e|es|ed|ing|s)?)\b", re.IGNORECASE)
_ROUGHLY = frozenset({"about", "around", "roughly", "nearly", "almost"})
