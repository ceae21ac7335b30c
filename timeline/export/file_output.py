"""Writing an export to disk whole or not at all: a failed export never leaves half a file."""

from __future__ import annotations

import itertools
import os
import threading
from pathlib import Path

_serial = itertools.count()


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target, then rename over it, so an old file survives a failure.

    The temporary file is opened with open(..., "xb") rather than mkstemp, so it gets the
    user's usual permissions (umask) instead of mkstemp's owner-only 0600.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"the folder {folder} does not exist")
    temporary = folder / f".{path.name}.{os.getpid()}-{threading.get_ident()}-{next(_serial)}.part"
    try:
        with open(temporary, "xb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    write_atomically(path, text.encode(encoding))
