"""Command-line entry point: parses arguments and hands off to one subcommand module."""

from __future__ import annotations

import argparse
import importlib
import logging
import multiprocessing
import sys
import traceback
from collections.abc import Sequence

from timeline import __version__
from timeline.app_logging import FILE_ONLY, configure_logging, log_file
from timeline.commands.errors import EXIT_FAILURE, EXIT_INTERRUPTED, CommandError

log = logging.getLogger(__name__)

# Subcommand modules, imported lazily so `timeline extract` never loads Qt.
SUBCOMMANDS: tuple[str, ...] = ("open", "extract", "events", "export")
# Options of the program itself, accepted anywhere before or after the subcommand.
VERBOSE_FLAGS = ("-v", "--verbose")
DEBUG_FLAG = "--debug"


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
    parser.add_argument(*VERBOSE_FLAGS, action="store_true",
                        help="say more on stderr (everything from INFO up always goes to the log file)")
    parser.add_argument(DEBUG_FLAG, action="store_true",
                        help="log everything, and show the traceback when something fails")
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
    """Exit codes: 0 done, 1 failed, 2 a usage error (argparse's too), 130 interrupted.
    Errors go to stderr as one line; the traceback only with --debug (always in the log)."""
    # In a frozen bundle the analysis worker process starts as this program: let it be one.
    multiprocessing.freeze_support()
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = DEBUG_FLAG in args_list
    verbose = any(flag in args_list for flag in VERBOSE_FLAGS)
    args_list = [a for a in args_list if a != DEBUG_FLAG and a not in VERBOSE_FLAGS]
    configure_logging(verbose=verbose, debug=debug)
    log.info("Timeline %s, Python %s: timeline %s", __version__, sys.version.split()[0], " ".join(args_list))
    command = "timeline"
    try:
        if args_list[:1] == ["--self-test"]:
            from timeline.commands.self_test import run_self_test

            return run_self_test(args_list[1:])
        if _means_open(args_list):
            args_list.insert(0, "open")
        args = build_parser().parse_args(args_list)
        command = f"timeline {args.command}"
        log.debug("%s %s", command, args)
        module = importlib.import_module(f"timeline.commands.{args.command}_command")
        return int(module.run(args))
    except KeyboardInterrupt:
        print(f"\n{command}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except CommandError as error:
        log.info("%s: %s", command, error, extra=FILE_ONLY)
        print(f"{command}: {error}", file=sys.stderr)
        return error.exit_code
    except Exception as error:
        log.exception("%s failed", command, extra=FILE_ONLY)
        if debug:
            traceback.print_exc()
        where = log_file()
        hint = f"details in {where}" if where else "run again with --debug for details"
        print(f"{command}: error: {type(error).__name__}: {error} ({hint})", file=sys.stderr)
        return EXIT_FAILURE
