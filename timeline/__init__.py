"""Timeline: turn a pile of news reports into a dated, sourced picture of what happened."""

import time

__version__ = "0.1.0"

# When the package was first imported: the start-up time the window reports is measured from here.
IMPORTED_AT = time.perf_counter()
