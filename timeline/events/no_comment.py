"""Reporting boilerplate: a source that would not speak ("BP declined to comment", "did not respond to
requests for comment", "could not be reached"). It says how the reporter fared, not what happened."""

from __future__ import annotations

import re

_NO_COMMENT = re.compile(
    r"\b(?:declin|refus)(?:es|ed|e|ing)\s+(?:immediately\s+)?to\s+comment\b"
    r"|\b(?:respond|repl[iy]|answer)\w*\s+(?:\w+\s+){0,3}?to\s+(?:\w+\s+)?requests?\s+for\s+comment\b"
    r"|\bcould(?:n['’]t|\s+not)\s+(?:immediately\s+)?be\s+reached\b"
    r"|\bdid(?:n['’]t|\s+not)\s+(?:immediately\s+)?(?:respond|return)\b[^.;:]*\b(?:calls?|messages?|e-?mails?|comment)\b"
    r"|\b(?:had|has|have)\s+no\s+(?:immediate\s+)?comment\b"
    r"|\bnot\s+(?:immediately\s+)?available\s+for\s+comment\b",
    re.IGNORECASE,
)
# "declined to comment on the plea and sentenced him": a second act joined on, which is news.
_ANOTHER_ACT = re.compile(r"\band\s+(?:then\s+|also\s+|later\s+)?[a-z]{3,}(?:ed|es)\b")


def no_comment_in(label: str) -> str | None:
    """Why a headline tells no happening because it only says that a source would not speak, or None."""
    found = _NO_COMMENT.search(label)
    if found is None or _ANOTHER_ACT.search(label, found.end()):
        return None
    return "a source not commenting, not a happening"
