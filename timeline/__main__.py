"""`python -m timeline`: the same entry point as the installed `timeline` command."""

import sys

from timeline.cli import main

# Guarded: the analysis worker process is spawned and imports the main module again.
if __name__ == "__main__":
    sys.exit(main())
