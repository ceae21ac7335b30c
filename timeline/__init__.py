"""Timeline: turn a pile of news reports into a dated, sourced picture of what happened."""

__version__ = "0.1.0"
