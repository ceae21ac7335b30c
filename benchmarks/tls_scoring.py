"""Scores a timeline summary against journalists' timelines: date F1, ROUGE-1, and a judge of labels.

Kept apart from the runner (benchmarks/tls.py) so the arithmetic and the judge can be
unit-tested on tiny hand-made cases. Standard library only, and no `timeline` import: the
app must not grade itself with its own word lists.

- Date selection F1 as news-tls / tilse compute it for one reference timeline: the system
  picks as many dates as the reference has (k); precision = |pred ∩ gold| / |pred|,
  recall = |pred ∩ gold| / |gold|, F1 their harmonic mean.
- ROUGE-1 F1: clipped unigram overlap of lower-cased alphanumeric tokens, *without*
  stemming and without stop-word removal (published ROUGE figures usually stem with
  Porter, so these read a little lower: "killed" and "kill" do not match here).
- `no_happening_reason`: why a label names no happening ("On 18 Jan 2010", "It", "Report
  abuse"), or None. A heuristic built from general English word lists, see its docstring.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class DateScore:
    precision: float
    recall: float
    f1: float


def f1_of(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


def date_f1(predicted: Iterable[date], gold: Iterable[date]) -> DateScore:
    """Set overlap of the chosen dates with the reference's dates (duplicates count once)."""
    pred_set, gold_set = set(predicted), set(gold)
    hits = len(pred_set & gold_set)
    precision = hits / len(pred_set) if pred_set else 0.0
    recall = hits / len(gold_set) if gold_set else 0.0
    return DateScore(precision, recall, f1_of(precision, recall))


_TOKEN = re.compile(r"[a-z0-9]+")


def rouge_tokens(text: str) -> list[str]:
    """Lower-case alphanumeric runs; punctuation splits words ("U.S." -> "u", "s"), as ROUGE's tokenizer does."""
    return _TOKEN.findall(text.lower())


def rouge1_f1(system: str, reference: str) -> float:
    """ROUGE-1 F1 of one system text against one reference text (0 when either is empty)."""
    sys_counts, ref_counts = Counter(rouge_tokens(system)), Counter(rouge_tokens(reference))
    if not sys_counts or not ref_counts:
        return 0.0
    # Clipped overlap: a word the system repeats counts only as often as the reference has it.
    overlap = sum((sys_counts & ref_counts).values())
    return f1_of(overlap / sum(sys_counts.values()), overlap / sum(ref_counts.values()))


# --- the label judge ---------------------------------------------------------------------

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that only place something in time or count it: a label made of these names no happening.
_CALENDAR = _words("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
today tonight yesterday tomorrow morning afternoon evening night midnight noon dawn dusk
day days week weeks weekend month months year years hour hours minute minutes second seconds
am pm a.m. p.m. o'clock gmt utc bst est edt cst cdt mst mdt pst pdt cet cest et pt ct
""")
# Words that may sit between the date words ("On the 3rd of June") without naming anything.
# "This" or "late" alone is not a date: these words only count beside a real date word.
_DATE_GLUE = _words("""
on at in by of the from to until till since around about before after between and or local time
last next this that early late mid earlier later ago
""")
_NUMBER = re.compile(r"^[0-9][0-9,.:/\-]*(st|nd|rd|th|s|am|pm|a\.m|p\.m|h|gmt|utc)?$")
_NUMBER_WORDS = _words("""
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
million billion first second third fourth fifth half quarter
km kms mi mile miles metre metres meter meters feet ft kg kgs tonne tonnes ton tons mph kph percent per cent %
""")

# Subject pronouns: a label led by one says what happened but not to whom or by whom.
_PRONOUNS = _words("it he she they we i you")
# Words a self-contained label cannot start with: it is the tail of a longer sentence.
_BAD_FIRST = _words("and or but nor because although though whereas which who whom whose that than as so if")
# Words a self-contained label cannot end on: the sentence was cut in the middle of a phrase.
_BAD_LAST = _words("""
a an the and or but nor of to in on at by for from with into onto over under about after before
between among around against through across within despite including amid via per toward towards according
during since until than as that which who whom whose if because while although
is are was were be been being am has have had do does did will would can could shall should may might must
his her its their our your my this these those some any no every each very
""")
# Verbs that need an object: ending on one right after "to" or a modal leaves the phrase open.
_OBJECT_VERBS = _words("""
bring take make give get put send keep provide include offer allow let tell ask help prepare
become reach find show hold use need want
""")
_OPENERS = _words("to will would can could shall should may might must help")

# Auxiliaries and frequent verb forms that the inflection endings below cannot catch.
_VERB_FORMS = _words("""
is are was were be been being am isn't aren't wasn't weren't
has have had hasn't haven't hadn't having do does did don't doesn't didn't done
will would can could shall should may might must won't wouldn't can't cannot couldn't shouldn't
say says said tell told go goes went gone come comes came get gets got make makes made take takes took taken
give gives gave given see saw seen know knew known find found think thought leave left meet met
hold held keep kept begin began begun run ran win won lose lost pay paid put set let cut hit shut
send sent bring brought buy bought build built catch caught fight fought seek sought teach taught
fall fell fallen rise rose risen break broke broken speak spoke spoken choose chose chosen
drive drove driven fly flew flown grow grew grown throw threw thrown draw drew drawn
strike struck lead led feel felt flee fled spend spent stand stood understand understood
sell sold read write wrote written become became die dies kill open close start end born due
sank sunk swam swum shook shaken blew blown froze frozen stole stolen tore torn wore worn bore borne
bit bitten hid hidden rode ridden rang rung sang sung dug fed fought hung laid lay lit slid spun sprang
stuck stung swept swore sworn wept woke woken withdrew overtook undertook forgave forbade beat beaten
quit spread cast burst bet bid hurt split upset meant sped slept bled bred crept dealt dreamt leapt
""")
_INFLECTED = re.compile(r"^[a-z][a-z'\-]*[a-z](ed|ing)$|^[a-z][a-z'\-]*[^siu's]s$")
# Frequent words with a verb's ending that are never verbs.
_NOT_VERBS = _words("""
its his hers ours yours theirs news series species always perhaps towards afterwards besides whereas sometimes
hundred red bed indeed according during nothing something anything everything morning evening king thing ceiling spring
""")

# Page furniture caught in the text: comment threads, captions, links, schedules.
_BOILERPLATE_ANYWHERE = (
    "wrote:", "report abuse", "click here", "broadcast live", "is subject to change", "all rights reserved",
    "last updated", "sign up", "read more", "terms and conditions", "privacy policy", "share this",
    "email this", "print this", "related stories", "posted by", "follow us",
)
# Words that are boilerplate when they lead the label ("Comment: ...", "Photograph: ...").
_BOILERPLATE_LEADS = _words("comment comments photograph photo photos picture pictures video caption advertisement")


_PLURAL = re.compile(r"^[a-z]{2,}[^siu']s$")
_FUNCTION_WORDS = _BAD_LAST | _BAD_FIRST | _DATE_GLUE | _words("not also still now then")


def _clean_words(label: str) -> list[str]:
    """Whitespace words with surrounding punctuation dropped, case kept (capitals mark names)."""
    words = []
    for raw in label.split():
        word = raw.strip(".,;:!?\"'()[]{}“”‘’«»–—-…*")
        if word:
            words.append(word)
    return words


def _is_date_word(word: str) -> bool:
    low = word.lower()
    return low in _CALENDAR or low in _NUMBER_WORDS or bool(_NUMBER.match(low))


def is_verb_like(word: str, *, first: bool = False) -> bool:
    """A word that may be a verb: a listed auxiliary or frequent form, or an inflected non-name.

    Capitalised words inside a label are taken for names and never count; the label's first
    word is capitalised by convention, so it counts for -ed/-ing but not for -s ("Talks",
    "Jones"). Limits: plural nouns ("officials") and gerund-like nouns ("building",
    "meeting") count as verbs, so the judge under-reports verbless labels; bare verb forms
    missing from the list are found only after "to" or a leading plural ("Divers search"),
    so "Engineers remove ..." passes but "The crew remove ..." is called verbless.
    """
    low = word.lower().replace("’", "'")
    if low in _VERB_FORMS:
        return True
    if low in _NOT_VERBS or (word[:1].isupper() and not first):
        return False
    if first:
        return bool(re.match(r"^[a-z][a-z'\-]*[a-z](ed|ing)$", low))
    return bool(_INFLECTED.match(low))


def _has_verb(words: list[str]) -> bool:
    for index, word in enumerate(words):
        if is_verb_like(word, first=index == 0):
            return True
        following = words[index + 1] if index + 1 < len(words) else ""
        # "to" before a lower-case word is an infinitive: headline style ("Talks to resume").
        if word.lower() == "to" and following[:1].islower():
            return True
        # A plural subject, then a lower-case content word: a present-tense verb ("Divers search").
        if (index == 0 and _PLURAL.match(word.lower()) and following[:1].islower()
                and following not in _FUNCTION_WORDS and not following.endswith("ly")):
            return True
    return False


def no_happening_reason(label: str) -> str | None:
    """Why the label names no happening, or None when it might name one.

    Checked in order, the first that applies is the reason:
    "empty", "boilerplate", "only a date, time or number", "a lone word or name",
    "led by a pronoun", "starts mid-sentence", "ends on a dangling word", "no verb".
    """
    text = " ".join(label.split())
    words = _clean_words(text)
    if not words:
        return "empty"
    low_text = text.lower()
    if any(phrase in low_text for phrase in _BOILERPLATE_ANYWHERE) or words[0].lower() in _BOILERPLATE_LEADS:
        return "boilerplate"
    lows = [w.lower() for w in words]
    if all(not w.isalpha() or w.isupper() for w in words):
        # An all-capitals headline: capitals no longer mark names, so judge it in lower case.
        words = lows
    if any(_is_date_word(w) for w in words) and all(_is_date_word(w) or w in _DATE_GLUE for w in lows):
        return "only a date, time or number"
    has_verb = _has_verb(words)
    # One word names no happening even when it is a verb ("Married": who?).
    if len(words) == 1 or (len(words) == 2 and not has_verb):
        return "a lone word or name"
    if lows[0] in _PRONOUNS:
        return "led by a pronoun"
    if lows[0] in _BAD_FIRST and not (len(words[0]) > 1 and words[0].isupper()):  # "WHO" is an agency
        return "starts mid-sentence"
    if lows[-1] in _BAD_LAST or (lows[-1] in _OBJECT_VERBS and len(lows) > 1 and lows[-2] in _OPENERS):
        return "ends on a dangling word"
    if not has_verb:
        return "no verb"
    return None
