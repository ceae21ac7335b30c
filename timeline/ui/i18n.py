"""Qt's translation lookup for every user-visible string of the window (English only for now).

Each string the window shows passes through tr(), so a translation is a QTranslator loaded
at start-up and nothing else; tests/ui/test_translatable_strings.py fails on a new bare
string in ui/. Placeholders are filled after the lookup (tr("{} events").format(n)), so a
translator sees one whole sentence and may move its parts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Timeline"


def tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation)


def translatable(text: str) -> str:
    """Marks a string of a module-level table as text to translate, and returns it unchanged.

    A table is built at import, before any translator is installed, so its texts are looked
    up where they are shown: tr(COLUMNS[i]). The mark (Qt's QT_TR_NOOP) lets a string
    extractor and tests/ui/test_translatable_strings.py tell them from keys and names.
    """
    return text
