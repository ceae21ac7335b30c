"""Reading one file safely: in a reader process with hard memory and time limits where one
can start, else in this process under the time guard; whatever goes wrong is the file's
one-line error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from timeline.domain.article import Article
from timeline.ingest.manifest import Declaration
from timeline.ingest.reader_process import read_isolated
from timeline.ingest.reading import failed_article, read_plain_text_here
from timeline.ingest.time_guard import StopRequested


def read_article(
    path: Path,
    article_id: str,
    declaration: Declaration | None,
    should_stop: Callable[[], bool] | None = None,
) -> Article:
    """One file as an Article, read in a reader process with hard memory and time limits
    (reader_process) where one can start, else in this process with the time guard; plain
    text runs no parser library and is read here (see reading.read_plain_text_here).

    Whatever goes wrong is that file's one-line error; raises StopRequested only, when
    should_stop turns true while reading.
    """
    if declaration is not None and declaration.refused:
        return failed_article(path, article_id, declaration.refused)
    try:
        text_file = read_plain_text_here(path, article_id, declaration)
        if text_file is not None:
            return text_file
        return read_isolated(path, article_id, declaration, should_stop)
    except StopRequested:
        raise
    except RecursionError:
        return failed_article(path, article_id, "structure nested too deeply to read")
    except Exception as error:  # a bug met on one file must not cost the others
        return failed_article(path, article_id, f"could not read: {type(error).__name__}: {error}")
