"""The only module that touches keyring. Tokens live in the OS keyring, never in files.

When no usable keyring exists (a bare Linux session), secrets can be kept in memory for this
session only — but only after the user says so (`allow_session_only`, asked by
`ui.keyring_prompt`), so nothing is ever silently downgraded, and nothing is ever written to
disk. That choice and those secrets belong to the app session, not to one `SecretStore`: every
store created in this process sees them, until `end_session()` or the app quits.

Keyring backends that keep secrets in a file of their own (keyrings.alt, keyrings.cryptfile,
picked by a user's keyringrc or `PYTHON_KEYRING_BACKEND`) do not count as a keyring here.
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from fedimove.core.errors import SecretStoreUnavailable
from fedimove.store.logs import register_secret

SERVICE = "fedimove"
log = logging.getLogger(__name__)


class _SessionSecrets:
    """Secrets the user chose to keep until the app quits, shared by every SecretStore."""

    def __init__(self) -> None:
        self.allowed = False
        self.values: dict[tuple[str, str], str] = {}
        self.lock = threading.Lock()


_session = _SessionSecrets()


def end_session() -> None:
    """Forget the session-only choice and every secret kept in memory."""
    with _session.lock:
        _session.allowed = False
        _session.values.clear()


def is_os_keyring(backend: KeyringBackend) -> bool:
    """True when secrets written to `backend` go to the system's own password store."""
    if isinstance(backend, chainer.ChainerBackend):
        # The chainer writes to the first of its backends that accepts writes.
        return bool(backend.backends) and is_os_keyring(backend.backends[0])
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if hasattr(backend, "file_path") or type(backend).__module__.startswith("keyrings.alt"):
        return False
    return getattr(backend, "priority", 0) > 0


class SecretStore:
    """Get, set and delete named secrets (e.g. `mastodon:https://host:token`)."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    @staticmethod
    def keyring_available() -> bool:
        return is_os_keyring(keyring.get_keyring())

    @staticmethod
    def backend_name() -> str:
        """Which keyring backend is in use, for diagnostics (`fedimove keyring-check`)."""
        backend = keyring.get_keyring()
        if isinstance(backend, chainer.ChainerBackend) and backend.backends:
            backend = backend.backends[0]
        return f"{type(backend).__module__}.{type(backend).__qualname__}"

    @property
    def session_only(self) -> bool:
        return _session.allowed

    def allow_session_only(self) -> None:
        """The user accepted to keep secrets in memory until the app quits."""
        with _session.lock:
            _session.allowed = True

    def set(self, name: str, value: str) -> None:
        register_secret(value)
        if self._use_memory():
            with _session.lock:
                _session.values[(self._service, name)] = value
            return
        try:
            keyring.set_password(self._service, name, value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(type(exc).__name__) from None

    def get(self, name: str) -> str | None:
        if self._use_memory():
            with _session.lock:
                value = _session.values.get((self._service, name))
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
            with _session.lock:
                _session.values.pop((self._service, name), None)
            return
        try:
            keyring.delete_password(self._service, name)
        except keyring.errors.PasswordDeleteError:
            log.debug("secret %s was not stored", name)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(type(exc).__name__) from None

    def _use_memory(self) -> bool:
        if _session.allowed:
            return True
        if not self.keyring_available():
            raise SecretStoreUnavailable("no keyring backend")
        return False
