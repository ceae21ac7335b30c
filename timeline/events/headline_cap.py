"""The cut to headline length: before the last phrase that does not fit whole, else at a word
boundary outside a name, never on a function word."""

from __future__ import annotations

from timeline.events.clause_chunks import (
    DETERMINERS,
    Token,
    first_verb,
    tokenize,
    verb_base,
)
from timeline.events.headline_common import (
    DECLARING,
    MAX_CHARS,
    MIN_WORDS,
    NOMINATIVE_PRONOUNS,
    PHRASE_OPENERS,
    PHRASE_SLACK,
    TRAILING,
    Headline,
    describes_a_plural,
)
from timeline.events.word_lists import (
    AUXILIARIES,
    IRREGULAR_PAST,
    REPORTING_VERBS,
    word_list,
)


def cut_to_length(words: list[str], verb_at: int | None = None) -> Headline:
    """At most MAX_CHARS: cut before a whole phrase where one ends in reach, else at a word
    boundary outside a name; no dangling function word; upper-case start. `verb_at` is the
    index of the clause's verb in `words`, if it has one."""
    kept: list[str] = []
    length = 0
    cut = False
    rough = False
    for index, word in enumerate(words):
        if length + len(word) + (1 if kept else 0) > MAX_CHARS and len(kept) >= MIN_WORDS:
            cut = True
            phrase_end, near_end = _phrase_ends_within_slack(words, index, length, verb_at)
            if phrase_end is None:
                phrase_end, last_end = _last_phrase_ends(words, len(kept), verb_at)
                # (no other end: "schools are to shut | for 14 days" is whole enough)
                if phrase_end is None:
                    phrase_end = near_end if near_end is not None else last_end
            if phrase_end is not None:
                kept = words[:phrase_end]
                cut = phrase_end < len(words)
                if cut and words[phrase_end].lower() == "that" and len(kept) > MIN_WORDS \
                        and kept[-1].lower().endswith("ing") and verb_at is not None and phrase_end - 1 > verb_at \
                        and kept[-2].lower() not in _DETERMINERS:  # ("repeated its warning | that": a noun)
                    kept.pop()  # "gave interviews suggesting | that ...": what it suggested is cut, so is "suggesting"
                elif cut and _cut_participle_after_noun(kept, verb_at):
                    kept.pop()  # "tax credits associated | with the fine": the participle goes with its phrase
                break
            while len(kept) > MIN_WORDS and kept[-1][:1].isupper() and words[index][:1].isupper():
                index -= 1
                kept.pop()  # "the Kremlin's Parade | Hall": a name is kept whole or not at all
            rough = True
            break
        kept.append(word)
        length += len(word) + (1 if len(kept) > 1 else 0)
    if cut and verb_at is not None:
        kept = _without_a_subject_cut_from_its_verb(kept, words, verb_at)
    if len(kept) > MIN_WORDS + 1 and [w.lower().strip(",.;:") for w in kept[-2:]] == ["as", "result"]:
        kept = kept[:-2]  # "... foundered as [a] result": of what is not said
    if len(kept) > 2 and kept[-1].lower() in _REPORTING_PARTICIPLES and kept[-2].lower() not in _BE_FORMS:
        kept.pop()  # '"... should prevail" adding: "..."': the next quote was cut ("have been saying" stays)
    popped: list[str] = []
    declared_over = bool(kept) and kept[-1].lower() == "over" and len(kept) > 1 and kept[-2].lower() not in TRAILING \
        and any(w.lower() in DECLARING for w in kept)
    while len(kept) > 1 and not declared_over and not _verb_and_its_on(kept) \
            and (kept[-1].lower().strip(",.;:") in TRAILING or kept[-1][-2:] in ("'s", "’s")):
        # ("declares the search over": "over" says what was declared, no dangling preposition)
        popped.append(kept.pop().lower().strip(",.;:"))
    if _NEGATIONS.intersection(popped):
        # "records show BP did not | comply with rules": a cut verb group without its "not" says
        # the opposite; the whole group goes
        while len(kept) > 1 and kept[-1].lower() in AUXILIARIES:
            kept.pop()
        rough = True
    if verb_at is not None and len(kept) - 1 - verb_at in (0, 1) and _POINTING_OBJECTS.intersection(popped):
        rough = True  # "Americans want [it all]", "officials would look [into it]": the object pointed elsewhere
    text = " ".join(kept).strip(" ,;:-_—–").rstrip(".,;:").replace(" , ", ", ")  # ("a 25-year, $2bn deal")
    return Headline(text[:1].upper() + text[1:], cut, verb_at is not None and verb_at < len(kept), rough=rough)


MAX_SECOND_SUBJECT_WORDS = 6
_REPORTING_PARTICIPLES = frozenset({"adding", "saying", "noting"})
_NEGATIONS = frozenset({"not", "never"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "been", "be", "am"})


def _without_a_subject_cut_from_its_verb(kept: list[str], words: list[str], verb_at: int) -> list[str]:
    """"Four vessels had docked and US military divers [were to start ...]": a cut that keeps the
    subject of a second clause but not its verb ends before that clause's "and"."""
    joins = [k for k in range(verb_at + 1, len(kept)) if kept[k].lower() == "and"]
    if not joins or len(kept) - joins[-1] - 1 > MAX_SECOND_SUBJECT_WORDS:
        return kept
    at = joins[-1]
    tail = tokenize(" ".join(kept[at + 1 :]))
    ahead = tokenize(" ".join(words[at + 1 : at + 2 + MAX_SECOND_SUBJECT_WORDS]))
    # The words kept after "and" are a subject only when the very next word is its verb
    # ("and US divers | were to start"); else they are what the first clause's verb took
    # ("using hammers and chisels | to break through").
    if not tail or len(kept[:at]) < MIN_WORDS:
        return kept
    second_verb = first_verb(tail)
    if (second_verb and tail[second_verb - 1].lower != "to"  # ("for BP and the city to act": an object)
            and (tail[0].lower in _SUBJECT_OPENERS or tail[0].is_capitalised)):
        # "Six children arrive in the Netherlands and the ministry said | it was ...": a second
        # clause with its subject and verb, cut before it says what: the first clause alone
        return kept[:at]
    if second_verb is not None:
        return kept
    verb = first_verb(ahead)
    if verb == len(tail):
        return kept[:at]
    # "and the navy divers | from the base were to start", "and the foreign | ministry said": a
    # determiner-led subject, the rest of it (or its prepositional phrase), then its verb
    if (verb is not None and verb > len(tail) and tail[0].lower in ("the", "a", "an")
            and not any(t.lower in ("and", "or", "to") or not t.is_word for t in ahead[len(tail) : verb])):
        return kept[:at]
    return kept


# A search's two answers: the end that leaves no word wanting its infinitive, and the first end
# the search would take even so (what a cut takes when no end of the first kind is found).
_Ends = tuple[int | None, int | None]


def _phrase_ends_within_slack(words: list[str], index: int, length: int, verb_at: int | None) -> _Ends:
    """Where the phrase under way ends, when that is within PHRASE_SLACK of the limit (see _Ends)."""
    near: int | None = None
    for end in range(index, len(words)):
        length += len(words[end]) + 1
        if length > MAX_CHARS + PHRASE_SLACK:
            return None, near
        if end + 1 == len(words):
            return end + 1, end + 1 if near is None else near
        if not _phrase_starts(words, end + 1, verb_at):
            continue
        wanting = _leaves_an_infinitive_wanting(words, end + 1)
        if (not wanting or near is None) and _leaves_a_whole_statement(words[: end + 1]):
            if not wanting:
                return end + 1, end + 1 if near is None else near
            near = end + 1
    return None, near


def _tells_a_subject_without_its_verb(statement: list[Token], verb: int) -> bool:
    """"Ann Lee says undocumented migrants | in the city will be granted ...": a reporting verb
    whose reported clause kept its subject but lost its verb says nothing."""
    said = statement[verb + 1 :]
    if statement[verb].lower not in _SAYING or not said or said[0].lower in ("that", "to"):
        return False
    told = first_verb(said)
    # ("undocumented migrants": an -ed word before a noun describes it)
    return told is None or (told == 0 and said[0].lower.endswith("ed") and first_verb(said[1:]) is None)


# Verbs a "that" clause follows ("revealed that the manager ..."), where after others "that" points
# at a noun ("sold that stake").
_THAT_CLAUSE_VERBS = REPORTING_VERBS | {
    "reveal", "reveals", "revealed", "show", "shows", "showed", "find", "finds", "found", "worry", "worries",
    "worried", "fear", "fears", "feared", "know", "knew", "learn", "learned", "learnt", "realise", "realised",
    "realize", "realized", "admit", "admits", "admitted", "agree", "agrees", "agreed", "decide", "decided",
    "rule", "rules", "ruled", "conclude", "concluded", "concludes", "estimate", "estimated", "expect", "expects",
    "expected", "hope", "mean", "means", "meant", "ensure", "ensured", "insist", "deny", "denies", "denied",
}
# (not "claimed pole position", "added two runs", "believed the promises": those take an object)
_SAYING = frozenset({"says", "said", "say", "insists", "insisted", "thinks"})


def _cut_participle_after_noun(kept: list[str], verb_at: int | None) -> bool:
    """"tax credits associated | with ...", "rules aimed | at ...": a past participle after a
    noun, past the clause's verb, describes that noun by the phrase the cut took away; so does a
    present one after a plural noun ("Haitians living | in Brooklyn")."""
    if len(kept) <= MIN_WORDS + 1 or verb_at is None or len(kept) - 1 <= verb_at + 1:
        return False
    last, before = kept[-1].lower(), kept[-2].lower()
    base = verb_base(last)
    # (a verb the word lists do not know still makes a participle: "issues ranging | from ...")
    if last.endswith("ing") and (base not in (None, last) or (base is None and len(last) > 6)):
        # "Haitians living | in New York", "relatives looking | for ...": a present participle after
        # a plural noun ("the building", "an emergency meeting" are nouns after their article); not
        # the complement of a verb that takes one ("sent shares tumbling", "kept commuters waiting")
        return (before.isalpha() and describes_a_plural(last, before) and before not in TRAILING
                and not any(_takes_a_complement(w.lower()) for w in kept[verb_at:-1])
                and not _THERE_IS.intersection(w.lower() for w in kept))  # ("there are fingers pointing")
    if not last.endswith("ed") or base == last or last.startswith("un") or last in _ED_NOT_PARTICIPLES:
        return False  # ("racial hatred", "at high speed", "billowing unchecked": no participle of a verb)
    if any(word.lower() in ("that", "find", "finds", "found", "suggest", "suggests") for word in kept[verb_at:-1]):
        return False  # a reported clause's own verb: "reports suggest that an executive lobbied"
    # (the word before must be a noun, not a verb it ends the clause of: "scientists get involved")
    return (before.isalpha() and kept[-2][:1].islower() and verb_base(before) is None and before not in AUXILIARIES
            and before not in TRAILING and before not in _QUESTION_WORDS
            and not before.endswith("ly"))


_THERE_IS = frozenset({"there", "there's", "there’s"})
# Verbs that take an object and its complement ("sent shares tumbling", "kept commuters waiting"), by
# their base ("have" has none: verb_base knows only full verbs)
_COMPLEMENT_VERBS = frozenset({"send", "keep", "leave", "set", "see", "find", "catch", "get", "hear", "watch"})


def _takes_a_complement(word: str) -> bool:
    return word in ("have", "has", "had") or verb_base(word) in _COMPLEMENT_VERBS


_ED_NOT_PARTICIPLES = frozenset({"hatred", "kindred", "naked", "sacred", "wicked", "hundred", "rugged", "ragged",
                                 "crooked", "beloved", "learned", "aged", "jagged", "wretched"})


def _verb_and_its_on(kept: list[str]) -> bool:
    """"had been going on", "talks carried on": "on" after a verb is its particle, not a
    preposition whose noun was cut ("the talks on | Friday's deal" keeps no "on")."""
    if len(kept) < 2 or kept[-1].lower() != "on":
        return False
    verb = kept[-2].lower()
    if verb_base(verb) is None and verb not in IRREGULAR_PAST:
        return False
    # (a form only a verb takes, or one after its auxiliary: not the noun of "held talks on")
    return verb.endswith(("ing", "ed")) or verb in IRREGULAR_PAST or (len(kept) > 2 and kept[-3].lower() in AUXILIARIES)


def _leaves_an_infinitive_wanting(words: list[str], end: int) -> bool:
    """"tests expected to last | until Saturday", "plans to reach | the town": a cut right after
    "to" and a verb leaves the verb without what it was going to; "has been able | to capture"
    leaves a word that wants its infinitive without it."""
    if end >= len(words):
        return False
    if end > 2 and words[end - 2].lower() == "to" and verb_base(words[end - 1].lower()) == words[end - 1].lower():
        return True
    return words[end].lower() == "to" and words[end - 1].lower() in _WANTS_AN_INFINITIVE


# Words that say little without the infinitive after them ("is able to", "are due to", "plans to").
_WANTS_AN_INFINITIVE = frozenset({
    "able", "unable", "ready", "due", "set", "likely", "unlikely", "expected", "going", "about", "poised", "bound",
    "willing", "unwilling", "keen", "eager", "allowed", "forced", "plan", "plans", "planned", "planning", "want",
    "wants", "wanted", "hope", "hopes", "hoped", "try", "tries", "tried", "trying", "decided", "agreed", "seeks",
    "sought", "aims", "aimed", "refused", "promised", "vowed", "threatened", "failed", "needs", "needed", "began",
    "begins", "started", "continues", "continued", "used", "enough", "order",
})


def _leaves_a_whole_statement(kept: list[str]) -> bool:
    """Neither an open question ("asked whether | ...") nor a told subject without its verb."""
    statement = tokenize(" ".join(kept))
    verb = first_verb(statement)
    return verb is None or not _leaves_a_clause_open(statement, verb)


def _leaves_a_clause_open(statement: list[Token], verb: int) -> bool:
    """An open question ("asked whether | ..."), or a told subject or a "that" clause's subject
    without its verb."""
    return (_open_question(statement, verb) or _tells_a_subject_without_its_verb(statement, verb)
            or _that_clause_without_its_verb(statement, verb))


def _that_clause_without_its_verb(statement: list[Token], verb: int) -> bool:
    """"welcomed the news that operations | in the Gulf appeared to ...": a "that" clause after the
    verb kept its subject but lost its verb."""
    that = next((k for k in range(len(statement) - 1, verb, -1) if statement[k].lower == "that"), None)
    if that is None or that + 1 >= len(statement):
        return False
    if (that == verb + 1 and statement[verb].lower not in _THAT_CLAUSE_VERBS) or statement[that - 1].lower in TRAILING:
        return False  # "that" points at a noun: "sold that stake", "agreed to that plan"
    clause = statement[that + 1 :]
    return clause[0].lower not in TRAILING and first_verb(clause) is None


def _last_phrase_ends(words: list[str], fits: int, verb_at: int | None) -> _Ends:
    """How many of the first `fits` words to keep so the headline ends where a phrase does:
    before a preposition or a subordinate/relative clause, or after a comma (see _Ends); None
    when no such end leaves a statement (enough words, with a verb after any "Speaker:")."""
    last: int | None = None
    colon = next((k + 1 for k, word in enumerate(words[:fits]) if word.endswith(":")), 0)
    for end in range(fits, max(colon, MIN_WORDS) - 1, -1):
        if end < len(words) and not _phrase_starts(words, end, verb_at):
            continue
        kept = words[colon:end]
        while kept and kept[-1].lower().strip(",.;:") in TRAILING:
            kept = kept[:-1]  # what the cut will leave: "accounted for" ends as "accounted"
        statement = tokenize(" ".join(kept))
        verb = first_verb(statement)
        # The verb must keep something after it: "Brewing giant accounted" says nothing.
        if len(statement) >= 2 and verb and verb < len(statement) - 1 and not _leaves_a_clause_open(statement, verb):
            # (no end that leaves a wanting word, nor one that cuts off an auxiliary, unless no other:
            # "Soldiers sent to the region | in the north were able")
            if not _leaves_an_infinitive_wanting(words, end) and not any(w.lower() in AUXILIARIES
                                                                          for w in words[end:fits]):
                return end, end if last is None else last
            if last is None:
                last = end
    return None, last


# Objects that only point at what another sentence said.
_POINTING_OBJECTS = frozenset({"it", "them", "him", "her", "us", "me", "you", "this", "that", "these", "those", "all"})
_QUESTION_WORDS = frozenset({"how", "what", "whether", "why", "where"})
# The clause reader's determiners ("more" there is a count, not one a noun phrase opens with).
_DETERMINERS = (DETERMINERS - {"more"}) | {"no"}
# After "that", these open the subject of a clause ("found that the cost ..."), not the noun
# "that" points at ("rejected that claim").
_SUBJECT_OPENERS = _DETERMINERS | NOMINATIVE_PRONOUNS | {"it", "you", "there"}


def _open_question(statement: list[Token], verb: int) -> bool:
    """"saw how the teaching [of helping the needy was followed]", "found that the cost [of the
    spill had doubled]": a "how" or "that" clause cut before its own verb is no place to end."""
    asks = [k for k in range(verb + 1, len(statement)) if statement[k].lower in _QUESTION_WORDS
            or (statement[k].lower == "that" and k + 1 < len(statement)
                and (statement[k + 1].lower in _SUBJECT_OPENERS
                     # "concerns were raised that unusual habits ...": after a participle, "that" opens a clause
                     or (statement[k - 1].lower.endswith("ed") and k + 2 < len(statement))))]
    return bool(asks) and first_verb(statement[asks[-1] + 1 :]) is None


def _same_verb_form(first: str, second: str) -> bool:
    """Whether `second` is a verb in the form of the verb `first`: both pasts, both third-person
    "-s" forms, or both bare forms."""
    base = verb_base(second)
    if base is None:
        return False
    form = _verb_form(second)
    return _verb_form(first) == form and (second != base or form == "bare")


def _verb_form(word: str) -> str:
    if word in IRREGULAR_PAST or word.endswith("ed"):
        return "past"
    return "s" if word.endswith("s") and not word.endswith("ss") else "bare"


def _phrase_starts(words: list[str], index: int, verb_at: int | None = None) -> bool:
    word = words[index].lower()
    if word == "to" and _is_number(words[index - 1]) and index + 1 < len(words) and _is_number(words[index + 1]):
        return False  # "by 20 | to 50 percent": a range is one amount
    if words[index - 1].endswith((",", ";")):
        return True
    if word == "of" and words[index - 1].lower() in _QUANTITY_NOUNS:
        return False  # "the loss of much | of the team": a share is told with what it is a share of
    if word in PHRASE_OPENERS and not _compares(words, index) and not _verbs_own_preposition(words, index):
        return True
    # Once the verb has its object, "of" and "to" open a phrase that may go: "pictures have revealed
    # scenes | of utter devastation", "users gave $10m | to the relief fund". Before the object they
    # belong to the verb group or the subject ("the head of the agency", "plans to visit").
    if word in ("of", "to") and verb_at is not None and index > verb_at + 1:
        before = words[index - 1].lower()
        if word == "of":
            return not (before[:1].isdigit() or before in _QUANTITY_NOUNS)
        infinitive = verb_base(before) is not None or before.endswith("ing")  # "are beginning to act"
        if not infinitive and index + 1 < len(words) and verb_base(words[index + 1].lower()) is None:
            return True  # a preposition ("gave $10m | to the fund"); a purpose clause is asked below
    if (word == "and" and verb_at is not None and index > verb_at + 1 and index + 1 < len(words)
            and _same_verb_form(words[verb_at].lower(), words[index + 1].lower())):
        # "have buried 40,000 bodies | and believe ...": a second predicate, in the first one's form,
        # may go ("to restore law and order": a pair of nouns)
        return True
    # "arrive in Port Alder | to examine the wreckage": "to" and a verb after a noun open a
    # purpose clause ("plans to visit" is one verb group, not a phrase end)
    return (words[index].lower() == "to" and index + 1 < len(words) and verb_base(words[index + 1].lower()) is not None
            and verb_base(words[index - 1].lower()) is None
            and words[index - 1].lower() not in AUXILIARIES)  # "divers were to start": one verb group


# Verbs whose meaning needs their preposition: "efforts to deal | with the spill" is no place to
# cut ("efforts to deal" says nothing), whatever the form ("dealt with", "relying on").
_PREPOSITIONAL_VERBS: dict[str, frozenset[str]] = {
    "deal": frozenset({"with"}), "cope": frozenset({"with"}), "comply": frozenset({"with"}),
    "rely": frozenset({"on"}), "depend": frozenset({"on"}), "insist": frozenset({"on"}),
    "account": frozenset({"for"}), "search": frozenset({"for"}),
    "refer": frozenset({"to"}), "respond": frozenset({"to"}), "react": frozenset({"to"}),
    "belong": frozenset({"to"}), "listen": frozenset({"to"}), "consist": frozenset({"of"}),
    "result": frozenset({"in", "from"}),
}


def _verbs_own_preposition(words: list[str], index: int) -> bool:
    before = words[index - 1].lower()
    base = verb_base(before) or before
    return words[index].lower() in _PREPOSITIONAL_VERBS.get(base, frozenset())


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or word[:1] in "$£€#"


def _compares(words: list[str], index: int) -> bool:
    """"more | than $10m", "larger | than the last spill": the comparison is the phrase's point,
    so "than" after a comparative is no place to cut."""
    before = words[index - 1].lower()
    return words[index].lower() == "than" and (before in _COMPARATIVES or before.endswith("er"))


_QUANTITY_NOUNS = word_list("headline_style", "quantity_nouns")
_COMPARATIVES = frozenset({"more", "less", "fewer", "rather", "other", "worse", "better"})
