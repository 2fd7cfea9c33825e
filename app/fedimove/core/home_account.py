"""The Mastodon account the user signed in with: where follows and lists will be made."""

from __future__ import annotations

from dataclasses import dataclass

SCOPES = (
    "read:accounts",
    "read:follows",
    "write:follows",
    "write:blocks",
    "write:mutes",
    "read:lists",
    "write:lists",
    "read:search",
)


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """What the home server runs, so requests adapt to it (GoToSocial, Akkoma, old Mastodon)."""

    software: str = "unknown"
    version: str = ""
    pkce: bool = False

    @property
    def is_mastodon(self) -> bool:
        return self.software == "mastodon"


@dataclass(frozen=True, slots=True)
class HomeAccount:
    """The signed-in account. `instance_url` is `https://host` (no trailing slash)."""

    instance_url: str
    account_id: str
    acct: str
    display_name: str = ""
    software: str = "unknown"
    version: str = ""

    @property
    def host(self) -> str:
        return self.instance_url.split("://", 1)[1]

    @property
    def key(self) -> str:
        """Which server and which account ids and relationships belong to (as the workspace
        writes it: `instance_url || ' ' || account_id`)."""
        return f"{self.instance_url} {self.account_id}"

    @property
    def address(self) -> str:
        """`user@host`, the way other servers name this account."""
        return f"{self.acct}@{self.host}" if "@" not in self.acct else self.acct
