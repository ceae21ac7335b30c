"""`python -m timeline`: the same entry point as the installed `timeline` command."""

import sys

from timeline.cli import main

sys.exit(main())
