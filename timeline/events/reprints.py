"""A sentence reprinted in a later article dates as it did where it was first published.

Agencies' copy runs again in other papers, live pages are reposted, a digest repeats
yesterday's lead: "BP vowed Monday to pay all clean-up costs" in a Thursday article and
again, word for word, in one of the next week. Read against each copy's own date, the second
"Monday" is a week late, and its happening appears twice, once at a day it never had. The
same words with the same relative phrase name the same day: the first copy's (the earliest
publication) is the one that was written against it.

Only whole sentences long enough to be nobody else's, and phrases resolved against the
publication date ("Monday", "yesterday", "this week"), are compared; an exact date needs
no anchor, and a phrase counted from another mention ("two days later") follows its own.
Copies a day apart are left alone: a page updated the next day keeps its first date, so the
earlier copy is as often the later words filed under an older date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from timeline.domain.calendar_words import day_text
from timeline.domain.corpus import ArticleAnalysis
from timeline.domain.mention import AnchorKind, Mention, TimexType
from timeline.events.evidence import Evidence

# Shorter sentences recur without being copies ("Shares fell on Monday."): a reprint is
# recognised by a whole sentence at least this long.
MIN_SENTENCE_CHARS = 60
MIN_SENTENCE_WORDS = 8

# A page updated the next day keeps its first date (an agency's story, a paper's page reworked
# as the news moves on), so a copy a day apart is as likely the earlier page's update, filed
# under a date before its words, as its reprint: copies count from this many days apart.
MIN_DAYS_APART = 2
MAX_TITLE_CHARS = 60  # of the first copy's title, in the explanation

# (the sentence's words, where the phrase stands in it, the phrase)
CopyKey = tuple[str, int, str]
MentionKey = tuple[str, int, int]  # (article id, mention start, mention end)
Reprint = tuple[Mention, Mention]  # a later copy's mention as its article read it, and as its first copy dated it


@dataclass(frozen=True, slots=True)
class FirstCopy:
    """A sentence's earliest dated copy: its article, date and title, and its mention."""

    article_id: str
    published: date
    title: str
    mention: Mention


def copy_key(text: str, mention: Mention) -> CopyKey | None:
    """What two copies of the mention's sentence share, or None when the mention is not
    resolved against its article's date or its sentence is too short to tell a copy."""
    if mention.anchor.kind is not AnchorKind.ARTICLE_DATE or mention.interval is None:
        return None
    if mention.timex_type is TimexType.TIME and mention.start == mention.sentence_start:
        return None  # a live page's post stamp: the same words ("0000 This page closes for the night") recur
    if mention.sentence_end - mention.sentence_start < MIN_SENTENCE_CHARS:
        return None
    sentence = text[mention.sentence_start : mention.sentence_end]
    if len(sentence.split()) < MIN_SENTENCE_WORDS:
        return None
    return (sentence, mention.start - mention.sentence_start, mention.text)


def _keyed_mentions(analysis: ArticleAnalysis) -> Iterable[tuple[CopyKey, Mention]]:
    text = analysis.article.text
    for mention in analysis.mentions:
        key = copy_key(text, mention)
        if key is not None:
            yield key, mention


# A copy of a sentence: its article, that article's date and the mention in it.
Copy = tuple[str, date, Mention]


def copy_families(analyses: Sequence[ArticleAnalysis]) -> dict[CopyKey, list[Copy]]:
    """Every dated article's comparable mentions, by what copies of their sentence share."""
    families: dict[CopyKey, list[Copy]] = {}
    for analysis in analyses:
        for key, copy in article_copies(analysis):
            families.setdefault(key, []).append(copy)
    return families


def article_copies(analysis: ArticleAnalysis) -> list[tuple[CopyKey, Copy]]:
    """The article's comparable mentions with their keys (none when it has no date)."""
    article = analysis.article
    if article.date is None:
        return []
    return [(key, (article.article_id, article.date, mention)) for key, mention in _keyed_mentions(analysis)]


def family_replacements(family: Sequence[Copy], titles: Callable[[str], str]) -> dict[MentionKey, Reprint]:
    """The mentions of a sentence's later copies (at least MIN_DAYS_APART after its first) that
    read the same phrase as another date, as the first copy dated it; `titles` names an article."""
    if len(family) < 2:
        return {}
    article_id, published, mention = min(family, key=lambda copy: (copy[1], copy[0], copy[2].start))
    original = FirstCopy(article_id, published, titles(article_id), mention)
    return {(copy_id, later.start, later.end): (later, as_first_published(later, original))
            for copy_id, copy_date, later in family
            if (copy_date - published).days >= MIN_DAYS_APART and later.value != mention.value}


def reprinted_mentions(analyses: Sequence[ArticleAnalysis]) -> dict[MentionKey, Reprint]:
    """Each mention of a later copy of a sentence whose first copy resolved the same phrase to
    another date, as the first copy dated it (by article id, start and end)."""
    titles = {analysis.article.article_id: analysis.article.title for analysis in analyses}.__getitem__
    found: dict[MentionKey, Reprint] = {}
    for family in copy_families(analyses).values():
        found.update(family_replacements(family, titles))
    return found


def with_reprints(evidence: Iterable[Evidence], replaced: Mapping[MentionKey, Reprint]) -> list[Evidence]:
    """The evidence with each later copy's mention dated as its first copy's (`replaced`, from
    reprinted_mentions). Evidence whose mention the evidence step already changed (a post's
    stamp, a day taken into its time) keeps it: it was read otherwise than the copies."""
    if not replaced:
        return list(evidence)
    result = []
    for item in evidence:
        reprint = replaced.get(item.key)
        if reprint is not None and item.mention == reprint[0]:
            item = replace(item, mention=reprint[1])
        result.append(item)
    return result


def as_first_published(mention: Mention, original: FirstCopy) -> Mention:
    """`mention` dated as its sentence's first copy dated the same phrase, saying so."""
    first = original.mention
    title = original.title if len(original.title) <= MAX_TITLE_CHARS else original.title[: MAX_TITLE_CHARS - 1] + "…"
    where = f" in “{title}”" if title else ""
    note = (f"the same sentence was first published on {day_text(original.published)}{where}, "
            f"and is read as there: {first.explanation}")
    return replace(mention, value=first.value, interval=first.interval, anchor=first.anchor, stated=first.stated,
                   tense=first.tense, mod=first.mod, explanation=note)
