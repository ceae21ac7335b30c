"""Headline style: titles, honorifics, adverbs and articles go, the verb goes into the present
("met" -> "meets", "will visit" -> "to visit", "was issued" -> "issued"), a subject is cut to
its name or head, and calendar days that belong to other events are dropped."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.events.clause_chunks import (
    Token,
    first_verb,
    verb_base,
    without_states,
)
from timeline.events.headline_common import (
    ARTICLES,
    BE_FORMS,
    CLOCK_WORDS,
    COLON,
    DETERMINERS_AND_PREPOSITIONS,
    HONORIFICS,
    LEADING,
    MAX_CHARS,
    NOT_ADVERBS,
    PHRASE_OPENERS,
    QUANTITY_NOUNS,
    SPEAKER_ROLES,
    SUBJECT_PREPOSITIONS,
    describes_a_plural,
    is_ly_adverb,
)
from timeline.events.headline_tense import present_tense
from timeline.events.word_lists import (
    CALENDAR_WORDS,
    DROPPED_ADVERBS,
    IRREGULAR_PAST,
    ORGANISATION_WORDS,
    SHORT_TITLES,
    TITLE_WORDS,
    word_list,
)
from timeline.extract.vocabulary import MONTHS, PARTS_OF_DAY, WEEKDAYS

_LIVE_BLOG_STAMP = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


TIME_PREPOSITIONS = frozenset({"after", "before", "by", "at", "until", "since"})
# (not "dawn", "noon", "midnight", "lunchtime": they also name what they modify, "dawn raids", "midnight mass")
TIMES_OF_DAY_WORDS = frozenset({"daybreak", "dusk", "nightfall", "sunrise", "sunset", "sundown", "sunup"})


def opens_on_a_time_of_day(words: Sequence[Token], at: int) -> bool:
    """"after daybreak hundreds of videos were uploaded": a time preposition and a time of day at
    words[at] set the scene before the clause's own subject ("the first pictures to emerge after
    sunrise showed ...": the verb right after it is the sentence's subject's)."""
    return (at + 3 < len(words) and words[at].lower in TIME_PREPOSITIONS and words[at + 1].lower in TIMES_OF_DAY_WORDS
            and not words[at + 2].is_capitalised and words[at + 2].lower not in ("and", "but", "or")
            and (first_verb(list(words[at + 2 :])) or 0) > 0)


def without_opening(words: list[Token]) -> list[Token]:
    """The clause without what opens it but tells nothing: "and", "meanwhile", "-ly" adverbs, a stamp's clock time."""
    index = 0
    # What is left of a stamp before the sentence ("10:47 PM BP said ...", with "10:" read as
    # part of the date): a clock time never opens a headline.
    while index + 1 < len(words) and words[index].text[:1].isdigit() and words[index + 1].lower in CLOCK_WORDS:
        index += 2
    while index < len(words) and words[index].lower in CLOCK_WORDS:
        index += 1
    if index + 1 < len(words) and _LIVE_BLOG_STAMP.fullmatch(words[index].text) and words[index + 1].is_capitalised:
        index += 1  # "1253 Ann Lee tweets ...": a live page's time stamp before the post, not its subject
    index = _after_capitals_dateline(words, index)
    if opens_on_a_time_of_day(words, index):
        index += 2  # "after daybreak hundreds of videos were uploaded": when, not who
    while index < len(words) and (
        words[index].lower in LEADING or words[index].lower in DROPPED_ADVERBS or _is_adverb(words[index])
    ):
        if words[index].lower == "that" and first_verb(words[index + 1 : index + 2]) == 0:
            break  # "That pushed the results into a loss": "that" is the subject, not a joiner
        if words[index].lower == "to" and index + 1 < len(words) and words[index + 1].lower == "be":
            break  # "Hope for Haiti, to be broadcast from New York, ...": a plan, its "to" kept
        if (words[index].text == "That" and index + 2 < len(words) and words[index + 1].text.islower()
                and first_verb(words[index + 1 : index + 3]) == 1):
            break  # "That figure had halved": a noun pointed back at, not a joiner (the label leans on it)
        if words[index].lower == "so" and index + 1 < len(words) and words[index + 1].lower == "far":
            index += 1  # "So far, no one has claimed the prize": "so far" goes whole, no "Far no one ..."
        index += 1
    if len(words) - index > 3 and words[index].lower == "as" and words[index + 1].lower in ("many", "much") \
            and words[index + 2].lower == "as":
        # "As many as 200,000 people died": a headline says "Up to 200,000 people die"
        up, to = words[index], words[index + 2]
        words = [*words[:index], Token("up", up.start, up.end), Token("to", to.start, to.end), *words[index + 3 :]]
    if len(words) - index > 2 and words[index].lower in _DATE_AS_SUBJECT_VERBS:
        # "[Wednesday] saw a crew set fire to the slick": what the day saw is the happening, its
        # bare verb told in the past so the headline style finds it ("Crew sets fire to ...")
        return _uninverted(_seen_in_the_past(words[index + 1 :]))
    return _uninverted(words[index:])


# The first past form listed for each base ("set" -> "set", "pay" -> "paid").
_PAST_OF: dict[str, str] = {base: past for past, base in reversed(IRREGULAR_PAST.items())}


def past_form(base: str) -> str:
    """The past of a verb's base form: "set" -> "set", "pay" -> "paid", "report" -> "reported"."""
    return _PAST_OF.get(base) or (base + "d" if base.endswith("e") else base + "ed")


def _seen_in_the_past(words: list[Token]) -> list[Token]:
    verb = _bare_verb(words)
    if verb is None:
        return words
    past = past_form(verb_base(words[verb].lower) or words[verb].lower)
    token = words[verb]
    return [*words[:verb], Token(past, token.start, token.end, token.quoted), *words[verb + 1 :]]


_DATE_AS_SUBJECT_VERBS = frozenset({"saw", "sees", "witnessed"})


def _bare_verb(words: list[Token]) -> int | None:
    """Where the base-form verb after "did <subject>" is: the first known verb after the subject
    that ends the clause or meets its object ("did the flow rate group | increase | the estimate")."""
    for at in range(1, len(words)):
        if verb_base(words[at].lower) is None:
            continue
        following = words[at + 1] if at + 1 < len(words) else None
        if following is None or following.lower in DETERMINERS_AND_PREPOSITIONS or following.text[:1].isdigit():
            # ("set fire to", "take part in": a light verb and its noun, the verb first)
            return at - 1 if at > 1 and words[at - 1].lower in _LIGHT_VERBS else at
    return None


_LIGHT_VERBS = frozenset({"set", "take", "make", "give", "pay", "put", "hold", "keep", "do", "have", "get"})
_NEGATIVE_OPENERS = frozenset({"not", "only", "never", "nor", "rarely", "seldom"})
_DO_FORMS = frozenset({"did", "does", "do"})
_DATE_PHRASE_WORDS = CALENDAR_WORDS | {"until", "till", "before", "after", "on", "in", "at", "since", "the", "of",
                                       "last", "this", "that"}
_INVERTED_AUXILIARIES = _DO_FORMS | frozenset({"was", "were", "is", "are", "had", "has", "have", "could", "would"})


def _uninverted(words: list[Token]) -> list[Token]:
    """"Not [until May 27] did the panel raise its estimate" -> "the panel did raise its estimate":
    after a negative opener whose date has gone, subject and auxiliary trade places back."""
    if len(words) < 4 or words[0].lower not in _NEGATIVE_OPENERS:
        return words
    at = 1
    while at < len(words) and (words[at].lower in _DATE_PHRASE_WORDS or words[at].text[:1].isdigit()
                               or _is_month(words[at].text)):
        at += 1  # "Not until May 27 did ...": the date phrase goes with its opener
    if at + 2 >= len(words) or words[at].lower not in _INVERTED_AUXILIARIES:
        return words
    auxiliary = words[at]
    rest = words[at + 1 :]
    verb = first_verb(rest) if auxiliary.lower not in _DO_FORMS else _bare_verb(rest)
    if not verb:
        return words
    # ("did" stays: "the panel did raise" is a verb group the headline style knows)
    return [*rest[:verb], auxiliary, *rest[verb:]]


def _after_capitals_dateline(words: list[Token], index: int) -> int:
    """"SANTO DOMINGO AIRPORT Even the most stoic ...": a place line in capitals run into the
    sentence is no part of what happened. Two capitalised words or more, each longer than an
    acronym, then ordinary text; a headline all in capitals is left alone."""
    end = index
    capitals = 0
    while end < len(words) and words[end].text.isalpha() and words[end].text.isupper() and (
            len(words[end].text) > 2 or words[end].lower in _CAPITAL_LINE_JOINERS):
        capitals += len(words[end].text) > 2
        end += 1
    if capitals >= 2 and end < len(words) and not words[end].text.isupper():
        return end
    return index


_CAPITAL_LINE_JOINERS = frozenset({"in", "of", "at", "on", "to"})  # "CHILDREN IN DELMAS The moment ..."


def _is_month(word: str) -> bool:
    """A month's name as the extractor recognises it; "may" only as "May" (else the modal)."""
    name = word.lower().rstrip(".")
    return name in MONTHS and (name != "may" or word[:1] == "M")


def _is_day_number(word: str) -> bool:
    digits = word.rstrip(",").removesuffix("th").removesuffix("st").removesuffix("nd").removesuffix("rd")
    return digits.isdigit() and 1 <= int(digits) <= 31


# "a trial starting March 27": a day that sets the term of the thing named is what was decided of it
_TERM_LEADS = frozenset({"starting", "beginning", "ending", "effective"})


_WEEKDAY_LEADS = frozenset({"last", "next", "this", "on"})


def _other_weekdays(words: list[str]) -> set[int]:
    """"calls off the search last Friday", "... on Wednesday night": a weekday told beside the
    headline's own date, with its lead and part of day. Not a span ("Wednesday to Friday") nor
    the term of a thing ("due on Tuesday")."""
    dropped: set[int] = set()
    for index in range(2, len(words)):
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        day = words[index].rstrip(",")
        if (not day[:1].isupper() or day.lower() not in WEEKDAYS or words[index - 1].lower() not in _WEEKDAY_LEADS
                or following in _SPAN_JOINERS):
            continue
        start = index - 1
        if start > 1 and words[start - 1].lower() in ("on", "late", "early") and words[start].lower() == "on":
            start -= 1  # "late on Saturday"
        elif start > 1 and words[start].lower() != "on" and words[start - 1].lower() == "on":
            start -= 1  # "on last Friday"
        if words[start - 1].lower() in _TERM_LEADS or words[start - 1].lower() == "due":
            continue
        end = index + 2 if following.rstrip(",") in PARTS_OF_DAY else index + 1
        dropped.update(range(start, end))
    return dropped


_SPAN_JOINERS = frozenset({"to", "through", "and", "or", "-", "–", "until", "till"})


def _without_other_days(words: list[str], verb_at: int | None) -> tuple[list[str], int | None]:
    """"Rig explodes April 20 and sinks": a second calendar day in a headline already dated is
    noise (the day it names is another event's); it goes with the preposition before it. Not the
    term of a thing ("orders a trial starting March 27"), which the act decided."""
    dropped: set[int] = set()
    index = 1  # (a day opening the headline is a name: "March 4 Movement")
    while index + 1 < len(words):
        if (((_is_month(words[index]) and _is_day_number(words[index + 1]))
                or (_is_day_number(words[index]) and _is_month(words[index + 1])))
                and words[index - 1].lower() not in _TERM_LEADS):
            end = index + 2
            if end < len(words) and words[end].rstrip(",").isdigit() and len(words[end].rstrip(",")) == 4:
                end += 1  # its year
            if words[index - 1].lower() in ("on", "since", "from", "by", "until", "of"):
                dropped.add(index - 1)
            dropped.update(range(index, end))
            index = end
            continue
        index += 1
    dropped |= _other_weekdays(words)
    if not dropped:
        return words, verb_at
    kept = [word for k, word in enumerate(words) if k not in dropped]
    if verb_at is None or verb_at in dropped:
        return kept, None
    return kept, verb_at - sum(1 for k in dropped if k < verb_at)


def in_headline_style(words: list[Token]) -> tuple[list[str], int | None]:
    """The words in headline style, and the index among them of the clause's verb (None: no verb)."""
    words = drop_titles([t for t in without_states(words) if t.lower not in HONORIFICS])
    if words and _opens_as_an_adverb(words):
        words = words[1:]  # "Obviously people had ...": a comment on the news, not the news
    colon = next((i for i, t in enumerate(words) if t is COLON), None)
    content = _simplified_subject_in(words if colon is None else words[colon + 1 :])
    verb = first_verb(content)
    # Found before the tense changes ("took" is known, "takes" after a noun is not): a token keeps
    # its place in the sentence, so the verb is the first kept token from that place on.
    verb_start = content[verb].start if verb is not None else None
    if verb is not None and verb == len(content) - 1 and content[verb].lower in BE_FORMS:
        verb_start = content[0].start  # "The last strike was [in 2019]": the subject is the happening
    speaker = [] if colon is None else words[: colon + 1]
    words = [*speaker, *present_tense(content)]
    result: list[str] = []
    verb_at: int | None = None
    for position, token in enumerate(words):
        word = token.lower
        if (word in ARTICLES and not _says_per(words, position) and not _before_a_quantity(words, position)) \
                or word in DROPPED_ADVERBS:
            continue
        if _is_adverb(token) and not (position and words[position - 1].lower in _DEGREE_BEFORE_ADVERB):
            continue  # (one a degree word leans on stays: "changing too rapidly to control")
        if token is COLON:
            if result:
                result[-1] += ":"
            continue
        if word == "the" and (position == 0 or words[position - 1] is COLON):
            continue
        if (position and len(token.text) > 1 and token.text.isupper() and token.is_word
                and token.text == words[position - 1].text):
            continue  # "... site - BP BP says": a photo credit before the same name, said once (not "Sirhan Sirhan")
        if verb_at is None and verb_start is not None and token.start >= verb_start:
            verb_at = len(result)
        result.append(token.text)
    return _without_other_days(result, verb_at)


def _before_a_quantity(words: list[Token], position: int) -> bool:
    return words[position].lower == "a" and position + 1 < len(words) and words[position + 1].lower in QUANTITY_NOUNS


def _opens_as_an_adverb(words: list[Token]) -> bool:
    """"Obviously people had ...", "Sadly the ferry sank": a sentence's capitalised -ly adverb
    before a lower-case word (not a name: "Kelly Smith", "Italy's ...")."""
    first = words[0]
    return (first.is_capitalised and len(first.lower) >= 5 and first.lower.endswith("ly") and len(words) > 2
            and words[1].is_word and words[1].text.islower() and first_verb(words[1:2]) is None
            and first.lower not in NOT_ADVERBS and first.lower not in _NOT_OPENING_ADVERBS)  # ("Sally said")


# Adverbs that negate what they qualify: a headline keeps them ("is hardly read" is no "is read").
_NEGATING_ADVERBS = frozenset({"hardly", "barely", "scarcely", "rarely"})
# Names and adjectives in -ly, and adverbs that limit or negate what follows ("Hardly anyone came").
_NOT_OPENING_ADVERBS = _NEGATING_ADVERBS | frozenset({
    "italy", "family", "early", "only", "daily", "weekly", "nearly", "supply", "rally", "seldom", "merely", "partly",
    "largely", "mostly", "roughly", "fully", "newly", "previously"})


_DEGREE_BEFORE_ADVERB = frozenset({"too", "so", "very", "how"})
_RATE_UNITS = word_list("headline_style", "rate_units")
_PER_HOW_OFTEN = frozenset({"once", "twice", "percent", "%"})


def _says_per(words: Sequence[Token], position: int) -> bool:
    """"a" meaning "per": "1,000 barrels a day", "84 cents a share", "twice a week". Dropped, the
    rate reads as nonsense ("barrels day"), so it stays."""
    if words[position].lower != "a" or not 0 < position < len(words) - 1:
        return False
    if words[position + 1].lower not in _RATE_UNITS:
        return False
    if words[position + 1].lower in _TIME_UNITS:
        return True  # ("100 feet a day", "barrels of oil a day"; dropped, "a day after" reads "day after" too)
    before = words[position - 1].lower
    return (before in _PER_HOW_OFTEN or before.endswith("s") or any(c.isdigit() for c in before)
            or before.startswith(("$", "£", "€")))


# (not "second": "a second relief well" is the ordinal)
_TIME_UNITS = frozenset({"day", "week", "fortnight", "month", "year", "hour", "minute", "night", "decade"})


def _is_adverb(token: Token) -> bool:
    """'-ly' adverbs ("warmly", "cautiously"); headlines do without them, but not without one that
    negates ("is hardly read" would read "is read")."""
    return is_ly_adverb(token) and token.lower not in _NEGATING_ADVERBS


def drop_titles(words: list[Token]) -> list[Token]:
    """'his Chinese counterpart Xi Jinping' -> 'Xi Jinping'; 'Secretary of State Antony Blinken' -> 'Antony Blinken'."""
    result: list[Token] = []
    index = 0
    while index < len(words):
        end = _title_end(words, index)
        if end is None:
            result.append(words[index])
            index += 1
            continue
        while result and result[-1] is not COLON and result[-1].lower != "and" and (
                result[-1].is_capitalised or result[-1].lower in _TITLE_MODIFIERS):
            result.pop()  # the title's own modifiers: "Russian", "U.S.", "prime", "foreign"
        while result and result[-1].lower in _TITLE_MODIFIERS | {"ill", "former", "new", "then"}:
            result.pop()  # "his ill foreign secretary": what qualified the title goes with it
        if result and result[-1].lower in ("his", "her", "their", "the", "its"):
            result.pop()
        index = end
    return result


# Words that finish a title begun by a title word: "Chief Executive Officer", "Chief Operating
# Officer", "Chief Financial Officer", "Chief Justice", "Chief Scientist".
_TITLE_TAILS = frozenset({"executive", "officer", "operating", "financial", "justice", "scientist", "economist",
                          "inspector", "constable", "engineer", "medical", "technology"})


def _capitals_from(words: list[Token], start: int) -> int:
    """How many capitalised words run from `start`."""
    count = 0
    while start + count < len(words) and words[start + count].is_capitalised and words[start + count].is_word:
        count += 1
    return count


def _title_end(words: list[Token], index: int) -> int | None:
    if words[index].lower not in TITLE_WORDS:
        return None
    end = index + 1
    while end < len(words) and words[end].lower in _TITLE_TAILS:
        end += 1
    if end + 1 < len(words) and words[end].lower in ("of", "for") and words[end + 1].is_capitalised:
        end += 2
        # ("the head of Acme America will appear": one name after "of", no person's after it)
        if _capitals_from(words, end) < 2:
            return None
    if end < len(words) and words[end].is_capitalised and words[end].lower not in TITLE_WORDS:
        if words[index].lower in SHORT_TITLES and _capitals_from(words, end) == 1:
            return None  # "Adm Allen said": the title and a surname are how the person is known
        name = words[end].lower.removesuffix("'s").removesuffix("’s")
        general = words[index].lower in ("general", "premier")
        if end == index + 1 and (name in ORGANISATION_WORDS or (general and name in _NAME_WORDS_AFTER_GENERAL)):
            return None  # "General Motors", "General Assembly", "Premier League": a name, no title
        return end
    return None


# Words that make "General"/"Premier" the start of a firm's or a body's name (only after those two:
# "President Mills", "Governor Mills" are a title and a surname)
_NAME_WORDS_AFTER_GENERAL = frozenset({"motors", "electric", "dynamics", "mills", "league", "atomics",
                                       "accounting", "accountability"})


def _simplified_subject_in(words: list[Token]) -> list[Token]:
    verb = first_verb(words)
    if not verb:
        return words
    subject = simplified_subject(words[:verb])
    if sum(len(t.text) + 1 for t in words) > MAX_CHARS:
        subject = _without_trailing_phrases(_without_participle_modifier(subject))
    return [*subject, *words[verb:]]


MAX_SUBJECT_CHARS = 55  # a longer subject leaves the verb no room in a headline


def _without_trailing_phrases(subject: list[Token]) -> list[Token]:
    """"Fishing in a wide swathe of federal waters between Louisiana and Florida's Pensacola Bay
    was restricted" -> "Fishing in a wide swathe of federal waters was restricted": a subject
    too long to leave room for its verb loses its last prepositional phrases ("of" binds too
    tightly to go: "the head of the mission")."""
    if sum(len(t.text) + 1 for t in subject) <= MAX_SUBJECT_CHARS:
        return subject
    length = 0
    best = None
    for at, token in enumerate(subject):
        if at >= 2 and token.lower in SUBJECT_PREPOSITIONS and token.lower != "of" and length <= MAX_SUBJECT_CHARS:
            best = at
        length += len(token.text) + 1
    if best is None:
        return subject
    kept = subject[:best]
    if len(kept) > 2 and not kept[-1].is_capitalised and describes_a_plural(kept[-1].lower, kept[-2].lower):
        kept = kept[:-1]  # "technicians working [on the rig]": the participle goes with its phrase
    return kept


def _without_participle_modifier(subject: list[Token]) -> list[Token]:
    """A long headline's subject without the past-participle phrase after its noun: "troops
    based in and around the capital are securing the port" -> "troops are securing the port",
    so that the cut to length keeps the verb, not the subject's description."""
    for at in range(1, len(subject)):
        word = subject[at].lower
        previous = subject[at - 1]
        if not previous.is_word or previous.lower in DETERMINERS_AND_PREPOSITIONS or subject[at].is_capitalised:
            continue
        # Only "-ed": an "-ing" word after a noun is as often a compound ("court hearing"); and
        # only before its phrase ("based in ..."): before a noun it describes it ("remote
        # operated vehicle")
        if word.endswith("ed") and len(word) > 4 and (at + 1 == len(subject)
                                                      or subject[at + 1].lower in DETERMINERS_AND_PREPOSITIONS):
            return subject[:at]
    return subject


def simplified_subject(subject: list[Token]) -> list[Token]:
    """Each conjunct of a subject that ends in a name keeps the name: 'his "dear friend" Xi Jinping' -> 'Xi Jinping'."""
    conjuncts: list[list[Token]] = [[]]
    for token in subject:
        if token.lower == "and":
            conjuncts.append([])
        else:
            conjuncts[-1].append(token)
    if not all(conjuncts):
        return subject  # "and" leading, trailing or doubled: no conjuncts to simplify
    simplified: list[list[Token]] = []
    for conjunct in conjuncts:
        run = 0
        while run < len(conjunct) and conjunct[-1 - run].is_capitalised and conjunct[-1 - run].is_word:
            run += 1
        possessed = conjunct[0].lower in ("his", "her", "their", "its") or (
            # "Acme's North Sea boss Ann Lee": a role before the name ("Hay's laboratory in north London" has none)
            conjunct[0].lower.endswith(("'s", "’s")) and 0 < run < len(conjunct)
            and (conjunct[-run - 1].lower in TITLE_WORDS or conjunct[-run - 1].lower in SPEAKER_ROLES))
        # ("its warehouses in Port-au-Prince", "her trip to Paris", "his share of Exxon": a name after
        # a preposition is a place or a thing the noun is of, not the one meant)
        if (0 < run < len(conjunct) and (possessed or conjunct[-run - 1].quoted)
                and conjunct[-run - 1].lower not in PHRASE_OPENERS and conjunct[-run - 1].lower not in ("to", "of")):
            conjunct = conjunct[-run:]
        simplified.append(conjunct)
    result: list[Token] = []
    for position, conjunct in enumerate(simplified):
        if position:
            result.append(Token("and", -1, -1))
        result.extend(conjunct)
    return result


# Lower-case words that belong to a title before it: "prime minister", "foreign secretary",
# "White House press secretary", "UN humanitarian chief", "central bank governor".
_TITLE_MODIFIERS = frozenset({"prime", "foreign", "home", "deputy", "vice", "interior", "defence", "defense",
                              "finance", "health", "energy", "attorney", "chief", "executive", "assistant",
                              "press", "communications", "humanitarian", "relief", "aid", "emergency", "bank",
                              "central", "trade", "transport", "environment", "security", "justice", "education",
                              "development"})
