"""Exports for briefings: the timeline as PNG, SVG or PDF pages, and the events as data."""
