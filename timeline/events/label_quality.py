"""Whether a headline names a happening: the flaws that make a label useless on a timeline.

A label is read at a glance, without its sentence: "It will launch" or "15 GMT" tells the
analyst nothing. The checks are about the words' shape only (general English), so they
hold for any corpus. Whether a verb is present is left to `labels.readability`: present
forms of verbs outside the word list ("knocks") cannot be told from plural nouns by shape.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.events.clause_chunks import (
    DETERMINERS,
    Token,
    first_verb,
    third_person,
    tokenize,
    verb_base,
)
from timeline.events.headline_common import MANY_WORDS, PLAN_WORDS, negative_contractions
from timeline.events.verb_guess import may_hold_verb
from timeline.events.word_lists import (
    AUXILIARIES,
    CALENDAR_WORDS,
    IRREGULAR_PAST,
    PAST_PARTICIPLES,
    REPORTING_VERBS,
    VERB_ONLY,
    is_passive_participle,
    word_list,
)

# A label opening with one of these leans on a sentence the reader cannot see.
_LEANING_OPENERS = word_list("label_quality", "leaning_openers")
_CONNECTIVE_ADVERBS = word_list("label_quality", "connective_adverbs")
_TITLE_OPENERS = word_list("label_quality", "title_openers")
_VAGUE_SUBJECTS = word_list("label_quality", "vague_subjects")
# A label opening with one of these is an adverbial ("In a statement issued ...", "Ahead of
# the start ..."): the actor and the act are in the rest of the sentence.
_PREPOSITION_OPENERS = word_list("label_quality", "preposition_openers")
# A label ending on one of these was cut mid-phrase.
# (and an auxiliary's negation: "Ann Roe: it wasn't [like this]", "... so that people don't [turn to ...]")
# (AUXILIARIES holds both apostrophes: "wasn't", "wasn’t")
_DANGLING_ENDS = word_list("label_quality", "dangling_ends") | {w for w in AUXILIARIES if w.endswith(("n't", "n’t"))}
# A sentence about the page itself ("The BBC is ending this live page for the night"), not the news.
_ABOUT_THE_PAGE = re.compile(
    r"\b(?:this|our)\s+(?:live\s+)?(?:update\s+)?(?:page|blog|coverage)\b|\blive\s+(?:update\s+)?page\b"
    r"|^(?:a\s+)?summary\s+of\s+(?:the\s+)?(?:events|day|week)\b"  # a page's own heading
    # a programme page's credit line ("Producer/Ann Lee for the BBC") run into its listing
    r"|\b(?-i:Producer|Presenter|Director|Editor)s?/\s*[A-Z]",
    re.IGNORECASE,
)
# A live page pointing its readers to pictures elsewhere ("Ann Lee has posted photos on her
# Flickr account", "A paper has compiled a map of the damage"): the present perfect of a page's
# round-up, not a happening of the story. (A past
# "BP released the first video of the leak" is news; so is a second predicate of a happening,
# "BP bowed to demands and has posted a live video feed".)
_MEDIA = r"(?:pictures|photos|photographs|images|videos?|footage|maps?|gallery|galleries|slideshow)"
_POINTS_TO_MEDIA = re.compile(
    # a subject with no verb of its own before (not "Ann Lee apologised and has posted ..."), nor
    # one whose pictures are an appeal ("Police have posted pictures of the suspects")
    r"^(?!(?:the\s+)?(?:police|fbi|detectives|investigators|authorities)\b)"
    r"(?:(?!(?-i:[a-z])[\w-]*ed\b)[\w’'.&-]+\s+){1,6}(?:has|have)\s+(?:"
    # a pointing verb ("have released pictures of the suspects", "have shut down the website" point nowhere)
    r"(?:posted|compiled|put\s+together|set\s+up|uploaded|gathered)\s+"
    r"(?:(?!(?:of|on|from|to|in)\b)[\w’'-]+\s+){0,3}" + _MEDIA + r"\b"
    # or the pictures had ("The Harbour Gazette has pictures of the ferries leaving")
    r"|(?:(?:some|a|an|more|new|dramatic|striking)\s+){0,2}" + _MEDIA + r"\s+(?:of|from)\b)",
    re.IGNORECASE,
)
# A live page's heading, capitalised where a sentence would not be: "... 14 Jan Live coverage
# following ...", "As it happened: ..." (not "Live coverage of the funeral draws 30 million viewers":
# a heading's "Live coverage" follows its topic, not the sentence's start)
_LIVE_PAGE_HEADING = re.compile(r"(?<=\w\s)(?-i:Live)\s+coverage\s+(?:of|following)\b|^as\s+it\s+happened\b",
                                re.IGNORECASE)
# "Seems to contradict the report": the third-person form of a verb seldom a noun, first,
# means the subject was cut away ("remains" is also a noun: "Remains of the ship found").
_SUBJECTLESS_OPENERS = frozenset(third_person(verb) for verb in VERB_ONLY) - {"remains"}
_CLOCK_WORDS = word_list("label_quality", "clock_words")
_NAME_JOINERS = word_list("label_quality", "name_joiners")
_LETTERS = re.compile(r"[A-Za-z]")
_YEARS = re.compile(r"^\d{4}(?:[-–]\d{2,4})?$")  # "1998", "1977-1979"
MIN_WORDS = 2  # "Minister resigns" is a headline; "Meanwhile" is not
# A clause whose verb is one of these, followed by no participle, describes how things are
# ("Farmers are angry", "The fair was a good day"): a state, not something that happened.
_STATE_VERBS = word_list("label_quality", "state_verbs")
_LINKING_VERBS = _STATE_VERBS - {"is", "are", "was", "were", "'s", "’s"}
# After the state verb these still tell an act, a plan or a presence: "is to visit", "was due
# to open", "Obama is in Louisiana" (a visit).
_ACT_AFTER_STATE_VERB = word_list("label_quality", "act_after_state_verb")
_JUDGING_ADJECTIVES = word_list("label_quality", "judging_adjectives")
_FEELING_ADJECTIVES = word_list("label_quality", "feeling_adjectives")
_FEELING_LINKS = frozenset({"by", "with", "about", "at", "over", "and", "but"})


def about_the_page(label: str) -> bool:
    """"Broadcaster is closing this live page", "Live coverage following the earthquake": a
    sentence about the page, not the news."""
    return _ABOUT_THE_PAGE.search(label) is not None


def a_live_pages_heading(label: str) -> bool:
    """"Haiti earthquake Live coverage following Tuesday's earthquake": a live page's own heading,
    which each day's page prints anew (however many pages print it, no happening)."""
    return _LIVE_PAGE_HEADING.search(label) is not None


def _before_its_contraction(word: str) -> str:
    """"we've" -> "we", "everybody's" -> "everybody": the word a contraction was added to."""
    return re.split(r"['’]", word, maxsplit=1)[0]


# The gate, the ranking and the labeller all ask about the same labels, again after every edit.
@lru_cache(maxsize=1 << 16)
def label_flaw(label: str) -> str | None:
    """Why `label` names no happening, or None when it reads as one ("BP caps the leaking well")."""
    tokens = [t for t in tokenize(label) if t.is_word]
    words = [t.lower for t in tokens]
    verb = first_verb(tokens)  # asked by several checks below
    # A word says something when it has three letters or more: "15 km", "2 pm", "No. 4" do not.
    meaningful = [w for w in words if len(_LETTERS.findall(w)) >= 3 and w not in CALENDAR_WORDS
                  and w not in _CLOCK_WORDS]
    if not meaningful:
        return "only a date, time, number or measure"
    if len(words) < MIN_WORDS:
        return "too short to say what happened"
    # ("1977-1979 Some of ...", "25 April 2009 Experts are ...")
    if _YEARS.match(tokens[0].text) or (words[0].isdigit() and len(words) > 2 and words[1] in _DAY_OR_MONTH_WORDS):
        return "opens on a stray date: a list or a sidebar run into the sentence"
    if len(tokens[0].text) == 1 and tokens[0].text.isalpha() and words[0] not in ("a", "i"):
        return "starts mid-word: a word split by lost punctuation ('month s explosion')"
    because_of = words[:2] == ["because", "of"]  # a preposition: "Because of the spill, fishing is banned"
    if not because_of and (words[0] in _LEANING_OPENERS or _before_its_contraction(words[0]) in _LEANING_OPENERS):
        return "leans on a sentence not shown (opens with a pronoun or conjunction)"
    if _a_vague_subject(tokens, words):
        return "its subject names no one and nothing in particular"
    if words[0] in _TITLE_OPENERS:
        return "a title or a question, not a happening"  # "How the oil has spread"
    if words[:2] in (["rather", "than"], ["instead", "of"]) and "," not in label:
        # "Rather than the 3,400 square miles seen on Monday": what the news is set against
        # ("Instead of the ferry, a bus took them" goes on into its own clause)
        return "a comparison's yardstick, not a happening"
    if label.lower().startswith(("let's ", "let’s ", "let us ", "don't ", "don’t ", "do not ", "please ")):
        return "an exhortation, not a happening"  # "Let's get back on our feet", "Don't trust them"
    if words[0] in _CONNECTIVE_ADVERBS and verb == 1:  # "Nevertheless has borne the brunt of ..."
        return "leans on a sentence not shown (opens with a pronoun or conjunction)"
    if _leans_on_what_came_before(tokens, verb, spoken=": " in label):
        return "leans on a sentence not shown (opens with a pronoun or conjunction)"
    if _acts_on_a_pronoun(tokens, verb):
        return "leans on a sentence not shown (its object is a pronoun)"
    if ": " not in label and _ends_on_what_was_named_before(tokens, verb):
        return "leans on a sentence not shown (it ends on 'that' thing)"
    # ("Both of the pilots survive": a partitive subject)
    opener = words[1] if words[0] in ("either", "neither", "both") and len(words) > 1 and words[1] != "of" \
        else words[0]
    if opener in _PREPOSITION_OPENERS and not _a_quantity(words):  # (and "Either on its tax return or ...")
        return "an adverbial phrase: says when or where, not who did what"
    if words[0] in _SUBJECTLESS_OPENERS or _opens_with_participle(words) or _opens_on_a_bare_verb(tokens):
        return "opens with its verb: who acted is missing"
    if ": " not in label and _object_straight_after_the_first_word(tokens):
        return "opens with its verb: who acted is missing"
    if (words[-1] in _DANGLING_ENDS or _a_count_without_its_noun(words) or _a_verb_said_before(words, tokens)
            or _reports_nothing(words, tokens, verb)
            or _ends_on_a_bare_span(words) or _a_post_without_its_words(words) or _asks_nothing(words, tokens)):
        return "cut mid-phrase"
    if about_the_page(label) or a_live_pages_heading(label):
        return "about the page, not the news"
    if _POINTS_TO_MEDIA.match(label) is not None:
        return "points to pictures or a page elsewhere, not to news"
    if a_reporter_at_work(label):
        return "a reporter at work, not a happening"
    if _in_capitals(label):
        return "a heading in capitals, not a happening"  # "NO SIGN OF DEAD ZONE", "LOWER MARINE RISER PACKAGE"
    if ": " in label:
        said_flaw = _flaw_of_what_was_said(label)
        if said_flaw is not None:
            return said_flaw
    if ": " not in label and (_tells_a_state(tokens, verb) or _tells_what_did_not_happen(tokens, verb)
                              or _tells_a_possession(tokens, verb)):
        return "tells a state, not a happening"
    if ": " not in label and _addresses_the_reader(label):
        return "speaks to the reader, not of a happening"  # "Type 'Haiti' into Twitter and you soon find ..."
    # (A headline in capitals, "NEW CAP FOR LEAKING WELL", is not a name for being capitalised.)
    if not label.isupper() and all(t.is_capitalised or t.lower in _NAME_JOINERS for t in tokens):
        return "a name, not a happening"
    return None


def _a_verb_said_before(words: list[str], tokens: list[Token]) -> bool:
    """"now, today, they do", "as much as it did", "had nothing to do": "do" standing for a verb said
    before, or cut from its phrase; not a whole "I do", "what they should do", "than rivals did", nor
    a name ("Tuan Do")."""
    if len(words) < 2 or words[-1] not in ("do", "does", "did") or not tokens[-1].text.islower():
        return False
    if words[-2] == "to":
        return len(words) > 2 and words[-3] in ("nothing", "something", "anything", "little", "much")
    return words[-2] in ("they", "we", "he", "she", "it", "you", "people")


def _a_count_without_its_noun(words: list[str]) -> bool:
    """"was realized and several [...]", "dumped as much [as ...]": a count or a measure cut from
    its noun. Not one a verb takes whole ("arrested several", "fell as much", "earns three times
    as much")."""
    if len(words) > 1 and words[-1] == "several":
        return words[-2] in ("and", "or", "but") or words[-2] in AUXILIARIES or words[-2] in _PREPOSITION_OPENERS
    return (len(words) > 2 and words[-2] == "as" and words[-1] in ("much", "many")
            and words[-3] not in _WHOLE_BEFORE_AS_MUCH)


# "three times as much", "fell as much": the measure is whole
_WHOLE_BEFORE_AS_MUCH = frozenset({"twice", "times", "half", "thrice", "just", "nearly", "almost", "about", "fell",
                                   "rose", "fall", "rise", "falls", "rises", "dropped", "gained", "climbed", "jumped",
                                   "slid", "lost"})


_FIRST_PERSON = word_list("label_quality", "first_person")
# "you" unattributed: a page's words to its reader ("Your stories", "it puts you into the middle"), never
# news of a happening; a capitalised "Your" inside a label is a name's ("World Have Your Say").
_ADDRESSES_THE_READER = re.compile(r"^(?:you|your)\b|\b(?-i:you|your)(?:['’](?:re|d|ve|ll))?\b", re.IGNORECASE)
# ... but the "you" of what a thing does for anyone ("a phone that lets you pay", "a law means you can be
# fined") or of what someone said ("Mayor says you can't build", "Miner thanks you all") is no address.
# (and after a reporting verb: REPORTING_VERBS)
_GENERAL_YOU_AFTER = frozenset({"lets", "let", "allows", "allow", "helps", "help", "enables", "enable", "means",
                                "mean", "charge", "charges", "that", "which", "who", "if", "when", "thank", "thanks",
                                "reminds"})


def _addresses_the_reader(label: str) -> bool:
    match = _ADDRESSES_THE_READER.search(label)
    if match is None:
        return False
    before = label[: match.start()].split()
    last = before[-1].lower().strip(",\"'“”‘’") if before else ""
    return last not in _GENERAL_YOU_AFTER and last not in REPORTING_VERBS


# Nouns that, standing alone as a subject, name what the sentence before told: "The move comes
# after ...", "The announcement follows ...", "The decision will be made ..." (a headline names it).
_BACK_REFERRING_NOUNS = word_list("label_quality", "back_referring_nouns")
# What such a noun does when it only points back: it comes, follows, will be, means ("Figures released
# by the office show ..." say which figures; "Measure passes Senate" tells what happened to it).
_POINTING_BACK_VERBS = frozenset({"comes", "came", "follows", "followed", "will", "would", "was", "is", "means",
                                  "meant", "marks", "marked", "made", "sparked", "sparks"})
_POINTING_PRONOUNS = frozenset({"it", "them"})  # ("this", "us" are as often a determiner, a country)
_AUDIENCE_REPORTING = word_list("label_quality", "audience_reporting")
# Their bare forms ("tell", "announce"): neither a third-person "-s" nor a past.
_BASE_REPORTING = frozenset(word for word in _AUDIENCE_REPORTING
                            if not word.endswith(("s", "ed")) and word not in IRREGULAR_PAST)


def _leans_on_what_came_before(tokens: list[Token], verb: int | None, *, spoken: bool) -> bool:
    """"One carrying a field hospital turned away" (one what?); "Lagos I and my colleagues
    arrived" (a first-person account whose speaker is not in the label)."""
    words = [t.lower for t in tokens]
    if len(words) > 1 and words[0] in ("one", "another", "others") and (words[1].endswith(("ing", "ed"))
                                                                        or words[1] == "of"):
        return True  # ("One of them had tested positive": of whom?)
    if len(words) > 2 and words[0] in ("next", "last", "other", "latest", "first", "second") and words[1] == "one":
        return True  # "Next one expected to start late": the next what?
    if len(words) > 2 and words[1] == "more" and words[0] in ("thousands", "hundreds", "dozens", "millions", "many"):
        return True  # "Thousands more to arrive": thousands more of what?
    if len(words) > 1 and words[0] in _BACK_REFERRING_NOUNS and (
            (verb == 1 and words[1] in _POINTING_BACK_VERBS) or words[1:3] == ["to", "be"]):
        # "[The] move comes ...", "[The] decision will be made", "[The] report to be published":
        # which move, what decision? ("Decision to cut jobs angers union" says which)
        return True
    head = words[1:5] if words and words[0] == "not" else words[:4]
    if len(head) >= 3 and head[1] == "of" and head[2] in _POINTING_PRONOUNS:
        return True  # "Not all of it has been diplomatic", "Most of them were freed": of what?
    if verb == 1 and words[0] in ("both", "neither", "either", "each", "some", "many", "most", "several", "few",
                                  "others", "all"):
        # "Both made appearances before the panel", "Some have been waiting": both or some of
        # whom? ("Both sides agree", "Some 400 workers arrived" name them)
        return True
    if spoken:
        return False  # "Mayor: we will rebuild": the speaker is named
    subject = tokens[: verb if verb is not None else len(tokens)]
    # ("US" is a country, not "us".)
    return any(t.lower in _FIRST_PERSON and not (len(t.text) > 1 and t.text.isupper()) for t in subject)


_PRONOUN_OBJECTS = frozenset({"that", "this", "it", "these", "those", "so"})


def _acts_on_a_pronoun(tokens: list[Token], verb: int | None) -> bool:
    """"BP and the Coast Guard did that in a test": what was done is in a sentence not shown.
    ("said that the port would reopen": "that" opens what was said, a clause, not an object.)"""
    if verb is None or verb + 1 >= len(tokens) or tokens[verb + 1].lower not in _PRONOUN_OBJECTS:
        return False
    after = tokens[verb + 2 :]
    return not after or after[0].lower in _PREPOSITION_OPENERS or after[0].lower in ("because", "again", "too")


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_TIME_NOUNS = CALENDAR_WORDS | {"time", "times", "period", "stage", "moment"}


def _ends_on_what_was_named_before(tokens: list[Token], verb: int | None) -> bool:
    """"Pelosi echoed that call", "Hayward touched on this point": the act's object is a thing
    only a sentence not shown names (which call?). A time ("this week", "that period"), the
    people a participle names ("those affected") and a title ("ABC's This Week") say enough."""
    if verb is None or not verb + 1 <= len(tokens) - 2 <= verb + 3:
        return False
    pointer, noun = tokens[-2], tokens[-1]
    if not (pointer.lower in _DEMONSTRATIVES and not pointer.is_capitalised and noun.text.isalpha()
            and noun.text.islower() and noun.lower not in _TIME_NOUNS and not noun.lower.endswith("ed")):
        return False
    # the act's object: straight after the verb, its preposition or its infinitive ("echoed that
    # call", "touched on this point", "expected to update that figure", "had reached that level");
    # after a noun "that" opens a relative clause ("claims that arise"), after "but" a subject
    between = [t.lower for t in tokens[verb + 1 : -2]]
    return all(word in _PREPOSITION_OPENERS or word == "to" or (k > 0 and between[k - 1] == "to")
               or (k == 0 and tokens[verb].lower in _AUXILIARIES) for k, word in enumerate(between))


_SPOKEN_SUBORDINATORS = frozenset({"when", "if", "because", "although", "while", "after", "before", "as", "unless"})


_SPAN_UNITS = frozenset({"minutes", "moments", "seconds"})  # ("opening hours", "early days": nouns, not spans)


def _ends_on_a_bare_span(words: list[str]) -> bool:
    """"witnessed the devastation in the capital minutes": "minutes [after the quake]" was cut
    ("talks last three days" counts its span: a number comes before it)."""
    if len(words) < 3 or words[-1] not in _SPAN_UNITS:
        return False
    before = words[-2]
    return not (before[:1].isdigit() or before in _COUNT_WORDS)


_COUNT_WORDS = frozenset({"a", "few", "several", "many", "two", "three", "four", "five", "six", "seven", "eight",
                          "nine", "ten", "some", "more", "last", "next", "past", "recent", "coming", "of", "for",
                          "within", "in", "after", "over", "during", "hours", "days", "weeks", "months"})


_WHERE_SAID = frozenset({"in", "at", "on", "during", "after", "before"})  # ("wrote to the experts" says to whom)


# ("hundreds of tweets", "his tweets": the noun)
_BEFORE_A_NOUN = DETERMINERS | MANY_WORDS | {"of", "some", "recorded", "first", "latest"}
_POSTING_VERBS = frozenset({"tweets", "tweeted", "texts", "texted", "emails", "e-mails", "emailed", "e-mailed"})


def _a_post_without_its_words(words: list[str]) -> bool:
    """"Ann Lee tweets", "Ann Lee tweets had a couple strong ones": a post whose words were cut
    away, or run on without their subject."""
    for at, word in enumerate(words[1:], start=1):
        if word in _POSTING_VERBS and words[at - 1] not in _BEFORE_A_NOUN and not words[at - 1][:1].isdigit():
            after = words[at + 1 : at + 2]
            return not after or after[0] in _AUXILIARIES or after[0] in IRREGULAR_PAST or after[0].endswith("ed")
    return False


def _reports_nothing(words: list[str], tokens: list[Token], verb: int | None) -> bool:
    """"Ann Roe told BBC News": a reporting verb with only its audience after it; "Acme says
    BP's conduct", "Ann Roe tells AFP news agency": with a noun phrase, cut from the clause
    it began or the audience alone (no verb after "says" or "tells")."""
    while verb is not None and verb + 1 < len(words) and words[verb] in ("has", "have", "had", "was", "is"):
        verb += 1  # "UN has described": the reporting verb after its auxiliary
    if verb is None or words[verb] not in _AUDIENCE_REPORTING:
        return False  # (an earlier verb told something)
    after = tokens[verb + 1 :]
    if not after:
        return True  # "Ann Roe said", "the agency quotes": what was said was cut away
    if all(t.is_capitalised or t.lower in ("reporters", "journalists", "the", "him", "her", "them") for t in after):
        return True
    if words[verb] in _BASE_REPORTING:
        return False  # a bare "tell", "report" is as often a verb of what was said ("... and tell the world")
    if words[verb] in ("says", "said", "tells", "told"):
        if after[0].lower in _WHERE_SAID and first_verb(after) in (None, len(after) - 1):
            return True  # "X says in a letter to BP dated": where it was said, and nothing said
        return not may_hold_verb(after)
    # "Robert Gibbs announced in a statement": where it was said, and nothing said
    return after[0].lower in _WHERE_SAID and not may_hold_verb(after)


_DAY_OR_MONTH_WORDS = CALENDAR_WORDS | {"may"}  # ("may" the modal is left out of the calendar words)
_DETERMINERS_AFTER_A_VERB = frozenset({"another", "some", "these", "those"})
_AFTER_A_PARTICIPLE = _PREPOSITION_OPENERS | _DETERMINERS_AFTER_A_VERB | {
    "the", "a", "an", "up", "out", "off", "back", "about", "his", "her", "their", "its", "our", "my", "your"}
# "Telling reporters that ...", "Urging residents to ...": a reporting participle first is the
# tail of a sentence whose speaker was cut away.
_REPORTING_PARTICIPLES = word_list("label_quality", "reporting_participles")
_MEANING_PARTICIPLES = frozenset({"meaning", "indicating", "signalling", "signaling"})
_THAT_OR_DETERMINERS = DETERMINERS | {"that"}


def _opens_with_participle(words: list[str]) -> bool:
    """"Speaking about the quake ...", "Found in the basement ...": a participle, then a
    preposition or article, with no one before it. ("Armed men attack": an adjective, then its noun.)"""
    if len(words) > 1 and words[0] in _REPORTING_PARTICIPLES:
        return True
    if len(words) > 1 and words[0] in _MEANING_PARTICIPLES and words[1] in _THAT_OR_DETERMINERS:
        # "Meaning that the firms must pay": what the clause before meant ("Signalling problems": a noun's)
        return True
    if len(words) > 3 and words[1] == "and" and words[0].endswith("ed") and words[2].endswith("ed"):
        words = words[2:]  # "Refurbished and equipped with floats": two participles, one tail
    if len(words) < 2 or words[1] not in _AFTER_A_PARTICIPLE:
        return False
    first = words[0]
    if (first.endswith("ed") and not first.endswith(("bed", "eed")) and len(first) > 5
            and words[1] in _PREPOSITION_OPENERS):
        return True  # "Equipped with cameras": a past form the verb list does not know, then its preposition
    inflected = first.endswith(("ing", "ed")) or first in PAST_PARTICIPLES
    # (a long -ing form the verb list does not know, before a determiner, is a participle too:
    # "Experiencing another aftershock"; not a name, "Beijing this week"; before "of" it is as
    # often a noun: "Screening of jurors")
    return inflected and len(first) > 3 and (verb_base(first) is not None or first in PAST_PARTICIPLES
                                             or (first.endswith("ing") and len(first) > 8
                                                 and words[1] in _DETERMINERS_AFTER_A_VERB))


_AUXILIARIES = word_list("label_quality", "auxiliaries")
_REPORTING_OPENERS = word_list("label_quality", "reporting_openers")


def _opens_on_a_bare_verb(tokens: list[Token]) -> bool:
    """An auxiliary ("Has been one of the biggest donors"; "Will Smith visits Haiti" is a name: a
    capital follows), a reporting verb ("Said the audit found") or a past verb and its object
    ("Came the best moment") first: the subject was cut away."""
    if len(tokens) > 1 and tokens[0].lower in _REPORTING_OPENERS:
        return True  # ("Said BP's audit found ...": the speaker is missing; a name follows as often)
    if len(tokens) > 1 and tokens[0].lower in IRREGULAR_PAST and tokens[1].lower in DETERMINERS:
        return True  # "Came the best moment", "Took a decision": a past verb, then its object
    if (len(tokens) > 2 and verb_base(tokens[0].lower) == tokens[0].lower
            and (tokens[1].lower in DETERMINERS or tokens[1].lower == "your")  # "Post your questions below"
            and not tokens[2].is_capitalised):
        # "Start the next phase of its campaign": a bare verb and its object, its doer cut away
        # ("Save the Children warns": a name)
        return True
    if _a_finite_verb_first(tokens):
        return True
    return len(tokens) > 1 and tokens[0].lower in _AUXILIARIES and not tokens[1].is_capitalised


_SAYING_THAT = frozenset({"indicates", "suggests", "reveals", "confirms", "means", "proves", "says", "insists",
                          "argues", "adds", "notes", "explains", "believes", "thinks", "knows", "shows"})


def _a_finite_verb_first(tokens: list[Token]) -> bool:
    """"Praised Obama's comments on energy", "Conducted a series of hearings", "Began with a song",
    "Indicates that it has shrunk": a past verb (or one saying "that") first, its doer cut away.
    Not an adjective before its noun and the verb after them ("Armed men attack the post", "Failed
    tower lifted off the seabed"), nor a name's first word ("United States draws England")."""
    if len(tokens) < 3:
        return False
    first, second = tokens[0].lower, tokens[1]
    # (a past form the same as its base may be a noun: "Spread of the virus slows", "Cut in rates")
    past = (first in IRREGULAR_PAST or first.endswith("ed")) and verb_base(first) not in (None, first)
    # (verbs, not nouns: "Fears that the oil spread flared", "Reports that ...")
    says_that = second.lower == "that" and first in _SAYING_THAT
    if not (past or says_that):
        return False
    if second.lower == "that" or second.lower in _PREPOSITION_OPENERS:
        return True  # (a clause or a phrase of its own follows: "Revealed that he may ...")
    object_follows = second.text.islower() or second.lower.endswith(("'s", "’s"))
    # (a participle later is the verb the first word's noun goes with: "Injured workers flown home")
    later_participle = any(t.lower in PAST_PARTICIPLES or t.lower in IRREGULAR_PAST or t.lower.endswith("ed")
                           for t in tokens[2:])
    return object_follows and not later_participle and first_verb(tokens[1:]) is None


def _object_straight_after_the_first_word(tokens: list[Token]) -> bool:
    """"Forgo those bottles of wine", "Previews the new guidelines", "Double the amount": a word
    its object follows straight away is a verb (or a preposition) whatever the word, and its doer
    was cut away; a subject is followed by its verb, not by "the" ("Save the Children warns":
    a name, capitalised)."""
    first = tokens[0].lower if tokens else ""
    return (len(tokens) > 2 and first[:1].isalpha() and not first.endswith(("'s", "’s", "ly"))
            and first not in _CONNECTIVE_ADVERBS and first not in _BEFORE_A_SUBJECT
            and tokens[1].lower in _OBJECT_DETERMINERS and not tokens[2].is_capitalised)


# Words that may stand before "the" or "a" in a subject or before it: an adverb ("Meanwhile the
# port reopens", "Then the rain came") or a quantifier ("All the crew rescued", "Half the boats").
_BEFORE_A_SUBJECT = word_list("label_quality", "before_a_subject")


# The determiners the bare-verb rule above asks for, less "more" ("5 more days of hearings": a count).
_OBJECT_DETERMINERS = (DETERMINERS - {"more"}) | {"your"}


# "BBC's Ann Roe:", "The Guardian's Bo Ek:": a news outlet's own reporter, named with the outlet.
_OUTLETS_OWN = r"(?P<outlet>[A-Za-z][\w.&-]*)['’]s\s+"  # "BBC's ", "Guardian's "
_OUTLET_REPORTER = re.compile(r"^(?:the\s+)?" + _OUTLETS_OWN + r"(?:[A-Z][\w'’-]*\s*){1,3}$")
_NEWS_OUTLETS = word_list("label_quality", "news_outlets")


def _a_reporters_impression(label: str) -> bool:
    """"BBC's Ann Roe: people are starting to get frustrated", "...: there is no mortuary big
    enough": what an outlet's own reporter sees, told with "be" or another state verb, describes the scene; it is
    no happening (a statement by someone in the news is: "Mayor: the bridge is safe"). So is what the
    reporter did or saw there in person ("...: I have been standing outside the hospital", "...:
    people here want to talk to us")."""
    speaker, _, content = label.partition(": ")
    reporter = _OUTLET_REPORTER.match(speaker.strip())
    if reporter is None or reporter.group("outlet").lower() not in _NEWS_OUTLETS:
        return False  # ("UN's relief chief:" is someone in the news)
    words = [t for t in tokenize(content) if t.is_word]
    if words and _before_its_contraction(words[0].lower) in _IN_PERSON:
        return True  # ("...: officials told us 200 died" passes the news on)
    verb = first_verb(words)
    at = verb if verb is not None else next((k for k, t in enumerate(words[:4]) if t.lower in _STATE_VERBS), None)
    return at is not None and words[at].lower in _STATE_VERBS


# Words with which a reporter opens what they tell of being there: the first person.
_IN_PERSON = frozenset({"i", "we"})
# "BBC's Ann Roe in Leeds spoke to ...", "The BBC's Bo Ek travels to the town": a news outlet's own
# reporter at work, named with the outlet (a person's two names at least), doing what reporting
# takes (not "NBC's Tim Russert dies", "BBC's Mark Thompson announces job cuts": news of them).
_OUTLET_REPORTER_ACTS = re.compile(
    r"^(?:[Tt]he\s+)?" + _OUTLETS_OWN + r"(?:[A-Z][\w'’-]*\s+){2,3}(?:in\s+(?:[A-Z][\w'’-]*\s+){1,3})?"
    r"(?:travels|travelled|traveled|spoke|speaks|talks|talked|sees|saw|meets|met|hears|heard|visits|visited"
    r"|joins|joined|watches|watched|went|goes|reports|reported|describes|described)\b")


def a_reporter_at_work(label: str) -> bool:
    """"BBC's Mark Doyle travels to the town", "BBC's Ann Roe in Leeds spoke to fans": what the
    page's own reporter did to report the story is no happening of it."""
    reporter = _OUTLET_REPORTER_ACTS.match(label)
    return reporter is not None and reporter.group("outlet").lower() in _NEWS_OUTLETS


def _flaw_of_what_was_said(label: str) -> str | None:
    """The flaw of a label that hands the floor to a speaker ("Speaker: what was said"), or None."""
    if _a_reporters_impression(label):
        return "a reporter's impression, not a happening"
    said = label.partition(": ")[2]
    if _a_remark(said):
        return "a remark, not a happening"
    said_words = said.lower().split()
    if len(said_words) > 2 and said_words[0] in ("one", "another") and said_words[1] == "of" \
            and said_words[2] in ("them", "it", "those", "these"):
        return "leans on a sentence not shown (opens with a pronoun or conjunction)"  # "BP: one of them ..."
    said_first = said_words[0] if said_words else ""
    if said_first in _SPOKEN_SUBORDINATORS or (said_first in _PREPOSITION_OPENERS and said_first != "to"):
        # "Straw: When asked in an interview", "Reporter: without being accompanied by ...": what
        # was said is cut away, and only its adverbial is left ("X: to have ...": a plan)
        return "cut mid-phrase"
    return None


_IMPRESSION_VERBS = frozenset({"appears", "seems", "looks", "feels", "sounds"})
_STATE_OR_FEELING = frozenset({"am", "are", "is", "feel"})  # (the present: "I was down there" tells a visit)


def _a_remark(said: str) -> bool:
    """"Ann Lee: you're going to see how hard it is", "Ann Lee: it appears to be going well": what
    was said speaks to the listener or gives an impression; it tells no happening."""
    words = said.lower().replace("’", "'").split()
    if not words:
        return False
    if words[0].split("'")[0] in ("you", "your"):
        return True
    if len(words) > 1 and words[0] in ("we", "i", "this") and words[1] in _STATE_OR_FEELING:
        return not _an_act_follows(words[2:])  # "Ann Lee: we are desperately worried", "X: this is a disaster"
    if words[0] in ("we're", "i'm"):
        return not _an_act_follows(words[1:])
    if words[0] not in ("it", "it's") or len(words) < 2 or words[1] not in _IMPRESSION_VERBS:
        return False
    # ("it appears to him that BP risked ...": whose view it is names a claim, which is news)
    return not (len(words) > 3 and words[2] == "to" and words[3] in ("him", "her", "them", "us", "me"))


# Participles that tell a feeling, not an act done or suffered ("we were told to leave" is one).
_FEELINGS = frozenset({"worried", "shocked", "devastated", "saddened", "concerned", "pleased", "delighted",
                       "disappointed", "horrified", "heartbroken", "relieved", "stunned", "frightened", "scared",
                       "overwhelmed", "surprised", "amazed", "appalled", "thrilled", "touched", "moved"})


def _an_act_follows(words: list[str]) -> bool:
    """"sending 2,000 troops", "told to leave": after "we are" an act; "desperately worried" is none."""
    rest = [w for w in words if not w.endswith("ly")]
    if not rest:
        return False
    word = rest[0]
    return word.endswith("ing") or (is_passive_participle(word) and word not in _FEELINGS) or word in IRREGULAR_PAST


_NEGATED_STATE_HEADS = frozenset({"is", "are", "was", "were", "'s", "’s", "would", "could", "can", "might", "may",
                                  "should"})
_SCHEDULE_WORDS = PLAN_WORDS | {"likely"}
# (and the present's "don't", "doesn't": "Oil rigs don't cause spills" is a claim of how things are)
_NEGATED_STATE_CONTRACTIONS = negative_contractions("is", "are", "was", "were", "would", "could", "should", "do",
                                                   "does") | {"can't", "can’t", "cannot"}


def _tells_what_did_not_happen(tokens: list[Token], verb: int | None) -> bool:
    """"Equipment was not available", "Ann Lee would not comment", "the sheen has not been seen
    there": a negated "be", modal or perfect tells what was not so, not a happening.
    ("The cap did not hold" is a failure that happened, and "was not called until 12:21" tells
    when it was.)"""
    if verb is None or any(t.lower == "until" for t in tokens[verb:]):
        return False
    head = tokens[verb].lower
    if verb + 1 < len(tokens) and tokens[verb + 1].lower in _SCHEDULE_WORDS:
        return False  # "the well isn't expected to be finished before August": a schedule, told of its day
    if head in _NEGATED_STATE_CONTRACTIONS:
        return True
    after = [t.lower for t in tokens[verb + 1 : verb + 3]]
    if not after or after[0] not in ("not", "never"):
        return False
    # ("the area has not changed", "officials have not commented": a perfect that did not come about)
    return head in _NEGATED_STATE_HEADS or head in ("has", "have", "had")


def _tells_a_possession(tokens: list[Token], verb: int | None) -> bool:
    """"The ocean has far more energy than usual", "The charity has its own guidelines": "has"
    with a thing it owns (a determiner or a measure of it first), in the present: nothing happened
    ("has sent", "has come a long way" are acts, "has 10 tonnes" a count)."""
    if verb is None or tokens[verb].lower not in ("has", "have") or verb + 2 >= len(tokens):
        return False
    return tokens[verb + 1].lower in _OWNED_THING_OPENERS


_OWNED_THING_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "no", "more", "less", "far",
                                  "much", "many", "enough", "plenty", "some", "several", "good", "great", "very"})


def _a_vague_subject(tokens: list[Token], words: list[str]) -> bool:
    """"Things get better", "Nobody's had a turn", "No one associated with this", "Not much
    found"; not a name that happens to begin so ("Everything Everything debuted in Leeds")."""
    if len(tokens) > 1 and tokens[1].is_capitalised:
        return False
    if words[:2] in (["no", "one"], ["not", "much"]):
        length = 2
    elif _before_its_contraction(words[0]) in _VAGUE_SUBJECTS:
        length = 1
    else:
        return False
    # (a phrase after it pins it down: "Everyone aboard the ferry rescued", "No one in the cabinet votes")
    return not (len(words) > length and words[length] in _PINNING_PREPOSITIONS)


_PINNING_PREPOSITIONS = frozenset({"aboard", "on", "in", "at", "from", "of", "inside", "onboard"})


def _tells_a_state(tokens: list[Token], verb: int | None) -> bool:
    """"Many farmers are angry": the clause's verb is "be" (or "seem", "remain") with no
    participle after it. A label that hands the floor to a speaker ("Brown: Haiti remains a
    test") is a statement made that day, so it is not asked. "There was a blast" and "The
    toll is 200,000" still report something."""
    if verb is not None and tokens[verb].lower in ("will", "would") and verb + 2 < len(tokens) \
            and tokens[verb + 1].lower == "be":
        verb += 1  # "The hard part will be to ensure ...": "be" is the verb, so is its state
        if tokens[verb + 1].lower == "to":
            return True
    if (verb is not None and tokens[verb].lower in _FEELING_ADJECTIVES
            and (verb + 1 == len(tokens) or tokens[verb + 1].lower in _FEELING_LINKS)):
        return True  # "Mayor frustrated" (a headline's "is" dropped): a mood, not an act
    linking = next((i for i, t in enumerate(tokens[1:5], start=1) if t.lower in _LINKING_VERBS), None)
    if linking is not None and (verb is None or verb >= linking):
        verb = linking  # "Investors appear unimpressed": a present form the verb list may not know
    if verb is None or tokens[verb].lower not in _STATE_VERBS | {"be"} or verb + 1 >= len(tokens):
        return False
    if verb > 0 and tokens[verb - 1].lower == "there":
        return False
    following = tokens[verb + 1].lower
    if following == "to" and tokens[verb].lower in _LINKING_VERBS - {"look", "looks", "looked"}:
        return True  # "The plume seems to contradict the report": an impression ("looks to sell": a plan)
    if following in _ACT_AFTER_STATE_VERB or following[:1].isdigit():
        return False
    if tokens[verb].lower in _LINKING_VERBS:
        return True  # after "seem", "appear", "feel" even an -ed word describes: "felt aggrieved"
    degree = following in ("so", "very", "really", "quite", "most", "more") and verb + 2 < len(tokens)
    if following in _JUDGING_ADJECTIVES or (degree and tokens[verb + 2].lower in _JUDGING_ADJECTIVES):
        return True  # "the statement was interesting": an impression, however it ends
    feeling = tokens[verb + 2].lower if degree else following
    after_feeling = tokens[verb + (3 if degree else 2) :]
    if feeling in _FEELING_ADJECTIVES and (not after_feeling or after_feeling[0].lower in _FEELING_LINKS):
        return True  # "the mayor is frustrated", "investors were pleased with the plan": a mood
    return (verb_base(following) is None and following not in PAST_PARTICIPLES
            and not following.endswith(("ed", "en", "ing")))


_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty",
                           "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
                           "thousands"})


# What follows a number in an adverbial of time, distance or law ("Over two days", "Under 1990 law").
_MEASURES_AFTER_NUMBER = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
                         "decade", "decades", "mile", "miles", "kilometres", "kilometers", "km", "feet", "metres",
                         "meters", "yards", "minutes", "of", "law", "rules", "act"})


def _a_quantity(words: list[str]) -> bool:
    """"Over fifty acts to perform", "Over 200 people died": "over" before a number says how many
    of the subject, no place or time ("Over two days rescuers ...", "Under 1990 law ..." do)."""
    if words[0] not in ("over", "under") or len(words) < 3:
        return False
    number = words[1]
    is_year = len(number) == 4 and number.isdigit() and number[:2] in ("19", "20")
    return ((number[:1].isdigit() or number in _NUMBER_WORDS) and not is_year
            and words[2] not in _MEASURES_AFTER_NUMBER)


def _asks_nothing(words: list[str], tokens: list[Token]) -> bool:
    """"Reporter asks", "Hayward asked": a speaker who only asks, what was asked cut away or in
    another sentence (not "Government resigns as protesters asked": another verb tells the act)."""
    if words[-1] not in ("ask", "asks", "asked"):
        return False
    # ("BP has asked", "Reporters were asked": an auxiliary is no other act)
    return first_verb([t for t in tokens[:-1] if t.lower not in _AUXILIARIES and t.lower not in ("be", "been")]) is None


def _in_capitals(label: str) -> bool:
    """Three or more words, every letter a capital, and no verb: a page's heading ("NO SIGN OF DEAD
    ZONE"), not a shouted headline ("RIVER BURSTS ITS BANKS")."""
    if not label.isupper():
        return False  # (almost every label: a lower-case letter)
    words = [word for word in label.split() if any(c.isalpha() for c in word)]
    return len(words) >= MIN_HEADING_WORDS and not may_hold_verb(tokenize(label.lower()))


MIN_HEADING_WORDS = 3  # ("BP, US": two acronyms are no heading)
