"""Replace a file so that a crash or power cut leaves the old or the new content, never a mix."""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
import time
from pathlib import Path


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, fsync it, rename it over `path`, fsync the folder.

    Raises the OSError as is (the caller words it); on failure the old file is untouched
    and the temporary file is removed.
    """
    target = Path(os.path.realpath(path))  # replace what a symlink points at, not the link
    directory = target.parent
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    fsync_directory(directory)
    _remove_stale_temporaries(target)


# A temporary file this old was left by a save that was killed: no save takes an hour.
STALE_TEMPORARY_SECONDS = 3600


def _remove_stale_temporaries(target: Path) -> None:
    now = time.time()
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_TEMPORARY_SECONDS:
                leftover.unlink()


def fsync_directory(directory: Path) -> None:
    """Make a rename or a new file in `directory` itself durable (a no-op where unsupported)."""
    if not hasattr(os, "O_DIRECTORY"):
        return  # Windows: directories cannot be opened for fsync; NTFS journals the rename
    descriptor = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _mode_for(target: Path) -> int:
    # mkstemp makes the file private (0600); keep an existing file's permissions instead.
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        return 0o644
