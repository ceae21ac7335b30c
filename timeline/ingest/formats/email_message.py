"""Reads saved e-mails (.eml): subject as title, the Date header, the plain or HTML body."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import parseaddr
from pathlib import Path

from timeline.ingest.date_evidence import TRUST_EMAIL_HEADER, DateFinding, finding
from timeline.ingest.document import DocumentContent, UnreadableDocument, normalise_newlines
from timeline.ingest.locale_hints import language_tag
from timeline.ingest.text_decoding import decode_text

_KNOWN_HEADERS = ("from", "to", "subject", "date", "message-id", "received", "mime-version")


def _part_text(part: MIMEPart) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError, AssertionError):
        # An unknown or wrong charset: detect it from the bytes instead.
        payload = part.get_payload(decode=True)
        return decode_text(payload).text if isinstance(payload, bytes) and payload else ""
    if isinstance(content, bytes):
        return decode_text(content).text if content else ""
    return content if isinstance(content, str) else ""


def _body(message: EmailMessage) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The body's text, warnings, and the locale hints an HTML body declares."""
    from timeline.ingest.formats.html_locale import html_locale_hints
    from timeline.ingest.formats.html_page import main_text, parse_html

    plain = message.get_body(preferencelist=("plain",))
    if plain is not None:
        text = normalise_newlines(_part_text(plain)).strip()
        if text:
            return text, (), ()
    html = message.get_body(preferencelist=("html",))
    if html is not None:
        markup = _part_text(html)
        if markup.strip():
            tree = parse_html(markup)
            hints = html_locale_hints(tree)
            page = main_text(tree)
            return page.text, page.warnings, hints
    return "", (), ()


def _declared_languages(message: EmailMessage) -> tuple[str, ...]:
    """The Content-Language of the message, else of its text part (RFC 3282)."""
    parts = [message, message.get_body(preferencelist=("plain", "html"))]
    found = (language_tag(str(part.get("Content-Language", ""))) for part in parts if part is not None)
    return tuple(dict.fromkeys(tag for tag in found if tag))


def _date_finding(message: EmailMessage) -> tuple[DateFinding | None, tuple[str, ...]]:
    raw = message.get("Date")
    if raw is None:
        return None, ()
    try:
        stamp = raw.datetime  # a DateHeader under policy.default
    except AttributeError:
        stamp = None
    if stamp is None:
        return None, (f"e-mail Date header could not be read: {str(raw)[:80]}",)
    # The day as the sender wrote it: their local date, not converted to ours.
    return finding(stamp.date(), "email-header", f"Date: {raw}", TRUST_EMAIL_HEADER,
                   "e-mail Date header"), ()


def read_email(data: bytes, path: Path) -> DocumentContent:
    if not data.strip():
        raise UnreadableDocument("empty file")
    if data.startswith(b"From "):  # the separator line of an mbox export, not a header
        data = data.split(b"\n", 1)[1] if b"\n" in data else b""
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not any(key.lower() in _KNOWN_HEADERS for key in message):
        raise UnreadableDocument("not an e-mail message (no mail headers found)")
    text, warnings, body_hints = _body(message)
    if not text:
        raise UnreadableDocument("the e-mail has no readable text body")
    found, date_warnings = _date_finding(message)
    subject = " ".join(str(message.get("Subject", "")).split()) or None
    sender_name, _ = parseaddr(str(message.get("From", "")))
    return DocumentContent(
        text,
        title=subject,
        findings=(found,) if found is not None else (),
        warnings=warnings + date_warnings,
        outlet=sender_name or None,
        locale_hints=tuple(dict.fromkeys(_declared_languages(message) + body_hints)),
    )
