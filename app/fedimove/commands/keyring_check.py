"""`fedimove keyring-check [--json]`: store, read back and delete a throwaway secret.

A support and packaging check, left out of `--help`: it proves that the keyring backend the
app would use (in particular inside the frozen bundle, whose backends are hidden imports)
really keeps a secret. It goes through `store.secrets`, like every sign-in does.
"""

from __future__ import annotations

import argparse
import secrets
import uuid

from fedimove.commands._output import print_json
from fedimove.core.errors import FedimoveError
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.i18n import tr
from fedimove.store.secrets import SecretStore


class KeyringRoundTripFailed(FedimoveError):
    code = "keyring_roundtrip"
    message = QT_TRANSLATE_NOOP(
        "Errors", "The password manager (keyring) did not give back what was stored: {detail}"
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("keyring-check")  # no help=: hidden from `fedimove --help`
    parser.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))
    parser.set_defaults(func=run)


def round_trip(store: SecretStore) -> None:
    name = f"keyring-check:{uuid.uuid4().hex}"
    value = secrets.token_urlsafe(24)
    store.set(name, value)
    try:
        read_back = store.get(name)
    finally:
        store.delete(name)
    if read_back != value:
        raise KeyringRoundTripFailed("a different value came back")
    if store.get(name) is not None:
        raise KeyringRoundTripFailed("the secret was not deleted")


def run(args: argparse.Namespace) -> int:
    store = SecretStore()
    round_trip(store)
    backend = store.backend_name()
    if args.json:
        print_json({"backend": backend, "round_trip": "ok"})
    else:
        print(tr("KeyringCheck", "The keyring works: {backend}").format(backend=backend))
    return 0
