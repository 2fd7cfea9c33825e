"""The only module that touches keyring. Tokens live in the OS keyring, never in files.

When no usable keyring exists (a bare Linux session), secrets can be kept in memory for this
session only — but only after the caller says so (`allow_session_only`), so nothing is ever
silently downgraded, and nothing is ever written to disk.
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.errors
from keyring.backends import fail

from fedimove.core.errors import SecretStoreUnavailable
from fedimove.store.logs import register_secret

SERVICE = "fedimove"
log = logging.getLogger(__name__)


class SecretStore:
    """Get, set and delete named secrets (e.g. `mastodon:https://host:token`)."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service
        self._session_only = False
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()

    @staticmethod
    def keyring_available() -> bool:
        backend = keyring.get_keyring()
        priority = getattr(backend, "priority", 0)
        return not isinstance(backend, fail.Keyring) and priority > 0

    @property
    def session_only(self) -> bool:
        return self._session_only

    def allow_session_only(self) -> None:
        """The user accepted to keep secrets in memory until the app quits."""
        self._session_only = True

    def set(self, name: str, value: str) -> None:
        register_secret(value)
        if self._use_memory():
            with self._lock:
                self._memory[name] = value
            return
        try:
            keyring.set_password(self._service, name, value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(type(exc).__name__) from None

    def get(self, name: str) -> str | None:
        if self._use_memory():
            with self._lock:
                value = self._memory.get(name)
        else:
            try:
                value = keyring.get_password(self._service, name)
            except keyring.errors.KeyringError as exc:
                raise SecretStoreUnavailable(type(exc).__name__) from None
        if value:
            register_secret(value)
        return value

    def delete(self, name: str) -> None:
        if self._use_memory():
            with self._lock:
                self._memory.pop(name, None)
            return
        try:
            keyring.delete_password(self._service, name)
        except keyring.errors.PasswordDeleteError:
            log.debug("secret %s was not stored", name)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(type(exc).__name__) from None

    def _use_memory(self) -> bool:
        if self._session_only:
            return True
        if not self.keyring_available():
            raise SecretStoreUnavailable("no keyring backend")
        return False
