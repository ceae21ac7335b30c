"""Tidies the whitespace of text taken from a PDF's text layer so it reads like typed text.

pypdf returns what the page's drawing commands imply: tabs or odd Unicode spaces between
words (Qt's PDF writer places every word separately), typographic ligatures (ﬁ, ﬃ), spaces at
line ends and words broken by a hyphen at a line end. Datelines, month names and mention
offsets need '10 August 2022', not '10\tAugust\t2022'. Line and paragraph breaks are kept.
"""

from __future__ import annotations

import re

# Presentation forms a PDF font uses for letter pairs; searching needs the letters.
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
# Tabs and every Unicode space except the line break; soft hyphens and zero-width marks go.
_SPACES = re.compile(r"[^\S\n]+")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_BLANK_LINES = re.compile(r"\n{3,}")
# "chair-\nman": letters, a hyphen at the line end, letters next (lower case: checked).
_BROKEN_WORD = re.compile(r"(?P<head>[^\W\d_]+)-\n(?P<tail>[^\W\d_]+)")
# First parts that usually start a real compound ("well-known", "self-styled"), so the
# hyphen stays when the document itself does not settle it.
_COMPOUND_HEADS = frozenset(("all", "anti", "cross", "ex", "half", "non", "self", "well"))


def _join_broken_words(text: str) -> str:
    """Rejoin words split at a line end; keep the hyphen when it belongs to the word.

    The document decides when it can: a joined spelling used elsewhere drops the hyphen, a
    hyphenated one keeps it. Otherwise a capitalised first part ("Russian-backed") or a
    common compound head keeps the hyphen, and anything else is taken as a syllable break.
    """
    lowered = text.lower()

    def join(match: re.Match[str]) -> str:
        head, tail = match["head"], match["tail"]
        if not tail[0].islower():  # "Anglo-\nFrench", a list, a new sentence: keep the break
            return match.group(0)
        joined, hyphenated = f"{head}{tail}".lower(), f"{head}-{tail}".lower()
        if re.search(rf"(?<![^\W\d_]){re.escape(joined)}(?![^\W\d_])", lowered):
            return f"{head}{tail}"
        if hyphenated in lowered or head[0].isupper() or head.lower() in _COMPOUND_HEADS:
            return f"{head}-{tail}"
        return f"{head}{tail}"

    return _BROKEN_WORD.sub(join, text)


def tidy_pdf_text(text: str) -> str:
    text = text.translate(_LIGATURES).replace("\u00ad\n", "")  # a soft hyphen only shows at a break
    text = _INVISIBLE.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines))
    return _join_broken_words(text).strip()
