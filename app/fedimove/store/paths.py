"""Where the workspace lives: `FEDIMOVE_DATA_DIR`, else the platform's per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "FEDIMOVE_DATA_DIR"


def data_dir() -> Path:
    """The workspace folder, created on first use."""
    configured = os.environ.get(DATA_DIR_ENV)
    path = Path(configured) if configured else Path(platformdirs.user_data_dir("Fedimove", False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    return data_dir() / "workspace.sqlite3"


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
