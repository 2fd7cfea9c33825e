"""The Mastodon sign-in as the workspace keeps it: app registrations and the home account.

Secrets (client secrets, access tokens) are in the keyring under the names given here;
this module never sees their values.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from fedimove.core.home_account import HomeAccount
from fedimove.store.workspace import now_iso


def token_key(instance_url: str) -> str:
    return f"mastodon:{instance_url}:token"


def client_secret_key(instance_url: str) -> str:
    return f"mastodon:{instance_url}:client_secret"


@dataclass(frozen=True, slots=True)
class AppRegistration:
    instance_url: str
    client_id: str
    redirect_uris: tuple[str, ...]
    scopes: tuple[str, ...]


def load_app(conn: sqlite3.Connection, instance_url: str) -> AppRegistration | None:
    row = conn.execute(
        "SELECT * FROM mastodon_apps WHERE instance_url = ?", (instance_url,)
    ).fetchone()
    if row is None:
        return None
    return AppRegistration(
        row["instance_url"],
        row["client_id"],
        tuple(json.loads(row["redirect_uris"])),
        tuple(row["scopes"].split()),
    )


def save_app(conn: sqlite3.Connection, app: AppRegistration) -> None:
    conn.execute(
        "INSERT INTO mastodon_apps (instance_url, client_id, redirect_uris, scopes, created_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(instance_url) DO UPDATE SET"
        " client_id = excluded.client_id, redirect_uris = excluded.redirect_uris,"
        " scopes = excluded.scopes, created_at = excluded.created_at",
        (
            app.instance_url,
            app.client_id,
            json.dumps(list(app.redirect_uris)),
            " ".join(app.scopes),
            now_iso(),
        ),
    )


def forget_app(conn: sqlite3.Connection, instance_url: str) -> None:
    conn.execute("DELETE FROM mastodon_apps WHERE instance_url = ?", (instance_url,))


def load_home(conn: sqlite3.Connection) -> HomeAccount | None:
    row = conn.execute("SELECT * FROM mastodon_home WHERE slot = 1").fetchone()
    if row is None:
        return None
    return HomeAccount(
        row["instance_url"],
        row["account_id"],
        row["acct"],
        row["display_name"],
        row["software"],
        row["version"],
    )


def save_home(conn: sqlite3.Connection, home: HomeAccount) -> None:
    conn.execute(
        "INSERT INTO mastodon_home (slot, instance_url, account_id, acct, display_name, software,"
        " version, signed_in_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(slot) DO UPDATE SET"
        " instance_url = excluded.instance_url, account_id = excluded.account_id,"
        " acct = excluded.acct, display_name = excluded.display_name,"
        " software = excluded.software, version = excluded.version,"
        " signed_in_at = excluded.signed_in_at",
        (
            home.instance_url,
            home.account_id,
            home.acct,
            home.display_name,
            home.software,
            home.version,
            now_iso(),
        ),
    )


# The signed-in account's key in SQL, for rows keyed by the sign-in they were learnt under.
HOME_KEY_SQL = "(SELECT instance_url || ' ' || account_id FROM mastodon_home WHERE slot = 1)"


def home_key(conn: sqlite3.Connection) -> str | None:
    """`HomeAccount.key` of the signed-in account, None when nobody is signed in."""
    home = load_home(conn)
    return home.key if home else None


def clear_home(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM mastodon_home")
