"""The project file and the history of analyst edits."""

from timeline.store.document import ProjectDocument
from timeline.store.errors import (
    JournalError,
    NotAProject,
    ProjectDamaged,
    ProjectError,
    ProjectTooNew,
    ProjectWriteError,
)
from timeline.store.history import EditHistory
from timeline.store.project import Project
from timeline.store.project_file import PROJECT_SUFFIX, open_project, read_project_file, save_project
from timeline.store.recovery import RecoveryOffer, discard_recovery, find_recoverable, recover

__all__ = [
    "PROJECT_SUFFIX",
    "EditHistory",
    "JournalError",
    "NotAProject",
    "Project",
    "ProjectDamaged",
    "ProjectDocument",
    "ProjectError",
    "ProjectTooNew",
    "ProjectWriteError",
    "RecoveryOffer",
    "discard_recovery",
    "find_recoverable",
    "open_project",
    "read_project_file",
    "recover",
    "save_project",
]
