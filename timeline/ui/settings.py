"""The window's settings file: one INI file in Timeline's config folder.

Qt's default would be a second home (~/.config/Timeline/Timeline.conf on Linux, the
registry on Windows) beside the one timeline/store/config_location.py chooses; settings,
recent projects and journals are easier to find, back up and reset in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from timeline.store.config_location import config_dir

SETTINGS_FILE_NAME = "settings.ini"


def app_settings() -> QSettings:
    return QSettings(str(config_dir() / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)
