"""Event building speed and memory on generated news, against an all-pairs peer in the same run.

    nice .venv/bin/python benchmarks/events.py [--articles 10000] [--full 1500] [--peer-max 2000] [--seed 7]

Generates articles about a dozen stories over three years (2021-2023): each story has its
own people, places and a few dozen happenings; each article reports several of them in
varied words ("met", "held talks with", ...) with weekday, "last week", month or
calendar dates resolved against its publication date, among sentences without dates.

Measures:
1. build_events on 1k ... N generated articles (mentions made with the text, so only
   event building is timed), with the time per mention: flat means linear growth;
2. peak memory of build_events on N articles (tracemalloc, in a separate pass);
3. the peer: the same similarity and thresholds, but comparing every pair of mentions
   with compatible dates (what the inverted index avoids), on up to --peer-max articles;
4. the whole `timeline events DIR --json` on --full real-size articles written to a
   temporary folder (reading, extraction and events), in a fresh process, against the
   10 s target, with the share spent in build_events measured in-process.
"""

from __future__ import annotations

import argparse
import math
import random
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis
from timeline.domain.mention import Anchor, AnchorKind, Mention, TimexType
from timeline.events import build_events
from timeline.events.evidence import Evidence, collect_evidence
from timeline.events.grouping import pair_threshold
from timeline.events.term_vectors import cosine, norm, rarity_weights, weighted_vector
from timeline.extract.timex_values import interval_for_value, week_value

REPOSITORY = Path(__file__).resolve().parent.parent
FIRST_DAY = date(2021, 1, 1)
LAST_DAY = date(2023, 12, 31)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SYLLABLES = ("ka", "lo", "mer", "ven", "dra", "tis", "bor", "an", "el", "ru", "sen", "vik", "ol", "ma", "dor",
             "li", "ton", "ber", "gal", "nor", "chi", "pe", "sa", "ul")
VERBS = (
    ("met", "held talks with", "sat down with"),
    ("signed an agreement with", "struck a deal with", "reached an accord with"),
    ("criticised", "condemned", "attacked"),
    ("sued", "filed a lawsuit against", "took legal action against"),
    ("visited", "travelled to meet", "paid a visit to"),
    ("announced sanctions on", "imposed sanctions on", "unveiled penalties against"),
    ("hired", "appointed", "named"),
    ("fired", "dismissed", "removed"),
    ("approved a loan for", "granted funding to", "agreed to finance"),
    ("rejected an offer from", "turned down a bid from", "refused a proposal by"),
)
OBJECTS = ("the central bank", "the port authority", "the electoral commission", "the health ministry",
           "the national railway", "the supreme court", "the union federation", "the regional council",
           "the stock exchange", "the energy regulator", "the army command", "the city hall")
PLACES = ("in the capital", "at the summit venue", "in a hotel near the border", "at the parliament building",
          "behind closed doors", "in front of reporters", "at the ministry headquarters", "in a video call")
FILLER_OPENINGS = (
    "Analysts said", "Critics argued", "Officials insisted", "Several lawmakers warned", "Observers noted",
    "Residents interviewed nearby said", "A spokesperson for the agency said", "Independent experts believe",
    "Business groups complained", "The opposition leader claimed", "Diplomats in the region suggested",
    "People close to the negotiations said",
)
FILLER_CLAIMS = (
    "the move could reshape the sector for years to come",
    "the process had been rushed and poorly explained to the public",
    "markets would react calmly as long as the main figures held",
    "a full account of the decision was still missing from the record",
    "the measures were temporary and would be reviewed regularly",
    "the figures released by the agency did not add up",
    "similar plans had failed twice over the past decade",
    "rising prices mattered more to voters than the announcement",
    "the statement left out the most important details about financing",
    "regional officials had not been consulted before the decision",
    "the plan depended on funds that parliament had not yet approved",
    "the dispute could drag on well into the next budget round",
)



@dataclass(frozen=True, slots=True)
class Happening:
    subject: str
    verbs: tuple[str, ...]
    target: str
    place: str
    day: date


@dataclass(frozen=True, slots=True)
class Story:
    happenings: tuple[Happening, ...]


def invent_name(rng: random.Random) -> str:
    first = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    last = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    return f"{first} {last}"


def make_stories(rng: random.Random, count: int = 12, happenings: int = 60) -> list[Story]:
    span = (LAST_DAY - FIRST_DAY).days
    stories = []
    for _ in range(count):
        people = [invent_name(rng) for _ in range(8)]
        items = []
        for _ in range(happenings):
            subject = rng.choice(people)
            target = rng.choice([p for p in people if p != subject] + list(OBJECTS[:4]))
            items.append(Happening(subject, rng.choice(VERBS), target, rng.choice(PLACES),
                                   FIRST_DAY + timedelta(days=rng.randrange(span))))
        stories.append(Story(tuple(sorted(items, key=lambda h: h.day))))
    return stories


def date_phrase(happening: date, published: date, rng: random.Random) -> tuple[str, str, bool]:
    """How an article published on `published` says `happening`: phrase, TIMEX3 value, stated."""
    delta = (published - happening).days
    if 0 <= delta <= 6 and rng.random() < 0.8:
        return f"on {WEEKDAYS[happening.weekday()]}", happening.isoformat(), False
    if 7 <= delta <= 13 and rng.random() < 0.4:
        return "last week", week_value(happening), False
    if 20 <= delta <= 60 and rng.random() < 0.3 and happening.month != published.month:
        return "last month" if (published.month - happening.month) % 12 == 1 else "earlier this year", (
            f"{happening.year}-{happening.month:02d}" if (published.month - happening.month) % 12 == 1
            else str(happening.year)), False
    if happening.year == published.year:
        return f"on {happening.day} {MONTHS[happening.month - 1]}", happening.isoformat(), False
    return f"on {happening.day} {MONTHS[happening.month - 1]} {happening.year}", happening.isoformat(), True


def make_article(number: int, stories: Sequence[Story], rng: random.Random) -> ArticleAnalysis:
    story = rng.choice(stories)
    anchor_event = rng.choice(story.happenings)
    published = anchor_event.day + timedelta(days=rng.choice((0, 1, 1, 2, 3, 5, 9, 30)))
    nearby = [h for h in story.happenings if -3 <= (published - h.day).days <= 60 and h.day <= published]
    reported = [anchor_event, *rng.sample(nearby, min(len(nearby), rng.randint(2, 6)))]
    parts: list[str] = []
    mentions: list[Mention] = []
    position = 0
    filler = [f"{rng.choice(FILLER_OPENINGS)} that {rng.choice(FILLER_CLAIMS)}, and that {rng.choice(FILLER_CLAIMS)}."
              for _ in range(rng.randint(14, 22))]
    sentences: list[tuple[str, Happening | None]] = [(f, None) for f in filler]
    for happening in reported:
        sentences.insert(rng.randrange(len(sentences) + 1), ("", happening))
    for filler_text, happening in sentences:
        if happening is None:
            text = filler_text
            found: tuple[int, int, str, str, bool] | None = None
        else:
            phrase, value, stated = date_phrase(happening.day, published, rng)
            verb = rng.choice(happening.verbs)
            lead = f"{happening.subject} {verb} {happening.target}"
            if rng.random() < 0.5:
                text = f"{lead} {happening.place} {phrase}, according to people familiar with the matter."
            else:
                text = f"{lead} {phrase} {happening.place}, a move that surprised many observers."
            at = text.index(phrase)
            found = (at, at + len(phrase), phrase, value, stated)
        if found is not None:
            start = position + found[0]
            anchor = Anchor(AnchorKind.NONE) if found[4] else Anchor(
                AnchorKind.ARTICLE_DATE, published.isoformat(), published)
            mentions.append(Mention(
                start, start + len(found[2]), found[2], TimexType.DATE, found[3], interval_for_value(found[3]),
                "generated", anchor, frozenset(), position, position + len(text)))
        parts.append(text)
        position += len(text) + 1
    body = " ".join(parts)
    article_id = f"story-{number:05d}.txt"
    article = Article(article_id, article_id, f"Report {number}", body, published, "manifest")
    return ArticleAnalysis(article, tuple(mentions))


def generate(count: int, seed: int) -> list[ArticleAnalysis]:
    rng = random.Random(seed)
    stories = make_stories(rng)
    return [make_article(n, stories, rng) for n in range(count)]


def all_pairs_peer(analyses: Sequence[ArticleAnalysis]) -> int:
    """The peer: same vectors and thresholds, every pair of compatible mentions compared."""
    evidence: list[Evidence] = collect_evidence(analyses)
    rarity = rarity_weights(evidence)
    vectors = [weighted_vector(item, rarity) for item in evidence]
    norms = [norm(v) for v in vectors]
    parent = list(range(len(evidence)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i in range(len(evidence)):
        for j in range(i + 1, len(evidence)):
            a, b = evidence[i].interval, evidence[j].interval
            if not a.compatible_with(b):
                continue
            coarser = a if a.duration >= b.duration else b
            if cosine(vectors[i], vectors[j], norms[i], norms[j]) >= pair_threshold(coarser):
                parent[root(j)] = root(i)
    return len({root(k) for k in range(len(evidence))})


def timed(function, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def write_folder(analyses: Sequence[ArticleAnalysis], folder: Path) -> None:
    lines = []
    for item in analyses:
        article = item.article
        (folder / article.article_id).write_text(article.text, encoding="utf-8")
        lines.append(f'[[article]]\nfile = "{article.article_id}"\ndate = "{article.date}"\n'
                     f'title = "{article.title}"\n')
    (folder / "manifest.toml").write_text("\n".join(lines), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--full", type=int, default=1_500, help="articles for the whole-command run (0: skip)")
    parser.add_argument("--peer-max", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    corpus = generate(args.articles, args.seed)
    size = sum(len(a.article.text) for a in corpus) / len(corpus)
    mentions = sum(len(a.mentions) for a in corpus)
    print(f"generated {len(corpus)} articles, {mentions} dated mentions, {size:,.0f} characters per article")

    print("\n1. build_events, growing corpus (time per mention flat = linear)")
    print(f"{'articles':>9} {'mentions':>9} {'events':>7} {'seconds':>8} {'µs/mention':>11} {'peer s':>8}")
    sizes = sorted({n for n in (1_000, 2_000, 5_000, args.articles) if n <= args.articles} | {250, 500})
    for n in sizes:
        part = corpus[:n]
        count = sum(len(a.mentions) for a in part)
        seconds, events = timed(build_events, part)
        peer = ""
        if n <= args.peer_max:
            peer_seconds, _ = timed(all_pairs_peer, part)
            peer = f"{peer_seconds:8.2f}"
        print(f"{n:>9} {count:>9} {len(events):>7} {seconds:8.2f} {seconds / count * 1e6:11.1f} {peer:>8}")

    print(f"\n2. peak memory of build_events on {args.articles} articles (tracemalloc)")
    tracemalloc.start()
    build_events(corpus)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    text_bytes = sum(len(a.article.text) for a in corpus)
    print(f"peak {peak / 2**20:.0f} MiB above the loaded corpus ({text_bytes / 2**20:.0f} MiB of text)")

    if args.full:
        print(f"\n3. the whole `timeline events DIR --json` on {args.full} real-size articles (target < 10 s)")
        folder = Path(tempfile.mkdtemp(prefix="timeline-events-bench-"))
        try:
            write_folder(corpus[: args.full], folder)
            started = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-m", "timeline", "events", str(folder), "--json"],
                cwd=REPOSITORY, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False,
            )
            total = time.perf_counter() - started
            if result.returncode != 0:
                print(result.stderr.decode(errors="replace"))
                return 1
            from timeline.analysis import analyse
            from timeline.ingest import load_paths

            load_seconds, articles = timed(load_paths, [folder])
            extract_started = time.perf_counter()
            analysed = analyse(articles)  # extraction and events
            analyse_seconds = time.perf_counter() - extract_started
            events_seconds, _ = timed(build_events, analysed.analyses)
            print(f"command: {total:.2f} s in a fresh process ({'within' if total < 10 else 'OVER'} the 10 s target)")
            print(f"in-process: reading {load_seconds:.2f} s, extraction + events {analyse_seconds:.2f} s, "
                  f"of which build_events {events_seconds:.2f} s "
                  f"({events_seconds / max(total, 1e-9):.0%} of the command), "
                  f"{sum(len(a.mentions) for a in analysed.analyses)} mentions, {len(analysed.events)} events")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    print("\nThe peer compares every pair of compatible mentions: its time grows with the square of the "
          f"mentions (x{math.sqrt(4):.0f} articles -> about x4 time), build_events' with the mentions.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
