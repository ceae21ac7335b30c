"""Reads one file into an Article: format reader, declared metadata, datelines, date choice."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from timeline.domain.article import Article
from timeline.ingest.boilerplate import PROGRAMME_LISTING, find_boilerplate
from timeline.ingest.date_evidence import DateFinding, MonthDayHint, choose_date
from timeline.ingest.datelines import find_datelines
from timeline.ingest.discovery import shown_name
from timeline.ingest.document import DocumentContent, UnreadableDocument, normalise_newlines
from timeline.ingest.formats import reader_for, supported_suffixes
from timeline.ingest.formats.plain_text import read_plain_text_unguessed
from timeline.ingest.limits import (
    MAX_BYTES_BY_SUFFIX,
    MAX_BYTES_DEFAULT,
    MAX_TEXT_CHARS,
    MEMORY_PER_READER,
    SECONDS_PER_FILE,
    describe_size,
)
from timeline.ingest.locale_hints import choose_locale_hint
from timeline.ingest.manifest import Declaration
from timeline.ingest.text_decoding import EncodingNeedsGuess
from timeline.ingest.time_guard import StopRequested, TookTooLong, run_with_limit

MAX_TITLE_CHARS = 160


@dataclass(frozen=True, slots=True)
class _Outcome:
    content: DocumentContent | None
    error: str | None
    partial_title: str | None = None  # what an unreadable file still told
    partial_findings: tuple[DateFinding, ...] = ()


def one_line(message: str, limit: int = 300) -> str:
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _read_bytes(path: Path) -> bytes:
    suffix = path.suffix.lower()
    limit = MAX_BYTES_BY_SUFFIX.get(suffix, MAX_BYTES_DEFAULT)
    try:
        size = path.stat().st_size
        if size > limit:
            raise UnreadableDocument(
                f"too large for an article: {describe_size(size)} (limit {describe_size(limit)})"
            )
        with path.open("rb") as stream:
            data = stream.read(limit + 1)  # the file may have grown since stat
    except FileNotFoundError:
        raise UnreadableDocument("file not found") from None
    except IsADirectoryError:
        raise UnreadableDocument("is a folder, not a file") from None
    except PermissionError:
        raise UnreadableDocument("permission denied") from None
    except OSError as error:
        raise UnreadableDocument(f"could not read the file: {error.strerror or error}") from None
    if len(data) > limit:
        raise UnreadableDocument(f"too large for an article (over {describe_size(limit)})")
    return data


def read_content(path: Path) -> DocumentContent:
    """The format reader's result; raises UnreadableDocument with the reason."""
    reader = reader_for(path)
    if reader is None:
        kind = f"'{path.suffix}'" if path.suffix else "without an extension"
        raise UnreadableDocument(
            f"unsupported file type {kind} (reads {', '.join(supported_suffixes())})"
        )
    return reader(_read_bytes(path), path)


def _outcome(path: Path, should_stop: Callable[[], bool] | None, *, guarded: bool = True,
             content: Callable[[Path], DocumentContent] | None = None) -> _Outcome:
    """Raises StopRequested when asked to stop mid-file; any other failure is the outcome.

    `guarded`: read in a thread given up after SECONDS_PER_FILE (in-process reading);
    a reader process reads unguarded, its parent kills it when the time is up.
    `content`: the format reader to use, by default the one the path's suffix names.
    """
    content = content or read_content
    try:
        if not guarded:
            return _Outcome(content(path), None)
        work = partial(content, path)
        return _Outcome(run_with_limit(work, SECONDS_PER_FILE, should_stop), None)
    except (StopRequested, EncodingNeedsGuess):
        raise
    except TookTooLong:
        return _Outcome(None, f"gave up after {SECONDS_PER_FILE:.0f} s: the file is too slow to read")
    except UnreadableDocument as error:
        return _Outcome(None, one_line(str(error)), error.title, error.findings)
    except MemoryError:
        return _Outcome(None, f"too large to read: it needs more than {describe_size(MEMORY_PER_READER)} of memory")
    except RecursionError:
        return _Outcome(None, "structure nested too deeply to read")
    except Exception as error:  # a library's bug on a damaged file must not stop the load
        return _Outcome(None, one_line(f"could not read: {type(error).__name__}: {error}"))


def _first_line_title(text: str, metadata_spans: tuple[tuple[int, int], ...]) -> str | None:
    """The first line with words outside the metadata spans (a dateline prefix is cut off)."""
    position = 0
    for line in text[:20_000].split("\n"):
        end = position + len(line)
        kept = list(line)
        for start, stop in metadata_spans:
            for index in range(max(start, position), min(stop, end)):
                kept[index - position] = " "
        stripped = " ".join("".join(kept).split()).lstrip("#•*-–—|: ").strip()
        if any(ch.isalnum() for ch in stripped):
            if len(stripped) > MAX_TITLE_CHARS:
                return stripped[: MAX_TITLE_CHARS - 1] + "…"
            return stripped
        position = end + 1
    return None


# "Cheney s press secretary", "the world s biggest": an apostrophe the page's encoding lost;
# restored, the owner's noun reads as one (a lone "s" is no English word). The pattern opens
# with the blank, "s" and blank it replaces and looks back at the two letters before them
# after: the engine finds that opening as a string search, where a look-behind up front was
# tried at every character of the text (0.24 s over bpoil's 1,460 articles; now 0.015 s).
_LOST_APOSTROPHE = re.compile(r" s (?<=[A-Za-z]{2} s )(?=[A-Za-z])")


def build_article(
    *,
    article_id: str,
    path: str,
    text: str,
    title: str | None,
    findings: tuple[DateFinding, ...] = (),
    warnings: tuple[str, ...] = (),
    outlet: str | None = None,
    fallback_title: str = "",
    locale_hints: tuple[str, ...] = (),
) -> Article:
    """Datelines, the date choice and the title, shared by files and pasted text.
    `locale_hints`: what is declared of its language or place, most trusted first."""
    # One spelling per character (saved pages mix "ü" with "u" + combining diaeresis), so
    # searches, month names and mention offsets all see the same text.
    text = _LOST_APOSTROPHE.sub("'s ", unicodedata.normalize("NFC", text))
    if len(text) > MAX_TEXT_CHARS:
        warnings += (f"text cut to its first {MAX_TEXT_CHARS:,} characters",)
        text = text[:MAX_TEXT_CHARS]
    datelines = find_datelines(text)
    choice = choose_date(findings + datelines.findings, datelines.hints)
    boilerplate = find_boilerplate(text)
    if boilerplate and boilerplate[0] == (0, len(text), PROGRAMME_LISTING):
        warnings += ("a programme listing: none of its dates is drawn as an event",)
    # a share widget or a byline above the headline is no title either
    skipped = datelines.metadata_spans + tuple((start, end) for start, end, _ in boilerplate)
    chosen_title = title or _first_line_title(text, skipped) or fallback_title
    return Article(
        article_id=article_id,
        path=path,
        title=chosen_title,
        text=text,
        date=choice.value,
        date_source=choice.source,
        candidates=choice.candidates,
        warnings=warnings + choice.warnings,
        outlet=outlet,
        metadata_spans=datelines.metadata_spans,
        boilerplate_spans=boilerplate,
        locale_hint=choose_locale_hint(locale_hints),
    )


def failed_article(path: Path, article_id: str, reason: str) -> Article:
    """A file that gives no article: its name and the one-line reason, so the list shows it."""
    return Article(
        article_id=article_id,
        path=str(path),
        title=shown_name(path.name),
        text="",
        date=None,
        date_source=None,
        error=one_line(reason),
    )


def read_article_in_process(
    path: Path,
    article_id: str,
    declaration: Declaration | None,
    should_stop: Callable[[], bool] | None = None,
) -> Article:
    """One file read in this process; the time guard abandons a slow file but cannot stop
    it (where no reader process can start)."""
    return _article(path, article_id, declaration, _outcome(path, should_stop))


def read_article_here(path: Path, article_id: str, declaration: Declaration | None) -> Article:
    """One file as an Article, read in this process with no time guard: what a reader
    process runs (its parent enforces the time limit by killing it)."""
    return _article(path, article_id, declaration, _outcome(path, None, guarded=False))


PLAIN_TEXT_SUFFIXES = frozenset({".txt", ".md"})


def _plain_text_content(path: Path) -> DocumentContent:
    return read_plain_text_unguessed(_read_bytes(path), path)


def read_plain_text_here(path: Path, article_id: str, declaration: Declaration | None) -> Article | None:
    """A .txt or .md file read in this process, or None when it needs a reader process.

    The reader process contains third-party parsers (lxml, pypdf, ...); reading plain text
    runs none of them, only this package's own decoding and the dateline and boilerplate
    rules that extraction then runs here anyway, on text capped by MAX_BYTES_BY_SUFFIX.
    Sending it through a reader costs a process and two copies of the text per file
    (about a fifth of a load on 2 cores). The one library plain text may need,
    charset-normalizer's guess at a legacy encoding, still runs in the reader: None.
    """
    if path.suffix.lower() not in PLAIN_TEXT_SUFFIXES:
        return None
    try:
        outcome = _outcome(path, None, guarded=False, content=_plain_text_content)
    except EncodingNeedsGuess:
        return None
    return _article(path, article_id, declaration, outcome)


def _article(path: Path, article_id: str, declaration: Declaration | None, outcome: _Outcome) -> Article:
    declared = declaration or Declaration()
    if outcome.content is None:
        choice = choose_date(declared.dates + outcome.partial_findings)
        return Article(
            article_id=article_id,
            path=str(path),
            title=declared.title or outcome.partial_title or shown_name(path.name),
            text="",
            date=choice.value,
            date_source=choice.source,
            candidates=choice.candidates,
            warnings=declared.warnings + choice.warnings,
            error=outcome.error,
            outlet=declared.outlet,
            locale_hint=choose_locale_hint(declared.locale_hints),
        )
    content = outcome.content
    return build_article(
        article_id=article_id,
        path=str(path),
        text=normalise_newlines(content.text),
        title=declared.title or content.title,
        findings=declared.dates + content.findings,
        warnings=declared.warnings + content.warnings,
        outlet=declared.outlet or content.outlet,
        fallback_title=shown_name(path.stem),
        # The analyst's declaration first: it may correct what a page template claims.
        locale_hints=declared.locale_hints + content.locale_hints,
    )


__all__ = [
    "MonthDayHint",
    "StopRequested",
    "build_article",
    "failed_article",
    "read_article_here",
    "read_article_in_process",
    "read_content",
    "read_plain_text_here",
]
