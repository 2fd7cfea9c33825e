"""What a fediverse server runs, which decides how to ask it about an account."""

from __future__ import annotations

from dataclasses import dataclass

# Software whose anonymous `/api/v1/accounts/lookup` answers like Mastodon's.
LOOKUP_API = frozenset(
    {"mastodon", "hometown", "glitchsoc", "pleroma", "akkoma", "fedibird", "kmyblue"}
)


@dataclass(frozen=True, slots=True)
class HostInfo:
    host: str
    software: str = ""
    version: str = ""
    reachable: bool = True

    @property
    def fediverse(self) -> bool:
        return bool(self.software)

    @property
    def lookup_api(self) -> bool:
        return self.software in LOOKUP_API
