"""What a web page declares of its language and address: its locale hints, most telling first.

Read from the parsed tree only (nothing is fetched): the `lang` of the root element, a
Content-Language given in a meta tag, `og:locale`, then the canonical address and
`og:url`. Each value is cleaned by ingest.locale_hints; a page may declare none.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from timeline.ingest.locale_hints import language_tag, web_address

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_HEAD_ELEMENTS = 2_000  # a head has tens; past this the rest is not looked at


def html_locale_hints(tree: HtmlElement) -> tuple[str, ...]:
    """The page's declared language tags, then its addresses, each cleaned; duplicates once."""
    root = tree.getroottree().getroot()
    # the HTML parser keeps "xml:lang" as written; an XHTML tree has it namespaced
    languages = [root.get("lang"), root.get("xml:lang"), root.get(_XML_LANG)]
    addresses: list[str | None] = []
    og_locale: list[str | None] = []
    for count, element in enumerate(root.iter("meta", "link")):
        if count >= MAX_HEAD_ELEMENTS:
            break
        if element.tag == "meta":
            equiv = (element.get("http-equiv") or "").strip().lower()
            kind = (element.get("property") or element.get("name") or "").strip().lower()
            if equiv == "content-language" or kind in ("content-language", "language", "dc.language"):
                languages.append(element.get("content"))
            elif kind == "og:locale":
                og_locale.append(element.get("content"))
            elif kind == "og:url":
                addresses.append(element.get("content"))
        elif "canonical" in (element.get("rel") or "").lower().split():
            addresses.insert(0, element.get("href"))
    found = [language_tag(value) for value in languages + og_locale]
    found += [web_address(value) for value in addresses]
    return tuple(dict.fromkeys(hint for hint in found if hint))
