"""`timeline events PATH...`: the events built from files and folders, as text or JSON, with the days that matter."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import IO

from timeline.commands.errors import require_existing
from timeline.commands.indented_json import Unsupported, Written, indented
from timeline.commands.json_output import JsonObject, anchor_to_json, dumps, iso_date, mention_to_json
from timeline.commands.progress import add_quiet_option, progress_bar
from timeline.domain.article import Article
from timeline.domain.event import Event, EventMention
from timeline.domain.interval import TimeInterval
from timeline.events.event_dates import DateClaim, disputed_claims
from timeline.events.spread import Spread, in_turn
from timeline.present.calendar_text import event_date_text, interval_text


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "events",
        help="print the events found in files or folders of articles",
        description=(
            "Read the files and folders (recursively), resolve every dated mention against its "
            "article's date, and print the events they report: one per happening, with every "
            "supporting sentence, the number of distinct sources, and whether sources disagree "
            "on the date."
        ),
    )
    parser.add_argument("paths", nargs="+", type=Path, help="files or folders of articles")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    add_quiet_option(parser)
    parser.add_argument(
        "--top",
        type=_positive,
        metavar="N",
        help="only the N most important events, most important first (the story's key events; "
             "background such as history comes after the story)",
    )
    parser.add_argument(
        "--top-days",
        type=_positive,
        metavar="N",
        help="also print the N days most distinct articles report (stated dates weigh more than implied ones)",
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(args: argparse.Namespace) -> int:
    from timeline.analysis import analyses_corpus, read_files
    from timeline.analysis.cycle_collection import cycle_collection_paused
    from timeline.events import rank_days
    from timeline.ingest.discovery import shown_name

    require_existing(args.paths)
    with progress_bar("Reading", quiet=args.quiet, then="Building events") as progress:
        read = read_files(args.paths, on_progress=progress)
        corpus = analyses_corpus(read.analyses, (), read.spread).corpus
    for article in corpus.articles:
        if article.error is not None:
            print(f"timeline events: skipped {shown_name(article.path)}: {article.error}", file=sys.stderr)
    articles = {a.article_id: a for a in corpus.articles}
    days = rank_days(corpus.events)[: args.top_days] if args.top_days else None
    events = key_events(corpus.events, args.top) if args.top else corpus.events
    output = sys.stdout
    try:
        if args.json:
            with cycle_collection_paused():  # half a million dicts and lists, no cycles
                text = events_json(len(corpus.articles), events, articles, days, read.spread)
            output.write(text + "\n")
        else:
            write_text(events, articles, days, output, total=len(corpus.events))
        output.flush()
    except BrokenPipeError:  # `timeline events ... | head` is fine
        sys.stderr.close()
    return 0


def events_json(article_count: int, events: Sequence[Event], articles: Mapping[str, Article],
                days: Sequence[tuple[date, float]] | None, spread: Spread = in_turn) -> str:
    """The JSON document of the events, indented by 2. `spread` writes the events' text in
    shares (a big corpus's is tens of megabytes), maybe side by side; the text is the same."""

    def share_of(share: int, shares: int) -> str:
        part = events[share * len(events) // shares : (share + 1) * len(events) // shares]
        return ",\n    ".join(indented(event_to_json(event, articles), 2, depth=2) for event in part)

    def document(events_value: object) -> JsonObject:
        value: JsonObject = {"articles": article_count, "events": events_value}
        if days is not None:
            value["top_days"] = [{"date": day.isoformat(), "score": score} for day, score in days]
        return value

    try:
        parts = [part for part in spread(share_of) if part]
        separated = [piece for part in parts for piece in (",\n    ", part)][1:]
        written: object = Written(("[\n    ", *separated, "\n  ]")) if parts else []
        text = indented(document(written), 2)
        text.encode("utf-8")
    except (Unsupported, UnicodeEncodeError):  # what only the standard encoder writes (see dumps)
        return dumps(document([event_to_json(e, articles) for e in events]), indent=2)
    return text


def key_events(events: Sequence[Event], count: int) -> list[Event]:
    """The `count` most important events, best first: the story before its background, then
    importance, then more sources, then the earlier. Hidden events are left out."""
    shown = [e for e in events if not e.hidden]
    ranked = sorted(shown, key=lambda e: (e.background, -e.importance, -e.source_count, e.interval.start))
    return ranked[:count]


def event_to_json(event: Event, articles: Mapping[str, Article]) -> JsonObject:
    return {
        "id": event.event_id,
        "label": event.label,
        "summary": event.summary,
        "importance": round(event.importance, 6),
        "background": event.background,
        "value": event.value,
        "interval": interval_to_json(event.interval),
        "granularity": event.interval.granularity.label,
        "date_text": event_date_text(event),
        "extent": interval_to_json(event.extent) if event.extent is not None else None,
        "sources": event.source_count,
        "articles": list(event.article_ids),
        "conflict": event.conflict,
        "dates_in_dispute": [claim_to_json(claim) for claim in disputed_claims(event)],
        "implied": event.is_implied,
        "date_set_by_analyst": event.date_set_by_analyst,
        "hidden": event.hidden,
        "edited": event.edited,
        "note": event.note,
        "tags": list(event.tags),
        "mentions": [event_mention_to_json(m, articles) for m in event.mentions],
    }


def interval_to_json(interval: TimeInterval) -> list[str]:
    """Half-open [start, end) ISO datetimes, as everywhere in the JSON output."""
    return [interval.start.isoformat(), interval.end.isoformat()]


def claim_to_json(claim: DateClaim) -> JsonObject:
    """One source's date for a disputed event, and which articles give it."""
    return {
        "value": claim.value,
        "interval": interval_to_json(claim.interval),
        "granularity": claim.interval.granularity.label,
        "text": interval_text(claim.interval),
        "articles": list(claim.article_ids),
        "sources": len(claim.article_ids),
    }


def event_mention_to_json(item: EventMention, articles: Mapping[str, Article]) -> JsonObject:
    article = articles.get(item.article_id)
    return {
        "article": {
            "id": item.article_id,
            "title": article.title if article is not None else None,
            "date": iso_date(article.date) if article is not None else None,
            "path": article.path if article is not None else None,
        },
        "sentence": item.sentence,
        "phrase": item.mention.text,
        "start": item.mention.start,
        "end": item.mention.end,
        "value": item.mention.value,
        "mod": item.mention.mod,
        "implied": item.mention.is_implied,
        "anchor": anchor_to_json(item.mention.anchor),
        "mention": mention_to_json(item.mention),
    }


def write_text(
    events: Sequence[Event],
    articles: Mapping[str, Article],
    days: Sequence[tuple[object, float]] | None,
    output: IO[str],
    total: int | None = None,
) -> None:
    shown = (f"{len(events)} events" if total in (None, len(events))
             else f"the {len(events)} most important of {total} events")
    output.write(f"{shown} from {len(articles)} articles\n")
    for event in events:
        flags = [f"{event.source_count} source{'s' if event.source_count != 1 else ''}",
                 f"importance {event.importance:.2f}"]
        if event.background:
            flags.append("background")
        if event.conflict:
            claims = disputed_claims(event)
            flags.append(f"CONFLICT: sources give {event_date_text(event)}" if claims
                         else "CONFLICT: sources give different dates")
        flags.append("date implied by anchors" if event.is_implied else "date stated")
        if event.hidden:
            flags.append("hidden")
        interval = event.interval
        output.write(
            f"\n{event_date_text(event)}  {event.label}\n"
            f"  id {event.event_id} · {event.value} · {interval.granularity.label} · "
            f"[{interval.start.isoformat()}, {interval.end.isoformat()}) · {' · '.join(flags)}\n"
        )
        if event.note:
            output.write(f"  note: {event.note}\n")
        for item in event.mentions:
            output.write(_mention_text(item, articles.get(item.article_id)))
    if days is not None:
        output.write("\nDays by distinct-article support:\n")
        for day, score in days:
            output.write(f"  {day}  {score:g}\n")


def _mention_text(item: EventMention, article: Article | None) -> str:
    mention = item.mention
    title = article.title if article is not None else "(article no longer loaded)"
    published = iso_date(article.date) if article is not None and article.date else "undated"
    anchor = mention.anchor
    how = "stated" if anchor.kind.value == "none" else f"resolved against {anchor.kind.value} {anchor.value or ''}"
    sentence = " ".join(item.sentence.split())
    return (
        f"  - {item.article_id} ({published}) {title}\n"
        f"    “{mention.text}” = {mention.value} at {mention.start}-{mention.end}, {how}\n"
        f"    {sentence}\n"
    )
