"""Opening and recovering a project as answers, not exceptions: what a worker thread hands back."""

from __future__ import annotations

from pathlib import Path

from timeline.store.document import ProjectDocument
from timeline.store.errors import ProjectError
from timeline.store.recovery import RecoveryOffer, recover


def open_or_error(path: Path) -> ProjectDocument | ProjectError:
    """On a worker thread: the document, or why it cannot be opened (not raised: a refusal
    is an answer, not a crash to print)."""
    try:
        return ProjectDocument.open(path)
    except ProjectError as error:
        return error


def recover_or_error(offer: RecoveryOffer) -> tuple[ProjectDocument, tuple[str, ...]] | ProjectError:
    try:
        return recover(offer.journal_path)
    except (OSError, ValueError, ProjectError) as error:
        return ProjectError(str(error))
