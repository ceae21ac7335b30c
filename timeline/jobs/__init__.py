"""Work the window hands to a worker process (loading, re-analysing, restoring a project's
analysis, indexing what the timeline shows): plain Python, no Qt, so it runs and is tested
without a GUI; the window's session (ui/session.py) relays its results to the widgets."""
