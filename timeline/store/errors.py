"""Why a project could not be read or written, as exception types with a one-line message."""

from __future__ import annotations

import errno
import sqlite3


class ProjectError(Exception):
    """Anything that stops a project being opened or saved; str() is one line for the user."""


class ProjectDamaged(ProjectError):
    """The file is not a whole, valid project: nothing of it is loaded."""


class NotAProject(ProjectDamaged):
    """The file is readable but is not a Timeline project at all."""


class ProjectTooNew(ProjectError):
    """The file was written by a newer version of Timeline than this one."""

    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            f"{path} was saved by a newer Timeline (project format {found}; this version reads "
            f"up to {supported}). Update Timeline to open it."
        )
        self.found = found
        self.supported = supported


class ProjectWriteError(ProjectError):
    """Saving failed (full disk, read-only place, ...); the work is still in memory."""


class ProjectInUse(ProjectWriteError):
    """Another window holds the project: this one opened it read-only."""


class ProjectChangedOnDisk(ProjectWriteError):
    """The file changed since this window read or wrote it: saving would overwrite that."""


class JournalError(ProjectError):
    """The autosave journal could not be written; edits are in memory but not crash-safe."""


def describe_os_error(error: BaseException, path: str) -> str:
    """A one-line reason a person can act on, for an OS or SQLite failure at `path`."""
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return f"the disk is full: could not write {path}"
        if error.errno == errno.EDQUOT:
            return f"the disk quota is used up: could not write {path}"
        if error.errno in (errno.EROFS,):
            return f"the location is read-only: could not write {path}"
        if error.errno in (errno.EACCES, errno.EPERM):
            return f"permission denied: could not write {path}"
        if error.errno == errno.ENOENT:
            return f"the folder does not exist: could not write {path}"
        reason = error.strerror or str(error) or type(error).__name__
        return f"could not write {path}: {reason}"
    if isinstance(error, sqlite3.Error):
        return f"could not write {path}: {error}"
    return f"could not write {path}: {error}"
