"""Which keyring backends count as the OS keyring: never one that writes its own file."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from fedimove.store.secrets import is_os_keyring


class SystemStore(KeyringBackend):
    priority = 5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError

    def delete_password(self, service: str, username: str) -> None:
        raise NotImplementedError


class PlaintextFile(SystemStore):
    """Shaped like keyrings.alt's file backends, which all carry `file_path`."""

    priority = 0.5  # type: ignore[assignment]
    file_path = "/home/someone/.local/share/python_keyring/keyring_pass.cfg"


def chain(*backends: KeyringBackend) -> chainer.ChainerBackend:
    class Chain(chainer.ChainerBackend):
        pass

    Chain.backends = list(backends)  # type: ignore[misc]
    return Chain()


def test_a_system_store_counts() -> None:
    assert is_os_keyring(SystemStore())


def test_fail_null_and_file_backends_do_not_count() -> None:
    assert not is_os_keyring(fail.Keyring())
    assert not is_os_keyring(null.Keyring())
    assert not is_os_keyring(PlaintextFile())


def test_a_chain_counts_when_it_writes_to_a_system_store_first() -> None:
    assert is_os_keyring(chain(SystemStore(), PlaintextFile()))
    assert not is_os_keyring(chain(PlaintextFile(), SystemStore()))
    assert not is_os_keyring(chain())
