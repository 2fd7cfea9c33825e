"""Knowing when Google or Apple refused to sign the user in inside the embedded window.

Google (since 2019) and Apple turn embedded browsers away with a page of their own — Google's
"Couldn't sign you in — This browser or app may not be secure" at accounts.google.com/…/rejected.
The window cannot get past it; it can say what happened and what works instead. Qt-free: the
window hands over the page's address and visible text.
"""

from __future__ import annotations

from enum import StrEnum
from urllib.parse import urlsplit


class Refusal(StrEnum):
    GOOGLE = "google"
    APPLE = "apple"


_HOSTS = {"accounts.google.com": Refusal.GOOGLE, "appleid.apple.com": Refusal.APPLE}
# What the refusal pages say, in the languages Fedimove speaks (lower case, straight quotes).
_MARKERS = (
    "this browser or app may not be secure",
    "couldn't sign you in",
    "ce navigateur ou cette application ne sont peut-être pas sécurisés",
    "impossible de vous connecter",
    "this browser is not supported",
    "ce navigateur n'est pas pris en charge",
)


def is_sign_in_host(url: str) -> bool:
    """Pages worth reading the text of (only these: other sites' text is none of our business)."""
    return _host(url) in _HOSTS


def refusal(url: str, page_text: str) -> Refusal | None:
    """Which provider refused the embedded sign-in on this page, or None."""
    provider = _HOSTS.get(_host(url))
    if provider is None:
        return None
    if "/rejected" in urlsplit(url).path:
        return provider
    text = page_text.lower().replace("\u2019", "'")
    return provider if any(marker in text for marker in _MARKERS) else None


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
