"""`timeline extract`: temporal expressions of files, folders or a JSON-lines stream, as JSON or a table."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from timeline.commands.errors import require_existing
from timeline.commands.json_output import article_to_json, dumps, mention_to_json
from timeline.commands.progress import add_quiet_option, progress_bar
from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis

COMMAND_LINE_SOURCE = "command-line"


def iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="print the temporal expressions of files, folders or a JSON-lines stream",
        description=(
            "Find and resolve every temporal expression. With paths: read the files and "
            "folders (recursively), find each article's date, and print one entry per file. "
            'With --jsonl: read JSON lines {"id", "text", "date"} on standard input and '
            "write one JSON line per input line, in order, as each is done. A line may add "
            '"locale" (a language tag such as "en-GB", or the source address) to tell whether '
            '"05/06/2024" is 5 June or 6 May when its own dates do not.'

        ),
    )
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders of articles")
    add_quiet_option(parser)
    parser.add_argument(
        "--date",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="use this as every article's date, whatever the files say",
    )
    parser.add_argument(
        "--day-first",
        action="store_true",
        help="read 06/03/1998 as 6 March rather than June 3",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print a JSON list, one object per file")
    output.add_argument(
        "--jsonl",
        action="store_true",
        help="stream: JSON lines on standard input, one JSON line out per line in",
    )


def run(args: argparse.Namespace) -> int:
    _prefer_utf8_output()
    if args.jsonl:
        if args.paths or args.date is not None:
            print(
                "timeline extract: --jsonl reads standard input; give no paths and no --date "
                '(each line carries its own "date")',
                file=sys.stderr,
            )
            return 2
        return _guard_broken_pipe(lambda: run_jsonl(_binary_stdin(), sys.stdout, day_first=args.day_first))
    if not args.paths:
        print("timeline extract: give files or folders, or --jsonl", file=sys.stderr)
        return 2
    require_existing(args.paths)
    return _guard_broken_pipe(
        lambda: run_paths(
            args.paths,
            sys.stdout,
            as_json=args.json,
            date_override=args.date,
            day_first=args.day_first,
            quiet=args.quiet,
        )
    )


# --- the JSON-lines stream ----------------------------------------------------------------


class LineError(ValueError):
    """One input line cannot be processed; its output line says why."""


def run_jsonl(lines: Iterable[bytes], output: IO[str], *, day_first: bool = False) -> int:
    """Read a line, write a line, flush: memory stays that of one line, however many come."""
    from timeline.extract import extract_mentions

    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue  # blank lines separate nothing and are not inputs
        record_id: Any = None
        try:
            record = parse_jsonl_record(raw, number)
            record_id = record.get("id")
            text, article_date = text_and_date(record, number)
            locale = record_locale(record, number)
            try:
                mentions = extract_mentions(text, article_date, day_first=day_first, locale=locale)
            except Exception as error:  # an extractor bug costs this line, not the stream
                reason = f"{type(error).__name__}: {error}"
                raise LineError(f"line {number}: extraction failed ({reason})") from error
            result: dict[str, Any] = {
                "id": record_id,
                "mentions": [mention_to_json(m) for m in mentions],
            }
        except LineError as error:
            result = {"id": record_id, "error": str(error)}
        output.write(dumps(result) + "\n")
        output.flush()
    return 0


def parse_jsonl_record(raw: bytes, number: int) -> dict[str, Any]:
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as error:
        raise LineError(f"line {number}: not UTF-8 ({error.reason} at byte {error.start})") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise LineError(f"line {number}: not JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise LineError(f"line {number}: expected a JSON object, got {type(record).__name__}")
    return record


def text_and_date(record: dict[str, Any], number: int) -> tuple[str, date | None]:
    text = record.get("text")
    if not isinstance(text, str):
        raise LineError(f'line {number}: "text" must be a string')
    raw_date = record.get("date")
    if raw_date is None:
        return text, None
    if not isinstance(raw_date, str):
        raise LineError(f'line {number}: "date" must be "YYYY-MM-DD" or null')
    try:
        return text, date.fromisoformat(raw_date)
    except ValueError:
        message = f'"date" must be "YYYY-MM-DD" or null, not {raw_date!r}'
        raise LineError(f"line {number}: {message}") from None


MAX_LOCALE_CHARS = 300  # a language tag or a web address; longer is not one


def record_locale(record: dict[str, Any], number: int) -> str | None:
    """The line's "locale": a language tag ("en-GB") or the source address, or None."""
    raw = record.get("locale")
    if raw is None:
        return None
    if not isinstance(raw, str) or len(raw) > MAX_LOCALE_CHARS:
        raise LineError(f'line {number}: "locale" must be a language tag such as "en-GB", an address, or null')
    return raw.strip() or None


# --- files and folders --------------------------------------------------------------------


def run_paths(
    paths: Sequence[Path],
    output: IO[str],
    *,
    as_json: bool,
    date_override: date | None = None,
    day_first: bool = False,
    quiet: bool = False,
) -> int:
    with progress_bar("Reading", quiet=quiet) as progress:
        analyses = analyse_paths(paths, date_override=date_override, day_first=day_first, on_progress=progress)
    if as_json:
        write_json_list((article_to_json(a.article, a.mentions) for a in analyses), output)
    else:
        for analysis in analyses:
            output.write(format_article(analysis))
        output.flush()
    if not analyses:
        print("timeline extract: no files found", file=sys.stderr)
    return 0 if any(a.article.is_readable for a in analyses) else 1


def analyse_paths(
    paths: Sequence[Path], *, date_override: date | None = None, day_first: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[ArticleAnalysis]:
    # Files read and extracted on every core; no events are built, extraction needs none.
    from timeline.analysis.free_cores import cpu_times
    from timeline.analysis.pool import ReadOptions, analyse_files
    from timeline.ingest import planned_reads

    # A missing path still gets an entry, so the output accounts for every argument.
    missing = [path for path in paths if not path.exists()]
    present = [path for path in paths if path.exists()]
    cpu_since = cpu_times()  # sizes the pool by the processors free while the files are listed
    planned = planned_reads(present) if present else []
    options = ReadOptions(day_first, (date_override, COMMAND_LINE_SOURCE) if date_override is not None else None,
                          mentions_only=True)  # no events are built
    done = 0

    def counted(_position: int, _analysis: ArticleAnalysis) -> None:
        nonlocal done
        done += 1
        if on_progress is not None:
            on_progress(done, len(planned))

    analyses = analyse_files(planned, options=options, on_result=counted, cpu_since=cpu_since)
    return [*(_missing_analysis(path) for path in missing), *analyses]


def _missing_analysis(path: Path) -> ArticleAnalysis:
    article = Article(
        article_id=str(path),
        path=str(path),
        title=path.name,
        text="",
        date=None,
        date_source=None,
        error="no such file or folder",
    )
    return ArticleAnalysis(article, ())


def write_json_list(items: Iterable[dict[str, Any]], output: IO[str]) -> None:
    """A JSON list written item by item, so a big corpus is never one string in memory.

    One article per line: still one JSON document, and easy to grep or page through.
    """
    output.write("[")
    written = False
    for item in items:
        output.write(",\n" if written else "\n")
        output.write(dumps(item))
        written = True
    output.write("\n]\n" if written else "]\n")
    output.flush()


def format_article(analysis: ArticleAnalysis) -> str:
    """A readable block: the file, its date and where that came from, then one row per mention."""
    from timeline.ingest.discovery import shown_name

    article = analysis.article
    dated = (
        f"{article.date.isoformat()} ({article.date_source or 'unknown source'})"
        if article.date is not None
        else "undated"
    )
    lines = [f"{shown_name(article.path)}  |  {dated}  |  {article.title}"]
    lines.extend(f"  warning: {warning}" for warning in article.warnings)
    if article.error is not None:
        lines.append(f"  error: {article.error}")
    elif not analysis.mentions:
        lines.append("  no temporal expressions")
    for mention in analysis.mentions:
        surface = " ".join(mention.text.split())
        lines.append(
            f"  {mention.start:>7}-{mention.end:<7} {mention.timex_type.value:<9}"
            f"{mention.value:<20} {surface!r:<32} {mention.explanation or mention.rule}"
        )
    return "\n".join(lines) + "\n\n"


# --- standard streams ---------------------------------------------------------------------


def _prefer_utf8_output() -> None:
    # JSON and article text are Unicode; a legacy console code page must not make the
    # output fail halfway (lone surrogates are escaped by json_output.dumps already).
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
        reconfigure(encoding="utf-8")


def _binary_stdin() -> Iterable[bytes]:
    """Standard input as raw lines: each is decoded on its own, so bad bytes cost one line."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    return (line.encode("utf-8", "surrogatepass") for line in sys.stdin)


def _guard_broken_pipe(action: Callable[[], int]) -> int:
    """`timeline extract --jsonl | head` stops quietly when the reader goes away."""
    try:
        return action()
    except BrokenPipeError:
        # Python would complain again when flushing stdout at exit; point it at nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
