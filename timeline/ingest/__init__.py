"""Reads documents into Articles: text, title, and the publication date with its evidence.

Public entry points: ``load_paths`` (files and folders), ``read_document`` (one file),
``article_from_text`` and ``article_from_html`` (pasted text). No Qt here; the window and
the CLI both call these.

What is read (one reader per format in ``timeline.ingest.formats``)
    ``.txt``/``.md`` (UTF-8, UTF-16/32 with a BOM, Windows-1252, Latin-1, other legacy
    encodings detected), ``.html``/``.htm`` (main text by trafilatura; date by htmldate with
    evidence from the page's tags), ``.eml`` (subject, Date header, plain or HTML body),
    ``.pdf`` (pypdf text layer with its whitespace normalised, /Title, /CreationDate),
    ``.docx`` (python-docx text and core properties). Every file found gives one Article;
    a file that cannot be read gives an Article whose ``error`` is a one-line reason, and
    the others still load. Each file a parser library reads is read in a reader process
    with a hard memory and time limit (``timeline.ingest.reader_process``,
    ``timeline.ingest.limits``); plain text, which runs none, is read in the calling process
    within the same size limit (``reading.read_plain_text_here``); nothing
    is fetched from the network, no external entity is expanded, and a link met inside a
    folder is listed but not followed (a file named directly is read even if a link).

Which files
    Folders are walked recursively without following folder links; files come in a stable
    order (by relative path, case-folded). An article's id is its path relative to the
    folder given (its file name when given directly). Skipped: hidden files and folders
    (``.name``, Office ``~$`` lock files), system files (``Thumbs.db``, ``desktop.ini``),
    the resource folder a browser saves beside a page (``NAME_files`` next to
    ``NAME.html``) and the declaration files below.

Declared metadata (see ``timeline.ingest.manifest``)
    A folder's ``manifest.toml`` (``[[article]]`` tables with ``file``, ``date``, ``title``,
    ``outlet``, ``locale``, ``url``; a top-level ``locale`` for the whole folder) and per-file
    sidecars ``NAME.meta.toml`` / ``NAME.meta.json`` (NAME: the file's full name or its stem)
    give the most trusted date, the title, the outlet and the language or place.

Locale hint (see ``timeline.ingest.locale_hints``)
    What the file declares of its language or place (an HTML page's ``lang``,
    Content-Language, ``og:locale``, canonical address; an e-mail's Content-Language; a
    Word document's language), the analyst's declaration first, becomes
    ``Article.locale_hint``: the extractor's evidence for reading "05/06/2024" day or month
    first when the document's own dates do not settle it.

The article date (see ``timeline.ingest.date_evidence``)
    Candidates, most trusted first: sidecar, manifest, the document's own metadata (HTML
    tags and htmldate, e-mail Date header), a byline or wire dateline in the text, a lone
    date line at the top, last the PDF/DOCX properties (usually the day the file was made,
    not the report). The most trusted wins; each disagreeing
    candidate is named in a warning; ``Article.candidates`` lists them all, best first.
    Date lines, bylines and datelines become ``metadata_spans`` so they are not reported
    as events. The file's modification time is never used, nothing is resolved against
    the clock, and a day is never guessed from a month or a year alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from timeline.domain.article import Article
from timeline.ingest.discovery import FoundFile, discover, shown_name
from timeline.ingest.document import normalise_newlines
from timeline.ingest.limits import MAX_PASTED_CHARS
from timeline.ingest.manifest import Declaration, Manifest, merge, path_key, read_manifest, read_sidecar
from timeline.ingest.reading import StopRequested, build_article, one_line
from timeline.ingest.safe_reading import read_article

CancelCheck = Callable[[], bool]
ProgressCallback = Callable[[int, int], None]


class _Manifests:
    """Each folder's manifest read once per load; the nearest manifest's entry wins."""

    def __init__(self) -> None:
        self._folders: dict[str, Manifest] = {}

    def _folder(self, folder: Path) -> Manifest:
        key = path_key(folder)
        if key not in self._folders:
            self._folders[key] = read_manifest(folder)
        return self._folders[key]

    def declaration(self, path: Path, root: Path) -> Declaration | None:
        key = path_key(path)
        folder = path.parent
        root_key = path_key(root)
        problems: tuple[str, ...] = ()
        folder_locale: str | None = None  # the nearest manifest's that gives one
        entry: Declaration | None = None
        while True:
            manifest = self._folder(folder)
            if entry is None:
                problems = problems or manifest.problems
            folder_locale = folder_locale or manifest.folder_locale
            if entry is None and key in manifest.entries:
                entry = manifest.entries[key]
                if folder_locale is not None:
                    break
            if path_key(folder) == root_key or folder.parent == folder:
                break
            folder = folder.parent
        folder_hints = (folder_locale,) if folder_locale else ()
        if entry is not None:
            hints = tuple(dict.fromkeys(entry.locale_hints + folder_hints))
            return replace(entry, warnings=problems + entry.warnings, locale_hints=hints)
        if problems or folder_hints:
            return Declaration(warnings=problems, locale_hints=folder_hints)
        return None


LINK_NOT_FOLLOWED = "a link to another file, not followed inside a folder (open it directly to read it)"


def _declaration(found: FoundFile, manifests: _Manifests) -> Declaration | None:
    """What the folder says about the file; a failure reading that is a warning, never the load's."""
    if found.is_link:
        # A link inside a folder can lead anywhere (a private file, a device): not read,
        # and neither are the manifests and sidecars it would bring.
        return Declaration(refused=LINK_NOT_FOLLOWED)
    try:
        return merge(manifests.declaration(found.path, found.root), read_sidecar(found.path))
    except Exception as error:  # a bug met on one file's declarations must not cost the others
        reason = f"its declarations could not be read: {type(error).__name__}: {error}"
        return Declaration(warnings=(one_line(reason),))


def load_paths(
    paths: Sequence[str | Path],
    *,
    should_cancel: CancelCheck | None = None,
    on_progress: ProgressCallback | None = None,
) -> list[Article]:
    """Every file under the paths as an Article. When cancelled (checked between files and
    while a slow file is read), returns the articles finished so far."""
    found = discover(paths)
    manifests = _Manifests()
    articles: list[Article] = []
    for index, item in enumerate(found):
        if should_cancel is not None and should_cancel():
            break
        try:
            declaration = _declaration(item, manifests)
            articles.append(read_article(item.path, item.article_id, declaration, should_cancel))
        except StopRequested:
            break
        if on_progress is not None:
            on_progress(index + 1, len(found))
    return articles


def planned_reads(paths: Sequence[str | Path]) -> list[tuple[Path, str, Declaration | None]]:
    """Every file under the paths, in load order, with its id and what its folder declares
    about it: what a pool of worker processes needs to read each file on its own."""
    manifests = _Manifests()
    return [(item.path, item.article_id, _declaration(item, manifests)) for item in discover(paths)]


def read_document(path: Path) -> Article:
    """One file, with its folder's manifest entry and its sidecar; its id is its file name."""
    path = Path(path)
    found = FoundFile(path, shown_name(path.name), path.parent)
    return read_article(path, found.article_id, _declaration(found, _Manifests()))


def article_from_text(text: str, *, article_id: str, title: str | None = None) -> Article:
    """Pasted text as an article: datelines and bylines in it still give its date."""
    text = normalise_newlines(text).lstrip("\ufeff")
    warnings: tuple[str, ...] = ()
    if len(text) > MAX_PASTED_CHARS:
        warnings = (f"pasted text cut to its first {MAX_PASTED_CHARS:,} characters",)
        text = text[:MAX_PASTED_CHARS]
    article = build_article(
        article_id=article_id,
        path="",
        text=text,
        title=title.strip() if title and title.strip() else None,
        warnings=warnings,
        fallback_title="Pasted text",
    )
    if not text.strip():
        return replace(article, error="the pasted text is empty")
    return article


def article_from_html(html: str, *, article_id: str, title: str | None = None) -> Article:
    """Pasted HTML (a browser selection with no plain-text copy): its main or visible text."""
    from timeline.ingest.document import UnreadableDocument
    from timeline.ingest.formats.html_locale import html_locale_hints
    from timeline.ingest.formats.html_page import main_text, parse_html
    from timeline.ingest.locale_hints import choose_locale_hint

    markup = html if "<html" in html[:2000].lower() else f"<html><body><div>{html}</div></body></html>"
    try:
        tree = parse_html(markup[:MAX_PASTED_CHARS])
        locale_hint = choose_locale_hint(html_locale_hints(tree))
        page = main_text(tree, markup)
    except UnreadableDocument as error:
        return replace(article_from_text("", article_id=article_id, title=title), error=str(error))
    article = article_from_text(page.text, article_id=article_id, title=title or page.title)
    return replace(article, warnings=page.warnings + article.warnings, locale_hint=locale_hint)


__all__ = ["article_from_html", "article_from_text", "load_paths", "planned_reads", "read_document"]
