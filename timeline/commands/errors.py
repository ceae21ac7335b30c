"""The command-line error conventions, shared by every subcommand and applied in timeline.cli.

A subcommand raises UsageError for a call that cannot be carried out as written (exit 2,
like argparse's own errors) and CommandFailed for work that was tried and failed (exit 1);
timeline.cli prints either on stderr as "timeline COMMAND: message", without a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C


class CommandError(Exception):
    exit_code = EXIT_FAILURE


class UsageError(CommandError):
    exit_code = EXIT_USAGE


class CommandFailed(CommandError):
    exit_code = EXIT_FAILURE


def require_existing(paths: Iterable[Path]) -> None:
    """Every path given exists, or a usage error naming the ones that do not."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
