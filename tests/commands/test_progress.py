"""The progress bar is drawn for a person at a terminal only, never into a pipe or with --quiet."""

from __future__ import annotations

import io

from timeline.commands.progress import progress_bar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_counts_and_the_next_step() -> None:
    terminal = Terminal()
    with progress_bar("Reading", stream=terminal, then="Building events") as progress:
        for done in range(1, 11):
            progress(done, 10)
    drawn = terminal.getvalue()
    assert "10/10" in drawn
    assert "Building events" in drawn


def test_quiet_or_a_pipe_sees_nothing() -> None:
    quiet, pipe = Terminal(), io.StringIO()
    with progress_bar("Reading", stream=quiet, quiet=True) as progress:
        progress(5, 10)
    with progress_bar("Reading", stream=pipe) as progress:
        progress(5, 10)
    assert quiet.getvalue() == "" and pipe.getvalue() == ""
