"""What a format reader hands back: the text and what the file itself says about it."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.ingest.date_evidence import DateFinding


class UnreadableDocument(Exception):
    """The file cannot give an article; the message is the one-line reason shown to the analyst.

    What could still be read (a page's title and date when its text cannot) rides along, so
    the list shows which article failed and when it was published.
    """

    def __init__(
        self, reason: str, *, title: str | None = None, findings: tuple[DateFinding, ...] = ()
    ) -> None:
        super().__init__(reason)
        self.title = title
        self.findings = findings


@dataclass(frozen=True, slots=True)
class DocumentContent:
    text: str  # newlines normalised to "\n"; the string mention offsets will index
    title: str | None = None
    findings: tuple[DateFinding, ...] = ()  # dates from the document's own metadata
    warnings: tuple[str, ...] = ()
    outlet: str | None = None
    # the file's declared language tags and addresses, most telling first (ingest.locale_hints)
    locale_hints: tuple[str, ...] = ()


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
