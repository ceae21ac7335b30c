"""One module per `timeline` subcommand; each offers `add_parser(subparsers)` and `run(args)`."""
