"""When "today" or "tomorrow" is no day: part of a name ("USA Today") or the present age
("today's teenagers")."""

from __future__ import annotations

import re

from timeline.extract.resolution import Context
from timeline.extract.vocabulary import MONTHS, PARTS_OF_DAY, WEEKDAYS, word_lists

# A capitalised word after a weekday makes it part of a name ("The Sunday Times").
TIME_WORDS = frozenset([*MONTHS, *WEEKDAYS, *PARTS_OF_DAY, "night", "noon", "midnight"])


_WORDS = word_lists("day_names")  # extract/word_lists.toml
GENERIC_AFTER_TODAY = _WORDS["generic_after_today"]


_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


_PROGRAMME_WORDS = frozenset({"programme", "program", "show", "broadcast", "newspaper", "bulletin", "podcast"})


def part_of_a_name(ctx: Context) -> bool:
    """A capitalised "Today" inside a sentence is part of a name when a capitalised word
    stands next to it ("USA Today", "the Today Show"), unless the whole line is set in
    capitals as a headline is ("Talks Resume Tomorrow"); alone ("said that Tomorrow
    would be decisive", a capital after a colon) it is the day."""
    # (a quote mark standing alone is no word: "NBC's "Today" show")
    before = [w for w in ctx.text[max(ctx.sentence_start, ctx.start - 30): ctx.start].split() if w.strip("\"'“‘”’(")]
    after = [w for w in ctx.text[ctx.end: ctx.end + 30].split() if w.strip("\"'“‘”’),.;:")]
    word_before = before[-1].strip("\"'“‘(") if before else ""
    word_after = after[0].strip("\"'”’),.;:") if after else ""
    if word_after.lower() in TIME_WORDS or word_after.lower() in ("at", "on", "and"):
        word_after = ""
    if word_before in ("the", "The", "a", "an"):
        return True  # "the Today programme": the day itself takes no article
    if word_before.endswith(("'s", "’s")) and word_after.lower() in _PROGRAMME_WORDS:
        return True  # "BBC Radio 4's Today program": a programme's name after its owner
    capital_next = word_before[:1].isupper() or (word_after[:1].isupper() and not word_after.isupper())
    if not capital_next:
        return False
    words = _TITLE_WORD.findall(ctx.text[ctx.sentence_start: ctx.sentence_end])
    long_words = [w for w in words if len(w) > 3]
    headline = len(long_words) >= 3 and all(w[:1].isupper() for w in long_words)
    return not headline


def names_an_age(ctx: Context) -> bool:
    """ "today's teenagers", "today's smart phones": the noun (after at most one adjective)
    names a population or a way of life, so the word speaks of the present age, not a day
    (the TIMEX3 guidelines leave such generic uses untagged)."""
    tail = ctx.text[ctx.end : ctx.end + 40]
    if not tail.startswith(("'s ", "’s ")):
        return False
    words = tail[3:].lower().split()[:2]
    return any(w.strip(".,;:!?\"'”") in GENERIC_AFTER_TODAY for w in words)
