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
5. at most ~72 characters: when longer, cut before the last phrase that does not fit
   whole (a prepositional phrase, a subordinate or relative clause, after a comma), so a
   phrase is never cut mid-way; failing that, at a word boundary, never ending on a
   function word. `capped_headline` also says whether anything was cut.

A pronoun opening reported speech takes the speaker when that is obvious ("The company
said it expects ..." -> "Company expects ..."; "Kavan said he ..." -> "Kavan ...").

headline_tokens does step 1 (the tokens without the date and the asides); this module picks
the clause (step 2), with headline_inner_clauses for a date inside a relative or second clause
and headline_subjects for who acts; headline_speech does step 3, headline_style step 4,
headline_cap step 5; headline_common holds their shared limits, word lists and result type.
"""

from __future__ import annotations

from timeline.events.clause_chunks import (
    DETERMINERS,
    SAME_FORM_PAST,
    Segment,
    SegmentKind,
    Token,
    first_verb,
    is_pronoun_subject,
    segments,
    third_person,
    verb_base,
)
from timeline.events.headline_cap import cut_to_length
from timeline.events.headline_common import (
    COLON,
    MAX_CHARS,
    MIN_WORDS,
    NOMINATIVE_PRONOUNS,
    PHRASE_OPENERS,
    PHRASE_SLACK,
    SINGULAR_PRONOUNS,
    STANCE_VERBS,
    Headline,
    adverbs_only,
)
from timeline.events.headline_dated_things import (
    marked_if_dated_by_a_participle,
    marked_if_dating_a_noun_after_another_time,
    marked_if_of_a_dated_thing,
    marked_if_of_a_noun_clause,
)
from timeline.events.headline_inner_clauses import (
    main_clause_after_relative_of_date,
    main_verb_after_relative,
    named_by_its_appositive,
    participle_after_object,
    participle_aside_of_date,
    relative_clause_of_date,
    second_clause_of_date,
    without_second_predicate_of_another_day,
    without_subject_relative,
)
from timeline.events.headline_items import heads_an_item, without_next_items_date
from timeline.events.headline_lent_subjects import owned_by_the_noun_before, undergone_by_the_subject_after
from timeline.events.headline_number import is_plural
from timeline.events.headline_object_relative import object_relative_of_date
from timeline.events.headline_reference import (
    marked_if_gapped,
    marked_if_of_another_act,
    marked_if_of_another_day,
    noun_phrase_between,
    tells_an_act,
    without_gapped_conjunct,
)
from timeline.events.headline_since import as_the_start_since
from timeline.events.headline_speech import (
    quoted_in_the_passive,
    quoted_one,
    reported_content,
    speaker_after,
    with_short_speaker,
    without_repeated_speaker,
    without_speaker,
)
from timeline.events.headline_style import (
    in_headline_style,
    opens_on_a_time_of_day,
    past_form,
    without_opening,
)
from timeline.events.headline_subject_participle import subject_participle_of_date
from timeline.events.headline_subjects import (
    MAX_NOUN_PHRASE_WORDS,
    acting_subject_before,
    antecedent_of,
    conjoined_clauses_person,
    last_name,
    main_clause,
    person_subject,
    predicate_after_aside,
    subject_before,
    subject_of,
    with_list_after,
    with_list_before,
)
from timeline.events.headline_tokens import NOUN_PHRASE_OPENERS, tokens_without_date
from timeline.events.label_quality import label_flaw
from timeline.events.word_lists import (
    AUXILIARIES,
    CALENDAR_WORDS,
    PAST_PARTICIPLES,
    REPORTING_VERBS,
    TITLE_WORDS,
    is_passive_participle,
)


def headline(sentence: str, date_start: int, date_end: int) -> str:
    """A short "who did what" headline for the happening dated by sentence[date_start:date_end]."""
    return capped_headline(sentence, date_start, date_end).text


def capped_headline(sentence: str, date_start: int, date_end: int) -> Headline:
    """The headline, and whether its clause had to be cut to fit."""
    tokens, date_at, bound = tokens_without_date(sentence, date_start, date_end)
    parts = segments(tokens, keep_together=bound)
    if not parts:
        return Headline("", False)
    index = _when_clause_of_date(parts, tokens, date_at)
    headed_when = index is not None  # "In 2005, when a blast killed 15": the "when" clause is the date's
    if index is None:
        index = _segment_at(parts, date_at, tokens)
    if (not headed_when and parts[index].kind is SegmentKind.SUBORDINATE and date_at <= parts[index].first
            and not any(t.is_word and not t.text[:1].isdigit() and t.lower not in CALENDAR_WORDS
                        and t.text not in ("May", "MAY") for t in tokens[: parts[index].first])):
        # "Yesterday, as rescuers dug, a boy was found", a page's stamp before "As officials
        # struggled, they found ...": a date opening the sentence dates its main clause
        following = _following_main_headline(parts, index, sentence, date_start, date_end)
        if following is not None:
            return following
    if (not headed_when and parts[index].kind is SegmentKind.SUBORDINATE and len(parts[index].tokens) > 2
            and parts[index].tokens[0].lower in ("as", "when", "before", "after")
            and parts[index].tokens[1].lower in _TIMES_OF_DAY):
        # "As dawn broke Thursday in Venice, crews loaded booms": the dawn sets the scene; the
        # happening of that day is the main clause's
        following = _following_main_headline(parts, index, sentence, date_start, date_end)
        if following is not None:
            return following
    if not headed_when and parts[index].kind is SegmentKind.MAIN \
            and parts[index].tokens[0].lower in _FRONTING_PREPOSITIONS and not _has_own_subject(parts[index].tokens):
        # "At a hearing on Tuesday, the minister, Ann Lee, said ...", "During talks on Monday, both
        # sides agreed": a phrase that opens with a preposition and has no subject of its own
        # ("talks" is a noun there) places the clause after it, which the headline is cut from
        # ("In a letter on Friday BP asked the agency for time, but ..." has its own)
        index = _clause_fronted_by(parts, index) or index
    clause = (main_clause_after_relative_of_date(parts, index, date_at)
              or object_relative_of_date(parts, index, date_at)
              or relative_clause_of_date(parts, index, date_at) or second_clause_of_date(parts[index], date_at)
              or participle_aside_of_date(parts, index) or subject_participle_of_date(parts, index, tokens, date_at)
              or _clause_with_subject(parts, index, tokens))
    if parts[index].kind is SegmentKind.SUBORDINATE:
        clause = _before_next_subject(clause)
    clause = without_next_items_date(clause, parts[index], tokens)
    clause = without_second_predicate_of_another_day(clause, date_start)
    clause = without_gapped_conjunct(clause, date_start)
    listed = with_list_after(parts, index, clause, tokens)
    if listed is not clause:
        whole = _finished_headline(listed, parts, index, tokens, date_at, sentence, date_start, date_end)
        if whole.text.endswith(listed[-1].text):
            return whole  # (cut inside, the list would read as complete: the first name alone then)
    return _finished_headline(clause, parts, index, tokens, date_at, sentence, date_start, date_end)


def _finished_headline(clause: list[Token], parts: list[Segment], index: int, tokens: list[Token], date_at: int,
                       sentence: str, date_start: int, date_end: int) -> Headline:
    """The clause as a headline: what it reports with its speaker, in headline style, cut to
    length and marked where it may tell of another act or day."""
    own_clause = clause
    words = reported_content(clause, parts, index, date_start)
    speaker = speaker_after(parts, index) if parts[index].kind is SegmentKind.MAIN else []
    if speaker and not any(t is COLON for t in words) and first_verb(words):
        words = [*speaker, COLON, *words]  # "Footage can not be used, the judge rules" -> "Judge: footage ..."
    words = without_repeated_speaker(words)
    cut = cut_to_length(*in_headline_style(words))
    shorter = with_short_speaker(words)
    if shorter is not words:
        # the speaker's name alone, unless that cut ends rough where the whole description's did not
        cut_shorter = cut_to_length(*in_headline_style(shorter))
        if not cut_shorter.rough or cut.rough:
            cut, words = cut_shorter, shorter
    if cut.rough and (content := without_speaker(words)) is not words:
        # "Administration official: Obama to set up a panel to investigate [the spill]": too long to
        # tell both, what was said is told whole and the saying goes
        cut_content = cut_to_length(*in_headline_style(content))
        if not cut_content.rough and label_flaw(cut_content.text) is None:
            cut, words = cut_content, content  # (a state stays the speaker's: "Unions: the levy is a threat")
    date_text = sentence[date_start:date_end]
    cut = marked_if_of_another_act(cut, own_clause, parts, index, date_text)
    cut = marked_if_of_a_dated_thing(cut, words, tokens, date_at)
    cut = marked_if_of_a_noun_clause(cut, words, tokens, date_at)
    cut = marked_if_dated_by_a_participle(cut, words, tokens, date_at, date_text)
    cut = marked_if_dating_a_noun_after_another_time(cut, words, tokens, date_at, date_text)
    cut = marked_if_gapped(cut, tokens, date_at)
    cut = as_the_start_since(cut, sentence, date_start)
    return marked_if_of_another_day(cut, words, sentence, date_start, date_end)


def _when_clause_of_date(parts: list[Segment], tokens: list[Token], date_at: int) -> int | None:
    """The segment of a "when" clause that the date heads: in "a change since June, when the
    minister approved the port" the happening of June is the approval, not the change."""
    at = date_at
    if at < len(tokens) and tokens[at].text == ",":
        at += 1
    if at >= len(tokens) or tokens[at].lower != "when":
        return None
    for index, part in enumerate(parts):
        words = list(part.tokens[1:])
        if part.first == at and part.kind is SegmentKind.SUBORDINATE and (first_verb(words) or _same_form_past(words)):
            return index  # ("when an aftershock hit": a verb like "hit" may end the clause)
    return None


def _before_next_subject(words: list[Token]) -> list[Token]:
    """A subordinate clause up to a second subject that a missing comma ran into it: "When Lopez became
    chairman she promised reform" -> "Lopez became chairman". A nominative pronoun after the
    verb cannot be its object, so it opens the next clause."""
    verb = first_verb(words)
    if verb is None:
        return words
    for at in range(verb + 1, len(words) - 1):
        if (words[at].lower in NOMINATIVE_PRONOUNS and first_verb(words[at + 1 : at + 3]) == 0
                and words[at - 1].lower not in REPORTING_VERBS | STANCE_VERBS | {"that"}):
            return words[:at]
    return words


def main_clause_headline(sentence: str, date_start: int, date_end: int) -> Headline:
    """The headline of the sentence's main clause with a verb, wherever the date stands: for a
    date in an aside ("As of Monday, the 83rd day of the flood, the river had risen 4 m")
    the happening is told by the main clause, not by the aside.
    """
    tokens, date_at, bound = tokens_without_date(sentence, date_start, date_end)
    parts = segments(tokens, keep_together=bound)
    if not parts:
        return Headline("", False)
    index = _segment_at(parts, date_at)
    clause = main_clause(parts, index)
    return cut_to_length(*in_headline_style(reported_content(clause, parts, index)))


def _segment_at(parts: list[Segment], date_at: int, tokens: list[Token] | None = None) -> int:
    """The segment the date stood in: the one it ended or interrupted, else the next one."""
    if tokens is not None and heads_an_item(tokens, date_at):
        # "... 28 April: Coastguard fears ... 8 May: Dome fails": a date and a colon head the item after it
        following = next((i for i, part in enumerate(parts) if part.first > date_at
                          and not (len(part.tokens) == 1 and part.tokens[0].text.isdigit())), None)  # ("21 - 22 -")
        if following is not None:
            return following
    if (tokens is not None and 0 < date_at < len(tokens) and tokens[date_at].text == ","
            and (tokens[date_at - 1].lower in ("and", "but")
                 or (date_at > 1 and tokens[date_at - 1].text == "," and tokens[date_at - 2].lower in ("and", "but")))):
        # (also "..., and, a day later, he dug her out")
        # "... the blast and as recently as 2007, Ann Lee wrote ...": the date fronts the next clause
        following = next((i for i, part in enumerate(parts) if part.first > date_at), None)
        if following is not None:
            return following
    for index, part in enumerate(parts):
        if part.first < date_at <= part.last:
            return index
        if (part.first < date_at == part.last + 1 and part.kind is SegmentKind.MAIN and first_verb(list(part.tokens))
                and (tokens is None or tokens[part.last].lower not in ("who", "which", "that"))):
            # (not "..., who [last night] canceled ...": the date opens the relative clause)
            # "open today, tomorrow, and for as long as needed": a date standing alone between
            # commas after a clause is another date of that clause
            return index
    return next((i for i, part in enumerate(parts) if part.first >= date_at), len(parts) - 1)


def _clause_with_subject(parts: list[Segment], index: int, tokens: list[Token]) -> list[Token]:
    """The date's segment as a clause with its subject, or the main clause when it says too little."""
    part = parts[index]
    words = list(part.tokens)
    if part.kind is SegmentKind.ATTRIBUTION:
        # "..., according to a report published on Sunday": the date tells when it was reported;
        # what happened is the main clause.
        return main_clause(parts, index)
    if part.kind is SegmentKind.SUBORDINATE:
        opener = words.pop(0).lower
        if opener == "as" and len(words) > 2 and words[0].lower == "saying" and index > 0:
            # "Ann Lee was quoted by the agency as saying the port would reopen": her saying; "the
            # agency quoted Ann Lee as saying ...": hers too
            before = parts[index - 1].tokens
            passive = any(quoted_in_the_passive(before, k) for k in range(len(before)))
            speaker = subject_before(parts, index) if passive else quoted_one(before)
            if speaker:
                return [*speaker, Token("said", words[0].start, words[0].end), *words[1:]]
        if opens_on_a_time_of_day(part.tokens, 0):
            words.pop(0)  # "after daybreak hundreds of videos were uploaded": when, not who
        owned = owned_by_the_noun_before(parts, index, words) if opener == "whose" else []
        if owned:
            return owned  # "Ann Lee, whose husband died in 2004, ...": "Ann Lee's husband died"
        if opener in ("which", "who"):
            antecedent = antecedent_of(parts, index, person=opener == "who")
            if antecedent and words and first_verb(words) == 0:
                # (up to the sentence's own verb: "workers who spent Friday on it must now ...")
                own = main_verb_after_relative(words)
                return [*antecedent, *(words[:own] if own else words)]
            return main_clause(parts, index)
        verb = first_verb(words)
        if verb is None and opener in _CLAUSE_CONJUNCTIONS:
            verb = _same_form_past(words)  # "when the storm hit [on Monday]": nothing else is its verb
        if verb is None and opener in ("despite", "after", "before", "with", "without"):
            acting = _noun_then_participle(words)
            if acting:
                return acting  # "despite the company reporting strong results on Tuesday" -> "Company reports ..."
        subject = words[:verb] if verb is not None else words
        participle = verb_base(words[0].lower) if words and words[0].lower.endswith("ing") else None
        if verb is None and participle is not None and len(words) >= MIN_WORDS:
            # "since obtaining a third term" -> "<main subject> obtains a third term".
            main_subject = subject_of(main_clause(parts, index))
            if main_subject:
                plural = is_plural(main_subject)
                present = participle if plural else third_person(participle)
                return [*main_subject, Token(present, words[0].start, words[0].end), *words[1:]]
        if verb is None and _opens_a_clause(parts, index) and index + 1 < len(parts):
            following = parts[index + 1]
            clause = without_opening(list(following.tokens))
            if following.kind is SegmentKind.MAIN and not following.quoted and first_verb(clause):
                return clause  # "... and as recently as 2007, Ann Lee wrote": the date fronts Ann Lee's clause
        if verb is None or verb == 0 or len(words) < MIN_WORDS:
            return main_clause(parts, index)
        if is_pronoun_subject(subject):
            pronoun = subject[0].lower
            main = main_clause(parts, index)
            main_subject = subject_of(main)
            if pronoun in SINGULAR_PRONOUNS:
                # "Obama will ask Congress to act when he speaks": "he" is the sentence's subject
                # when that is a person's name, not the last name before it.
                person = conjoined_clauses_person(parts[index - 1].tokens) if index else []
                person = person or person_subject(main_subject)
                name = person or last_name(tokens[: part.first])
                return [*name, *words[verb:]] if name else main
            if pronoun == "they" and any(t.lower == "and" for t in main_subject):
                return [*main_subject, *words[verb:]]
            if pronoun == "it" and main_subject and not is_pronoun_subject(main_subject) \
                    and not person_subject(main_subject) and not is_plural(main_subject) \
                    and main_subject[-1].lower not in TITLE_WORDS and tells_an_act(words[verb:]) \
                    and not noun_phrase_between(tokens, main_subject[-1].end, subject[0].start):
                # "Firestone, which seemed tarnished in 2000 when it was accused of ...": the "it"
                # of a clause inside the sentence is its subject ("Firestone accused of ...")
                return [*main_subject, *words[verb:]]
            return main
        return words
    absolute = bool(words) and words[0].lower in ("with", "without")
    words = (named_by_its_appositive(parts, index)
             or without_subject_relative(with_list_before(parts, index, without_opening(words))))
    verb = first_verb(words)
    if (absolute and verb and verb <= _ABSOLUTE_NOUN_WORDS and words[verb].lower.endswith("ed")
            and words[verb - 1].lower not in AUXILIARIES):
        # "..., with further drops expected this year": what follows "with" and its short noun
        # phrase is a passive participle ("Further drops expected"), no past the noun did ("drops
        # expect"); after a long one it is more likely a caption run into the next sentence
        words = [*words[:verb], Token("were", words[verb].start, words[verb].start), *words[verb:]]
    if (verb is not None and verb == len(words) - 1 and index > 0 and words[0].lower in _FRONTING_PREPOSITIONS
            and is_passive_participle(words[verb].lower)):
        # "The office, in a report released Friday, reviewed the risks": the aside's participle
        # names the report; the subject's act of that day follows the aside
        subject, predicate = subject_before(parts, index), predicate_after_aside(parts, index)
        if subject and predicate:
            return [*subject, *predicate]
    if verb == 1 and index > 0 and words[0].lower == "to" and words[1].lower == "be":
        subject = subject_before(parts, index)
        if subject:
            return [*subject, *words]  # "Hope for Haiti, to be broadcast from New York": its plan
    if verb and index > 0 and adverbs_only(words[:verb]):
        # "..., but only announced that the work had begun": the sentence's subject did it
        subject = subject_before(parts, index)
        if subject:
            return [*subject, *words[verb:]]
    fronted = undergone_by_the_subject_after(parts, index, words, verb)
    if fronted:
        return fronted
    if verb == 0 and _describes_the_noun_before(words) and not _only_a_subject_before(parts, index, tokens):
        return main_clause(parts, index)
    if verb == 1 and words[0].lower in SINGULAR_PRONOUNS and index > 0 and _opens_a_clause(parts, index):
        # "Her son said ... and, a day later, he dug her out": "he" is the sentence's subject
        subject = subject_of(main_clause(parts, index))
        if subject and not is_pronoun_subject(subject) and not is_plural(subject):
            return [*subject, *words[1:]]
    if verb == 0 and index > 0 and [t.lower for t in parts[index - 1].tokens] in (["which"], ["who"]):
        # "Chevron which, in October, was given consent": "which" and an aside stand between them
        antecedent = antecedent_of(parts, index - 1, person=parts[index - 1].tokens[0].lower == "who")
        if antecedent:
            return [*antecedent, *words]
    if verb == 0:
        described = participle_after_object(parts, index, words)
        if described:
            return described  # "... wrote in his order, released on Friday": the order was released
        return [*subject_before(parts, index), *words]
    if words and words[0].lower in _LISTING_WORDS:
        # ", including four storms in 2008 that killed hundreds": the listed happening is the
        # date's ("Four storms kill hundreds"); with no verb of its own the phrase names nothing
        relative = next((k for k, t in enumerate(words) if t.text in ("that", "which")), None)
        if relative is not None and relative > 1 and first_verb(words[relative + 1 :]) == 0:
            return [*words[1:relative], *words[relative + 1 :]]
        return words
    opens_on_participle = verb is None and bool(words) and words[0].lower.endswith("ing") and len(words[0].lower) > 5
    if opens_on_participle and index > 0 and len(words) >= MIN_WORDS:
        # ", trading down 0.2 percent at 1836 GMT": the clause before says who traded
        subject = acting_subject_before(parts, index)
        if subject and first_verb(subject) is None:
            base = verb_base(words[0].lower)
            if base is None:
                return [*subject, *words]  # "Shares trading down 0.2 percent": headline style as it is
            present = base if is_plural(subject) else third_person(base)
            return [*subject, Token(present, words[0].start, words[0].end), *words[1:]]
    if (verb is None and index > 0 and len(words) > 1
            and words[0].lower in SAME_FORM_PAST and words[1].is_word and not words[1].is_capitalised
            and (part.tokens[0].lower in ("and", "but", "then") or _only_a_subject_before(parts, index, tokens))):
        # "..., and on Sunday shut production at two platforms": a past with its base's form opening
        # the second predicate is the sentence subject's act (alone it may be a noun: "a cut in rates")
        subject = subject_before(parts, index)
        if subject:
            present = words[0].lower if is_plural(subject) else third_person(words[0].lower)
            return [*subject, Token(present, words[0].start, words[0].end), *words[1:]]
    if verb is None and words and not opens_on_participle:
        predicate = predicate_after_aside(parts, index)
        if predicate:
            return [*words, *predicate]
    if verb is not None and _reports_a_subject_only(words, verb):
        # "The letter stated that a cleaning pig -- a device that ... -- got stuck": the reported
        # clause's subject meets its verb after the aside
        predicate = predicate_after_aside(parts, index)
        if predicate:
            return [*words, *predicate]
    return words


_ABSOLUTE_NOUN_WORDS = 4  # "with [the first two flights] expected": the noun phrase of an absolute phrase

# What dawns, falls or rises each day: a clause of it only sets a scene's time.
_TIMES_OF_DAY = frozenset({"dawn", "dusk", "night", "nightfall", "darkness", "daylight", "day", "sun", "sunrise",
                           "sunset", "evening", "morning"})

# Prepositions that open a phrase placing the clause after it: "At a hearing yesterday, ...".
_FRONTING_PREPOSITIONS = frozenset({"at", "in", "on", "during", "after", "before", "following", "amid", "over",
                                    "throughout"})


def _has_own_subject(tokens: tuple[Token, ...]) -> bool:
    """Whether a segment opening with a preposition goes on into a clause of its own: a name or a
    second determiner before its first verb ("In a letter BP asked ...", "In a letter the mayor
    asked ..."); "In his weekly radio address" has none ("address" is a noun there)."""
    verb = first_verb(list(tokens))
    if verb is None:
        return False
    determiners = 0
    for token in tokens[1:verb]:
        if token.is_capitalised:
            return True
        determiners += token.lower in NOUN_PHRASE_OPENERS
    return determiners > 1


def _clause_fronted_by(parts: list[Segment], index: int) -> int | None:
    """The first main segment with a verb after the phrase at `index` (its subject may stand
    in the segments between: "the minister, Ann Lee, said"); None when there is none."""
    for later in range(index + 1, len(parts)):
        part = parts[later]
        if part.kind is not SegmentKind.MAIN or part.quoted:
            continue
        if first_verb(without_opening(list(part.tokens))) is not None:
            return later
    return None


def _reports_a_subject_only(words: list[Token], verb: int) -> bool:
    """Whether the segment ends on "that" and a noun phrase with no verb of its own."""
    that = next((k for k in range(len(words) - 2, verb, -1) if words[k].text == "that"), None)
    return that is not None and first_verb(words[that + 1 :]) is None


_LISTING_WORDS = frozenset({"including", "includes", "among"})  # prepositions, no participle's act
_CLAUSE_CONJUNCTIONS = frozenset({"when", "as", "after", "before", "because", "while", "since", "until", "once"})


def _following_main_headline(parts: list[Segment], index: int, sentence: str, date_start: int,
                              date_end: int) -> Headline | None:
    """The headline of the first main clause with a verb after segment `index`, or None."""
    following_main = next((words for part in parts[index + 1 :] if part.kind is SegmentKind.MAIN
                           and first_verb(words := without_opening(list(part.tokens)))), None)
    if not following_main:
        return None
    words = reported_content(following_main, parts, index)
    return marked_if_of_another_day(cut_to_length(*in_headline_style(words)), words, sentence, date_start, date_end)


def _same_form_past(words: list[Token]) -> int | None:
    """Where a verb whose past is its base ("hit", "cut", "set") follows a noun, or None."""
    for at in range(1, len(words)):
        if (words[at].lower in SAME_FORM_PAST and words[at - 1].is_word
                and words[at - 1].lower not in DETERMINERS | {"to"}):
            return at
    return None


def _noun_then_participle(words: list[Token]) -> list[Token]:
    """"the company reporting strong results": a noun phrase and the -ing form of a known verb,
    told as that noun's act ("Company reports strong results"), or []. The act is put in the
    past, a form the clause reader knows for a verb, and the headline style tells it in the present."""
    for at in range(1, min(len(words) - 1, MAX_NOUN_PHRASE_WORDS + 1)):
        word = words[at].lower
        base = verb_base(word) if word.endswith("ing") else None
        if base is None:
            continue
        if words[at + 1].lower in PHRASE_OPENERS or words[at - 1].lower in ("a", "an"):
            return []  # "a lengthy meeting between ...": a noun in -ing, and its preposition
        subject = words[:at]
        if not all(t.is_word for t in subject) or subject[-1].lower in DETERMINERS | PHRASE_OPENERS:
            return []
        return [*subject, Token(past_form(base), words[at].start, words[at].end), *words[at + 1 :]]
    return []


def _opens_a_clause(parts: list[Segment], index: int) -> bool:
    """Whether a segment stands first in its clause: first in the sentence, or after "and"/"but"."""
    return index == 0 or (bool(parts[index - 1].tokens) and parts[index - 1].tokens[-1].lower in ("and", "but", "yet"))


def _only_a_subject_before(parts: list[Segment], index: int, tokens: list[Token]) -> bool:
    """Whether the segments before `index` hold a subject and asides between commas but no verb:
    in "BP's chief, on the front lines of the battle, apologized on Wednesday" the date's segment
    is the subject's predicate, not a participle describing the aside; in "The report, a review
    of 300 pages, issued on Monday, found ..." the participle dates the subject's issuing (a fact
    box's "Author; manager of ...; served on ..." is no sentence)."""
    before = [part for part in parts[:index] if part.kind is SegmentKind.MAIN and not part.quoted]
    if len(before) != index or index < 2 or not before[0].tokens[0].is_capitalised:
        return False
    if any(tokens[part.last].text != "," for part in before):
        return False
    return all(first_verb(without_opening(list(part.tokens))) is None for part in before)


_PARTICIPLE_PREPOSITIONS = frozenset({"by", "on", "in", "at", "from", "for", "with", "during", "after", "over"})


def _describes_the_noun_before(words: list[Token]) -> bool:
    """", made on social media on Thursday", ", issued by the agency": a past participle and its
    preposition after a comma describe the noun before the comma; they are no act of the
    sentence's subject ("Ann Lee criticised his comments, made on Thursday" is not "Ann Lee makes")."""
    first = words[0].lower
    participle = first in PAST_PARTICIPLES or (first.endswith("ed") and len(first) > 4)
    return participle and len(words) > 1 and words[1].lower in _PARTICIPLE_PREPOSITIONS


__all__ = ["MAX_CHARS", "PHRASE_SLACK", "Headline", "capped_headline", "headline", "main_clause_headline"]
