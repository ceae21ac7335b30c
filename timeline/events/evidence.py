"""Each dated, anchored mention as evidence for a happening: its date, its sentence and what the sentence says.

The words near the date phrase say most about the happening it dates ("they met in the
Kremlin on Monday, with more talks scheduled for Tuesday" reports two happenings), so
the clause around the phrase weighs more than the rest of its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, cast

from timeline.domain.corpus import ArticleAnalysis
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import AnchorKind, Mention, TimexType
from timeline.domain.pickling import pickled_by_arguments
from timeline.events.company_reference import named_companies
from timeline.events.date_ranges import without_range_ends
from timeline.events.event_dates import POST_STAMP_RULE, as_post_stamp, day_of
from timeline.events.event_extents import durations_of_days
from timeline.events.key_terms import is_content_word, is_name, stem, words_with_positions
from timeline.events.word_lists import looks_past
from timeline.extract.live_blog import stamp_spans
from timeline.extract.page_stamps import page_stamp_spans, wire_dateline_spans

# Inside the clause a word weighs more the nearer it stands to the date phrase.
NEAR_WEIGHT = 1.0
CLAUSE_FLOOR_WEIGHT = 0.4
NEAR_REACH_WORDS = 10
IN_SENTENCE_WEIGHT = 0.15
# The sentence's opening clause usually names who acts ("The Candidates tournament, where
# she faces ..., starts on 12 June"), so it weighs more than the rest of the sentence.
LEAD_CLAUSE_WEIGHT = 0.5
NAME_WEIGHT = 1.5
# A clause with fewer content words than this borrows its neighbours ("On Monday, ...").
MIN_CLAUSE_TERMS = 3

# Commas inside numbers ("40,000") do not end a clause.
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:\u2014\u2013]|\s[-_]\s")
_SENTENCE_END = re.compile(r"[.!?]['\"’”]?\s+|\n+")


@pickled_by_arguments
@dataclass(frozen=True, slots=True)
class Evidence:
    """One dated mention with the content of its sentence, ready to be compared."""

    article_id: str
    mention: Mention
    sentence: str
    sentence_start: int  # article offset of `sentence`
    clause_start: int  # article offsets of the words compared: the phrase's clause, widened if it says too little
    clause_end: int
    core_start: int  # article offsets of the clause holding the phrase
    core_end: int
    lead_end: int  # article offset where the sentence's opening clause ends
    terms: tuple[tuple[str, float], ...]  # stem -> weight before rarity weighting
    sentence_key: tuple[str, int]  # (article, sentence start): one sentence, whatever its mentions
    duration: timedelta | None = None  # how long the happening starting at this day lasted, if said
    # The sentence before, for a label whose subject is a pronoun ("He resigned on Monday").
    previous_sentence: str = ""
    # The one company the article named before the sentence: who "the company" is when neither
    # that sentence nor the one before names it (company_reference.with_named_company).
    article_company: str = ""
    names: frozenset[str] = frozenset()  # stems of the names in the compared words: who or what acts
    # The sentence with page furniture inside it blanked (a photo credit, a time stamp run
    # into it), same length so offsets hold: what labels and summaries are cut from.
    readable_sentence: str = ""
    # Its candidate labels with how well each reads (labels.label_choices): the same whatever
    # event the evidence ends up in, so worked out once (events.prepare.prepared_analysis, or
    # events.label_memo where naming asks); None when not worked out yet (a pool's worker
    # sends none: naming reads about three in four).
    label_choices: tuple[Any, ...] | None = field(default=None, compare=False, repr=False)
    # Whether the mention's own clause tells a happening of its date (factuality.date_not_factual
    # finds nothing against it), worked out there with the label choices; None when not yet.
    # Naming an event told by several asks it of their evidence: a sixteenth of building bpoil's
    # events, asked again in the process that builds them.
    factual_date: bool | None = field(default=None, compare=False, repr=False)

    @property
    def headline_source(self) -> str:
        return self.readable_sentence or self.sentence

    @property
    def interval(self) -> TimeInterval:
        assert self.mention.interval is not None
        return self.mention.interval

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.article_id, self.mention.start, self.mention.end)

    @property
    def clause(self) -> str:
        offset = self.sentence_start
        return self.sentence[self.clause_start - offset : self.clause_end - offset]


def is_timeline_mention(mention: Mention) -> bool:
    """Dates and times that resolved to an interval; durations, sets and unanchored ones are not events."""
    return mention.is_dated and mention.anchor.is_resolved


def _without_days_of_their_times(mentions: list[Mention]) -> list[Mention]:
    """"Shut off at 1425 local time (1925 GMT) on Thursday": the time was read on the day beside
    it (extract/time_with_day.py), so the two are one moment; the day alone would be a second
    event of the same sentence, one that can never merge with the first."""
    days_of_times = {
        (m.anchor.mention_start, m.anchor.mention_end) for m in mentions
        if m.timex_type is TimexType.TIME and m.anchor.kind is AnchorKind.PREVIOUS_MENTION
    }
    return [m for m in mentions if m.timex_type is TimexType.TIME or (m.start, m.end) not in days_of_times]


_ONE_DAY = timedelta(days=1)
_STAMP_REACH = timedelta(days=2)  # "late Wednesday" in a page posted on Friday morning


def _without_stamps_beside_own_dates(mentions: list[Mention], stamps: Sequence[tuple[int, int]],
                                     wires: Sequence[tuple[int, int]] = (), text: str = "") -> list[Mention]:
    """"Friday, May 28, 2010; 5:21 PM Officials on Friday called on BP to ...": the page's stamp
    says when the page was posted; a date of the sentence's own says when the happening was, and
    the posting time would lend it a time of day nobody stated for it. A wire's dateline (`wires`,
    "ATLANTA Oct 21 (Reuters) -") yields only to a day of the lead's main clause: "BP agreed to pay
    $20 billion after Obama, who toured the coast on Monday, pressed it" leads with the agreement."""
    if not stamps and not wires:
        return mentions
    stamped: list[Mention] = []
    own: list[Mention] = []
    wire_end: int | None = None
    for mention in mentions:
        wire = next((end for start, end in wires if start <= mention.start < end), None)
        if wire is not None:
            wire_end = wire
        (stamped if wire is not None or any(start <= mention.start < end for start, end in stamps)
         else own).append(mention)
    if not stamped:
        return mentions
    if wire_end is not None:
        own = [m for m in own if _in_the_leads_main_clause(text, wire_end, m.start)]
    # Only a day of its own at most two days before the posting is the happening's: "whose
    # cleanup began on May 3", "the first closure since 2005" leave the posting time the date of
    # what the paragraph leads with.
    # (every mention here is a timeline mention: dated, so its interval is known)
    posted = min(m.interval.first_day for m in stamped if m.interval is not None)
    if _a_day_near(own, posted, ahead=timedelta(0)) or _a_week_holding(own, posted):
        return own
    return [_posting_day(m) if m in stamped else m for m in mentions]


def _a_day_near(own: Sequence[Mention], posted: date, *, ahead: timedelta) -> bool:
    """Whether one of `own` is a day (or less) from two days before `posted` to `ahead` after it."""
    return any(m.interval is not None and m.interval.duration <= _ONE_DAY
               and -ahead <= posted - m.interval.first_day <= _STAMP_REACH for m in own)


_ONE_WEEK = timedelta(days=7)


def _a_week_holding(own: Sequence[Mention], posted: date) -> bool:
    """Whether one of `own` is a week or less holding `posted`: "HAVANA, May 28 (Reuters) - Red flags
    went up on beaches this week" tells the week of the happening, of which the dateline is a day."""
    return any(m.interval is not None and m.interval.duration <= _ONE_WEEK
               and m.interval.first_day <= posted <= m.interval.last_day for m in own)


_PLAN_REACH = timedelta(days=7)  # "1758 Ministers will hold talks on Monday": a plan of the coming week


def _without_post_stamps_beside_own_days(mentions: list[Mention]) -> list[Mention]:
    """"1758 Ministers will hold talks in Brussels on Monday", "1413 Troops landed on Thursday": a
    live blog's stamp says when the post went up; a day of the post's own, from two days before
    to a week after, says when its happening is, and the stamp would date it a second time, at
    the minute of posting. A day further off ("the worst quake since 1770") leaves the post dated
    by its stamp."""
    stamps = [m for m in mentions if m.rule == POST_STAMP_RULE and m.interval is not None]
    if not stamps:
        return mentions
    posted = min(m.interval.first_day for m in stamps if m.interval is not None)
    own = [m for m in mentions if m.rule != POST_STAMP_RULE]
    return own if _a_day_near(own, posted, ahead=_PLAN_REACH) else mentions


# Words opening a clause inside the lead ("who toured", "after it", "which had filed").
_SUBORDINATE_OPENERS = re.compile(r"\b(?:who|which|that|whose|after|before|when|while|since|because|as|until)\b",
                                  re.IGNORECASE)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _a_past_form(word: str) -> bool:
    return looks_past(word) or word in ("had", "was", "were")


def _in_the_leads_main_clause(text: str, lead_start: int, date_start: int) -> bool:
    """Whether a day told after a wire's dateline belongs to the lead's own clause: no clause opens
    before it, and no second verb ("BP abandoned the dome it lowered on Thursday": the lowering's)."""
    between = text[lead_start:date_start]
    return (_SUBORDINATE_OPENERS.search(between) is None
            and sum(_a_past_form(word) for word in _LOWER_WORD.findall(between)) <= 1)


def _posting_day(mention: Mention) -> Mention:
    """A page stamp's clock time dating the paragraph it opens, as its day: the page was posted
    at 9:06 PM, which says on what day the happening it leads with was told, not at what time
    it happened."""
    day = day_of(mention)
    if day is mention:
        return mention
    why = "the page's posting time, so only its day dates the paragraph"
    return replace(day, explanation=f"{mention.explanation}; {why}")


def collect_evidence(analyses: Sequence[ArticleAnalysis]) -> list[Evidence]:
    evidence: list[Evidence] = []
    for analysis in analyses:
        if analysis.evidence is not None:  # worked out by the worker that read the article
            evidence.extend(cast(tuple[Evidence, ...], analysis.evidence))
            continue
        article = analysis.article
        if not article.is_readable:
            continue
        durations = durations_of_days(analysis.mentions, article.text)
        page_stamps = page_stamp_spans(article.text)  # "... cap the well Monday 14 June 2010 21.52 BST"
        wires = wire_dateline_spans(article.text)  # "ATLANTA Oct 21 (Reuters) -"
        furniture = sorted([
            *article.metadata_spans,
            *((a, b) for a, b, _reason in article.boilerplate_spans),
            *stamp_spans(article.text, article.date),  # "1746 UN aid chief says ... at 2100 GMT"
            *page_stamps,
        ])
        companies = named_companies(article.text)
        by_sentence: dict[tuple[int, int], list[Mention]] = {}
        for mention in analysis.mentions:
            bounds = _sentence_bounds(article.text, mention)
            by_sentence.setdefault(bounds, []).append(mention)
        for (start, end), mentions in by_sentence.items():
            dated = _without_stamps_beside_own_dates(
                _without_post_stamps_beside_own_days(_without_days_of_their_times(
                    [as_post_stamp(m, article.date) for m in mentions if is_timeline_mention(m)])),
                page_stamps, wires, article.text)
            # ("the festival runs from 1 June to 5 June": one happening, told at its start, 5 days long)
            dated, range_lengths = without_range_ends(dated, article.text)
            if range_lengths:
                durations = {**range_lengths, **durations}
            if dated:
                readable = _without_furniture(article.text, start, end, furniture)
                if readable and not readable.strip():
                    continue  # all furniture: a page's stamp on a line of its own tells no happening
                previous = previous_sentence(article.text, start)
                evidence.extend(_sentence_evidence(article.article_id, article.text, start, end, mentions, dated,
                                                   previous, readable, durations,
                                                   companies.only_one_before(start)))
    # In key order, whatever order the articles came in: grouping breaks ties by position.
    evidence.sort(key=lambda item: item.key)
    return evidence


def article_evidence(analysis: ArticleAnalysis) -> tuple[Evidence, ...]:
    """One article's evidence, in key order: what `collect_evidence` takes from it."""
    return tuple(collect_evidence([analysis]))


def _without_furniture(text: str, start: int, end: int, furniture: Sequence[tuple[int, int]]) -> str:
    """text[start:end] with the furniture spans inside it blanked; "" when none touches it."""
    touching = [(max(a, start), min(b, end)) for a, b in furniture if a < end and b > start]
    if not touching:
        return ""
    chars = list(text[start:end])
    for a, b in touching:
        chars[a - start : b - start] = " " * (b - a)
    return "".join(chars)


PREVIOUS_SENTENCE_REACH = 400  # characters looked back: an antecedent farther away is no longer obvious


def previous_sentence(text: str, start: int) -> str:
    """The sentence ending just before `start`, not across a blank line (a new section), or ""."""
    window = text[max(0, start - PREVIOUS_SENTENCE_REACH) : start]
    window = window[window.rfind("\n\n") + 1 :].rstrip()
    begin = 0
    for match in _SENTENCE_END.finditer(window, 0, max(0, len(window) - 1)):
        begin = match.end()
    return window[begin:].strip()


def _sentence_bounds(text: str, mention: Mention) -> tuple[int, int]:
    if mention.sentence_start <= mention.start and mention.end <= mention.sentence_end:
        return mention.sentence_start, mention.sentence_end
    # The extractor left the sentence out: take the span between sentence ends around the phrase.
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, mention.start):
        start = match.end()
    following = _SENTENCE_END.search(text, mention.end)
    end = following.start() + 1 if following else len(text)
    return start, min(end, len(text))


# A clause word's weight by its distance in words from the date phrase (1 is next to it): the
# nearer, the more it weighs, down to the clause's floor at NEAR_REACH_WORDS and beyond.
_NEARNESS_WEIGHTS = tuple(
    CLAUSE_FLOOR_WEIGHT + (NEAR_WEIGHT - CLAUSE_FLOOR_WEIGHT) * max(0.0, 1.0 - distance / NEAR_REACH_WORDS)
    for distance in range(NEAR_REACH_WORDS + 1)
)


def _sentence_evidence(
    article_id: str, text: str, start: int, end: int, mentions: list[Mention], dated: list[Mention],
    previous: str = "", readable: str = "", durations: dict[tuple[int, int], timedelta] | None = None,
    article_company: str = "",
) -> list[Evidence]:
    """The evidence of a sentence's dated mentions; `readable`: the sentence with its furniture
    blanked, when any touches it; `durations`: how long the happening at a mention lasted, by its span."""
    sentence = text[start:end]
    masked = _mask_mentions(sentence, start, mentions)
    found = words_with_positions(masked)
    words = [word for _w_start, _w_end, word in found]
    word_starts = [start + w_start for w_start, _w_end, _word in found]
    first_word_start = word_starts[0] if found else start
    # Content words once per sentence: (position among all words, offset, stem, is a name).
    content: list[tuple[int, int, str, bool]] = []
    for position, terms in enumerate(map(_word_terms, words)):
        if terms is not None:
            w_start = word_starts[position]
            name = terms[2] and w_start != first_word_start  # key_terms.is_name
            content.append((position, w_start, terms[1] if name else terms[0], name))
    clauses = _clauses(masked, start)
    clause_starts = [c_start for c_start, _c_end in clauses]
    clause_terms = [0] * len(clauses)
    for _position, w_start, _key, _name in content:
        clause_terms[bisect_right(clause_starts, w_start) - 1] += 1
    nearness_weights = _NEARNESS_WEIGHTS
    farthest = NEAR_REACH_WORDS
    result = []
    for mention in dated:
        index = _clause_index(clauses, mention.start)
        clause_start, clause_end = _widen(clauses, clause_terms, index, MIN_CLAUSE_TERMS)
        core_start, core_end = clauses[index]
        # How many words stand before the phrase: distances are counted in words from it.
        before = bisect_left(word_starts, mention.start)
        lead_start, lead_end = _lead_for(clauses, words, content, clause_start, clause_end)
        weights: dict[str, float] = {}
        names: set[str] = set()
        for position, w_start, key, name in content:
            if clause_start <= w_start < clause_end:
                distance = before - position if position < before else position - before + 1
                weight = nearness_weights[distance if distance < farthest else farthest]
                told = True
            elif lead_start <= w_start < lead_end:
                weight = LEAD_CLAUSE_WEIGHT
                told = True
            else:
                weight = IN_SENTENCE_WEIGHT
                told = False
            if name:
                weight *= NAME_WEIGHT
                if told:
                    names.add(key)
            if len(key) > 1 and weight > weights.get(key, 0.0):
                weights[key] = weight
        span = (mention.start, mention.end)
        result.append(
            Evidence(
                article_id, mention, sentence, start, clause_start, clause_end, core_start, core_end,
                clauses[0][1], tuple(sorted(weights.items())), (article_id, start),
                durations.get(span) if durations else None,
                previous_sentence=previous, article_company=article_company, names=frozenset(names),
                readable_sentence=readable,
            )
        )
    return result


@lru_cache(maxsize=1 << 16)
def _word_terms(word: str) -> tuple[str, str, bool] | None:
    """A content word's stem as a word and as a name, and whether it is capitalised (a name
    unless it opens its sentence); None for any other word. (Once per word, not per sentence.)"""
    if not is_content_word(word):
        return None
    capitalised = is_name(word, False)
    return stem(word, False), stem(word, True) if capitalised else "", capitalised


def _lead_for(
    clauses: list[tuple[int, int]],
    words: list[str],
    content: list[tuple[int, int, str, bool]],
    window_start: int,
    window_end: int,
) -> tuple[int, int]:
    """The opening clause, when the window around the date lacks its own subject ("said the
    union will meet ..." after "Tom Rhee, leader of the union,"); otherwise an empty span.
    """
    lead_start, lead_end = clauses[0]
    if window_start <= lead_start:
        return (lead_start, lead_start)
    first = next((words[p] for p, s, _k, _n in content if window_start <= s < window_end), "")
    if first[:1].isupper():
        return (lead_start, lead_start)
    return lead_start, lead_end


def _mask_mentions(sentence: str, offset: int, mentions: list[Mention]) -> str:
    """Blank every temporal phrase, keeping offsets, so dates never count as shared content."""
    chars = list(sentence)
    for mention in mentions:
        first, last = max(mention.start - offset, 0), min(mention.end - offset, len(chars))
        if first < last:
            chars[first:last] = " " * (last - first)
    return "".join(chars)


def _clauses(masked: str, offset: int) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(masked):
        bounds.append((offset + start, offset + match.start()))
        start = match.end()
    bounds.append((offset + start, offset + len(masked)))
    return bounds


def _clause_index(clauses: list[tuple[int, int]], position: int) -> int:
    return next((i for i, (s, e) in enumerate(clauses) if s <= position < e), len(clauses) - 1)


def _widen(clauses: list[tuple[int, int]], clause_terms: list[int], index: int, minimum: int) -> tuple[int, int]:
    """The clause at `index`, widened over its neighbours (following first) until it has `minimum` content words."""
    low = high = index
    count = clause_terms[index]
    while count < minimum and (low > 0 or high < len(clauses) - 1):
        if high < len(clauses) - 1:
            high += 1
            count += clause_terms[high]
        else:
            low -= 1
            count += clause_terms[low]
    return clauses[low][0], clauses[high][1]
