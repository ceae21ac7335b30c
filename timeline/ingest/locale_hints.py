"""What a file declares of its language or place, cleaned, and the one hint the extractor is given.

The extractor reads "05/06/2024" day or month first from the document's own dates, then
from a hint of its language or place (extract.locale_evidence). Files declare that in
several ways: an HTML page's `lang`, its Content-Language, `og:locale`, its canonical
address; an e-mail's Content-Language header; a Word document's language; the analyst's
manifest. Every value comes from an untrusted file, so only a well-formed language tag
("en-GB", "en_GB") or the scheme and host of a web address is kept, never free text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from timeline.extract.locale_evidence import hint_habit

# BCP 47 allows 8-letter subtags; 35 characters is the longest tag registries advise keeping.
MAX_TAG_CHARS = 35
MAX_HOST_CHARS = 253  # the longest DNS name
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+")


def language_tag(value: object) -> str | None:
    """The first language of a declaration ("en-GB", "en_GB", "de, en": "de"), or None."""
    if not isinstance(value, str):
        return None
    first = value[:200].split(",", 1)[0].split(";", 1)[0].strip()
    if len(first) > MAX_TAG_CHARS or _LANGUAGE_TAG.fullmatch(first) is None:
        return None
    return first


def web_address(value: object) -> str | None:
    """The scheme and host of an http(s) address ("https://www.example.co.uk"), or None."""
    if not isinstance(value, str) or len(value) > 8192:
        return None
    try:
        parts = urlsplit(value.strip())
        host = parts.hostname
    except ValueError:  # a malformed address (a bad port, brackets)
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    if len(host) > MAX_HOST_CHARS or _HOST.fullmatch(host) is None:
        return None
    return f"{parts.scheme.lower()}://{host.lower()}"


def locale_hint(value: object) -> str | None:
    """A declared value as a hint: a language tag, else a web address, else None."""
    return language_tag(value) or web_address(value)


def choose_locale_hint(hints: Iterable[str | None]) -> str | None:
    """The first hint, most trusted first, that says which comes first in a numeric date;
    else the first hint at all (kept for the record: "en" tells nothing of the order)."""
    present = [hint for hint in hints if hint]
    for hint in present:
        if hint_habit(hint) is not None:
            return hint
    return present[0] if present else None
