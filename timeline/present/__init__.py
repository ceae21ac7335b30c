"""Timeline geometry without Qt: viewport, tick tables, lanes, level of detail, filtering."""

from timeline.present.bands import bands_for

__all__ = ["bands_for"]
