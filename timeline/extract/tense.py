"""The tense around a mention, read from the verbs of its sentence (HeidelTime's idea).

Without a part-of-speech tagger we look for tense cues: future markers ("will",
"scheduled", "until", ...) and past forms ("was", "said", "-ed" verbs). The cue nearest
before the mention in its sentence decides; failing that, the nearest one after it.
Words are looked up in sets (one cheap tokenising regex, no per-cue regex), since this
runs for most mentions.
"""

from __future__ import annotations

import re

from timeline.extract.vocabulary import word_set

PAST = "past"
FUTURE = "future"
PRESENT = "present"
WEAK = "weak"  # future only if nothing past follows: "until Wednesday" / "until Thursday, they had"

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|['’](?:ll|d|s|re)\b")

FUTURE_WORDS = word_set(
    "will won't shall gonna scheduled schedule expected expects upcoming intends intend would "
    "slated poised forthcoming await awaits awaiting tomorrow might"
)
WEAK_FUTURE_WORDS = word_set("until till planned planning")
PAST_WORDS = word_set(
    "was were had did didn't said told met went came made took gave held saw left began won "
    "lost got sent paid put fell rose sold bought brought thought found led ran spent struck "
    "broke spoke wrote became hit cut quit shot stood knew felt kept meant sought caught "
    "fought taught fled built dealt heard laid drew threw flew grew withdrew chose drove rode "
    "froze stole wore swore tore forgot overcame understood stuck hung ago yesterday last "
    "earlier previously ended"
)
PRESENT_WORDS = word_set("is are am says say has have")
# Words ending in -ed that are not past verbs.
NOT_PAST_ED = word_set("need speed indeed hundred proceed exceed succeed united limited based red bed feed seed breed")
# "plans to", "set to", "is to" ...: future when followed by "to".
FUTURE_BEFORE_TO = word_set("going plans plan planned planning set is are aims aim hopes hope")
DETERMINERS = word_set("the a an its his her their")


def _cue(words: list[str], index: int) -> str | None:
    """The tense cue of words[index] (lower case), looking at the words around it."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else ""
    if following == "to" and word in FUTURE_BEFORE_TO:
        return FUTURE
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
        return PRESENT
    is_past = word in PAST_WORDS or (len(word) >= 4 and word.endswith("ed") and word not in NOT_PAST_ED)
    if is_past:
        # a participle after "be" ("will be held") takes the tense of its auxiliary
        return None if index > 0 and words[index - 1] == "be" else PAST
    return None


def _cues(text: str, start: int, end: int) -> list[str]:
    words = [w.lower() for w in _WORD.findall(text, start, end)]
    found = []
    for index in range(len(words)):
        cue = _cue(words, index)
        if cue is not None:
            found.append(cue)
    return found


def sentence_tense(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> str | None:
    """'past', 'future', 'present' or None for the mention text[start:end] in its sentence."""
    before_cues = _cues(text, sentence_start, start)
    before = before_cues[-1] if before_cues else None
    after: str | None = None
    for cue in _cues(text, end, sentence_end):
        after = cue
        if cue != PRESENT:
            break
    if before == WEAK:
        return PAST if after == PAST else FUTURE
    if before is not None and before != PRESENT:
        return before
    if after == WEAK:
        after = FUTURE
    if after is not None and after != PRESENT:
        return after
    return before or after
