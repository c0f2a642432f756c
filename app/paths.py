"""Where the register lives on this PC (the user's data folder)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_DIR_NAME = "SoThietBi"
REGISTER_FILE = "register.sqlite"


def data_dir() -> Path:
    override = os.environ.get("SOTB_DATA_DIR")
    return Path(override) if override else user_data_path(APP_DIR_NAME, appauthor=False)


def default_register_path() -> Path:
    return data_dir() / REGISTER_FILE
