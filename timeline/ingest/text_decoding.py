"""Turns the bytes of a text file into a string, detecting the encoding, or says why it cannot.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; then strict UTF-8; then UTF-8 with
a handful of bad bytes (replaced, with a warning: dropping the file would lose the rest);
then Windows-1252 for Western text (a superset of Latin-1's printable characters); then
charset-normalizer's guess for other scripts (Cyrillic, Greek, CJK legacy encodings). Every
guess is named in a warning; a byte-order mark or valid UTF-8 needs none.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from timeline.ingest.document import UnreadableDocument

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1a")  # \x1a: the DOS end-of-file mark
_FEW_BAD_BYTES = 4
_MAX_CONTROL_SHARE = 0.005


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


# The characters of Unicode category Cc (C0, DEL, C1) less the allowed ones: one regex pass
# is ~50x faster than asking unicodedata about every character of every file.
_CONTROLS = re.compile("[" + "".join(
    re.escape(chr(code)) for code in (*range(0x00, 0x20), *range(0x7F, 0xA0))
    if chr(code) not in _ALLOWED_CONTROLS
) + "]")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:200_000]
    return len(_CONTROLS.findall(sample)) / len(sample)


def _checked(text: str, encoding: str, warnings: tuple[str, ...] = ()) -> DecodedText:
    if not text.strip():
        raise UnreadableDocument("no text: the file holds only blank space")
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise UnreadableDocument("binary data, not text (control characters throughout)")
    return DecodedText(text.lstrip("\ufeff"), encoding, warnings)


def _guessed_note(encoding: str) -> str:
    """A guessed encoding is said so: if the text looks wrong, the analyst knows why."""
    return f"not valid UTF-8: encoding guessed as {encoding}"


def _looks_utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0) / len(sample[0::2])
    odd_zeros = sample[1::2].count(0) / len(sample[1::2])
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> DecodedText | None:
    """UTF-8 with a few broken bytes (a cut copy, one mis-pasted character).

    Legacy 8-bit text almost never forms valid UTF-8 sequences, so valid sequences that
    outnumber the broken bytes (or a handful of broken bytes beside a few valid ones)
    mean UTF-8; dropping the file would lose all the rest.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) >= 0x80 and ch != "\ufffd")
    if valid == 0 or bad > max(_FEW_BAD_BYTES, valid):
        return None
    noun = "byte" if bad == 1 else "bytes"
    return DecodedText(text, "utf-8", (f"{bad} invalid UTF-8 {noun} replaced with �",))


def _western(data: bytes) -> DecodedText | None:
    """Windows-1252 when the non-ASCII letters are the minority a Western language has."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        encoding = "latin-1"
    else:
        encoding = "windows-1252"
    letters = [ch for ch in text[:200_000] if ch.isalpha()]
    if not letters:
        return DecodedText(text, encoding, (_guessed_note(encoding),))
    foreign = sum(1 for ch in letters if ord(ch) >= 0x80)
    if foreign / len(letters) > 0.3:
        return None  # most letters non-ASCII: Cyrillic, Greek or CJK bytes read as Latin
    return DecodedText(text, encoding, (_guessed_note(encoding),))


def _guessed(data: bytes) -> DecodedText | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        return None
    try:
        return DecodedText(
            data.decode(best.encoding), best.encoding, (_guessed_note(best.encoding),)
        )
    except (UnicodeDecodeError, LookupError):
        return None


class EncodingNeedsGuess(Exception):
    """Only charset-normalizer could read these bytes, and the caller asked not to run it here."""


def decode_text(data: bytes, *, guess_encoding: bool = True) -> DecodedText:
    """`guess_encoding=False`: raise EncodingNeedsGuess rather than run charset-normalizer (a
    library, run only where a reader process contains it; the other steps are this module's)."""
    if not data:
        raise UnreadableDocument("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), encoding)
            except UnicodeDecodeError as error:
                raise UnreadableDocument(
                    f"invalid {encoding.upper()} text at byte {error.start}"
                ) from None
    if b"\x00" in data:
        utf16 = _looks_utf16_without_bom(data)
        if utf16 is None:
            raise UnreadableDocument("binary data, not text (contains NUL bytes)")
        try:
            return _checked(data.decode(utf16), utf16, (_guessed_note(utf16),))
        except UnicodeDecodeError:
            raise UnreadableDocument("binary data, not text (contains NUL bytes)") from None
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for attempt in (_mostly_utf8, _western, _guessed):
        if attempt is _guessed and not guess_encoding:
            raise EncodingNeedsGuess
        decoded = attempt(data)
        if decoded is not None:
            return _checked(decoded.text, decoded.encoding, decoded.warnings)
    raise UnreadableDocument("not text in any known encoding")
