"""Text files in common encodings decode; junk and blank files give a one-line reason."""

from __future__ import annotations

import codecs

import pytest

from timeline.ingest.document import UnreadableDocument
from timeline.ingest.text_decoding import decode_text

SAMPLE = "Xi arrived in Moscow on Monday – “talks” continue; café, Zürich, 5 €.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16"),
        (SAMPLE.encode("utf-32"), "utf-32"),
    ],
)
def test_certain_encodings_round_trip_silently(data: bytes, encoding: str):
    decoded = decode_text(data)

    assert decoded.text == SAMPLE
    assert decoded.encoding == encoding
    assert decoded.warnings == ()


@pytest.mark.parametrize(
    ("data", "encoding"),
    [(SAMPLE.encode("utf-16-le"), "utf-16-le"), (SAMPLE.encode("cp1252"), "windows-1252")],
)
def test_guessed_encodings_round_trip_and_say_they_were_guessed(data: bytes, encoding: str):
    decoded = decode_text(data)

    assert decoded.text == SAMPLE
    assert decoded.encoding == encoding
    assert decoded.warnings == (f"not valid UTF-8: encoding guessed as {encoding}",)


def test_latin1_text_decodes_to_the_same_letters():
    text = "Déjà vu à Zürich: la délégation est arrivée lundi.\n"

    assert decode_text(text.encode("latin-1")).text == text


def test_cyrillic_legacy_encoding_is_detected_not_read_as_latin():
    text = "Президент России Владимир Путин встретился с Си Цзиньпином в Кремле в понедельник.\n" * 3

    assert decode_text(text.encode("cp1251")).text == text


def test_a_few_broken_bytes_in_utf8_are_replaced_with_a_warning():
    data = "Talks – “today”. ".encode() + b"\xff\xc3 " + "More – text.".encode()

    decoded = decode_text(data)

    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith("Talks – “today”. ") and decoded.text.endswith("More – text.")
    assert decoded.warnings == ("2 invalid UTF-8 bytes replaced with �",)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t \r\n", "no text: the file holds only blank space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data, not text (contains NUL bytes)"),
        (bytes(range(1, 32)) * 20, "binary data, not text (control characters throughout)"),
    ],
)
def test_unreadable_bytes_give_a_reason(data: bytes, reason: str):
    with pytest.raises(UnreadableDocument) as raised:
        decode_text(data)

    assert str(raised.value) == reason
