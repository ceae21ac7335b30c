"""The project file and the history of analyst edits."""
