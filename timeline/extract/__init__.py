"""Finds temporal expressions in text and resolves them to TIMEX3 values and intervals.

Pure Python, no Qt. `extract_mentions` is the whole pipeline for one text;
`split_sentences` is the sentence splitter it uses; `interval_for_value` turns a TIMEX3
value into the interval it covers.
"""

from timeline.extract.pipeline import extract_mentions
from timeline.extract.sentences import split_sentences
from timeline.extract.timex_values import interval_for_value

__all__ = ["extract_mentions", "interval_for_value", "split_sentences"]
