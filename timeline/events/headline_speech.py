"""Reported speech in a headline: "X said Y would ..." -> "X: Y would ...", a bare "X said in
Brussels" to the quotation around it, and a pronoun opening what was said to its speaker when
that is obvious ("The company said it expects ..." -> "Company expects ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.events.clause_chunks import (
    Segment,
    SegmentKind,
    Token,
    first_verb,
    is_pronoun_subject,
    is_verb,
    without_states,
)
from timeline.events.headline_common import (
    ARTICLES,
    BE_FORMS,
    BE_PAST,
    COLON,
    DECLARING,
    DETERMINERS_AND_PREPOSITIONS,
    EMERGING,
    HONORIFICS,
    MAX_AUDIENCE_WORDS,
    MAX_CHARS,
    MAX_SPEAKER_WORDS,
    MIN_WORDS,
    NAME_PARTICLES,
    PERSON_NOUNS,
    PERSON_ROLES,
    SINGULAR_PRONOUNS,
    SPEAKER_PLACE_WORDS,
    SPEAKER_ROLES,
    STANCE_SUBJECTS,
    STANCE_VERBS,
    SUBJECT_PREPOSITIONS,
    TAKES_A_SPAN,
    adverbs_only,
)
from timeline.events.headline_number import is_plural
from timeline.events.headline_style import drop_titles, simplified_subject, without_opening
from timeline.events.word_lists import (
    CALENDAR_WORDS,
    CLAUSE_OPENERS,
    IRREGULAR_PAST,
    ORGANISATION_WORDS,
    PAST_PARTICIPLES,
    REPORTING_AUDIENCES,
    REPORTING_VERBS,
    TITLE_WORDS,
    word_list,
)


def reported_content(clause: list[Token], parts: list[Segment], index: int,
                     date_start: int | None = None) -> list[Token]:
    """'X said Y would ...' -> 'X : Y would ...'; 'X said in Brussels' -> 'X : <the quotation>'.
    `date_start`, where the date stood in the sentence, tells which act a gerund's saying is of."""
    said = parts[index + 1].tokens if index + 1 < len(parts) else ()
    if len(said) > 3 and said[0].lower == "as" and said[1].lower == "saying":
        content = list(said[3:] if said[2].lower == "that" else said[2:])
        passive = next((k for k in range(1, len(clause)) if quoted_in_the_passive(clause, k)), None)
        # "Reuters quotes Ann Lee as saying the port will reopen"; "Ann Lee is quoted by the agency
        # as saying ...": the one quoted is the subject
        one = _speaker(clause[: passive - 1]) if passive is not None else quoted_one(clause)
        if one and _is_clause(content):
            return [*one, COLON, *content]
    verb = first_verb(clause)
    if verb is None and index > 0 and len(clause) > 1 and clause[-1].lower in REPORTING_VERBS:
        verb = len(clause) - 1  # "..., a new study reports today": a plural noun nowhere else, the saying here
    if verb is None or verb == 0:
        return clause
    if [t.lower for t in clause[:2]] == ["all", "told"]:  # "All told, the panel held $4m": an idiom, nobody told
        return clause[2:] if len(clause) > 2 else (_clause_after_idiom(parts, clause[0]) or clause)
    if verb == len(clause) - 1 and clause[verb].lower in _SPEECH_GOING_ON:
        # "Waxman continues: 'The firm's complacency is astonishing'": a live page's next quote
        quotation, speaker = _quotation(parts, index), _speaker(clause[:verb])
        if quotation and speaker and _names_someone(clause[:verb]):
            return [*speaker, COLON, *_opening_stance_dropped(quotation)]
    at = _quoted_as_saying(clause, verb)
    if at is None:
        at = verb
        while at < len(clause) and not _reports_at(clause, at) and at - verb < 2:
            if (at > verb and clause[at].lower in _BEFORE_A_GERUND
                    and (date_start is None or date_start < clause[at].start)):
                # "apologized on Monday for saying ...": the act of the day is the apology, what was
                # said its object ("apologized for saying on Sunday that ...": Sunday's is the saying)
                break
            at += 1
    if at >= len(clause) or not _reports_at(clause, at):
        return clause
    if clause[at].lower in _NOUN_LIKE_ING and clause[at - 1].lower not in BE_FORMS | {"is", "are", "am"}:
        return clause  # "repeated its warning that ...": a noun; "are warning that ...": reported speech
    if clause[at].lower in DECLARING and at + 1 < len(clause) \
            and (clause[at + 1].lower in ARTICLES | {"the", "its", "his", "her"}
                 or (clause[at + 1].text.isalpha() and clause[at + 1].text.islower()
                     and not is_pronoun_subject([clause[at + 1]]) and clause[at + 1].lower != "that")) \
            and not _declares_a_clause(clause[at + 1 :]):
        # "declared the search phase over", "declared a state of emergency": an act, not a saying ("declared
        # the election was rigged" says something)
        return clause
    impersonal = _comes_to_light(clause, at)  # ("It also emerged that ...": no speaker, adverb or not)
    speaker = [] if impersonal else _speaker(clause[:verb])
    if not speaker and not is_pronoun_subject(clause[:verb]) and not impersonal:
        return clause
    if speaker:
        speaker = [*speaker, COLON]
    rest = clause[at + 1 :]
    rest = _skip_audience(rest, told=clause[at].lower in ("told", "tells", "tell", "telling"),
                          addressed=clause[at].lower not in _SAY_FORMS)
    if len(rest) > 2 and rest[0].lower == "on" and rest[1].lower in CALENDAR_WORDS \
            and rest[2].lower not in ("this", "that", "these", "those"):  # ("said on Sunday this captured")
        rest = rest[1:]  # "said on Tuesday scientists would ...": as "said Tuesday"
    while rest and rest[0].lower in CALENDAR_WORDS:
        rest = rest[1:]  # "said Saturday there was ...": another date of the saying, not what was said
    if rest and rest[0].lower == "that":
        rest = rest[1:]
    if rest and rest[0].lower in SUBJECT_PREPOSITIONS | {"during", "after", "before", "by"}:
        rest = []  # "told the newspaper in an interview published ...": where, not what
    if impersonal and not rest:
        # "Scores of cases were misdiagnosed, it emerged today": the clause before is the news; "It was
        # revealed on Monday to a crowd" (a thing unveiled) has none, and one with a date of its own
        # ("The minister knew of the leak in March, it emerged on Tuesday") is that date's
        preceding = _preceding_clause(parts, index, ending=False)
        dated = any(t.lower in CALENDAR_WORDS or _A_YEAR_OR_DECADE.fullmatch(t.text) for t in preceding)
        return preceding if preceding and not dated else clause
    if _is_clause(rest):
        content = _opening_stance_dropped(rest)
        if (content is rest and speaker and first_verb(content) == 1
                and _refers_to_speaker(content[0], speaker[:-1])
                and not (content[0].lower in SINGULAR_PRONOUNS and _person_before(parts, speaker[:-1]))
                and not _anticipatory_it(content)):
            return [*speaker[:-1], *content[1:]]  # "X said it expects ..." -> "X expects ..."
        return [*speaker, *content]
    if (not impersonal and clause[0].lower != "it" and not clause[at].lower.endswith("ing")
            and clause[at - 1].lower in _PASSIVE_BE
            and not (at + 1 < len(clause) and clause[at + 1].lower == "to")):
        # "Twenty cases were confirmed (I think a record)": what was confirmed, not a speaker's words
        # ("is believed to have failed", "was said to be": a report, read as one)
        return clause
    fronted = _preceding_clause(parts, index, ending=False, asides=0) if not rest else []
    if fronted and speaker and _speaker_ends_its_clause(parts, index):
        # "The tax is a threat, unions warned as the bill passed", "..., unions warned, urging a
        # vote": what was said comes first; the clause after the saying is another act
        return [*speaker, *fronted]
    following = _following_clause(parts, index)
    if any(t is COLON for t in following):
        return following  # the clause after the date's was this very attribution: already "X: ..."
    if following:
        return [*speaker, *following]
    quotation = _quotation(parts, index)
    if quotation and speaker:
        return [*speaker, *_opening_stance_dropped(quotation)]
    preceding = _preceding_clause(parts, index) if not rest else []
    if preceding and speaker:
        return [*speaker, *preceding]  # "The mayor will resign, Radio North reported Monday"
    return clause




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
    if word in SINGULAR_PRONOUNS:
        # ("Nungesser said he ...": one capitalised word opening the sentence, neither plural nor
        # an organisation or a role, is a surname)
        surname = len(names) == 1 and not is_plural(names) and last not in PERSON_ROLES
        return (all(t.is_capitalised for t in names) and (not common_noun or surname) and not organisation
                and "and" not in (t.lower for t in speaker))
    if word == "it":
        # "The chief executive said it would ...": a person is never "it".
        person = last in PERSON_ROLES or last in ("executive", "officer")
        return not person and (organisation or (common_noun and not is_plural(names)))
    if word == "they":
        # ("Emergency services said they had rescued 20": a plural organisation word is "they" too)
        return common_noun and is_plural(names) and (not organisation or (last.endswith("s")
                                                                           and last not in ("news", "times")))
    return False


_DEGREE_WORDS = frozenset({"not", "too", "so", "very", "still", "also", "now", "n't", "no", "longer", "already"})
# "it was due to report", "it is ready to pay": words that say what the speaker itself will do.
_READY_WORDS = frozenset({"due", "able", "unable", "ready", "willing", "unwilling", "about", "poised", "eager",
                          "keen", "determined", "prepared", "happy", "pleased", "committed", "likely", "unlikely",
                          "confident", "sure", "certain"})
_EXTRAPOSED = frozenset({"to", "whether", "that", "if", "how", "when"})
_MAX_EXTRAPOSED_REACH = 6


# Reporting in -ing that is also a noun ("its warning that"): reported speech only after "is"/"are"/"was".
_NOUN_LIKE_ING = frozenset({"reporting", "warning", "claiming", "insisting"})


def _anticipatory_it(content: list[Token]) -> bool:
    """"it was too early to tell", "it would not be clear for days whether ...": an "it" that
    stands for the clause after an adjective, not for anyone, so it never takes the speaker."""
    if not content or content[0].lower != "it":
        return False
    if TAKES_A_SPAN.match(" ".join(t.text for t in content[1:])):
        return True  # "it will take 10 hours to install them": how long, not the speaker
    at = 1
    while at < len(content) and content[at].lower in ("would", "will", "could", "might", "may", "should", "not"):
        at += 1
    if at >= len(content) or content[at].lower not in BE_FORMS:
        return False
    at += 1
    while at < len(content) and (content[at].lower in _DEGREE_WORDS or _adverb_before_verb(content, at)):
        at += 1
    if at >= len(content):
        return False
    word = content[at].lower
    ready = word in _READY_WORDS and at + 1 < len(content) and content[at + 1].lower == "to"
    if ready or word in IRREGULAR_PAST or word in PAST_PARTICIPLES:
        return False  # "it was set to require", "it was due to report": the speaker will act
    if word.endswith(("ing", "ed")) or word in ARTICLES or word in ("his", "her", "its", "their", "our", "my"):
        return False  # "it was investigating", "it was forced", "it is a victim": the speaker itself
    return any(t.lower in _EXTRAPOSED for t in content[at + 1 : at + 1 + _MAX_EXTRAPOSED_REACH])


def _adverb_before_verb(words: list[Token], at: int) -> bool:
    """"it was gradually ramping up": the adverb tells nothing of whom "it" means ("early" and
    "unlikely" end alike but are the adjective itself)."""
    return (words[at].lower.endswith("ly") and at + 1 < len(words)
            and words[at + 1].lower.endswith(("ing", "ed")))


def _person_before(parts: list[Segment], speaker: list[Token]) -> bool:
    """Whether someone else the pronoun could mean is named before the speaker ("Calling the
    mother of Elian Gonzalez ..., Castro said she ..."): then "he"/"she" is not obvious."""
    start = next((t.start for t in speaker if t.start >= 0), -1)
    earlier = [t for part in parts for t in part.tokens if 0 <= t.start < start]
    return any(t.lower in PERSON_NOUNS or (k > 0 and t.is_capitalised and not t.text.isupper()
                                              and t.lower not in TITLE_WORDS)
               for k, t in enumerate(earlier))


def _speaker(subject: list[Token]) -> list[Token]:
    if subject and adverbs_only([t for t in subject if t.lower not in ("but", "and")]):
        return []  # the subject was cut away: an adverb is nobody
    words = drop_titles([t for t in without_states(subject) if t.lower not in HONORIFICS])
    # "The BBC's Ann Roe at a hospital in Jacmel says", "a correspondent in Lagos says": the
    # speaker is who, not where (after a name or a role).
    place = next((i for i, t in enumerate(words)
                  if i > 0 and t.lower in SPEAKER_PLACE_WORDS
                  and (words[i - 1].is_capitalised or words[i - 1].lower in SPEAKER_ROLES)), None)
    if place is not None:
        words = words[:place]
    words = simplified_subject(words)
    if len(words) > MAX_SPEAKER_WORDS:
        words = _trailing_name(words)  # "UK-based aid agency Save the Children" -> "Save the Children"
    return words if 0 < len(words) <= MAX_SPEAKER_WORDS and not is_pronoun_subject(words) else []


def _trailing_name(words: list[Token]) -> list[Token]:
    """The name a long description ends with, joiners and all ("Save the Children"), or []."""
    start = len(words)
    while start > 0 and (words[start - 1].is_capitalised or words[start - 1].lower in NAME_PARTICLES):
        start -= 1
    while start < len(words) and not words[start].is_capitalised:
        start += 1
    if start > 0 and words[start - 1].lower in SUBJECT_PREPOSITIONS | SPEAKER_PLACE_WORDS:
        return []  # "the bureau of mines in Nuuk": a place or an employer, not who spoke
    return words[start:] if start < len(words) else []


def _quoted_as_saying(clause: list[Token], verb: int) -> int | None:
    """Where "saying" stands in "Ann Lee is quoted by Reuters as saying": the speaker is the subject
    of "quoted", and what was said comes after "saying" or, failing that, is the quotation before."""
    for at in range(verb, min(verb + 2, len(clause))):
        if quoted_in_the_passive(clause, at):
            # (passive only: in "Reuters quoted the minister as saying" the speaker is the minister)
            for later in range(at + 1, min(at + MAX_QUOTED_BY_WORDS, len(clause) - 1)):
                if clause[later].lower == "as" and clause[later + 1].lower == "saying":
                    return later + 1
            return None
    return None


MAX_QUOTED_BY_WORDS = 8  # "quoted by the state news agency as saying"
_PASSIVE_BE = BE_FORMS | {"being"}  # (BE_FORMS holds "is" and "are")


def quoted_one(tokens: Sequence[Token]) -> list[Token]:
    """Who a segment's active "quoted" names ("The agency quoted the mayor", "Reuters quotes
    security minister Ann Lee"), when it ends on that one: the speaker of the "as saying" after it."""
    at = next((k for k, token in enumerate(tokens) if token.lower in ("quoted", "quotes")), None)
    if at is None or quoted_in_the_passive(tokens, at) or not 0 < len(tokens) - at - 1 <= MAX_QUOTED_ONE_WORDS:
        return []
    if at > 0 and tokens[at - 1].lower in DETERMINERS_AND_PREPOSITIONS:
        return []  # "carried quotes from the report": the noun
    one = [t for t in tokens[at + 1 :] if t.lower not in ("the", "a", "an")]
    if not one or not all(t.is_word for t in one) or one[0].lower in _OBJECT_PRONOUNS or one[0].lower == "from":
        return []  # "quoted her as saying": who she is another sentence tells
    name = len(one)
    while name > 0 and one[name - 1].is_capitalised:
        name -= 1
    # "safety chief Aramick Louis": the name after the role ("a friend of Ann Lee" is the friend)
    if name > 0 and len(one) - name >= 2 and one[name - 1].lower not in DETERMINERS_AND_PREPOSITIONS:
        return one[name:]
    return one


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it"})


MAX_QUOTED_ONE_WORDS = 10  # "quotes secretary of state for public safety Aramick Louis"


def quoted_in_the_passive(tokens: Sequence[Token], at: int) -> bool:
    """Whether tokens[at] is the "quoted" of "Ann Lee was quoted by the agency", not of "Reuters
    quoted the minister": who is quoted is the subject."""
    return tokens[at].lower == "quoted" and at > 0 and tokens[at - 1].lower in _PASSIVE_BE


def _declares_a_clause(words: list[Token]) -> bool:
    """"declared the election was rigged": what was declared is a clause of its own; up to a joining word
    ("declared a state of emergency so officials could prepare": the "could" is another clause's)."""
    for token in words:
        if token.lower in _CLAUSE_JOINERS:
            return False
        if token.lower in _FINITE_MARKERS:
            return True
    return False


# The clause reader's joining words and finite "be"/"have"/modals (events/clause_chunks.py), and "that"
# opening what was declared
# ("declares national emergency and convoys reach the port": an "and" before any finite verb ends what was declared)
_CLAUSE_JOINERS = (word_list("chunks", "clause_joins") - {"that"}) | {"so", "to", "amid", "and"}
_FINITE_MARKERS = word_list("chunks", "finite_be_have") | {"that"}
# "say" takes no audience without "to": "said lawmakers and Obama should act" says what they should do.
_SAY_FORMS = frozenset({"say", "says", "said", "saying", "add", "adds", "added", "write", "writes", "wrote"})


def _reports_at(clause: list[Token], at: int) -> bool:
    """A reporting verb, or "argue that" and the "out" of "point out that" ("Critics pointed out
    that ...", not "pointed out the changes" nor "Fans argue about the penalty")."""
    word = clause[at].lower
    if word in REPORTING_VERBS or _comes_to_light(clause, at):
        return True
    before_that = at + 1 < len(clause) and clause[at + 1].lower == "that"
    return before_that and (word == "argue" or (word == "out" and at > 0 and clause[at - 1].lower in _POINT_FORMS))


# Prepositions that make a reporting word after them a gerund, the object of the verb before.
# ("responded by saying" is a saying)
_BEFORE_A_GERUND = frozenset({"for", "of", "after", "before", "without", "despite", "about", "against", "over"})
_POINT_FORMS = frozenset({"point", "points", "pointed", "pointing"})
_A_YEAR_OR_DECADE = re.compile(r"\d{4}s?|['’]\d0s")  # ("in 2009", "in the 1990s", "in the '90s")
# What an impersonal "it" comes to light by ("It emerged on Friday that ...", "It was revealed that
# ...", "It became clear that ...", "It turned out that ..."): the clause after is the news.
_DISCLOSED = frozenset({"revealed", "disclosed", "learned", "learnt"})
_BECOMING = frozenset({"became", "becomes", "become", "made"})


def _comes_to_light(clause: list[Token], at: int) -> bool:
    """Whether clause[at] ends an impersonal "It emerged", "It has emerged", "It was revealed",
    "It became clear", "It turned out": only with "it" as the subject, and "revealed" only in the
    passive ("It revealed that ..." is a company or a report that did: its name is the speaker)."""
    if clause[0].lower != "it" or not 1 <= at <= 3:
        return False
    word, between = clause[at].lower, {t.lower for t in clause[1:at]}
    if "not" in between:
        return False
    if word in EMERGING:
        return True
    if word in _DISCLOSED:
        return not between.isdisjoint(_PASSIVE_BE)
    if word == "out":
        return not between.isdisjoint({"turned", "turns"})
    # ("It is clear that ...", "It is known that ...": a judgement or what all know, no news)
    return word in ("clear", "known") and not between.isdisjoint(_BECOMING)


def _skip_audience(words: list[Token], *, told: bool = False, addressed: bool = True) -> list[Token]:
    """'told reporters', 'told the newspaper', 'told Reuters' (an audience before the content);
    not after a verb that takes none (`addressed` False: "said", "wrote")."""
    index = 1 if words and words[0].lower in ("the", "a", "an") else 0
    if addressed and index < len(words) and words[index].lower in REPORTING_AUDIENCES:
        return words[index + 1 :]
    # "told the stock market this morning that ...", "told Reuters news agency that ...": any
    # short audience before "that"
    that = next((i for i, t in enumerate(words[:MAX_AUDIENCE_WORDS + 1]) if t.lower == "that"), None)
    if that is not None and that > 0 and first_verb(words[:that]) is None:
        return words[that:]
    if addressed and index < len(words) and words[index].is_capitalised:
        while index < len(words) and words[index].is_capitalised:
            index += 1
        return words[index:]
    # "told investors his company had ...", "told staff the plant would close": after "told" a
    # lone noun is the one told, when a clause with its own subject follows it
    after = words[index + 1 :]
    if (told and index < len(words) and words[index].is_word and words[index].text.islower()
            and words[index].lower not in _TOLD_THINGS and not is_verb(words[index])
            and after and after[0].lower in _CLAUSE_SUBJECT_OPENERS and _is_clause(after)
            and _verb_goes_on(after)):
        return after
    # "told talk show host Ann Lee the charity had ...": a short description ending in a name,
    # then a clause
    # (only after "told": after "said" those words are what was said, "a report by the UN ...")
    name_end = next((i + 1 for i in range(min(len(words), MAX_AUDIENCE_WORDS) - 1, 0, -1)
                     if words[i].is_capitalised and words[i].is_word), None) if told else None
    if (name_end is not None and words[0].lower != "that" and first_verb(words[:name_end]) is None
            and _is_clause(words[name_end:])):
        return words[name_end:]
    return words


# Words a clause's subject opens on: "told investors [his] company had ...", "told staff [it] would ..."
# ("that" opens what was told, "here" no subject).
_CLAUSE_SUBJECT_OPENERS = CLAUSE_OPENERS - {"that", "here"}


# What is told, not who is told: "told everything she knew", "told jokes the audience loved".
_TOLD_THINGS = frozenset({"everything", "nothing", "something", "anything", "stories", "story", "jokes", "joke",
                          "lies", "lie", "tales", "tale", "truth", "all", "much", "little", "more", "less"})


def _verb_goes_on(clause: list[Token]) -> bool:
    """Whether a clause's verb has more after it than a preposition's phrase or "that": a clause
    that stops there may be the noun's relative ("told jokes the audience loved at the gala")."""
    verb = first_verb(clause)
    if verb is None or verb + 1 >= len(clause):
        return False
    return clause[verb + 1].lower not in _ENDS_A_RELATIVE


_ENDS_A_RELATIVE = frozenset({"that", "at", "in", "on", "to", "from", "with", "for", "during", "by", "about"})


def _is_clause(words: list[Token]) -> bool:
    verb = first_verb(words)
    return verb is not None and verb > 0 and len(words) >= MIN_WORDS


def _clause_after_idiom(parts: list[Segment], opening: Token) -> list[Token]:
    """The first clause after the segment `opening` opens, past an attribution between them
    ("All told, according to figures out on Monday, the ferry lines lost $9m"), or []."""
    idiom = next((k for k, part in enumerate(parts) if part.tokens and part.tokens[0] is opening), len(parts))
    for part in parts[idiom + 1 :]:
        words = without_opening(list(part.tokens))
        if part.kind is SegmentKind.MAIN and _is_clause(words):
            return words
    return []


def _following_clause(parts: list[Segment], index: int) -> list[Token]:
    """The reported clause after a comma ('said that, coming days after ..., it indicated China ...')."""
    for part in parts[index + 1 :]:
        if part.kind is SegmentKind.ATTRIBUTION:
            break
        words = without_opening(list(part.tokens))
        if part.kind is SegmentKind.MAIN and _is_clause(words) and not words[0].lower.endswith("ing"):
            return reported_content(words, parts, len(parts)) if _reports(words) else words
    return []


_RULING_VERBS = frozenset({"ruled", "rules", "decided", "decides", "found", "finds"})


def speaker_after(parts: list[Segment], index: int) -> list[Token]:
    """The speaker of an attribution ending the sentence after the date's clause ("Footage can not
    be used as evidence, the judge rules" -> "Judge"), or []."""
    if index + 1 >= len(parts):
        return []
    last = parts[-1]
    words = list(last.tokens)
    if last.kind is not SegmentKind.MAIN or last.quoted or not 2 <= len(words) <= MAX_SPEAKER_WORDS + 2:
        return []
    if (words[-1].lower not in REPORTING_VERBS | _RULING_VERBS or words[-1].is_capitalised
            or first_verb(words[:-1]) is not None):
        return []  # (a capital is a name's: "... -- the worst ever in the United States")
    if words[0].lower in ("his", "her", "their", "its", "our", "my"):
        return []  # "her office said": whose, the reader cannot see
    return _speaker(words[:-1])


MAX_ASIDES_BEFORE_ATTRIBUTION = 2


def _preceding_clause(parts: list[Segment], index: int, *, ending: bool = True,
                      asides: int = MAX_ASIDES_BEFORE_ATTRIBUTION) -> list[Token]:
    """The clause right before an attribution that ends the sentence ("..., Radio North reported"),
    or, not `ending`, that more follows ("..., it emerged today, forcing the firm to ..."); back over at
    most `asides` segments between them."""
    if index == 0 or (ending and index + 1 < len(parts)):
        return []
    # back over an aside or a condition between them ("..., the firm's venture in Russia, Sky News reported")
    for part in reversed(parts[max(0, index - 1 - asides) : index]):
        words = without_opening(list(part.tokens))
        if part.kind is SegmentKind.MAIN and not part.quoted and _is_clause(words) and first_verb(words):
            return words
    return []


def _speaker_ends_its_clause(parts: list[Segment], index: int) -> bool:
    """Whether the saying is the last word of its segment but for dates ("unions warned
    yesterday"), so nothing it governs follows in it."""
    if index >= len(parts):
        return False  # (the content of a saying told after another: no segment of its own)
    words = [t for t in parts[index].tokens if t.lower not in CALENDAR_WORDS]
    return bool(words) and words[-1].lower in REPORTING_VERBS


def _reports(words: list[Token]) -> bool:
    verb = first_verb(words)
    return verb is not None and any(t.lower in REPORTING_VERBS for t in words[verb : verb + 2])


def _names_someone(speaker: list[Token]) -> bool:
    """"Henry Waxman", "the senator", "BP": someone who speaks, not "the search" or "violence"
    going on."""
    words = [t for t in speaker if t.is_word]
    capitals = [t for t in words if t.is_capitalised and t.lower not in ("the", "a", "an")]
    return (len(capitals) >= 2 or any(len(t.text) > 1 and t.text.isupper() for t in words)
            or any(t.lower in TITLE_WORDS or t.lower in SPEAKER_ROLES for t in words))


# Verbs that hand on to a quotation in a live page's account of a hearing or a speech.
_SPEECH_GOING_ON = frozenset({"continues", "continued", "replies", "replied", "responds", "responded", "interjects",
                              "interjected", "retorts", "retorted", "concludes", "concluded"})


def _quotation(parts: list[Segment], index: int) -> list[Token]:
    """The first quoted clause of the sentence: what a bare 'X said in Brussels' reported."""
    for part in parts:
        if part.quoted and _is_clause(list(part.tokens)):
            return without_opening(list(part.tokens))  # ("But there is ...": the quote's joiner goes)
    return []


def _opening_stance_dropped(words: list[Token]) -> list[Token]:
    """'I hope that he will ...' -> 'he will ...', 'he was confident that Putin would ...' -> 'Putin would ...':
    the speaker is already named."""
    if len(words) > 3 and words[0].lower in STANCE_SUBJECTS | {"it"}:
        that = next((i for i, t in enumerate(words[:5]) if t.lower == "that"), None)
        stance = words[1].lower in REPORTING_VERBS | STANCE_VERBS
        if words[0].lower == "it" and not stance:
            return words  # "it is feared that ...": an impersonal clause, no speaker's stance
        if that is not None and (stance or words[1].lower in BE_PAST | {"am"}) and _is_clause(words[that + 1 :]):
            return words[that + 1 :]
        if stance and _is_clause(words[2:]):
            return words[2:]
    return words


def without_repeated_speaker(words: list[Token]) -> list[Token]:
    """"BP: BP has chosen to waive the limit" -> "BP has chosen to waive the limit": what was said names
    its speaker already."""
    colon = next((i for i, t in enumerate(words) if t is COLON), None)
    if not colon:
        return words
    said = words[colon + 1 : 2 * colon + 1]
    return words[colon + 1 :] if [t.lower for t in said] == [t.lower for t in words[:colon]] else words


def with_short_speaker(words: list[Token]) -> list[Token]:
    """A headline too long for its speaker's description keeps the name that description ends
    with: "State news agency MENA: girl has contracted bird flu" -> "MENA: girl has ...", so the
    cut to length takes the description, not what was said."""
    colon = next((i for i, t in enumerate(words) if t is COLON), None)
    if colon is None or sum(len(t.text) + 1 for t in words) <= MAX_CHARS:
        return words
    speaker = words[:colon]
    if any(t.lower in ("and", "&") for t in speaker):
        return words  # "The government and BP": two speakers, not a description of the last
    name = _trailing_name(speaker)
    if not 0 < len(name) < colon or any(t.lower in CALENDAR_WORDS for t in name):
        return words  # ("Statement Thursday": a day is no speaker's name)
    return [*name, *words[colon:]]


def without_speaker(words: list[Token]) -> list[Token]:
    """What was said without who said it ("Officials: the slick has gone" -> "the slick has gone"),
    or `words` when there is no speaker, or what was said opens on a pronoun or a determiner
    (`is_pronoun_subject`: "it ...", "the agency's building ..."), whose referent the speaker's
    words around it may give."""
    colon = next((i for i, t in enumerate(words) if t is COLON), None)
    if colon is None or colon + 1 >= len(words) or is_pronoun_subject(words[colon + 1 : colon + 2]):
        return words
    return words[colon + 1 :]
