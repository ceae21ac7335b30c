"""The Qt window: widgets over the session's corpus. The only layer (with render and export) that imports Qt."""
