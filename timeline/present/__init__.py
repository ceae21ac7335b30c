"""Timeline geometry without Qt: viewport, tick tables, lanes, level of detail, filtering."""
