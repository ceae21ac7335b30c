"""A briefing headline ("ICC issues arrest warrant for Putin") cut from the sentence around one date phrase.

Extractive and rule-based, no model:
1. tokenize the sentence, cut out the date phrase and the preposition leading to it
   (kept when it bounds the happening: "set to last until Wednesday"), and put a
   parenthesised acronym in place of the name it abbreviates;
2. split into segments at punctuation and subordinating words, and take the segment
   holding the date; a segment without a subject borrows the one before it, "they" the
   main clause's plural subject, "he"/"she" the last name, "which" its antecedent; a
   subordinate part that says too little yields to the main clause;
3. a reporting verb leads to what was reported: "X said Y would ..." -> "X: Y would ...",
   and a bare "X said in Brussels" to the quotation around it;
4. headline style: titles and "Mr" go, adverbs go, "a/an" go, the main verb in the
   present ("met" -> "meet(s)"), "was issued" -> "issued", "will visit" -> "to visit";
5. at most ~60 characters: when longer, cut before the last phrase that does not fit
   whole (a prepositional phrase, a subordinate or relative clause, after a comma), so a
   phrase is never cut mid-way; failing that, at a word boundary, never ending on a
   function word. `capped_headline` also says whether anything was cut.

A pronoun opening reported speech takes the speaker when that is obvious ("The company
said it expects ..." -> "Company expects ..."; "Kavan said he ..." -> "Kavan ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.events.clause_chunks import (
    Segment,
    SegmentKind,
    Token,
    first_verb,
    is_pronoun_subject,
    is_verb,
    segments,
    third_person,
    tokenize,
    verb_base,
)
from timeline.events.word_lists import (
    CALENDAR_WORDS,
    DROPPED_ADVERBS,
    IRREGULAR_PAST,
    ORGANISATION_WORDS,
    REPORTING_AUDIENCES,
    REPORTING_VERBS,
    TITLE_WORDS,
    VERB_BASES,
    word_list,
)

MAX_CHARS = 72
PHRASE_SLACK = 10  # characters a headline may run over MAX_CHARS to finish the phrase it is in
MIN_WORDS = 3

_DATE_PREPOSITIONS = word_list("headline_style", "date_prepositions")
_BOUNDING_PREPOSITIONS = word_list("headline_style", "bounding_prepositions")
_LEADING = word_list("headline_style", "leading")
_TRAILING = word_list("headline_style", "trailing")
_HONORIFICS = word_list("headline_style", "honorifics")
_BE_PAST = word_list("headline_style", "be_past")
_BE_FORMS = _BE_PAST | {"be", "been", "'s", "’s"}
_PASSIVE_FOLLOWERS = word_list("headline_style", "passive_followers")
_SINGULAR_PRONOUNS = word_list("headline_style", "singular_pronouns")
_DETERMINERS_AND_PREPOSITIONS = word_list("headline_style", "determiners_and_prepositions")
_SPEAKER_PLACE_WORDS = word_list("headline_style", "speaker_place_words")
_CLOCK_WORDS = word_list("headline_style", "clock_words")
_NOMINATIVE_PRONOUNS = word_list("headline_style", "nominative_pronouns")
_PERSON_NOUNS = word_list("headline_style", "person_nouns")
_STANCE_SUBJECTS = word_list("headline_style", "stance_subjects")
_STANCE_VERBS = word_list("headline_style", "stance_verbs")
_SUBJECT_PREPOSITIONS = word_list("headline_style", "subject_prepositions")
_ARTICLES = word_list("headline_style", "articles")
# Plurals without an -s, and words that count more than one: "200,000 people die", not "dies".
_PLURAL_NOUNS = word_list("headline_style", "plural_nouns")
_MANY_WORDS = word_list("headline_style", "many_words")
MAX_SPEAKER_WORDS = 5
MAX_AUDIENCE_WORDS = 6  # "told the regional stock market this morning that"
MAX_APPOSITIVE = 8  # words between the commas of an aside that names or describes the subject
_PLURAL_ENDINGS = ("ers", "ors", "ans", "ists", "ents", "ies", "ants", "als", "ives", "ees")
_NOT_ADVERBS = word_list("headline_style", "not_adverbs")


@dataclass(frozen=True, slots=True)
class Headline:
    text: str
    cut: bool  # the clause was longer than a headline: a phrase (or words) left out at the end
    # Whether the words kept hold the verb of the clause they were cut from: "Statement from the
    # committee" (cut before "said") tells no act, though its sentence did.
    has_verb: bool = True
    # False when its clause asks, guesses or compares rather than reports (events/factuality.py).
    factual: bool = True


def headline(sentence: str, date_start: int, date_end: int) -> str:
    """A short "who did what" headline for the happening dated by sentence[date_start:date_end]."""
    return capped_headline(sentence, date_start, date_end).text


def capped_headline(sentence: str, date_start: int, date_end: int) -> Headline:
    """The headline, and whether its clause had to be cut to fit."""
    tokens, date_at, bound = _tokens_without_date(sentence, date_start, date_end)
    parts = segments(tokens, keep_together=bound)
    if not parts:
        return Headline("", False)
    index = _when_clause_of_date(parts, tokens, date_at)
    if index is None:
        index = _segment_at(parts, date_at, tokens)
    clause = _clause_with_subject(parts, index, tokens)
    if parts[index].kind is SegmentKind.SUBORDINATE:
        clause = _before_next_subject(clause)
    clause = _without_next_items_date(clause, parts[index], tokens)
    words = _reported_content(clause, parts, index)
    return _cap(*_headline_style(words))


def _without_next_items_date(clause: list[Token], part: Segment, tokens: list[Token]) -> list[Token]:
    """"Dome fails to cap leak 2 June: US opens inquiry": in a run-in chronology the date of the
    next item ends the segment before its colon; it is not part of this item's headline."""
    after = part.last  # (the index just past the segment)
    if after >= len(tokens) or tokens[after].text != ":":
        return clause
    end = len(clause)
    while end > 0 and (clause[end - 1].lower in CALENDAR_WORDS or clause[end - 1].text in ("May", "MAY")
                       or clause[end - 1].text.isdigit()):  # ("may" the modal is no calendar word; "May" is)
        end -= 1
    return clause[:end] if end >= 2 else clause  # ("Dam bursts" is a headline)


def _when_clause_of_date(parts: list[Segment], tokens: list[Token], date_at: int) -> int | None:
    """The segment of a "when" clause that the date heads: in "a change since June, when the
    minister approved the port" the happening of June is the approval, not the change."""
    at = date_at
    if at < len(tokens) and tokens[at].text == ",":
        at += 1
    if at >= len(tokens) or tokens[at].lower != "when":
        return None
    for index, part in enumerate(parts):
        if part.first == at and part.kind is SegmentKind.SUBORDINATE and first_verb(list(part.tokens[1:])):
            return index
    return None


def _before_next_subject(words: list[Token]) -> list[Token]:
    """A subordinate clause up to a second subject that a missing comma ran into it: "When Lopez became
    chairman she promised reform" -> "Lopez became chairman". A nominative pronoun after the
    verb cannot be its object, so it opens the next clause."""
    verb = first_verb(words)
    if verb is None:
        return words
    for at in range(verb + 1, len(words) - 1):
        if (words[at].lower in _NOMINATIVE_PRONOUNS and first_verb(words[at + 1 : at + 3]) == 0
                and words[at - 1].lower not in REPORTING_VERBS | _STANCE_VERBS | {"that"}):
            return words[:at]
    return words


def main_clause_headline(sentence: str, date_start: int, date_end: int) -> Headline:
    """The headline of the sentence's main clause with a verb, wherever the date stands: for a
    date in an aside ("As of Monday, the 83rd day of the flood, the river had risen 4 m")
    the happening is told by the main clause, not by the aside.
    """
    tokens, date_at, bound = _tokens_without_date(sentence, date_start, date_end)
    parts = segments(tokens, keep_together=bound)
    if not parts:
        return Headline("", False)
    index = _segment_at(parts, date_at)
    clause = _main_clause(parts, index)
    return _cap(*_headline_style(_reported_content(clause, parts, index)))


def _tokens_without_date(sentence: str, date_start: int, date_end: int) -> tuple[list[Token], int, int | None]:
    """The tokens without the date phrase, where it stood, and where a kept "until <date>" starts."""
    tokens = tokenize(sentence)
    before = [t for t in tokens if t.end <= date_start]
    inside = [t for t in tokens if t.start < date_end and t.end > date_start]
    after = [t for t in tokens if t.start >= date_end]
    if before and before[-1].lower in _BOUNDING_PREPOSITIONS:
        kept = [*before, *inside]
        return [*kept, *after], len(kept), len(before) - 1
    if inside and inside[0].lower in _BOUNDING_PREPOSITIONS:
        kept = [*before, *inside]
        return [*kept, *after], len(kept), len(before)
    if inside and inside[0].lower == "the" and after and after[0].is_word and after[0].text.islower():
        # "died in the 12 January earthquake": the date qualifies a noun; its article stays
        before = [*before, Token(inside[0].text, inside[0].start, inside[0].end)]
    possessive = sentence[date_end : date_end + 2] in ("'s", "’s") or sentence[date_end - 2 : date_end] in ("'s", "’s")
    # "weakened by last week's quake": the preposition leads to the quake, not to the date.
    while before and before[-1].lower in _DATE_PREPOSITIONS and not possessive:
        before.pop()
    if after and after[0].text in ("'s", "’s"):
        after = after[1:]
    before = _without_appositives(_with_acronyms(before))
    return [*before, *_without_appositives(_with_acronyms(after))], len(before), None


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
            if close is not None and close > at + 1 and _is_appositive(result[at + 1 : close]) \
                    and is_verb(result[close + 1], result[at - 1]):
                del result[at : close + 1]
                continue
        at += 1
    return result


def _is_appositive(words: list[Token]) -> bool:
    """A name ("Hedi Annabi"), an age ("55") or a noun phrase with an article, holding no verb."""
    if not all(t.is_word for t in words):
        return False
    verb = first_verb(words)
    if verb is not None and not (words[0].lower in _ARTICLES and words[verb].lower.endswith("ed")):
        return False  # (", an author based in Miami,": a participle describing, still an aside)
    if all(t.is_capitalised or t.text.isdigit() for t in words):
        return True
    return words[0].lower in _ARTICLES or words[0].lower == "the"


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


def _segment_at(parts: list[Segment], date_at: int, tokens: list[Token] | None = None) -> int:
    """The segment the date stood in: the one it ended or interrupted, else the next one."""
    if tokens is not None and date_at < len(tokens) and tokens[date_at].text == ":":
        # "... 28 April: Coastguard fears ... 8 May: Dome fails": a date and a colon head the item after it
        following = next((i for i, part in enumerate(parts) if part.first > date_at), None)
        if following is not None:
            return following
    for index, part in enumerate(parts):
        if part.first < date_at <= part.last:
            return index
        if part.first < date_at == part.last + 1 and part.kind is SegmentKind.MAIN and first_verb(list(part.tokens)):
            # "Crews had fixed the pump since Sunday, and a ship was ...": the date ends its clause
            return index
    return next((i for i, part in enumerate(parts) if part.first >= date_at), len(parts) - 1)


def _clause_with_subject(parts: list[Segment], index: int, tokens: list[Token]) -> list[Token]:
    """The date's segment as a clause with its subject, or the main clause when it says too little."""
    part = parts[index]
    words = list(part.tokens)
    if part.kind is SegmentKind.ATTRIBUTION:
        # "..., according to a report published on Sunday": the date tells when it was reported;
        # what happened is the main clause.
        return _main_clause(parts, index)
    if part.kind is SegmentKind.SUBORDINATE:
        opener = words.pop(0).lower
        if opener in ("which", "who"):
            antecedent = _antecedent(parts, index)
            if antecedent and words and first_verb(words) == 0:
                return [*antecedent, *words]
            return _main_clause(parts, index)
        verb = first_verb(words)
        subject = words[:verb] if verb is not None else words
        participle = verb_base(words[0].lower) if words and words[0].lower.endswith("ing") else None
        if verb is None and participle is not None and len(words) >= MIN_WORDS:
            # "since obtaining a third term" -> "<main subject> obtains a third term".
            main_subject = _subject_of(_main_clause(parts, index))
            if main_subject:
                plural = _is_plural(main_subject)
                present = participle if plural else third_person(participle)
                return [*main_subject, Token(present, words[0].start, words[0].end), *words[1:]]
        if verb is None or verb == 0 or len(words) < MIN_WORDS:
            return _main_clause(parts, index)
        if is_pronoun_subject(subject):
            pronoun = subject[0].lower
            main = _main_clause(parts, index)
            main_subject = _subject_of(main)
            if pronoun in _SINGULAR_PRONOUNS:
                # "Obama will ask Congress to act when he speaks": "he" is the sentence's subject
                # when that is a person's name, not the last name before it.
                person = _person_subject(main_subject)
                name = person or _last_name(tokens[: part.first])
                return [*name, *words[verb:]] if name else main
            if pronoun == "they" and any(t.lower == "and" for t in main_subject):
                return [*main_subject, *words[verb:]]
            return main
        return words
    words = _without_opening(words)
    verb = first_verb(words)
    if verb == 0:
        return [*_subject_before(parts, index), *words]
    opens_on_participle = verb is None and bool(words) and words[0].lower.endswith("ing") and len(words[0].lower) > 5
    if opens_on_participle and index > 0 and len(words) >= MIN_WORDS:
        # ", trading down 0.2 percent at 1836 GMT": the clause before says who traded
        subject = _subject_before(parts, index)
        if subject and first_verb(subject) is None:
            base = verb_base(words[0].lower)
            if base is None:
                return [*subject, *words]  # "Shares trading down 0.2 percent": headline style as it is
            present = base if _is_plural(subject) else third_person(base)
            return [*subject, Token(present, words[0].start, words[0].end), *words[1:]]
    return words


def _main_clause(parts: list[Segment], before: int) -> list[Token]:
    """The sentence's first main segment with a verb before `before` (or after, if none), with its subject."""
    order = [*range(before), *range(before + 1, len(parts))]
    for index in order:
        part = parts[index]
        if part.kind is not SegmentKind.MAIN:
            continue
        words = _without_opening(list(part.tokens))
        verb = first_verb(words)
        if verb is None:
            continue
        if verb == 0:
            return [*_subject_before(parts, index), *words]
        return words
    # No verb we know: the first main segment still names who acts.
    main = next((p for p in parts if p.kind is SegmentKind.MAIN), parts[before])
    return _without_opening(list(main.tokens))


def _subject_before(parts: list[Segment], index: int) -> list[Token]:
    """The subject a subjectless segment shares: the nearest earlier main segment's subject or bare noun phrase."""
    for earlier in range(index - 1, -1, -1):
        part = parts[earlier]
        if part.kind is not SegmentKind.MAIN or part.quoted:
            continue
        words = _without_opening(list(part.tokens))
        verb = first_verb(words)
        if verb is None:
            # "Tom Rhee, leader of the union, said": skip an appositive that names no one.
            if words and words[0].is_capitalised:
                return words
            continue
        if verb > 0:
            return words[:verb]
    return []


def _subject_of(words: list[Token]) -> list[Token]:
    """The words before the verb; without a verb we know, the leading names ("Macron and Scholz shook ...")."""
    verb = first_verb(words)
    if verb is not None:
        return words[:verb]
    names = 0
    while names < len(words) and (words[names].is_capitalised or words[names].lower == "and"):
        names += 1
    return words[:names] if names < len(words) else []


def _person_subject(subject: list[Token]) -> list[Token]:
    """The subject as a person's name ("President Barack Obama" -> "Barack Obama"), or []."""
    name = _drop_titles([t for t in subject if t.lower not in _HONORIFICS and t.lower not in ("the", "a", "an")])
    if not name or len(name) > 4 or not all(t.is_capitalised and t.is_word for t in name) \
            or is_pronoun_subject(name) or name[0].lower in ("this", "that", "there", "these", "those"):
        return []
    if any(t.lower in ORGANISATION_WORDS or t.text.isupper() for t in name):
        return []  # "the Commission", "BP": not a "he"
    return name


def _antecedent(parts: list[Segment], index: int) -> list[Token]:
    """What 'which'/'who' refers to: the end of the segment before, from its last determiner or name."""
    if index == 0:
        return []
    words = list(parts[index - 1].tokens)
    if index >= 2 and _is_appositive(words) and len(words) <= MAX_APPOSITIVE:
        # "a quake, the worst in a century, which struck": "which" is the quake, not the century
        words = list(parts[index - 2].tokens)
    for start in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if words[start].lower in ("the", "a", "an", "his", "her", "their", "its"):
            return words[start:]
    name = _last_name(words)
    return name


def _last_name(tokens: list[Token]) -> list[Token]:
    """The last run of capitalised words that is not the sentence's first word alone."""
    end = len(tokens)
    while end > 0 and not (tokens[end - 1].is_capitalised and tokens[end - 1].is_word and end - 1 > 0):
        end -= 1
    start = end
    while start > 1 and tokens[start - 1].is_capitalised and tokens[start - 1].is_word:
        start -= 1
    name = [t for t in tokens[start:end] if t.lower not in _HONORIFICS and t.lower not in TITLE_WORDS]
    if name and name[-1].text[-2:] in ("'s", "’s"):
        last = name[-1]
        name[-1] = Token(last.text[:-2], last.start, last.end - 2, last.quoted)
    return name


def _without_opening(words: list[Token]) -> list[Token]:
    index = 0
    # What is left of a stamp before the sentence ("10:47 PM BP said ...", with "10:" read as
    # part of the date): a clock time never opens a headline.
    while index + 1 < len(words) and words[index].text[:1].isdigit() and words[index + 1].lower in _CLOCK_WORDS:
        index += 2
    while index < len(words) and words[index].lower in _CLOCK_WORDS:
        index += 1
    while index < len(words) and (
        words[index].lower in _LEADING or words[index].lower in DROPPED_ADVERBS or _is_adverb(words[index])
    ):
        index += 1
    return words[index:]


def _reported_content(clause: list[Token], parts: list[Segment], index: int) -> list[Token]:
    """'X said Y would ...' -> 'X : Y would ...'; 'X said in Brussels' -> 'X : <the quotation>'."""
    verb = first_verb(clause)
    if verb is None or verb == 0:
        return clause
    at = verb
    while at < len(clause) and clause[at].lower not in REPORTING_VERBS and at - verb < 2:
        at += 1
    if at >= len(clause) or clause[at].lower not in REPORTING_VERBS:
        return clause
    speaker = _speaker(clause[:verb])
    if not speaker and not is_pronoun_subject(clause[:verb]):
        return clause
    if speaker:
        speaker = [*speaker, _COLON]
    rest = clause[at + 1 :]
    rest = _skip_audience(rest)
    if rest and rest[0].lower == "that":
        rest = rest[1:]
    if rest and rest[0].lower in _SUBJECT_PREPOSITIONS | {"during", "after", "before", "by"}:
        rest = []  # "told the newspaper in an interview published ...": where, not what
    if _is_clause(rest):
        content = _opening_stance_dropped(rest)
        if (content is rest and speaker and first_verb(content) == 1
                and _refers_to_speaker(content[0], speaker[:-1])
                and not (content[0].lower in _SINGULAR_PRONOUNS and _person_before(parts, speaker[:-1]))):
            return [*speaker[:-1], *content[1:]]  # "X said it expects ..." -> "X expects ..."
        return [*speaker, *content]
    following = _following_clause(parts, index)
    if any(t is _COLON for t in following):
        return following  # the clause after the date's was this very attribution: already "X: ..."
    if following:
        return [*speaker, *following]
    quotation = _quotation(parts, index)
    if quotation and speaker:
        return [*speaker, *_opening_stance_dropped(quotation)]
    return clause


_COLON = Token(":", -1, -1)


def _refers_to_speaker(pronoun: Token, speaker: list[Token]) -> bool:
    """Whether a pronoun opening what the speaker said obviously means the speaker: "he"/"she"
    after a person's name, "it" after an organisation ("the company", "Acme Corp"), "they"
    after a plural common noun ("officials"). Anything less clear stays as it was said."""
    word = pronoun.lower
    names = [t for t in speaker if t.lower not in ("the", "and")]
    if not names or any(t.quoted for t in speaker):
        return False
    last = names[-1].lower
    organisation = last in ORGANISATION_WORDS
    # A capital at the very start of the sentence ("Officials said ...") names nobody.
    common_noun = not names[-1].is_capitalised or names[-1].start == 0
    if word in _SINGULAR_PRONOUNS:
        return (all(t.is_capitalised for t in names) and not common_noun and not organisation
                and "and" not in (t.lower for t in speaker))
    if word == "it":
        return organisation or (common_noun and not _is_plural(names))
    if word == "they":
        return common_noun and _is_plural(names) and not organisation
    return False


def _person_before(parts: list[Segment], speaker: list[Token]) -> bool:
    """Whether someone else the pronoun could mean is named before the speaker ("Calling the
    mother of Elian Gonzalez ..., Castro said she ..."): then "he"/"she" is not obvious."""
    start = next((t.start for t in speaker if t.start >= 0), -1)
    earlier = [t for part in parts for t in part.tokens if 0 <= t.start < start]
    return any(t.lower in _PERSON_NOUNS or (k > 0 and t.is_capitalised and not t.text.isupper()
                                              and t.lower not in TITLE_WORDS)
               for k, t in enumerate(earlier))


def _speaker(subject: list[Token]) -> list[Token]:
    words = _drop_titles([t for t in subject if t.lower not in _HONORIFICS])
    # "The BBC's Ann Roe at a hospital in Jacmel says": the speaker is who, not where (after a name).
    place = next((i for i, t in enumerate(words)
                  if i > 0 and t.lower in _SPEAKER_PLACE_WORDS and words[i - 1].is_capitalised), None)
    if place is not None:
        words = words[:place]
    words = _simplified_subject(words)
    if len(words) > MAX_SPEAKER_WORDS:
        words = _trailing_name(words)  # "UK-based aid agency Save the Children" -> "Save the Children"
    return words if 0 < len(words) <= MAX_SPEAKER_WORDS and not is_pronoun_subject(words) else []


def _trailing_name(words: list[Token]) -> list[Token]:
    """The name a long description ends with, joiners and all ("Save the Children"), or []."""
    start = len(words)
    while start > 0 and (words[start - 1].is_capitalised or words[start - 1].lower in ("the", "of", "for", "and")):
        start -= 1
    while start < len(words) and not words[start].is_capitalised:
        start += 1
    if start > 0 and words[start - 1].lower in _SUBJECT_PREPOSITIONS | _SPEAKER_PLACE_WORDS:
        return []  # "the bureau of mines in Nuuk": a place or an employer, not who spoke
    return words[start:] if start < len(words) else []


def _skip_audience(words: list[Token]) -> list[Token]:
    """'told reporters', 'told the newspaper', 'told Reuters' (an audience before the content)."""
    index = 1 if words and words[0].lower in ("the", "a", "an") else 0
    if index < len(words) and words[index].lower in REPORTING_AUDIENCES:
        return words[index + 1 :]
    # "told the stock market this morning that ...", "told Reuters news agency that ...": any
    # short audience before "that"
    that = next((i for i, t in enumerate(words[:MAX_AUDIENCE_WORDS + 1]) if t.lower == "that"), None)
    if that is not None and that > 0 and first_verb(words[:that]) is None:
        return words[that:]
    if index < len(words) and words[index].is_capitalised:
        while index < len(words) and words[index].is_capitalised:
            index += 1
        return words[index:]
    # "told talk show host Ann Lee the charity had ...": a short description ending in a name,
    # then a clause
    name_end = next((i + 1 for i in range(min(len(words), MAX_AUDIENCE_WORDS) - 1, 0, -1)
                     if words[i].is_capitalised and words[i].is_word), None)
    if (name_end is not None and words[0].lower != "that" and first_verb(words[:name_end]) is None
            and _is_clause(words[name_end:])):
        return words[name_end:]
    return words


def _is_clause(words: list[Token]) -> bool:
    verb = first_verb(words)
    return verb is not None and verb > 0 and len(words) >= MIN_WORDS


def _following_clause(parts: list[Segment], index: int) -> list[Token]:
    """The reported clause after a comma ('said that, coming days after ..., it indicated China ...')."""
    for part in parts[index + 1 :]:
        if part.kind is SegmentKind.ATTRIBUTION:
            break
        words = _without_opening(list(part.tokens))
        if part.kind is SegmentKind.MAIN and _is_clause(words) and not words[0].lower.endswith("ing"):
            return _reported_content(words, parts, len(parts)) if _reports(words) else words
    return []


def _reports(words: list[Token]) -> bool:
    verb = first_verb(words)
    return verb is not None and any(t.lower in REPORTING_VERBS for t in words[verb : verb + 2])


def _quotation(parts: list[Segment], index: int) -> list[Token]:
    """The first quoted clause of the sentence: what a bare 'X said in Brussels' reported."""
    for part in parts:
        if part.quoted and _is_clause(list(part.tokens)):
            return list(part.tokens)
    return []


def _opening_stance_dropped(words: list[Token]) -> list[Token]:
    """'I hope that he will ...' -> 'he will ...', 'he was confident that Putin would ...' -> 'Putin would ...':
    the speaker is already named."""
    if len(words) > 3 and words[0].lower in _STANCE_SUBJECTS | {"it"}:
        that = next((i for i, t in enumerate(words[:5]) if t.lower == "that"), None)
        stance = words[1].lower in REPORTING_VERBS | _STANCE_VERBS
        if words[0].lower == "it" and not stance:
            return words  # "it is feared that ...": an impersonal clause, no speaker's stance
        if that is not None and (stance or words[1].lower in _BE_PAST | {"am"}) and _is_clause(words[that + 1 :]):
            return words[that + 1 :]
        if stance and _is_clause(words[2:]):
            return words[2:]
    return words


_MONTH_NAMES = frozenset(("january", "february", "march", "april", "june", "july", "august", "september",
                          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                          "sep", "sept", "oct", "nov", "dec"))


def _is_month(word: str) -> bool:
    return word.lower().rstrip(".") in _MONTH_NAMES or word in ("May", "MAY")


def _is_day_number(word: str) -> bool:
    digits = word.rstrip(",").removesuffix("th").removesuffix("st").removesuffix("nd").removesuffix("rd")
    return digits.isdigit() and 1 <= int(digits) <= 31


def _without_other_days(words: list[str], verb_at: int | None) -> tuple[list[str], int | None]:
    """"Rig explodes April 20 and sinks": a second calendar day in a headline already dated is
    noise (the day it names is another event's); it goes with the preposition before it."""
    dropped: set[int] = set()
    index = 1  # (a day opening the headline is a name: "March 4 Movement")
    while index + 1 < len(words):
        if ((_is_month(words[index]) and _is_day_number(words[index + 1]))
                or (_is_day_number(words[index]) and _is_month(words[index + 1]))):
            end = index + 2
            if end < len(words) and words[end].rstrip(",").isdigit() and len(words[end].rstrip(",")) == 4:
                end += 1  # its year
            if words[index - 1].lower() in ("on", "since", "from", "by", "until", "of"):
                dropped.add(index - 1)
            dropped.update(range(index, end))
            index = end
            continue
        index += 1
    if not dropped:
        return words, verb_at
    kept = [word for k, word in enumerate(words) if k not in dropped]
    if verb_at is None or verb_at in dropped:
        return kept, None
    return kept, verb_at - sum(1 for k in dropped if k < verb_at)


def _headline_style(words: list[Token]) -> tuple[list[str], int | None]:
    """The words in headline style, and the index among them of the clause's verb (None: no verb)."""
    words = _drop_titles([t for t in words if t.lower not in _HONORIFICS])
    colon = next((i for i, t in enumerate(words) if t is _COLON), None)
    content = _simplified_subject_in(words if colon is None else words[colon + 1 :])
    verb = first_verb(content)
    # Found before the tense changes ("took" is known, "takes" after a noun is not): a token keeps
    # its place in the sentence, so the verb is the first kept token from that place on.
    verb_start = content[verb].start if verb is not None else None
    if verb is not None and verb == len(content) - 1 and content[verb].lower in _BE_FORMS:
        verb_start = content[0].start  # "The last strike was [in 2019]": the subject is the happening
    speaker = [] if colon is None else words[: colon + 1]
    words = [*speaker, *_present_tense(content)]
    result: list[str] = []
    verb_at: int | None = None
    for position, token in enumerate(words):
        word = token.lower
        if word in _ARTICLES or word in DROPPED_ADVERBS:
            continue
        if _is_adverb(token):
            continue
        if token is _COLON:
            if result:
                result[-1] += ":"
            continue
        if word == "the" and (position == 0 or words[position - 1] is _COLON):
            continue
        if verb_at is None and verb_start is not None and token.start >= verb_start:
            verb_at = len(result)
        result.append(token.text)
    return _without_other_days(result, verb_at)


def _is_adverb(token: Token) -> bool:
    """'-ly' adverbs ("warmly", "cautiously"); headlines do without them."""
    word = token.lower
    return word.endswith("ly") and len(word) > 4 and not token.is_capitalised and word not in _NOT_ADVERBS


def _drop_titles(words: list[Token]) -> list[Token]:
    """'his Chinese counterpart Xi Jinping' -> 'Xi Jinping'; 'Secretary of State Antony Blinken' -> 'Antony Blinken'."""
    result: list[Token] = []
    index = 0
    while index < len(words):
        end = _title_end(words, index)
        if end is None:
            result.append(words[index])
            index += 1
            continue
        while result and result[-1].is_capitalised and result[-1] is not _COLON and result[-1].lower != "and":
            result.pop()  # the title's own modifiers: "Russian", "U.S."
        if result and result[-1].lower in ("his", "her", "their", "the", "its"):
            result.pop()
        index = end
    return result


def _title_end(words: list[Token], index: int) -> int | None:
    if words[index].lower not in TITLE_WORDS:
        return None
    end = index + 1
    if end + 1 < len(words) and words[end].lower in ("of", "for") and words[end + 1].is_capitalised:
        end += 2
    if end < len(words) and words[end].is_capitalised and words[end].lower not in TITLE_WORDS:
        return end
    return None


def _simplified_subject_in(words: list[Token]) -> list[Token]:
    verb = first_verb(words)
    if not verb:
        return words
    subject = _simplified_subject(words[:verb])
    if sum(len(t.text) + 1 for t in words) > MAX_CHARS:
        subject = _without_participle_modifier(subject)
    return [*subject, *words[verb:]]


def _without_participle_modifier(subject: list[Token]) -> list[Token]:
    """A long headline's subject without the past-participle phrase after its noun: "troops
    based in and around the capital are securing the port" -> "troops are securing the port",
    so that the cut to length keeps the verb, not the subject's description."""
    for at in range(1, len(subject)):
        word = subject[at].lower
        previous = subject[at - 1]
        if not previous.is_word or previous.lower in _DETERMINERS_AND_PREPOSITIONS or subject[at].is_capitalised:
            continue
        # Only "-ed": an "-ing" word after a noun is as often a compound ("court hearing").
        if word.endswith("ed") and len(word) > 4:
            return subject[:at]
    return subject


def _simplified_subject(subject: list[Token]) -> list[Token]:
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
        possessed = conjunct[0].lower in ("his", "her", "their", "its")
        if 0 < run < len(conjunct) and (possessed or conjunct[-run - 1].quoted):
            conjunct = conjunct[-run:]
        simplified.append(conjunct)
    result: list[Token] = []
    for position, conjunct in enumerate(simplified):
        if position:
            result.append(Token("and", -1, -1))
        result.extend(conjunct)
    return result


def _present_tense(words: list[Token]) -> list[Token]:
    """The main verb in headline tense: 'met' -> 'meet(s)', 'was issued' -> 'issued', 'will visit' -> 'to visit'."""
    verb = first_verb(words)
    if not verb:
        return words
    subject, rest = words[:verb], words[verb:]
    head = rest[0].lower
    if head in _BE_PAST and len(rest) > 1 and (rest[1].lower in _PASSIVE_FOLLOWERS or rest[1].lower.endswith("ed")):
        return [*subject, *rest[1:]]
    if head == "will" and len(rest) > 1 and verb_base(rest[1].lower) is not None and not is_pronoun_subject(subject):
        return [*subject, Token("to", -1, -1), *rest[1:]]
    plural = _is_plural(subject)
    if len(rest) > 1 and rest[1].lower == "by" and rest[0].lower.endswith("ed"):
        return words  # "Communications destroyed by the quake": a passive, headline style as it is
    result = [*subject, _in_present(rest[0], plural)]
    for position in range(1, len(rest)):
        # "praised Putin and predicted ..." -> "praises Putin and predicts ...".
        after_and = rest[position - 1].lower == "and"
        result.append(_in_present(rest[position], plural) if after_and else rest[position])
    return result


def _in_present(token: Token, plural: bool) -> Token:
    word = token.lower
    base = verb_base(word)
    if token.quoted or base is None or not (word in IRREGULAR_PAST or word.endswith("ed")):
        return token
    return Token(base if plural else third_person(base), token.start, token.end, token.quoted)


def _is_plural(subject: list[Token]) -> bool:
    """Judged on the head, before any preposition: 'Ministers from around the world', 'Talks between X and Y'."""
    head: list[Token] = []
    for token in subject:
        if token.lower in _SUBJECT_PREPOSITIONS or (head and token.lower.endswith("ed") and len(token.lower) > 4
                                                    and not head[-1].lower.endswith("ing")):
            break  # ("Buildings weakened by the quake": the head is "Buildings")
        head.append(token)
    while len(head) > 1 and (head[-1].lower in DROPPED_ADVERBS or head[-1].lower in ("first", "finally", "again")):
        head.pop()  # "the Europeans first arrived": the head is "Europeans"
    if not head:
        return False
    last = head[-1]
    if any(t.lower == "and" for t in head) or last.lower in ("they", "we") or last.lower in _PLURAL_NOUNS:
        return True
    if len(head) > 1 and _counts_many(head[-2]):
        return True  # "200,000 people", "three crew"
    if last.is_capitalised:
        # A capital only from the sentence start: "Rescuers pulled ..." (names like "Brussels" are singular).
        # "Rebels", "Floods": a plural of a word that is also a verb; "Brussels", "Jones" are no plurals.
        alone = len(head) == 1 or (len(head) == 2 and head[0].lower == "the")
        return alone and (last.lower.endswith(_PLURAL_ENDINGS) or _plural_of_known_word(last.lower))
    return last.lower.endswith("s") and not last.lower.endswith("ss")


def _plural_of_known_word(word: str) -> bool:
    if not word.endswith("s") or word.endswith("ss"):
        return False
    return word[:-1] in VERB_BASES or (word.endswith("es") and word[:-2] in VERB_BASES)


def _counts_many(token: Token) -> bool:
    word = token.lower.replace(",", "")
    return (word.isdigit() and word != "1") or word in _MANY_WORDS


def _cap(words: list[str], verb_at: int | None = None) -> Headline:
    """At most MAX_CHARS: cut before a whole phrase where one ends in reach, else at a word
    boundary outside a name; no dangling function word; upper-case start. `verb_at` is the
    index of the clause's verb in `words`, if it has one."""
    kept: list[str] = []
    length = 0
    cut = False
    for index, word in enumerate(words):
        if length + len(word) + (1 if kept else 0) > MAX_CHARS and len(kept) >= MIN_WORDS:
            cut = True
            phrase_end = _phrase_end_within_slack(words, index, length)
            if phrase_end is None:
                phrase_end = _last_phrase_end(words, len(kept))
            if phrase_end is not None:
                kept = words[:phrase_end]
                cut = phrase_end < len(words)
                break
            while len(kept) > MIN_WORDS and kept[-1][:1].isupper() and words[index][:1].isupper():
                index -= 1
                kept.pop()  # "the Kremlin's Parade | Hall": a name is kept whole or not at all
            break
        kept.append(word)
        length += len(word) + (1 if len(kept) > 1 else 0)
    while len(kept) > 1 and (kept[-1].lower().strip(",.;:") in _TRAILING or kept[-1][-2:] in ("'s", "’s")):
        kept.pop()
    text = " ".join(kept).strip(" ,;:-_—–").rstrip(".,;:")
    return Headline(text[:1].upper() + text[1:], cut, verb_at is not None and verb_at < len(kept))


def _phrase_end_within_slack(words: list[str], index: int, length: int) -> int | None:
    """Where the phrase under way ends, when that is within PHRASE_SLACK of the limit."""
    for end in range(index, len(words)):
        length += len(words[end]) + 1
        if length > MAX_CHARS + PHRASE_SLACK:
            return None
        if end + 1 == len(words) or _phrase_starts(words, end + 1):
            return end + 1
    return None


def _last_phrase_end(words: list[str], fits: int) -> int | None:
    """How many of the first `fits` words to keep so the headline ends where a phrase does:
    before a preposition or a subordinate/relative clause, or after a comma; None when no
    such end leaves a statement (enough words, with a verb after any "Speaker:")."""
    colon = next((k + 1 for k, word in enumerate(words[:fits]) if word.endswith(":")), 0)
    for end in range(fits, max(colon, MIN_WORDS) - 1, -1):
        if end < len(words) and not _phrase_starts(words, end):
            continue
        kept = words[colon:end]
        while kept and kept[-1].lower().strip(",.;:") in _TRAILING:
            kept = kept[:-1]  # what the cut will leave: "accounted for" ends as "accounted"
        statement = tokenize(" ".join(kept))
        verb = first_verb(statement)
        # The verb must keep something after it: "Brewing giant accounted" says nothing.
        if len(statement) >= 2 and verb and verb < len(statement) - 1:
            return end
    return None


def _phrase_starts(words: list[str], index: int) -> bool:
    if words[index - 1].endswith((",", ";")) or words[index].lower() in _PHRASE_OPENERS:
        return True
    # "arrive in Port Alder | to examine the wreckage": "to" and a verb after a noun open a
    # purpose clause ("plans to visit" is one verb group, not a phrase end)
    return (words[index].lower() == "to" and index + 1 < len(words) and verb_base(words[index + 1].lower()) is not None
            and verb_base(words[index - 1].lower()) is None)


_PHRASE_OPENERS = word_list("headline_style", "phrase_openers")
