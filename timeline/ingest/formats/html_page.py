"""Reads saved web pages (.html/.htm): the article's main text via trafilatura, title, outlet, dates.

trafilatura scores best among open main-text extractors on article benchmarks and keeps
the article while dropping menus, adverts and comments; it is run on a tree we parsed,
with no URL, so nothing is fetched. When it finds no main text, the page's visible text
(without scripts, styles, navigation, headers, footers and forms) is used instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from lxml import html as lxml_html
from lxml.html import HtmlElement

from timeline.ingest.document import DocumentContent, UnreadableDocument, normalise_newlines
from timeline.ingest.formats.html_dates import html_date_findings
from timeline.ingest.formats.html_locale import html_locale_hints
from timeline.ingest.text_decoding import decode_text

if TYPE_CHECKING:
    from trafilatura.settings import Document  # trafilatura is imported late: its start-up cost

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_INVISIBLE = (
    "script", "style", "noscript", "template", "svg", "math", "head", "nav", "header", "footer",
    "aside", "form", "iframe", "object", "embed", "button", "select", "textarea",
)
# trafilatura's cost grows faster than linearly with the element count; a news page has a
# few thousand elements, so beyond this the page is read as plain visible text instead.
MAX_ELEMENTS_FOR_MAIN_TEXT = 30_000
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
_BLOCKS = frozenset(
    ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "blockquote",
     "pre", "article", "section", "dd", "dt", "figcaption", "table", "ul", "ol")
)


# Labels pages declare, read as browsers read them (the WHATWG Encoding Standard): a page
# saying ISO-8859-1 is decoded as Windows-1252, GB2312 as GB18030, and so on.
_BROWSER_ENCODINGS = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "iso-8859-9": "cp1254",
    "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "sjis": "cp932",
    "euc-kr": "cp949", "big5": "big5hkscs", "tis-620": "cp874", "iso-8859-11": "cp874",
}


def decode_html(data: bytes) -> tuple[str, tuple[str, ...]]:
    """The page as text: a byte-order mark, then the declared charset, then detection."""
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared is not None and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = declared.group(1).decode("ascii").lower()
        name = _BROWSER_ENCODINGS.get(name, name)
        try:
            return data.decode(name), ()
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; detection does better
    decoded = decode_text(data)
    return decoded.text, decoded.warnings


def parse_html(text: str) -> HtmlElement:
    """An lxml tree: no network, no DTD, no entity expansion beyond HTML's own."""
    from trafilatura.utils import load_html

    tree = load_html(text)
    if tree is None:
        raise UnreadableDocument("not an HTML page (could not parse it)")
    return tree


def _visible_text(tree: HtmlElement) -> str:
    """Fallback: every visible block of the page, one per line."""
    copy = lxml_html.fromstring(lxml_html.tostring(tree))
    for element in list(copy.iter(*_INVISIBLE)):
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()
    for element in copy.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in copy.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True, slots=True)
class PageText:
    text: str
    title: str | None
    outlet: str | None
    warnings: tuple[str, ...]
    oversized: bool = False  # too many elements for the main-text extractor


def _markup_text_estimate(html: str) -> int:
    """Letters left when tags, scripts and styles are cut out by pattern (no parser limits)."""
    return sum(1 for ch in _TAG.sub(" ", html[:30_000_000]) if ch.isalnum())


def main_text(tree: HtmlElement, html: str = "") -> PageText:
    """The main text, title and outlet of a page tree; raises when it has no text."""
    import trafilatura

    warnings: tuple[str, ...] = ()
    elements = sum(1 for _ in tree.iter())
    document: Document | None = None
    if elements <= MAX_ELEMENTS_FOR_MAIN_TEXT:
        # Typed for both shapes; without as_dict=True it returns a Document (or None).
        document = cast("Document | None", trafilatura.bare_extraction(
            tree,
            include_comments=False,  # readers' comments are not the report
            include_tables=True,
            with_metadata=True,
            # The date is chosen separately (html_dates); keep trafilatura's own pass cheap.
            date_extraction_params={"extensive_search": False, "original_date": True},
        ))
    else:
        warnings = (f"page too large for main-text extraction ({elements:,} elements); "
                    "read all its visible text",)
    text = normalise_newlines(document.text or "").strip() if document is not None else ""
    title = (document.title or None) if document is not None else None
    outlet = (document.sitename or None) if document is not None else None
    if not text:
        text = _visible_text(tree)
        if text and not warnings:
            warnings = ("no main article text found; read all visible text of the page",)
    if not text:
        if html and _markup_text_estimate(html) > 200:
            raise UnreadableDocument(
                "the page's structure is beyond the HTML parser's limits "
                "(nested too deeply or one text block too long)"
            )
        raise UnreadableDocument("no readable text in the page (only scripts, styles or markup)")
    if title is None:
        title_element = tree.find(".//title")
        if title_element is not None and (title_element.text or "").strip():
            title = " ".join(title_element.text.split())
    oversized = elements > MAX_ELEMENTS_FOR_MAIN_TEXT
    return PageText(text, title, outlet, warnings, oversized)


def read_html(data: bytes, path: Path) -> DocumentContent:
    html, decode_warnings = decode_html(data)
    tree = parse_html(html)
    locale_hints = html_locale_hints(tree)  # before the main-text pass, which may prune the tree
    try:
        page = main_text(tree, html)
    except UnreadableDocument as error:
        # No text, but the page's own date and title still tell the analyst which one failed.
        title = tree.findtext(".//title")
        raise UnreadableDocument(
            str(error),
            title=" ".join(title.split()) or None if title else None,
            findings=html_date_findings(tree, html, extensive=False),
        ) from None
    return DocumentContent(
        page.text,
        title=page.title,
        findings=html_date_findings(tree, html, extensive=not page.oversized),
        warnings=decode_warnings + page.warnings,
        outlet=page.outlet,
        locale_hints=locale_hints,
    )
