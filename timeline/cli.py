"""Command-line entry point: parses arguments and hands off to one subcommand module."""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import sys
from collections.abc import Sequence

from timeline import __version__

# Subcommand modules, imported lazily so `timeline extract` never loads Qt.
SUBCOMMANDS: tuple[str, ...] = ("open", "extract", "events", "export")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description=(
            "Find every dated event in a set of news articles, resolve relative dates against "
            "each article's publication date, and draw them on a timeline. With no subcommand, "
            "opens the window on the given files or folders (the demo corpus when none)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this copy works (demo corpus, extraction, events, PNG and SVG "
        "export, offscreen), print a report and exit 0 when all is well",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        module = importlib.import_module(f"timeline.commands.{name}_command")
        module.add_parser(subparsers)
    return parser


def _means_open(args: list[str]) -> bool:
    """`timeline`, `timeline PATH...` and `timeline --option` all mean `timeline open ...`."""
    if not args:
        return True
    first = args[0]
    if first.startswith("-"):
        return first not in ("-h", "--help", "--version")
    return first not in SUBCOMMANDS


def main(argv: Sequence[str] | None = None) -> int:
    # In a frozen bundle the analysis worker process starts as this program: let it be one.
    multiprocessing.freeze_support()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--self-test"]:
        from timeline.commands.self_test import run_self_test

        return run_self_test(args_list[1:])
    if _means_open(args_list):
        args_list.insert(0, "open")
    parser = build_parser()
    args = parser.parse_args(args_list)
    module = importlib.import_module(f"timeline.commands.{args.command}_command")
    return int(module.run(args))
