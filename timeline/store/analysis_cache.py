"""The analysis kept in a project file, so reopening it re-extracts only what changed.

Two tables beside the project's own (not part of its format version: a file without them
is simply analysed afresh, and an older Timeline ignores them):

- each article's mentions, keyed by a hash of the article as stored (text, date, spans)
  and of the extractor's code: an article whose text or date changed, or a new extractor,
  misses and is extracted again;
- the events before any edit and the corpus's term rarity, keyed by the article keys in
  order and the event builder's code: the edits are applied on top when it is read, as
  after any edit (analysis.incremental).

The code versions hash the source files of the packages (the version number alone does
not move while rules are worked on); in a bundle without sources, the version number.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from timeline import __version__
from timeline.analysis import Analysed, analyse_article, apply_article_dates, build_analysed
from timeline.analysis.cycle_collection import cycle_collection_paused
from timeline.analysis.incremental import EditBase, EditReplay, article_dates
from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis
from timeline.domain.edits import Edit
from timeline.events import flawed_labels
from timeline.store.analysis_codec import Decoder, events_from_json, events_to_json, mention_to_json
from timeline.store.article_codec import article_to_row

MENTIONS_TABLE = "analysis_mentions"
EVENTS_TABLE = "analysis_events"
_PACKAGE = Path(__file__).resolve().parent.parent
# What extraction reads: the rules and resolvers, and the analysis step that calls them.
_EXTRACTOR_SOURCES = ("extract", "analysis/pool.py")
_EVENT_SOURCES = ("events", "analysis/incremental.py")


# The analyses of a corpus (the analyst's article dates applied) and their edit base.
SavedAnalysis = tuple[Sequence[ArticleAnalysis], EditBase]


@dataclass(frozen=True, slots=True)
class AnalysisCache:
    """The cached rows as read from a project file (decoded only when used)."""

    mentions: dict[str, str]  # article key -> mentions JSON
    events: dict[str, tuple[str, str]]  # corpus key -> (automatic events JSON, rarity and the like JSON)


@cache
def code_version(*sources: str) -> str:
    hasher = hashlib.sha256(__version__.encode())
    found = False
    for source in sources:
        root = _PACKAGE / source
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.is_file() and path.suffix in (".py", ".toml", ".json"):
                hasher.update(str(path.relative_to(_PACKAGE)).encode() + b"\0" + path.read_bytes())
                found = True
    return hasher.hexdigest() if found else f"version {__version__}"


def article_key(article: Article) -> str:
    row = json.dumps(article_to_row(article), ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256((code_version(*_EXTRACTOR_SOURCES) + row).encode()).hexdigest()


def corpus_key(keys: Sequence[str]) -> str:
    return hashlib.sha256((code_version(*_EVENT_SOURCES) + "\n".join(keys)).encode()).hexdigest()


def create_cache_tables(connection: sqlite3.Connection) -> None:
    """The two tables, empty (opening a file checks its schema against exactly these)."""
    connection.execute(f"CREATE TABLE {MENTIONS_TABLE} (article_key TEXT PRIMARY KEY, mentions TEXT NOT NULL)")
    connection.execute(f"CREATE TABLE {EVENTS_TABLE} (corpus_key TEXT PRIMARY KEY, automatic TEXT NOT NULL, "
                       "extras TEXT NOT NULL)")


def write_cache(connection: sqlite3.Connection, analyses: Sequence[ArticleAnalysis], base: EditBase) -> None:
    """Store the analysis of `analyses` (articles as analysed, the analyst's dates applied)."""
    keys = [article_key(analysis.article) for analysis in analyses]
    create_cache_tables(connection)
    connection.executemany(
        f"INSERT OR REPLACE INTO {MENTIONS_TABLE} (article_key, mentions) VALUES (?, ?)",
        ((key, _dump([mention_to_json(m) for m in analysis.mentions])) for key, analysis in zip(keys, analyses,
                                                                                                  strict=True)))
    flawed = base.flawed if base.flawed is not None else flawed_labels(base.automatic)
    extras = {"rarity": base.rarity, "without_act": sorted(base.without_act), "flawed": sorted(flawed)}
    connection.execute(
        f"INSERT INTO {EVENTS_TABLE} (corpus_key, automatic, extras) VALUES (?, ?, ?)",
        (corpus_key(keys), _dump(events_to_json(base.automatic, analyses)), _dump(extras)))


def read_cache(connection: sqlite3.Connection) -> AnalysisCache | None:
    """The cached rows, or None when the file has none (or they are not what this version wrote)."""
    try:
        mentions = {_text(key): _text(value) for key, value in
                    connection.execute(f"SELECT article_key, mentions FROM {MENTIONS_TABLE}")}
        events = {_text(key): (_text(automatic), _text(extras)) for key, automatic, extras in
                  connection.execute(f"SELECT corpus_key, automatic, extras FROM {EVENTS_TABLE}")}
    except (sqlite3.Error, ValueError):
        return None
    return AnalysisCache(mentions, events)


def restore(articles: Sequence[Article], edits: Sequence[Edit], cached: AnalysisCache | None) -> tuple[Analysed, int]:
    """The analysis of a reopened project: cached mentions and events where they still hold,
    extraction only for articles that changed; and how many articles were extracted again."""
    # Hundreds of thousands of objects decoded, none in a cycle: the collector walking them as
    # they come cost a third of restoring bpoil (0.47 -> 0.31 s), as it did a load's build.
    with cycle_collection_paused():
        return _restored(articles, edits, cached)


def _restored(articles: Sequence[Article], edits: Sequence[Edit],
              cached: AnalysisCache | None) -> tuple[Analysed, int]:
    dated = apply_article_dates(articles, edits)
    analyses: list[ArticleAnalysis] = []
    keys: list[str] = []
    extracted = 0
    decoder = Decoder()
    for article in dated:
        key = article_key(article)
        keys.append(key)
        analysis = _cached_analysis(article, cached.mentions.get(key), decoder) if cached is not None else None
        if analysis is None:
            analysis = analyse_article(article)
            extracted += 1
        analyses.append(analysis)
    stored = cached.events.get(corpus_key(keys)) if cached is not None else None
    if stored is not None:
        try:
            automatic = events_from_json(json.loads(stored[0]), analyses, decoder)
            extras = json.loads(stored[1])
            rarity = {_text(term): float(weight) for term, weight in extras["rarity"].items()}
            without_act = frozenset(_text(event_id) for event_id in extras["without_act"])
            flawed = frozenset(_text(event_id) for event_id in extras["flawed"])
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            pass
        else:
            base = EditBase(tuple(automatic), rarity, article_dates(edits), without_act, flawed)
            return Analysed(EditReplay(analyses, base).corpus(edits), base), extracted
    return build_analysed(analyses, edits), extracted


def _cached_analysis(article: Article, stored: str | None, decoder: Decoder) -> ArticleAnalysis | None:
    if stored is None:
        return None
    length = len(article.text)
    try:
        mentions = tuple([decoder.mention(item, length) for item in json.loads(stored)])
    except (ValueError, TypeError, KeyError, IndexError):
        return None  # not what this version wrote: extract again
    return ArticleAnalysis(article, mentions)


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=True, separators=(",", ":"))


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected text, found {type(value).__name__}")
    return value


__all__ = ["AnalysisCache", "SavedAnalysis", "article_key", "read_cache", "restore", "write_cache"]
