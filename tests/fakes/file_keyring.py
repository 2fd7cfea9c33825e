"""A keyring backend in a JSON file, so a `fedimove` subprocess and the test share secrets.

Only for tests: the `shared_keyring` fixture points `PYTHON_KEYRING_BACKEND` at it for
subprocesses and installs it in-process too, instead of conftest's memory keyring.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "FEDIMOVE_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def _save(self, items: dict[str, str]) -> None:
        self._path().write_text(json.dumps(items))

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._load()
        items[f"{service}\0{username}"] = password
        self._save(items)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def delete_password(self, service: str, username: str) -> None:
        items = self._load()
        if items.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(items)


@pytest.fixture
def shared_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    """Secrets visible both here and in `python -m fedimove` subprocesses."""
    monkeypatch.setenv(FILE_ENV, str(tmp_path / "keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", f"{__name__}.FileKeyring")
    backend = FileKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
