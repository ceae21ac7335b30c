"""A small heuristic chunker for headlines: tokens, clause segments, verbs and subjects of one sentence.

No model: word lists (timeline/events/word_lists.toml) and the shapes of words
(capitals, -ed endings) are enough to find where a clause's verb group starts, and so
what its subject is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise, takewhile
from operator import attrgetter

from timeline.events.clause_tokens import BOUNDARIES, QUOTES
from timeline.events.clause_tokens import Token as Token  # (the clause reader's callers take them from here)
from timeline.events.clause_tokens import tokenize as tokenize
from timeline.events.word_lists import (
    AUXILIARIES,
    CLAUSE_OPENERS,
    IRREGULAR_PAST,
    PAST_PARTICIPLES,
    PLACE_WORDS,
    REPORTING_VERBS,
    SUBORDINATORS,
    VERB_BASES,
    VERB_ONLY,
    word_list,
)
from timeline.extract.vocabulary import NUMBERS

DETERMINERS = word_list("chunks", "determiners")
SUBJECT_WORDS = word_list("chunks", "subject_words")
_NOT_PAST_PARTICIPLES = word_list("chunks", "not_past_participles")


class SegmentKind(StrEnum):
    MAIN = "main"
    SUBORDINATE = "subordinate"  # opens with "after", "when", "which", ...
    ATTRIBUTION = "attribution"  # "according to ..."


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of words between punctuation (or before a subordinating word)."""

    tokens: tuple[Token, ...]
    kind: SegmentKind
    first: int  # index of its first token in the sentence's token list

    @property
    def last(self) -> int:
        return self.first + len(self.tokens)

    @property
    def quoted(self) -> bool:
        return sum(t.quoted for t in self.tokens) * 2 > len(self.tokens)




def segments(tokens: list[Token], *, keep_together: int | None = None) -> list[Segment]:
    """Split at punctuation and before subordinating words; parentheses and quote marks are boundaries too.

    `keep_together` is the index of a subordinating word that stays in its segment ("set
    to last until Wednesday").
    """
    result: list[Segment] = []
    run: list[Token] = []
    first = 0

    def close() -> None:
        if run:
            result.append(Segment(tuple(run), _kind_of(run), first))

    for index, token in enumerate(tokens):
        if token.text == "," and (_a_state_follows(run, tokens, index) or _adjectives_listed_before(run)):
            run.append(token)  # "a 25-year, $206 billion deal": one noun phrase goes on
            continue
        if token.text in BOUNDARIES or token.text in QUOTES:
            close()
            run, first = [], index + 1
            continue
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if (run and _is_subordinator(token) and index != keep_together
                and not _is_phrase_word(run, token, following, tokens[index + 1 : index + 10])):
            close()
            run, first = [], index
        elif token.lower == "that" and len(run) > 2 and run[-1].lower in ("and", "but"):
            # "said he had ordered help and that teams would arrive": a second reported clause
            conjunction = run.pop()
            close()
            run, first = [conjunction], index - 1
        if not run:
            first = index
        run.append(token)
    close()
    return result


def _a_state_follows(run: list[Token], tokens: list[Token], comma: int) -> bool:
    """"a fisherman from Houma, La., said": a place's comma before its state's abbreviation (news
    agency style) is no clause boundary; split there, the state alone ("La") reads as a speaker."""
    state = tokens[comma + 1] if comma + 1 < len(tokens) else None
    after = tokens[comma + 2].text if comma + 2 < len(tokens) else ""
    return (bool(run) and run[-1].is_capitalised and run[-1].is_word and state is not None
            and state.text in STATE_ABBREVIATIONS and after in (".", ","))


# US states as news agencies abbreviate them after a town ("Gulfport, Miss.", "Houma, La.")
STATE_ABBREVIATIONS = frozenset({
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
    "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Va",
    "Wash", "Wis", "Wyo"})


def without_states(words: list[Token]) -> list[Token]:
    """"in Grand Isle, La.": the town without its state's abbreviation (and its full stop), as a
    headline or a speaker names it; not a list's item ("Bekele, Mo Farah and ...")."""
    if not any(t.text in STATE_ABBREVIATIONS for t in words):
        return words
    drop: set[int] = set()
    for k in range(2, len(words)):
        after = words[k + 1] if k + 1 < len(words) else None
        if (words[k].text in STATE_ABBREVIATIONS and words[k - 1].text == "," and words[k - 2].is_capitalised
                and words[k - 2].is_word and not (after is not None and after.is_capitalised)):
            drop |= {k - 1, k} | ({k + 1} if after is not None and after.text == "." else set())
    return [t for k, t in enumerate(words) if k not in drop]


def _adjectives_listed_before(run: list[Token]) -> bool:
    """"a 25-year, $206 billion deal", "its 10-day, 40-mile march": a measure used as an adjective
    right after a determiner is not the end of its noun phrase, so a comma after it lists
    another adjective."""
    if len(run) < 2 or _MEASURE_ADJECTIVE.match(run[-1].lower) is None:
        return False
    # (after a count too: "one four-storey, 74-ton dome")
    return run[-2].lower in DETERMINERS or run[-2].lower in NUMBERS or run[-2].text.isdigit()


_MEASURE_ADJECTIVE = re.compile(
    r"^(?:\d+|[a-z]+)-(?:year|month|week|day|night|hour|minute|mile|kilometre|kilometer|metre|meter|foot|page"
    r"|point|member|nation|storey|story|seat|ton|tonne|acre|inch|gallon|barrel)$"
)


def _is_subordinator(token: Token) -> bool:
    """'which', 'after', ...; not an acronym spelled alike ('WHO')."""
    return token.lower in SUBORDINATORS and not (len(token.text) > 1 and token.text.isupper())


# "as much as 8m litres", "as recently as 2007", "as early as Monday": a measure, not a clause
_AS_MEASURES = frozenset({"much", "many", "far", "long", "little", "few", "high", "low", "recently",
                          "early", "late", "large", "big", "quickly", "often", "close"})


def _is_phrase_word(run: list[Token], token: Token, following: str = "", rest: list[Token] | None = None) -> bool:
    """'as' in 'such as' / 'as well' / 'as much as', and 'since' after 'ever', do not start a clause."""
    previous = run[-1].lower
    recent = [t.lower for t in run[-4:]]
    opened = any(word == "as" and after in _AS_MEASURES for word, after in pairwise(recent))
    if token.lower == "as" and (following in _AS_MEASURES or opened):
        return True  # ("as far west as": the second "as" closes the measure the first opened)
    if token.lower == "as" and rest is not None and (following in ("a", "an") or previous not in ("just", "even")):
        # "will act as a sea base", "as a result of the spill", "took over as chief executive": a
        # role or a manner, no clause ("as a call with analysts planned for Friday gave hope" is
        # one: it has a verb)
        phrase = list(takewhile(lambda t: t.text not in BOUNDARIES and t.text not in QUOTES, rest))
        # (a purpose or a "that" clause after a role is no verb of the role's phrase: "named as a
        # plaintiff in order to make it likely that funds would share ..."; not "as saying that ...",
        # "as dangerous as the virus that ...")
        if phrase and phrase[0].lower in ("a", "an"):
            phrase = phrase[: next((k for k, t in enumerate(phrase) if t.lower == "that"
                                    or (t.lower == "in" and k + 1 < len(phrase) and phrase[k + 1].lower == "order")),
                                   len(phrase))]
        for at, word in enumerate(phrase):
            second = phrase[at + 1 : at + 2]
            if second and (second[0].lower.endswith("ly") or second[0].lower == "later"):
                second = phrase[at + 2 : at + 3]  # "and later ran", "and quickly left"
            if word.lower in ("and", "but") and second and first_verb(second) == 0:
                # "served as press secretary and later worked for ...": the verb after "and" is
                # the subject's second predicate, not the role phrase's
                phrase = phrase[:at]
                break
        return first_verb(phrase) is None
    if token.lower == "whether" and previous in ("of", "about", "over", "on", "as", "to"):
        return True  # "raised the question of whether ...": what the question is, not a new clause
    if token.lower == "before" and following in DETERMINERS and rest:
        return _a_place_before(rest)
    return (token.lower == "as" and previous in ("such", "well", "so", "same")) or previous == "ever"


def _a_place_before(rest: list[Token]) -> bool:
    """"went before the cameras to praise ...", "appeared before a Senate panel": "before" and a
    noun phrase with no verb of its own right after it is a place ("before the storm hit" is a
    clause; "before the company reporting results" is left to the clause readers)."""
    at = 1
    while (at < min(len(rest), 5) and rest[at].is_word and rest[at].lower not in DETERMINERS
           and rest[at].lower not in _AFTER_A_PLACE):
        if is_verb(rest[at], rest[at - 1]) or rest[at].lower.endswith("ing"):
            return False
        at += 1
    if not 1 < at < len(rest) or (rest[at].is_word and rest[at].lower not in _AFTER_A_PLACE):
        return False
    if not rest[at].is_word or rest[at].lower == "to":
        return True  # "before the cameras to praise ...", "before the panel."
    if rest[at].lower == "and" and at + 1 < len(rest) and is_verb(rest[at + 1], rest[at]):
        return True  # "went before the panel and apologised": the subject's second act
    # "before the head of the rebels surrendered", "before the president and his aides flew": the
    # noun phrase goes on to its verb
    for later in range(at + 1, len(rest)):
        if not rest[later].is_word or rest[later].lower == "to":
            return True
        if is_verb(rest[later], rest[later - 1]):
            return False
    return True


_AFTER_A_PLACE = frozenset({"to", "and", "in", "on", "at", "of", "for"})


def _kind_of(run: list[Token]) -> SegmentKind:
    opener = run[0].lower
    if opener == "according":
        return SegmentKind.ATTRIBUTION
    if _is_subordinator(run[0]) and not (opener == "as" and len(run) > 1 and run[1].lower in _AS_MEASURES):
        return SegmentKind.SUBORDINATE  # ("As many as 200 people died": a measure opens the clause)
    return SegmentKind.MAIN


# Adjectives that stand before a noun. Others are nouns or adverbs too, and left out: "first met",
# "last visited", "the latest reported yesterday", "the second came on Monday", "the final took place".
_ORDER_ADJECTIVES = frozenset({"next", "own"})


def is_verb(token: Token, previous: Token | None = None) -> bool:
    """Whether a token starts (or is) a verb group: auxiliaries, reporting verbs, known verbs, -ed forms.

    Many news words are nouns and verbs alike ("talks", "plans", "visit"): a present form
    counts as a verb only right after a name or a pronoun ("Putin plans", "which visits").
    """
    if not token.is_word or (token.is_capitalised and previous is not None):
        return False
    word = token.lower
    if word in AUXILIARIES:
        return True
    if previous is not None and previous.lower in DETERMINERS:
        return False  # "the armed forces", "a planned visit", "the talks"
    if previous is not None and previous.lower in _ORDER_ADJECTIVES:
        return False  # "BP's next shot at the well", "its own cut": a noun after the adjective
    if previous is not None and previous.lower == "than":
        return False  # "better than expected results": a set comparison, no verb
    if word in ("says", "tells"):
        return True
    base = verb_base(word)
    if base is not None or word in REPORTING_VERBS:
        if word.endswith("ing"):
            return False
        if word == base or (word.endswith("s") and not word.endswith("ss")):
            if previous is None:
                return False
            if base in VERB_ONLY and (word != base or previous.lower == "to"):
                return True  # "the night includes", "Helix to use": no noun reads so
            after_plural = word == base and previous.lower.endswith("s") and not previous.lower.endswith("ss")
            return previous.is_capitalised or previous.lower in SUBJECT_WORDS or after_plural
        return True
    if token.is_capitalised:
        return False
    return len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST_PARTICIPLES


@lru_cache(maxsize=1 << 12)
def verb_base(word: str) -> str | None:
    """The base form of a known verb form ("welcomed" -> "welcome", "planned" -> "plan", "met" -> "meet")."""
    if word in VERB_BASES:
        return word
    if word in IRREGULAR_PAST:
        return IRREGULAR_PAST[word]
    return base_among(word, VERB_BASES)


def base_among(word: str, bases: frozenset[str]) -> str | None:
    """The base in `bases` a regular form derives from ("planned" -> "plan", "tries" -> "try")."""
    candidates: list[str] = []
    if word.endswith("ied") or word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if word.endswith("ed") or word.endswith("es"):
        candidates += [word[:-2], word[:-1]]
        if len(word) > 4 and word[-3] == word[-4]:
            candidates.append(word[:-3])  # planned -> plan
    if word.endswith("s"):
        candidates.append(word[:-1])
    if word.endswith("ing"):
        candidates += [word[:-3], word[:-3] + "e"]
        if len(word) > 5 and word[-4] == word[-5]:
            candidates.append(word[:-4])
    return next((c for c in candidates if c in bases), None)


# Cutting one sentence into its candidate labels asks for the first verb of the same words some
# ten times over (the clause, its styled form, the label, its flaws, its readability): the
# answer depends on the words' texts only, so the last few thousand are kept.
_FIRST_VERBS: dict[tuple[str, ...], int | None] = {}
_FIRST_VERBS_KEPT = 4096
_TEXT = attrgetter("text")
_UNKNOWN = -1


def first_verb(tokens: tuple[Token, ...] | list[Token]) -> int | None:
    """Index of the first verb-like token, or None for a clause without one.

    A present form followed later by an auxiliary was a noun ("Broader talks ... are
    scheduled"), so the auxiliary is the verb.
    """
    words = tuple(map(_TEXT, tokens))
    found = _FIRST_VERBS.get(words, _UNKNOWN)
    if found == _UNKNOWN:
        if len(_FIRST_VERBS) >= _FIRST_VERBS_KEPT:
            _FIRST_VERBS.clear()
        found = _FIRST_VERBS[words] = _first_verb(tokens)
    return found


def _first_verb(tokens: tuple[Token, ...] | list[Token]) -> int | None:
    for index, token in enumerate(tokens):
        if _present_before_its_particle(tokens, index) or _same_form_past_opening_on_its_particle(tokens, index):
            return index  # "oil washes up on the beach": a present form with its particle is a verb
        if is_verb(token, tokens[index - 1] if index else None) or _past_like_its_base(tokens, index):
            if token.lower.endswith("ed") and 0 < index < len(tokens) - 2 and _finite_verb_right_after(tokens, index):
                return index + 1  # "the complaint filed accuses": the verb after the participle
            if _is_reduced_passive(tokens, index):
                continue  # "E-mails released by the court showed ...": the verb is "showed"
            if _describes_a_noun_after_participle(tokens, index):
                continue  # "lawyers representing injured workers pushed": "injured" describes
            if _names_the_noun_before(tokens, index):
                continue  # "a group called Save Our Coast marched": the verb is "marched"
            relative = index > 1 and tokens[index - 1].text in ("that", "which", "who")  # (not "the WHO")
            if relative and any(t.lower in AUXILIARIES for t in tokens[index + 1 :]):
                continue  # "any proposal that left ... would let": the verb of a relative clause
            if _is_present_form(token.lower) and any(t.lower in AUXILIARIES for t in tokens[index + 1 :]):
                continue
            if _describes_the_noun_after(tokens, index):
                continue  # "A remote operated vehicle is lowered": the verb is "is lowered"
            return index
    return None


def _present_before_its_particle(tokens: tuple[Token, ...] | list[Token], index: int) -> bool:
    """"oil washes up", "the firm sets out": a present form after a noun, then its particle and a
    preposition or the end ("the talks end" has none; "a close-up of" is no particle's)."""
    if index == 0 or index + 1 >= len(tokens):
        return False
    word, previous = tokens[index].lower, tokens[index - 1]
    if not (tokens[index + 1].lower in PARTICLES and word.endswith("s") and not word.endswith("ss")
            and previous.is_word and previous.lower not in DETERMINERS and verb_base(word) not in (None, word)):
        return False
    after = tokens[index + 2].lower if index + 2 < len(tokens) else ""
    if not (after in _AFTER_A_PARTICLE or not tokens[index + 2 :] or tokens[index + 2].text in BOUNDARIES):
        return False
    # (no auxiliary soon after, in the same stretch, whose verb it would be: "Power cuts off the coast
    # were reported")
    near = takewhile(lambda t: t.text not in BOUNDARIES, tokens[index + 2 : index + 2 + _AUXILIARY_REACH])
    return not any(t.lower in AUXILIARIES for t in near)


_AUXILIARY_REACH = 6


def _same_form_past_opening_on_its_particle(tokens: tuple[Token, ...] | list[Token], index: int) -> bool:
    """"(The ferry line, owned by Acme,) shut down after a fire", "(Ann Lee) set up a fund": a past
    with the form of its base opening its clause, its particle next, is the clause's verb when an
    object follows, or, for a verb that needs none ("shut down", "split up"), a preposition or the
    end. ("Aid, cut off in 2009, was restored": with no object "cut off" is a passive aside; after a
    noun, "a power cut off the coast", it may be a noun.)"""
    if index != 0 or len(tokens) < 2 or tokens[0].lower not in SAME_FORM_PAST or tokens[1].lower not in PARTICLES:
        return False
    after = tokens[2] if len(tokens) > 2 else None
    if after is not None and after.lower in _OBJECT_OPENERS:
        return True
    return tokens[0].lower in _WITHOUT_AN_OBJECT and (
        after is None or after.lower in _AFTER_A_PARTICLE or after.text in BOUNDARIES)


_OBJECT_OPENERS = (DETERMINERS - {"this", "these", "those"}) | {"new"}  # ("set up a fund", "put out new rules")
_WITHOUT_AN_OBJECT = frozenset({"shut", "split", "spread", "quit"})  # ("the line shut down", "the band split up")


PARTICLES = frozenset({"up", "down", "out", "off", "away", "back"})
_AFTER_A_PARTICLE = frozenset({"on", "in", "at", "to", "from", "with", "for", "into", "onto", "near", "along", "the",
                               "a", "an", "its", "his", "her", "their", "over", "across"})


# Pasts that take a clause without "that" ("experts believed crews were safe"): verbs, not modifiers.
_CLAUSE_TAKING_PASTS = frozenset({"believed", "feared", "expected", "estimated", "hoped", "assumed", "predicted",
                                  "learned", "noticed", "realised", "realized", "decided", "agreed", "insisted",
                                  "claimed", "warned", "argued", "suspected", "worried", "confirmed"})


def _describes_the_noun_after(tokens: tuple[Token, ...] | list[Token], index: int) -> bool:
    """An -ed form between a word and a noun that an auxiliary follows ("a remote operated
    vehicle is lowered") describes that noun; a reporting verb is left alone ("officials said
    crews were ...", the "that" unsaid)."""
    word = tokens[index].lower
    if (not word.endswith("ed") or index == 0 or index + 2 >= len(tokens) or word in REPORTING_VERBS
            or word in _CLAUSE_TAKING_PASTS):
        return False
    noun, after = tokens[index + 1], tokens[index + 2]
    return (noun.text.isalpha() and noun.text.islower() and noun.lower not in DETERMINERS | AUXILIARIES | SUBJECT_WORDS
            and noun.lower not in _NOT_NOUNS and not noun.lower.endswith("ly") and after.lower in AUXILIARIES
            and tokens[index - 1].is_word and tokens[index - 1].lower not in SUBJECT_WORDS)


# Words after an -ed form that are no noun it could describe ("pleased to have", "did what is").
_NOT_NOUNS = frozenset({"to", "not", "what", "which", "who", "whom", "that", "there", "it", "them", "how", "why",
                        "where", "when", "no", "never", "also", "just", "still", "now", "as", "and", "or", "but",
                        "in", "on", "at", "by", "for", "with", "from", "of", "into", "before", "after", "then"})


NAMING_PARTICIPLES = frozenset({"called", "named", "dubbed", "titled", "entitled", "nicknamed"})


def _names_the_noun_before(tokens: tuple[Token, ...] | list[Token], index: int) -> bool:
    """"a group called Save Our Coast", "the film titled 'Blow-Out'": a participle giving a noun
    its name, when a verb of the clause follows the name ("The chief called Ann Lee" has none)."""
    if tokens[index].lower not in NAMING_PARTICIPLES or index == 0 or index + 2 >= len(tokens):
        return False
    previous, following = tokens[index - 1], tokens[index + 1]
    if not previous.is_word or previous.is_capitalised or previous.lower in SUBJECT_WORDS | AUXILIARIES:
        return False
    if not (following.is_capitalised or following.text in QUOTES):
        return False
    return first_verb(tokens[index + 2 :]) is not None




SAME_FORM_PAST = frozenset(word for word, base in IRREGULAR_PAST.items() if word == base)
_AFTER_A_SAME_FORM_PAST = frozenset({"during", "shortly", "just", "overnight", "back", "hard", "again", "twice"})


def _past_like_its_base(tokens: tuple[Token, ...] | list[Token], index: int) -> bool:
    """"the storm hit the coast", "the quake hit during the night": after a singular noun a form
    like "hit" or "cut" is no present tense ("hits"), so before an object or a time it is the
    past; a noun compound ("the tax cut passed") has no object after it."""
    word = tokens[index].lower
    if word not in SAME_FORM_PAST or index == 0:
        return False
    if index + 1 >= len(tokens):
        # "an aftershock hit" ending its clause: "the" or "a" and one noun before it, nothing after
        return (index == 2 and tokens[0].lower in ("the", "a", "an") and tokens[1].is_word
                and not tokens[1].is_capitalised and not tokens[1].lower.endswith("s"))
    previous, following = tokens[index - 1], tokens[index + 1]
    if not previous.is_word or previous.lower in DETERMINERS | AUXILIARIES | SUBJECT_WORDS | {"to"}:
        return False
    if previous.lower.endswith("s") and not previous.lower.endswith("ss"):
        return False  # a plural before it: is_verb decides
    return (following.lower in DETERMINERS | _AFTER_A_SAME_FORM_PAST or following.text[:1].isdigit()
            or (following.is_capitalised and following.is_word))


def _is_reduced_passive(tokens: tuple[Token, ...] | list[Token], index: int) -> bool:
    """An -ed form right after a noun and before "by", with another verb later: a participle
    describing the noun ("the report issued by the agency said"), not the clause's verb.
    Before another preposition it is one only when a finite "be"/"have" follows with no
    conjunction between: "the troops based in the north are moving"."""
    word = tokens[index].lower
    if index == 0 or index + 2 >= len(tokens):
        return False
    if tokens[index + 1].lower == "by" and tokens[index - 1].lower == "and":
        # the second of two joined participles ("leaked online and seen by reporters"): as the first is
        first = next((k for k in range(index - 2, max(0, index - 2 - _CONJOINED_REACH), -1)
                      if tokens[k].lower.endswith("ed") and _conjoined_participle_with_agent(tokens, k) == index + 1),
                     None)
        if first is not None and _describes_a_noun_with_agent(tokens, first, index + 1):
            return True
    # ("the $50m spent by BP ... should have": a past like its participle, before "by", is one too)
    if not (word.endswith("ed") or (word in _SAME_FORM_PARTICIPLES and tokens[index + 1].lower == "by")):
        return False
    if tokens[index + 1].lower != "by" and word.endswith("ed"):
        agent = _conjoined_participle_with_agent(tokens, index)
        if agent is not None and _describes_a_noun_with_agent(tokens, index, agent):
            return True  # "a memo leaked online and seen by reporters shows ..."
    if tokens[index + 1].lower != "by":
        return (tokens[index + 1].lower in _PLACE_PREPOSITIONS and tokens[index - 1].is_word
                and not tokens[index - 1].is_capitalised
                and tokens[index - 1].lower not in AUXILIARIES | SUBJECT_WORDS
                and _finite_be_or_have_follows(tokens, index + 2))
    return _describes_a_noun_with_agent(tokens, index, index + 1)


def _describes_a_noun_with_agent(tokens: tuple[Token, ...] | list[Token], index: int, by: int) -> bool:
    """Whether the -ed form at `index`, whose agent's "by" stands at `by`, describes the noun
    before it: a common noun, an agent that is no -ing (how it acted), and a verb after."""
    if by + 1 >= len(tokens) or tokens[by + 1].lower.endswith("ing"):
        return False  # "retaliated by opening a case": how it acted, not who acted on it
    previous = tokens[index - 1]
    if not previous.is_word or previous.lower in AUXILIARIES or previous.lower in SUBJECT_WORDS:
        return False
    if previous.is_capitalised and index > 1:
        return False  # "the Committee retaliated by ...": a name acting
    return any(is_verb(t, tokens[i - 1]) for i, t in enumerate(tokens[by + 1 :], start=by + 1))


def _an_agent_after(tokens: tuple[Token, ...] | list[Token], at: int) -> bool:
    """Whether someone who acts opens at `at`, after "by": a name ("by Reuters"), or a determiner
    and a noun that is no place ("by the board"; not "prayed by the river", "closed by 2pm")."""
    if at >= len(tokens) or not tokens[at].is_word:
        return False
    if tokens[at].is_capitalised:
        return True
    return (tokens[at].lower in DETERMINERS and at + 1 < len(tokens) and tokens[at + 1].is_word
            and tokens[at + 1].lower not in PLACE_WORDS and tokens[at + 1].lower not in _PLACES_BY)


# Things one stands by, not agents ("waited by the gates", "sat by the window")
_PLACES_BY = frozenset({"gate", "gates", "door", "doors", "window", "windows", "road", "roadside", "shore",
                        "bank", "banks", "fire", "bed", "bedside", "wall", "fence", "side", "way"})
_CONJOINED_REACH = 4  # words between a participle and the "and" of a second one ("leaked online and seen")


def _conjoined_participle_with_agent(tokens: tuple[Token, ...] | list[Token], index: int) -> int | None:
    """Where the "by" stands in "leaked [online] and seen by": a second -ed form (or a participle
    of the same form) joined by "and" within reach, then its agent; None when there is none, or
    a verb or a mark comes first."""
    for k in range(index + 1, min(len(tokens) - 2, index + 1 + _CONJOINED_REACH)):
        token = tokens[k]
        if token.lower == "and":
            second = tokens[k + 1].lower
            seen = second.endswith("ed") or second in _SAME_FORM_PARTICIPLES or second in PAST_PARTICIPLES
            return k + 2 if seen and tokens[k + 2].lower == "by" and _an_agent_after(tokens, k + 3) else None
        if not token.is_word or is_verb(token, tokens[k - 1]):
            return None
    return None


# Irregular pasts that are their participles too ("spent", "paid"; not "gave", "given").
_SAME_FORM_PARTICIPLES = frozenset({
    "bought", "brought", "built", "caught", "fed", "found", "heard", "held", "hit", "hurt", "kept", "laid", "led",
    "left", "lent", "lost", "made", "paid", "put", "sent", "set", "shot", "shut", "sold", "sought", "spent", "spread",
    "struck", "swept", "taught", "told", "cut", "cast",
})

_FINDING_VERBS = frozenset({"show", "suggest", "indicate", "accuse", "claim", "find", "reveal", "say", "warn",
                            "allege", "predict", "estimate", "blame", "call", "urge"})


def _finite_verb_right_after(tokens: tuple[Token, ...] | list[Token], index: int) -> bool:
    """"the complaint filed [yesterday] accuses the firm", "figures published [on Monday] show a
    fall": with the date cut out, a verb that reports or finds, then its object, right after
    the -ed form after a common noun: the -ed form describes the noun."""
    previous, following, after = tokens[index - 1], tokens[index + 1], tokens[index + 2]
    if not previous.is_word or previous.is_capitalised or previous.lower in AUXILIARIES | SUBJECT_WORDS:
        return False
    base = verb_base(following.lower)
    if base not in _FINDING_VERBS or following.lower.endswith(("ed", "ing")):
        return False
    return after.lower in DETERMINERS or after.lower == "that" or (after.is_capitalised and after.is_word)


def _describes_a_noun_after_participle(tokens: tuple[Token, ...] | list[Token], index: int) -> bool:
    """An -ed form after an -ing participle and before a word: an adjective ("representing
    injured workers"), since "-ing" + past tense makes no verb group."""
    word, previous = tokens[index].lower, tokens[index - 1].lower if index else ""
    if index == 0 and _opens_on_an_adjective(tokens):
        return True  # "Retired navy admiral Ann Lee said ...": the verb comes after the noun
    if (word.endswith("ed") and (previous in DETERMINERS or previous in _NOUN_PREPOSITIONS)
            and index + 1 < len(tokens) and tokens[index + 1].is_word and not tokens[index + 1].is_capitalised):
        return True  # "a truck full of injured people arrived": no past tense right after "of" or "the"
    # (not a name: "Xi Jinping planned")
    return (word.endswith("ed") and previous.endswith("ing") and previous not in AUXILIARIES
            and not tokens[index - 1].is_capitalised
            and index + 1 < len(tokens) and tokens[index + 1].is_word)


def _opens_on_an_adjective(tokens: tuple[Token, ...] | list[Token]) -> bool:
    """An -ed form opening the clause before a lower-case noun and a verb after it ("Retired navy
    admiral Ann Lee said", "Stranded tourists waited"): it describes the noun that is the subject."""
    if len(tokens) < 3 or not tokens[0].lower.endswith("ed") or not tokens[0].is_capitalised:
        return False
    noun = tokens[1]
    if (not noun.is_word or noun.is_capitalised or not noun.text.isalpha() or noun.lower in DETERMINERS
            or noun.lower in _NOUN_PREPOSITIONS or noun.lower in _PLACE_PREPOSITIONS or noun.lower in AUXILIARIES
            or noun.lower in SUBJECT_WORDS or noun.lower.endswith("ly")
            or noun.lower in ("to", "by", "as", "that", "and")):
        return False
    return any(is_verb(t, tokens[k - 1]) for k, t in enumerate(tokens[2:], start=2))


_PLACE_PREPOSITIONS = word_list("chunks", "place_prepositions")
_NOUN_PREPOSITIONS = frozenset({"of", "for", "with", "among", "from", "to", "about", "into", "onto"})
_FINITE_BE_HAVE = word_list("chunks", "finite_be_have")
_CLAUSE_JOINS = word_list("chunks", "clause_joins")


def _finite_be_or_have_follows(tokens: tuple[Token, ...] | list[Token], start: int) -> bool:
    for at in range(start, len(tokens)):
        token = tokens[at]
        in_a_place = token.lower == "and" and at + 1 < len(tokens) and tokens[at + 1].lower in _PLACE_PREPOSITIONS
        if not token.is_word or (token.lower in _CLAUSE_JOINS and not in_a_place):  # "in and around the city"
            return False
        if token.lower in _FINITE_BE_HAVE:
            return True
        previous = tokens[at - 1].lower
        if (token.lower in IRREGULAR_PAST or (token.lower.endswith("ed") and len(token.lower) > 4)) \
                and previous not in DETERMINERS and previous not in _NOUN_PREPOSITIONS | _PLACE_PREPOSITIONS:
            return True  # "companies involved in the drilling testified": the later past verb is the clause's
    return False


def third_person(base: str) -> str:
    """'meet' -> 'meets', 'fly' -> 'flies', 'push' -> 'pushes'."""
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _is_present_form(word: str) -> bool:
    return word not in AUXILIARIES and word not in ("says", "tells") and (
        word in VERB_BASES or (word.endswith("s") and not word.endswith("ss") and verb_base(word) is not None)
    )


def is_pronoun_subject(tokens: tuple[Token, ...] | list[Token]) -> bool:
    return len(tokens) == 1 and tokens[0].lower in CLAUSE_OPENERS
