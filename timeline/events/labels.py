"""An event's label: the headline (timeline/events/headline.py) of its most central, most readable sentence.

Each of the few most central supporting sentences (nearest the group's term centroid)
is cut into a headline; the one that reads best wins: a clause with a subject and a
verb, of headline length, weighted by how typical its sentence is of the event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple, cast

from timeline.domain.granularity import Granularity
from timeline.domain.mention import AnchorKind
from timeline.events.clause_chunks import Token, first_verb, tokenize
from timeline.events.company_reference import with_named_company
from timeline.events.evidence import Evidence
from timeline.events.factuality import date_not_factual
from timeline.events.headline import MAX_CHARS, Headline, capped_headline, main_clause_headline
from timeline.events.headline_common import EMERGING, HONORIFICS, MIN_WORDS, TAKES_A_SPAN, negative_contractions
from timeline.events.headline_factuality import hypothesis_in, label_not_factual, state_in
from timeline.events.label_quality import label_flaw
from timeline.events.term_vectors import Vector, cosine, norm
from timeline.events.verb_guess import may_hold_verb, present_before_object
from timeline.events.word_lists import (
    ORGANISATION_WORDS,
    PAST_PARTICIPLES,
    PLACE_WORDS,
    SUBORDINATORS,
    TITLE_WORDS,
    looks_past,
    word_list,
)
from timeline.extract.chronology import RULE as CHRONOLOGY_RULE

LABEL_CANDIDATES = 4
EXTRA_CANDIDATES = 8  # looked at only when the first few give no sound headline
CHRONOLOGY_CANDIDATES = 2
FLAWED_FACTOR = 0.3
# The main clause tells the happening less surely than the clause holding its date.
MAIN_CLAUSE_FACTOR = 0.8
# A sentence dating the happening coarser than the group's finest date, up to a day ("the panel
# Obama convened in May" against "on Thursday"), is less likely to tell it: its label yields.
# (A day against a time of day is no such sign: "Ban visited on Sunday" tells as much as "at 0900".)
COARSER_DATE_FACTOR = 0.8
# A report written before the day it dates ("BP bosses are due to meet Obama on Wednesday") tells
# a plan; when two reports or more written on or after that day tell the happening itself, their
# labels win.
TOLD_AHEAD_FACTOR = 0.8
SHARED_SUBJECT_FACTOR = 0.95  # the date's own clause, its pronoun read as the main subject
MAX_SUMMARY_CHARS = 300
IDEAL_CHARS = 40
# A headline that hands the floor to a speaker ("Kirby: ...") reads slightly worse than one
# that states the happening itself.
ATTRIBUTED_FACTOR = 0.92
WITHOUT_VERB_FACTOR = 0.5
# What did not happen ("Forecasters didn't expect ...", "There aren't any plumes") names an event less well
# than what did, told by another report of the same day; a label with its verb beats one without.
NEGATED_FACTOR = 0.85
# A headline led by a noun that stood for a name said before ("[The] company begins drilling",
# "[The] state cuts its budget") reads worse than another report's that names the actor.
REFERRING_SUBJECT_FACTOR = 0.85
_REFERRING_NOUNS = word_list("labels", "referring_nouns")
_PERSONAL = word_list("labels", "personal")
_IMPERSONAL = word_list("labels", "impersonal")
_RELATIVE_PRONOUNS = word_list("labels", "relative_pronouns")
_NEGATIONS = frozenset({"not", "never"})
_PEOPLES_ADJECTIVES = word_list("labels", "peoples_adjectives")
# Auxiliaries whose negation tells what did not happen or hold ("didn't expect", "was not seen"); a refusal
# or a decision ahead ("won't pay", "will not seek") and a verdict ("pleads not guilty") are news.
_NEGATED_AUXILIARIES = frozenset({"is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can",
                                  "could"})
# ("can't" is written out: "can" + "n't" would be "cann't")
_NEGATED_CONTRACTIONS = negative_contractions(*(_NEGATED_AUXILIARIES - {"can"})) | {"can't", "can’t"}
# After "It"/"They" these usually open an impersonal clause ("It is feared", "It's time").
_EXPLETIVE_VERBS = word_list("labels", "expletive_verbs")
MAX_SUBJECT_WORDS = 5


@dataclass(frozen=True, slots=True)
class Naming:
    """What an event is called: a headline and a one-sentence summary."""

    label: str
    summary: str
    # The label keeps the verb of the clause it was cut from, that clause holds the date, and it
    # reports rather than asks or guesses: it tells an act of that date, not just a thing. Told by
    # several reports in their own words, the happening is judged by its sources instead: one of
    # them reports it as a fact of its date (see happening_gate).
    tells_act: bool = True
    # Whether label_quality.label_flaw finds a flaw in the label, when known already (None:
    # not asked). The label choices carry their flaw, worked out with them (events.label_memo):
    # asked again of the chosen label, it cost a fifth of naming.
    flawed: bool | None = field(default=None, compare=False)


def choose_label(members: Sequence[int], evidence: Sequence[Evidence], vectors: Sequence[Vector]) -> str:
    """The label for a group of evidence (indices into `evidence`): central and readable wins."""
    return name_event(members, evidence, vectors).label


def name_event(members: Sequence[int], evidence: Sequence[Evidence], vectors: Sequence[Vector],
               choices_of: Callable[[Evidence], tuple[LabelChoice, ...]] | None = None,
               factual_of: Callable[[Evidence], bool] | None = None) -> Naming:
    """Label and summary for a group of evidence: the most central sentences, cut into headlines.

    A headline with a flaw (`label_flaw`: a bare date, a pronoun leaning on an unseen
    sentence, a cut phrase) loses to any sound one, so a big event looks further down its
    list of sentences until it finds one; the summary is the most central sentence whose
    headline won, or the most central sentence.

    (After an article's date change, analysis/redate.py keeps the naming of a happening whose
    members' words, places, label choices and vectors are as they were: reading more of a
    mention here than its place means comparing that there too.)

    `choices_of`, `factual_of`: label_choices and date_is_factual, or what answers as they do
    (events.label_memo remembers their answers for evidence nobody prepared).
    """
    choices_of = choices_of or label_choices
    factual_of = factual_of or date_is_factual
    if not members:
        return Naming("(no sources)", "")
    centroid: Vector = {}
    for i in members:
        for term, value in vectors[i].items():
            centroid[term] = centroid.get(term, 0.0) + value
    # The centroid's norm once, not once per member (the same float): a happening reported by
    # hundreds has a centroid of thousands of terms.
    centroid_norm = norm(centroid)
    centrality = {i: cosine(vectors[i], centroid, None, centroid_norm) if vectors[i] else 0.0 for i in members}
    ranked = sorted(members, key=lambda k: (-centrality[k], evidence[k].key))
    # Only the most central few are cut into labels: a big event needs no hundred candidates;
    # when none of those reads as a happening, a further few are tried.
    # (Granularity orders coarse to fine: the finest date is the greatest)
    finest = max((interval.granularity for i in members if (interval := evidence[i].mention.interval) is not None),
                 default=None)
    coarser_than = None if finest is None else min(finest, Granularity.DAY)
    # (two reports at least: one alone is as likely a passing mention as the happening's report)
    ahead = {i: told_ahead(evidence[i]) for i in members}
    told_after = len({evidence[i].article_id for i in members if not ahead[i]}) >= 2
    best: tuple[float, Headline, int, float, str | None] | None = None
    # A chronology's entry is a journalist's own headline for the day ("May 2 - Obama visits the
    # coast"): short, so seldom among the most central sentences of a big event, it is always tried.
    entries = _chronology_entries(ranked, evidence)
    for start in range(0, min(len(ranked), LABEL_CANDIDATES + EXTRA_CANDIDATES), LABEL_CANDIDATES):
        window = ranked[start : start + LABEL_CANDIDATES]
        if start == 0:
            window += [i for i in entries if i not in window]
        for i in sorted(window, key=lambda k: evidence[k].key):
            for choice in choices_of(evidence[i]):
                cut = choice.headline
                if len(cut.text.split()) < 2:
                    continue
                score = (0.5 + centrality[i]) * choice.readability * choice.factor
                if choice.flaw is not None or not cut.factual or cut.rough:
                    score *= FLAWED_FACTOR
                interval = evidence[i].mention.interval
                if interval is not None and coarser_than is not None and interval.granularity < coarser_than:
                    score *= COARSER_DATE_FACTOR
                if told_after and ahead[i]:
                    score *= TOLD_AHEAD_FACTOR
                if best is None or score > best[0] + 1e-9:
                    best = (score, cut, i, choice.factor, choice.flaw)
        if best is not None and _sound(best[1], best[4]):
            break
    if best is None:
        first = evidence[min(members, key=lambda k: evidence[k].key)]
        own = headline_from_evidence(first)
        label = own.text or first.headline_source.strip()[:MAX_CHARS]
        tells_act = (_some_report_states_it(members, evidence, factual_of) if _told_by_several(members, evidence)
                     else bool(own.text) and _tells_act(own))
        return Naming(label, summary_of(first.headline_source), tells_act, flawed=label_flaw(label) is not None)
    _score, chosen_cut, chosen, factor, flaw = best
    if _told_by_several(members, evidence):
        tells_act = _some_report_states_it(members, evidence, factual_of)
    else:
        # Named from another clause than its date's (the date's own told nothing), a lone sentence
        # most often dates something else than what the label says: "BP should have known the
        # risk, since it had a rupture in 2001" is no "BP should have known" of 2001.
        # A lone report of a state of affairs ("capital was in total darkness") tells no act either;
        # several reports are judged by theirs, the state a label among others.
        tells_act = _tells_act(chosen_cut) and factor != MAIN_CLAUSE_FACTOR and state_in(chosen_cut.text) is None
    return Naming(chosen_cut.text, summary_of(evidence[chosen].headline_source), tells_act, flawed=flaw is not None)


def _chronology_entries(ranked: Sequence[int], evidence: Sequence[Evidence]) -> list[int]:
    """The most central chronology entries, each wording once (a chronology copied into several
    pages is one entry)."""
    seen: set[str] = set()
    entries: list[int] = []
    for i in ranked:
        if evidence[i].mention.rule == CHRONOLOGY_RULE and evidence[i].sentence not in seen:
            seen.add(evidence[i].sentence)
            entries.append(i)
            if len(entries) == CHRONOLOGY_CANDIDATES:
                break
    return entries


def told_ahead(item: Evidence) -> bool:
    """Whether the report dated a day after the one it was written on ("due to meet on Wednesday"
    in Monday's paper): read against its article's date, it told what was still to come."""
    mention = item.mention
    anchor = mention.anchor
    return (anchor.kind is AnchorKind.ARTICLE_DATE and anchor.anchor_date is not None
            and mention.interval is not None and mention.interval.start.date() > anchor.anchor_date)


def _some_report_states_it(members: Sequence[int], evidence: Sequence[Evidence],
                           factual_of: Callable[[Evidence], bool]) -> bool:
    """Whether one of the reports tells a happening of its date (factuality: it neither asks,
    compares nor names a thing by it)."""
    return any(factual_of(evidence[i]) for i in members)


def date_is_factual(item: Evidence) -> bool:
    """Whether the clause around the evidence's date tells a happening of that date: as carried
    on the evidence when it was prepared (events.prepare), else asked here."""
    if item.factual_date is not None:
        return item.factual_date
    return _date_reason(item) is None


def _told_by_several(members: Sequence[int], evidence: Sequence[Evidence]) -> bool:
    """Told by two reports or more, in two sentences or more (one sentence copied into several
    pages is still one report): as happening_gate judges an event's sources."""
    first = evidence[members[0]]
    return (any(evidence[i].article_id != first.article_id for i in members)
            and any(evidence[i].sentence != first.sentence for i in members))


class LabelChoice(NamedTuple):
    """A headline one piece of evidence offers, with what name_event weighs it by."""

    headline: Headline
    factor: float  # below 1 for a fallback (the main clause's headline)
    readability: float
    flaw: str | None  # label_flaw of its text


def label_choices(item: Evidence) -> tuple[LabelChoice, ...]:
    """The headlines of two words or more one piece of evidence offers: the same whatever event
    it ends up in, so worked out once (events.label_memo remembers them where events are named)."""
    if item.label_choices is not None:
        return cast(tuple[LabelChoice, ...], item.label_choices)
    return _label_choices(item, _date_reason(item))


def prepared_labels(item: Evidence) -> tuple[tuple[LabelChoice, ...], bool]:
    """What events.prepare carries on a piece of evidence: its label choices, and whether its
    date's clause tells a happening of that date (date_is_factual), worked out together."""
    date_reason = _date_reason(item)
    return _label_choices(item, date_reason), date_reason is None


def _label_choices(item: Evidence, date_reason: str | None) -> tuple[LabelChoice, ...]:
    # Weighed as cut: a company's name brought in from the words around is a reader's guess, so
    # the headline still yields to another report's whose own clause names the actor.
    return tuple(
        LabelChoice(_company_named(cut, item), factor, readability(cut.text, cut=cut.cut, has_verb=cut.has_verb),
                    label_flaw(cut.text))
        for cut, factor in _headline_choices(item, date_reason)
        if len(cut.text.split()) >= 2
    )


def _tells_act(cut: Headline) -> bool:
    """The clause's verb was kept, or a word of the headline may well be one: a present form
    after a noun ("Passenger walks past ...") is no verb `first_verb` can be sure of."""
    if not cut.factual or cut.rough:
        return False
    said = tokenize(cut.text.split(": ", 1)[-1])
    if cut.cut and ": " in cut.text and _verb_only_in_a_relative_clause(said):
        return False  # "Official: large portion of fines that BP may pay [should go to ...]": its verb was cut
    return cut.has_verb or may_hold_verb(said)


def _verb_only_in_a_relative_clause(tokens: list[Token]) -> bool:
    verb = first_verb(tokens)
    if verb is None:
        return False
    relative = max((k for k in range(verb) if tokens[k].lower in _RELATIVE_PRONOUNS), default=None)
    # (not when the relative clause had its own verb before this one: "a member of the team that
    # went with Obama had come down")
    return relative is not None and first_verb(tokens[relative + 1 : verb]) is None


def _sound(cut: Headline, flaw: str | None) -> bool:
    """A headline that names a happening: no flaw (`flaw`: label_flaw of its text), and the verb
    of its clause kept."""
    return cut.has_verb and cut.factual and not cut.rough and flaw is None


def summary_of(sentence: str) -> str:
    """A source sentence as one readable line: white space folded, capped at a sentence's length."""
    text = " ".join(sentence.split())
    if len(text) <= MAX_SUMMARY_CHARS:
        return text
    cut = text.rfind(" ", 0, MAX_SUMMARY_CHARS - 1)
    return text[: cut if cut > 0 else MAX_SUMMARY_CHARS - 1].rstrip(",;:") + "…"


def label_from_evidence(item: Evidence) -> str:
    """The headline of the sentence around one dated mention."""
    return headline_from_evidence(item).text


def _headline_choices(item: Evidence, date_reason: str | None) -> list[tuple[Headline, float]]:
    """The headline around the date; when it is flawed (a bare date, a pronoun, a cut phrase), also
    the main clause's. Not for a headline merely without a known verb: the verb list is short
    ("Dam burst"), and the main clause may tell another happening. (`date_reason`: the same for
    every headline of this sentence and date.)"""
    own = _own_headline(item, date_reason)
    if label_flaw(own.text) is None:
        return [(own, 1.0)]
    offset = item.sentence_start
    main = main_clause_headline(item.headline_source, item.mention.start - offset, item.mention.end - offset)
    main = _judged(with_antecedent(main.text, item.previous_sentence), main, date_reason, item)
    choices = [(own, 1.0), (main, MAIN_CLAUSE_FACTOR)]
    shared = _with_main_subject(own.text, main.text)
    if shared:  # "Crews walked out, and at 10 pm they blocked the port": the crews did both
        choices.append((_judged(shared, own, date_reason, item), SHARED_SUBJECT_FACTOR))
    return choices


def _takes_a_span(pronoun: str, rest: str) -> bool:
    """"It took two months to plug the well": how long, not what "it" (`pronoun`, lower case) did."""
    return pronoun == "it" and TAKES_A_SPAN.match(rest) is not None


def _with_main_subject(label: str, main: str) -> str:
    """'They/It <rest>' with the main clause's own subject in place of the pronoun, or ""."""
    first, _, rest = label.partition(" ")
    if first.lower() not in _IMPERSONAL or not rest or _takes_a_span(first.lower(), rest):
        return ""
    tokens = tokenize(main)
    verb = first_verb(tokens)
    if not verb:
        return ""
    subject = main[: tokens[verb].start].strip()
    if subject.endswith(":"):
        # "Adm Lee: it would take ...": the speaker is who said it, not what "it" stands for
        label = f"{subject} {first.lower()} {rest}"
        return label if label_flaw(label) is None else ""
    if ":" in subject:
        return ""
    return f"{subject} {rest}" if label_flaw(f"{subject} {rest}") is None else ""


def headline_from_evidence(item: Evidence) -> Headline:
    return _company_named(_own_headline(item, _date_reason(item)), item)


def _own_headline(item: Evidence, date_reason: str | None) -> Headline:
    offset = item.sentence_start
    cut = capped_headline(item.headline_source, item.mention.start - offset, item.mention.end - offset)
    return _judged(with_antecedent(cut.text, item.previous_sentence), cut, date_reason, item)


def _company_named(cut: Headline, item: Evidence) -> Headline:
    """The headline with the company's name for a leading "Company" (company_reference)."""
    text = with_named_company(cut.text, item.headline_source, item.previous_sentence, item.article_company)
    return cut if text == cut.text else replace(cut, text=text)


# A year the headline still dates something by ("... in 1980", "until 2008", "for most of 2009",
# "between 1992 and 2006"); not a year naming a thing ("the 1989 Exxon Valdez spill", "its 2001 peak").
_DATED_BY_A_YEAR = re.compile(
    r"\b(?:in|by|until|till|through|from|since|between|during|into|before|after|of|and)\s+(?P<the>the\s+)?"
    r"(?:(?:early|late|mid)[-\s]+)?(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?)?(?P<year>1\d{3}|20\d\d)(?P<decade>s)?\b")


_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|to|until|when|as|after|before)\b)[A-Za-z]")


def _another_years_date(text: str, item: Evidence) -> re.Match[str] | None:
    """Where the headline still dates something by a year outside its evidence's date: "Lee
    begins his career at Acme in 1980" for the 1995 of "..., moving to Zenith when it bought Acme
    in 1995" tells the other clause's happening."""
    interval = item.mention.interval
    if interval is None or not any(ch.isdigit() for ch in text):
        return None
    first, last = interval.first_day.year, interval.last_day.year
    for match in _DATED_BY_A_YEAR.finditer(text):
        if match.group("the") and _NOUN_AFTER.match(text, match.end()):
            continue  # "survivors of the 2004 tsunami": after "the", a year before its noun names the thing
        year = int(match.group("year"))
        span_end = year + (9 if match.group("decade") and year % 10 == 0 else 0)
        if span_end < first or year > last:
            return match
    return None


def _without_another_years_clause(cut: Headline, item: Evidence) -> Headline:
    """The headline before the joined clause another year dates ("Dam damaged by storm [and
    power was cut for most of 2009]"); rough when that year is in its own clause and no clause
    joined after it may be the happening's."""
    match = _another_years_date(cut.text, item)
    if match is None:
        return cut
    joined = cut.text.rfind(" and ", 0, match.start())
    kept = cut.text[:joined].rstrip(" ,;") if joined > 0 else ""
    if len(kept.split()) >= MIN_WORDS and _another_years_date(kept, item) is None:
        return Headline(kept, True, cut.has_verb, cut.factual, cut.rough)
    if " and " in cut.text[match.end():]:
        return cut  # "made her debut in 1934 and died": the happening may be the joined clause's
    return Headline(cut.text, cut.cut, cut.has_verb, cut.factual, True)


def _date_reason(item: Evidence) -> str | None:
    offset = item.sentence_start
    return date_not_factual(item.headline_source, item.mention.start - offset, item.mention.end - offset)


def _judged(text: str, cut: Headline, date_reason: str | None, item: Evidence) -> Headline:
    """The headline `text` cut from a sentence, marked whether its clause reports a fact, and
    rough when it still dates something else than its evidence's date."""
    factual = (date_reason is None and label_not_factual(text) is None
               and hypothesis_in(text, item.headline_source) is None)
    return _without_another_years_clause(Headline(text, cut.cut, cut.has_verb, factual, cut.rough), item)


_PERSONAL_CONTRACTION = re.compile(r"(?P<pronoun>[Hh]e|[Ss]he)(?P<verb>['’](?:s|d|ll))")


_MOSTLY_PASSIVE = frozenset({"expected", "believed", "thought", "said", "reported", "set", "accused", "charged",
                            "suspected", "alleged", "seen", "known", "told", "asked", "feared", "understood",
                            "scheduled", "slated", "tipped", "supposed", "required", "wanted", "injured", "wounded",
                            "trapped", "missing", "hospitalised", "hospitalized", "based", "married"})


def _spelt_out(contracted: str, following: str) -> str:
    """"'s", "'d", "'ll" as the word they stand for before `following` ("'s had" -> "has had")."""
    ending = contracted[1:]
    if ending == "ll":
        return "will"
    word = following.lower().partition(" ")[0]
    participle = word in ("been", "had", "got") or word.endswith("ed") or looks_past(word) or word in PAST_PARTICIPLES
    if ending == "d":  # ("'d been", "'d better": had; "'d resign": would)
        return "had" if participle or word == "better" else "would"
    # a participle makes a perfect ("'s agreed to resign", "'s died", "'s signed the deal") but for the
    # few that are mostly passives ("'s expected to resign", "'s accused of fraud", "'s charged")
    return "has" if participle and word not in _MOSTLY_PASSIVE else "is"


def with_antecedent(label: str, previous: str) -> str:
    """A label opening with "He"/"She" takes the last name of the sentence before; "It"/"They"
    the name that opens it ("Oxfam said on Monday ... It will send"), when there is one.
    """
    first, _, rest = label.partition(" ")
    pronoun = first.lower()
    contraction = _PERSONAL_CONTRACTION.fullmatch(first)
    if contraction is not None:  # "He's had talks" -> "Ann Lee has had talks"
        pronoun = contraction.group("pronoun").lower()
        rest = f"{_spelt_out(contraction.group('verb'), rest)} {rest}" if rest else ""
    if not rest or not previous or pronoun not in _PERSONAL | _IMPERSONAL:
        return label
    if pronoun in _IMPERSONAL and rest.split(" ", 1)[0].lower() in _EXPLETIVE_VERBS | EMERGING:
        return label  # "It is feared ...", "It's time to ...", "It emerges": no thing the pronoun stands for
    if _takes_a_span(pronoun, rest):
        return label
    tokens = tokenize(previous)
    words = [t for t in tokens if t.is_word]
    name = _person_name(tokens) if pronoun in _PERSONAL else _opening_name(words)
    if pronoun == "they" and name and name[0].lower in HONORIFICS:
        # "Mr Dewar was part of a crew. They returned ...": the crew, not Mr Dewar, nor his
        # name again as the sentence's subject ("Mr Jones" ends like a plural). (Only an
        # honorific tells one person: "BP has ...", "NASA was ..." are "they" as often.)
        return label
    if name:
        return f"{' '.join(t.text for t in name)} {rest}"
    if contraction is not None:
        return label
    subject = _subject_of(tokens, plural=pronoun == "they") if pronoun in _IMPERSONAL else ""
    return f"{subject} {rest}" if subject else label


def _subject_of(tokens: list[Token], *, plural: bool) -> str:
    """The short noun phrase before the first verb of a sentence ("The summit opened ...",
    "Union leaders held ..."), when it agrees in number with the pronoun; else ""."""
    verb = first_verb(tokens)
    if verb is None or not 1 <= verb <= MAX_SUBJECT_WORDS:
        return ""
    phrase = tokens[:verb]
    if not all(t.is_word for t in phrase) or _opens_no_subject(phrase):
        return ""  # a clause opened by "In May," or "He", not a subject to repeat
    if any(t.lower in SUBORDINATORS and t.lower != "as" for t in phrase):  # ("Profit as a whole rose")
        return ""  # "Twelve days after it had sealed the well, the company said": an adverbial clause
    head = phrase[-1].lower
    if (head.endswith("s") and not head.endswith("ss")) != plural:
        return ""
    text = " ".join(t.text for t in phrase)
    return text[:1].upper() + text[1:]


# "the BP-operated Deepwater Horizon", "a Gulf Coast town": a thing; "worked on Grand Isle",
# "a centre in Baton Rouge": a place. None of them is the person a "he" stands for.
_NO_PERSON_AFTER = frozenset({"the", "a", "an", "in", "at", "on", "near"})


def _person_name(tokens: list[Token]) -> list[Token]:
    """The last run of two or more capitalised words (a person's full name), ignoring titles.
    A comma ends a run: "Houma, La." is a town and its state, not a name."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    before_run = ""
    for token in [*tokens, Token("", 0, 0)]:
        if token.is_word and token.is_capitalised and token.lower not in TITLE_WORDS:
            run.append(token)
            continue
        if run and run[0].lower in ("a", "an"):
            run = run[1:]  # "A Transocean official said ...": the article opening the sentence is no name
        if len(run) >= 2 and before_run not in _NO_PERSON_AFTER:
            runs.append(run)
        run = []
        before_run = token.lower
    # "Cornell University", "Gulf Coast": an organisation or a place is no "he" or "she".
    # A run opening with "The" ("The Parker Report") is a title or a body, never a person.
    # ("Middle Eastern", "Latin American": a people's adjective, not a person's surname; Stern and Cornish are)
    runs = [run for run in runs if run[-1].lower not in ORGANISATION_WORDS and run[-1].lower not in PLACE_WORDS
            and run[0].lower != "the" and run[-1].lower not in _PEOPLES_ADJECTIVES]
    if not runs:
        return []
    name = runs[-1]
    last = name[-1]
    if last.text[-2:] in ("'s", "’s"):  # "Anna Berg's" -> "Anna Berg"
        name = [*name[:-1], Token(last.text[:-2], last.start, last.end - 2, last.quoted)]
    return name


def _opening_name(tokens: list[Token]) -> list[Token]:
    """The run of capitalised words that opens a sentence ("The UN", "BP"), if it is more than a capital."""
    start = 1 if tokens and tokens[0].lower == "the" else 0
    end = start
    while end < len(tokens) and tokens[end].is_capitalised and end - start < 4:
        end += 1
    run = tokens[start:end]
    if not run or (len(run) == 1 and not run[0].text.isupper()):
        return []  # one capitalised opening word may be any noun ("Rescuers"): not a name
    if _opens_no_subject(run):
        return []  # "In May, ...", "On Friday ...": an adverbial, not a name
    return run


def _opens_no_subject(phrase: list[Token]) -> bool:
    """Whether words standing first in a clause are no subject to name a happening's actor by."""
    if len(phrase[0].text) > 1 and phrase[0].text.isupper():
        return False  # an acronym ("WHO", "IT") names an actor even when it spells a pronoun
    return label_flaw(" ".join(t.text for t in phrase) + " acted") is not None


def readability(label: str, *, cut: bool = False, has_verb: bool | None = None) -> float:
    """How well a headline reads, in (0, 1]: near headline length, with a verb, stating rather than quoting.

    A `cut` headline (its clause was longer) whose only verb sits in a relative clause lost
    its main verb with the cut ("any proposal that left forces in place [would let ...]"):
    it reads as one without a verb. `has_verb`, when the caller knows it from the clause the
    headline was cut from, overrides the guess from the headline's own words (a present form
    after a noun, "aircraft takes off", cannot be told from a plural by its shape).
    """
    # Any length from a short clause to a full headline reads as well; shorter says too little.
    brevity = 1.0 / (1.0 + max(0, IDEAL_CHARS - len(label)) / IDEAL_CHARS)
    statement = label.split(": ", 1)[-1]
    tokens = tokenize(statement)
    verb = first_verb(tokens)
    relative_cut = verb is not None and cut and any(t.lower in _RELATIVE_PRONOUNS for t in tokens[:verb])
    with_verb = ((verb is not None if has_verb is None else has_verb) or present_before_object(tokens)) \
        and not relative_cut
    factor = 1.0 if with_verb else WITHOUT_VERB_FACTOR
    if with_verb and _negated_verb_group(tokens):
        factor *= NEGATED_FACTOR
    if ": " in label:
        factor *= ATTRIBUTED_FACTOR
    if _led_by_a_referring_noun(label):
        factor *= REFERRING_SUBJECT_FACTOR
    return brevity * factor


def _led_by_a_referring_noun(label: str) -> bool:
    """"Company begins drilling", "Company's shares fall", "Company: ...": the noun alone stands
    for the actor ("City Council votes", "Group of 20 meets", "County commissioners vote" name it)."""
    word = label.partition(" ")[0].lower()
    if word.endswith(":") or word.endswith(("'s", "’s")):
        return word.rstrip(":").removesuffix("'s").removesuffix("’s") in _REFERRING_NOUNS
    if word not in _REFERRING_NOUNS:
        return False
    tokens = tokenize(label)
    # (a headline's verb may be "to" or "due": "Company to cut jobs", "Company due to report")
    return first_verb(tokens) == 1 or (len(tokens) > 1 and tokens[1].lower in ("to", "due"))


def _negated_verb_group(tokens: list[Token]) -> bool:
    """"Forecasters didn't expect", "the sheen was not seen": an auxiliary denied, or a denying contraction."""
    return any(token.lower in _NEGATED_CONTRACTIONS
               or (token.lower in _NEGATIONS and index > 0 and tokens[index - 1].lower in _NEGATED_AUXILIARIES)
               for index, token in enumerate(tokens))
