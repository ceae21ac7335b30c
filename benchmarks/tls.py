"""Timeline-summarisation benchmark: the app's key events against journalists' timelines (Timeline17).

Usage (from the repository root):

    .venv/bin/python benchmarks/tls.py [--corpora DIR] [--topics bpoil haiti H1N1 MJ]
        [--json OUT] [--sample N] [--seed S]

DIR holds what tools/news_tls_corpus.py writes: ``<topic>/`` article folders with a
manifest.toml and ``<topic>.gold.json`` (the journalists' timelines). It defaults to the
environment variable TIMELINE_TLS_CORPORA, else ``../corpora`` beside this checkout. Only
the development topics are read; the held-out ones are refused without being opened.

Each topic is loaded once with the app's own pipeline (timeline.analysis.load_corpus), then
for every journalist timeline with k dates (all of its dates, as news-tls does):

- date F1 (benchmarks/tls_scoring.py) of
  * app: the days of the app's day-long events ranked by importance (hidden and background
    events skipped; ties: more sources, then earlier), the first k distinct days;
  * peer "articles": days ranked by how many distinct articles mention them (any resolved
    mention exactly one day long, from the same run's extraction);
  * peer "publication": days ranked by how many articles were published on them;
- ROUGE-1 F1 per journalist date, averaged over its dates: the app's labels of that day's
  events (best first, as many as the journalist wrote sentences, at most 5) against the
  journalist's text; 0 when the app has no event that day. The same with the events'
  `summary`, and the peer: the first sentence of each article published that day.
- the share of the app's (non-hidden) events whose label names no happening, by an
  independent judge (tls_scoring.no_happening_reason), with the top reasons and examples.

Unlike news-tls, the input is not cut to each reference timeline's span (the corpus is
loaded once per topic) and ROUGE is per date, unstemmed: figures are comparable between the
systems here, not with published TLS results.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if __package__ in (None, ""):
    # Run as a script: make the repository root importable for `timeline`, `benchmarks` and `tools`.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.tls_scoring import date_f1, no_happening_reason, rouge1_f1
from tools.news_tls_corpus import DEVELOPMENT_TOPICS, HELD_OUT_TOPICS

if TYPE_CHECKING:
    from timeline.domain.corpus import Corpus
    from timeline.domain.event import Event

REPOSITORY = Path(__file__).resolve().parent.parent
MAX_SENTENCES = 5  # per date, for the app's labels and the peer's first sentences
EXAMPLES = 10
MAKE_CORPORA = "python tools/news_tls_corpus.py DATASET/Timeline17 OUT"

GoldTimeline = dict[date, list[str]]


def default_corpora() -> Path:
    configured = os.environ.get("TIMELINE_TLS_CORPORA")
    return Path(configured) if configured else REPOSITORY.parent / "corpora"


def read_gold(path: Path) -> list[GoldTimeline]:
    """The journalists' timelines: one {day: [sentence, ...]} per timeline, in date order."""
    timelines = []
    for raw in json.loads(path.read_text(encoding="utf-8")):
        timeline: GoldTimeline = {}
        for day_text, sentences in raw:
            # A date listed twice is one date of the timeline, with all its sentences.
            timeline.setdefault(date.fromisoformat(day_text[:10]), []).extend(sentences)
        timelines.append(dict(sorted(timeline.items())))
    return timelines


# --- the systems: each ranks days, best first --------------------------------------------

def is_day_long(event: Event) -> bool:
    return event.interval.first_day == event.interval.last_day


def app_order(events: Iterable[Event]) -> list[Event]:
    """Visible story events, best first: importance, then more sources, then earlier."""
    shown = [e for e in events if not e.hidden and not e.background]
    return sorted(shown, key=lambda e: (-e.importance, -e.source_count, e.interval.start, e.event_id))


def app_days(events: Iterable[Event]) -> list[date]:
    """Distinct days of day-long events, in the order of their best event."""
    return list(dict.fromkeys(e.interval.first_day for e in app_order(events) if is_day_long(e)))


def ranked(counts: Mapping[date, int]) -> list[date]:
    # Ties go to the earlier day, so every run picks the same dates.
    return sorted(counts, key=lambda day: (-counts[day], day))


def article_mention_days(corpus: Corpus) -> list[date]:
    """Days by the number of distinct articles with a mention exactly that day long."""
    counts: Counter[date] = Counter()
    for analysis in corpus.analyses:
        days = {m.interval.first_day for m in analysis.mentions
                if m.interval is not None and m.interval.first_day == m.interval.last_day}
        counts.update(days)
    return ranked(counts)


def publication_days(corpus: Corpus) -> list[date]:
    return ranked(Counter(a.date for a in corpus.articles if a.date is not None))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(A-Z0-9])")


def first_sentence(text: str) -> str:
    """The article's first non-empty line, cut at its first sentence end."""
    for line in text.splitlines():
        if line.strip():
            return _SENTENCE_END.split(line.strip(), maxsplit=1)[0]
    return ""


# --- one topic -----------------------------------------------------------------------------

@dataclass(slots=True)
class TimelineFigures:
    dates: int
    in_range: int  # journalist dates inside the corpus's publication range
    app_days_available: int  # distinct days the app can offer at all
    date_f1: dict[str, float] = field(default_factory=dict)  # system -> F1
    rouge1: dict[str, float] = field(default_factory=dict)  # "labels" / "summaries" / "first sentences"
    app_day_coverage: float = 0.0  # share of journalist dates with at least one app event


@dataclass(slots=True)
class TopicFigures:
    topic: str
    articles: int
    events: int
    hidden: int
    background: int
    seconds: float
    timelines: list[TimelineFigures]
    judged: int
    rejected: int
    reasons: Counter[str]
    examples: list[tuple[str, str, float, int]]  # (label, reason, importance, sources)

    def mean(self, part: str, system: str) -> float:
        values = [getattr(t, part)[system] for t in self.timelines]
        return sum(values) / len(values) if values else 0.0

    @property
    def coverage(self) -> float:
        return sum(t.app_day_coverage for t in self.timelines) / len(self.timelines) if self.timelines else 0.0


DATE_SYSTEMS = ("app", "articles", "publication")
ROUGE_SYSTEMS = ("labels", "summaries", "first sentences")


def mean_rouge(gold: GoldTimeline, texts_by_day: Mapping[date, Sequence[str]]) -> float:
    """Per journalist date: the first n texts of that day (n = its sentence count, at most 5)."""
    scores = []
    for day, sentences in gold.items():
        texts = [t for t in texts_by_day.get(day, ()) if t.strip()][: min(len(sentences), MAX_SENTENCES)]
        scores.append(rouge1_f1(" ".join(texts), " ".join(sentences)) if texts else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def score_topic(topic: str, corpus: Corpus, gold: Sequence[GoldTimeline], seconds_loading: float) -> TopicFigures:
    started = time.perf_counter()
    events = corpus.events
    rankings = {"app": app_days(events), "articles": article_mention_days(corpus),
                "publication": publication_days(corpus)}
    labels: dict[date, list[str]] = {}
    summaries: dict[date, list[str]] = {}
    for event in app_order(events):
        if is_day_long(event):
            labels.setdefault(event.interval.first_day, []).append(event.label)
            summaries.setdefault(event.interval.first_day, []).append(event.summary)
    firsts: dict[date, list[str]] = {}
    for article in corpus.articles:
        if article.date is not None and article.is_readable:
            firsts.setdefault(article.date, []).append(first_sentence(article.text))
    published = [a.date for a in corpus.articles if a.date is not None]
    first_day, last_day = (min(published), max(published)) if published else (date.max, date.min)

    timelines = []
    for timeline in gold:
        k = len(timeline)
        figures = TimelineFigures(
            dates=k,
            in_range=sum(first_day <= day <= last_day for day in timeline),
            app_days_available=len(rankings["app"]),
            app_day_coverage=sum(day in labels for day in timeline) / k if k else 0.0,
        )
        for system, days in rankings.items():
            figures.date_f1[system] = date_f1(days[:k], timeline).f1
        for system, texts in zip(ROUGE_SYSTEMS, (labels, summaries, firsts), strict=True):
            figures.rouge1[system] = mean_rouge(timeline, texts)
        timelines.append(figures)

    visible = [e for e in events if not e.hidden]
    reasons: Counter[str] = Counter()
    rejected = []
    for event in visible:
        reason = no_happening_reason(event.label)
        if reason is not None:
            reasons[reason] += 1
            rejected.append(event)
    # The examples that matter most are the ones the views show first.
    rejected.sort(key=lambda e: (-e.importance, -e.source_count, e.event_id))
    examples = [(e.label, reasons_of(e.label), e.importance, e.source_count) for e in rejected[:EXAMPLES]]
    return TopicFigures(
        topic=topic,
        articles=len(corpus.articles),
        events=len(events),
        hidden=sum(e.hidden for e in events),
        background=sum(e.background for e in events),
        seconds=seconds_loading + time.perf_counter() - started,
        timelines=timelines,
        judged=len(visible),
        rejected=len(rejected),
        reasons=reasons,
        examples=examples,
    )


def reasons_of(label: str) -> str:
    return no_happening_reason(label) or ""


# --- printing ------------------------------------------------------------------------------

def print_topic(figures: TopicFigures) -> None:
    print(
        f"\n{figures.topic}: {figures.articles} articles, {figures.events} events "
        f"({figures.hidden} hidden, {figures.background} background), {len(figures.timelines)} journalist "
        f"timeline(s), {figures.seconds:.1f} s"
    )
    print(f"  {'':10} {'dates':>5} {'in range':>8} | {'date F1: app':>12} {'articles':>8} {'publication':>11} "
          f"| {'ROUGE-1: labels':>15} {'summaries':>9} {'first sent.':>11} | app covers")
    for index, t in enumerate(figures.timelines, 1):
        print(f"  {'#' + str(index):10} {t.dates:5} {t.in_range:8} | {t.date_f1['app']:12.3f} "
              f"{t.date_f1['articles']:8.3f} {t.date_f1['publication']:11.3f} | {t.rouge1['labels']:15.3f} "
              f"{t.rouge1['summaries']:9.3f} {t.rouge1['first sentences']:11.3f} | {t.app_day_coverage:.2f}")
    print(f"  {'mean':10} {'':5} {'':8} | {figures.mean('date_f1', 'app'):12.3f} "
          f"{figures.mean('date_f1', 'articles'):8.3f} {figures.mean('date_f1', 'publication'):11.3f} | "
          f"{figures.mean('rouge1', 'labels'):15.3f} {figures.mean('rouge1', 'summaries'):9.3f} "
          f"{figures.mean('rouge1', 'first sentences'):11.3f} | {figures.coverage:.2f}")
    share = figures.rejected / figures.judged if figures.judged else 0.0
    top = ", ".join(f"{reason} {count}" for reason, count in figures.reasons.most_common(5))
    print(f"  labels naming no happening: {figures.rejected}/{figures.judged} = {share:.1%} ({top})")
    for label, reason, importance, sources in figures.examples:
        print(f"    {importance:5.3f} {sources:3}× {label!r}  [{reason}]")


def print_sample(topic: str, corpus: Corpus, count: int, seed: int) -> None:
    """Random visible events with what a reader needs to judge them, via the app's own JSON."""
    from timeline.commands.events_command import event_to_json

    visible = [e for e in corpus.events if not e.hidden]
    # One generator per topic, so a topic's sample does not depend on which topics ran before.
    chosen = random.Random(f"{seed}:{topic}").sample(visible, min(count, len(visible)))
    articles = {a.article_id: a for a in corpus.articles}
    print(f"\n{topic}: {len(chosen)} random events (seed {seed})")
    for event in chosen:
        data = event_to_json(event, articles)
        first = data["mentions"][0] if data["mentions"] else None  # type: ignore[index]
        print(f"  {data['label']!r}  value {data['value']}  sources {data['sources']}  "
              f"importance {data['importance']}  judge: {no_happening_reason(event.label) or 'ok'}")
        if first is not None:
            sentence = " ".join(str(first["sentence"]).split())  # type: ignore[index]
            print(f"    “{first['phrase']}” in: {sentence[:300]}")  # type: ignore[index]


def overall(results: Sequence[TopicFigures]) -> dict[str, dict[str, float]]:
    """Means of the topic means, so a topic with many timelines does not outweigh the others."""
    def mean(values: Iterable[float]) -> float:
        items = list(values)
        return sum(items) / len(items) if items else 0.0

    return {
        "date_f1": {s: mean(r.mean("date_f1", s) for r in results) for s in DATE_SYSTEMS},
        "rouge1": {s: mean(r.mean("rouge1", s) for r in results) for s in ROUGE_SYSTEMS},
        "no_happening_share": {"app": mean(r.rejected / r.judged if r.judged else 0.0 for r in results)},
        "app_day_coverage": {"app": mean(r.coverage for r in results)},
    }


def to_json(results: Sequence[TopicFigures], corpora: Path) -> dict[str, object]:
    return {
        "corpora": str(corpora),
        "topics": {
            r.topic: {
                "articles": r.articles,
                "events": r.events,
                "hidden": r.hidden,
                "background": r.background,
                "seconds": round(r.seconds, 2),
                "timelines": [
                    {"dates": t.dates, "in_range": t.in_range, "app_days_available": t.app_days_available,
                     "date_f1": t.date_f1, "rouge1": t.rouge1, "app_day_coverage": t.app_day_coverage}
                    for t in r.timelines
                ],
                "mean": {
                    "date_f1": {s: r.mean("date_f1", s) for s in DATE_SYSTEMS},
                    "rouge1": {s: r.mean("rouge1", s) for s in ROUGE_SYSTEMS},
                    "app_day_coverage": r.coverage,
                },
                "no_happening": {
                    "judged": r.judged,
                    "rejected": r.rejected,
                    "share": r.rejected / r.judged if r.judged else 0.0,
                    "reasons": dict(r.reasons.most_common()),
                    "examples": [{"label": label, "reason": reason, "importance": round(importance, 6),
                                  "sources": sources} for label, reason, importance, sources in r.examples],
                },
            }
            for r in results
        },
        "mean_over_topics": overall(results),
    }


# --- entry point ---------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=None,
                        help="folder written by tools/news_tls_corpus.py (default: $TIMELINE_TLS_CORPORA or "
                             "../corpora beside the checkout)")
    parser.add_argument("--topics", nargs="+", default=list(DEVELOPMENT_TOPICS), metavar="TOPIC")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures to OUT as JSON")
    parser.add_argument("--sample", type=int, default=0, metavar="N", help="print N random events per topic")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="seed for --sample")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    held_out = [t for t in args.topics if t in HELD_OUT_TOPICS]
    unknown = [t for t in args.topics if t not in HELD_OUT_TOPICS and t not in DEVELOPMENT_TOPICS]
    if held_out or unknown:
        if held_out:
            print(f"refused: {', '.join(held_out)} (held out for the final evaluation: never read while developing)",
                  file=sys.stderr)
        if unknown:
            print(f"unknown topic(s): {', '.join(unknown)} (development topics: {', '.join(DEVELOPMENT_TOPICS)})",
                  file=sys.stderr)
        return 2
    corpora = args.corpora if args.corpora is not None else default_corpora()
    missing = [t for t in args.topics if not (corpora / t).is_dir() or not (corpora / f"{t}.gold.json").is_file()]
    if missing:
        print(f"No converted corpus for {', '.join(missing)} in {corpora}. Make it with:\n"
              f"    {MAKE_CORPORA}\n"
              f"and pass OUT as --corpora (or set TIMELINE_TLS_CORPORA). Nothing was measured.")
        return 0  # a benchmark without its data is not a failure

    from timeline.analysis import load_corpus

    print(f"Timeline17 timeline summarisation: topics {', '.join(args.topics)} from {corpora}")
    results = []
    for topic in args.topics:
        gold = read_gold(corpora / f"{topic}.gold.json")
        started = time.perf_counter()
        corpus = load_corpus([corpora / topic])
        loading = time.perf_counter() - started
        unreadable = sum(not a.is_readable for a in corpus.articles)
        if unreadable:
            print(f"{topic}: {unreadable} article(s) could not be read", file=sys.stderr)
        figures = score_topic(topic, corpus, gold, loading)
        results.append(figures)
        print_topic(figures)
        if args.sample > 0:
            print_sample(topic, corpus, args.sample, args.seed)
        sys.stdout.flush()

    means = overall(results)
    print(f"\nMean over {len(results)} topic(s) (mean of topic means):")
    print("  date F1      " + "  ".join(f"{s} {v:.3f}" for s, v in means["date_f1"].items()))
    print("  ROUGE-1      " + "  ".join(f"{s} {v:.3f}" for s, v in means["rouge1"].items()))
    print(f"  app events whose label names no happening: {means['no_happening_share']['app']:.1%}; "
          f"journalist dates with an app event: {means['app_day_coverage']['app']:.1%}")
    print("  seconds      " + "  ".join(f"{r.topic} {r.seconds:.1f}" for r in results))
    if args.json is not None:
        args.json.write_text(json.dumps(to_json(results, corpora), indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
