"""How sure a match is, and why: evidence in, confidence out. Pure rules, no I/O.

- confirmed: a proof plus a second independent one — the account published the address on
  Twitter and the fediverse profile links back to it or has a server-verified link;
- likely: one proof — published by the Twitter account itself, or a server-verified (rel=me)
  link to a site it published — and the account verified to exist where it lives;
- possible: only claims — the same username, a similar name, a link back the fediverse
  account wrote about itself — or an address mentioned among others; never followed
  without the user's tick.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from fedimove.core.graph import AccountText, Profile, TextKind
from fedimove.core.handle_rules import ANNOUNCEMENTS
from fedimove.core.handles import Found, Handle, in_text
from fedimove.core.remote_profile import RemoteProfile


class Confidence(StrEnum):
    CONFIRMED = "confirmed"
    LIKELY = "likely"
    POSSIBLE = "possible"


RANK = {Confidence.CONFIRMED: 3, Confidence.LIKELY: 2, Confidence.POSSIBLE: 1}


class EvidenceKind(StrEnum):
    PUBLISHED = "published"  # the Twitter account wrote this address as its own
    MENTIONED = "mentioned"  # the Twitter account wrote it among others: maybe not its own
    EXISTS = "exists"  # the account exists where it lives (WebFinger, actor, API)
    LINK_BACK = "link_back"  # the fediverse profile names twitter.com/<username>
    VERIFIED_LINK = "verified_link"  # a rel=me-verified link ties both profiles
    SAME_USERNAME = "same_username"  # found by probing the same username on a server
    SIMILAR_NAME = "similar_name"
    MOVED = "moved"  # the address named moved here


@dataclass(frozen=True, slots=True, order=True)
class Evidence:
    kind: EvidenceKind
    source: str
    snippet: str


def confidence(evidence: Iterable[Evidence]) -> Confidence | None:
    """Only the Twitter side or a server's verification proves; what the account says is a claim.

    Proofs: the Twitter account published the address (`published`), or the server verified a
    link to a site the Twitter account published (`verified_link`). Claims (a link back, the
    same username, a similar name) alone or together give at most `possible`; a claim next to
    a proof, or two different proofs, make `confirmed`.
    """
    kinds = {e.kind for e in evidence}
    if EvidenceKind.EXISTS not in kinds:
        return None
    proofs = kinds & {EvidenceKind.PUBLISHED, EvidenceKind.VERIFIED_LINK}
    if proofs:
        if len(proofs) >= 2 or EvidenceKind.LINK_BACK in kinds:
            return Confidence.CONFIRMED
        return Confidence.LIKELY
    claims = {
        EvidenceKind.MENTIONED,
        EvidenceKind.SAME_USERNAME,
        EvidenceKind.SIMILAR_NAME,
        EvidenceKind.LINK_BACK,
    }
    if kinds & claims:
        return Confidence.POSSIBLE
    return None


# -- what the Twitter side published ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """An address named by the Twitter account, with how it was named."""

    found: Found
    evidence: Evidence


TEXT_SOURCES = {
    TextKind.BIO: "bio",
    TextKind.PINNED: "pinned",
    TextKind.RETWEET: "retweet",
    TextKind.DM: "dm",
    TextKind.TWEET: "tweet",
}


def _squash(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


def resembles(user: str, profile: Profile) -> bool:
    """Does this address's user part look like the account's own username or name?"""
    mine = _squash(user)
    if not mine:
        return False
    for name in (profile.username, profile.display_name):
        theirs = _squash(name or "")
        if not theirs:
            continue
        if mine == theirs or (
            min(len(mine), len(theirs)) >= 4 and (mine in theirs or theirs in mine)
        ):
            return True
    return False


_ANNOUNCES = re.compile("|".join(ANNOUNCEMENTS), re.IGNORECASE)
# Where the account describes itself: a lone address there is its own.
PROFILE_SOURCES = frozenset({"name", "bio", "url", "location", "pinned"})


def announces(text: str) -> bool:
    """Does the text say the address is the writer's own ("I'm on", "retrouvez-moi sur")?"""
    return _ANNOUNCES.search(unicodedata.normalize("NFKC", text)) is not None


def _own(source: str, text: str, found: Sequence[Found], item: Found, profile: Profile) -> bool:
    """Published (the account's own) or merely mentioned (a friend, a co-host)?

    An address resembling the account's name is its own anywhere. Otherwise only a lone one
    is, and only in the profile or in a text announcing it as the writer's.
    """
    if resembles(item.handle.user, profile):
        return True
    return len(found) == 1 and (source in PROFILE_SOURCES or announces(text))


def _texts_of_profile(profile: Profile) -> list[tuple[str, str, Sequence[str]]]:
    return [
        ("name", profile.display_name or "", ()),
        ("bio", profile.bio or "", profile.bio_urls),
        ("url", profile.website or "", ()),
        ("location", profile.location or "", ()),
        ("pinned", profile.pinned_tweet or "", ()),
    ]


def published_candidates(profile: Profile, texts: Sequence[AccountText]) -> list[Candidate]:
    """Addresses the account wrote: its profile first, then what it wrote elsewhere.

    An address counts as published when it resembles the account's own name, or when it is
    the only one in its profile, or in a tweet, retweet or DM that announces it as theirs;
    the others are merely mentioned (a co-host, a friend they recommend).
    """
    pieces = _texts_of_profile(profile) + [
        (TEXT_SOURCES.get(t.kind, str(t.kind)), t.text, t.urls) for t in texts
    ]
    best: dict[str, Candidate] = {}
    for source, text, urls in pieces:
        if not text and not urls:
            continue
        found = in_text(text, urls)
        for item in found:
            own = _own(source, text, found, item, profile)
            kind = EvidenceKind.PUBLISHED if own else EvidenceKind.MENTIONED
            candidate = Candidate(item, Evidence(kind, source, _snippet(text, item)))
            key = item.handle.key
            if key not in best or (
                kind is EvidenceKind.PUBLISHED
                and best[key].evidence.kind is not EvidenceKind.PUBLISHED
            ):
                best[key] = candidate
    return list(best.values())


def _snippet(text: str, found: Found, width: int = 60) -> str:
    """The words around the address, so a person can judge the evidence at a glance."""
    flat = " ".join(text.split())
    at = flat.find(found.handle.user)
    if at < 0 or len(flat) <= 2 * width:
        return flat[: 2 * width]
    start = max(0, at - width // 2)
    return ("…" if start else "") + flat[start : start + 2 * width] + "…"


# -- what the fediverse side says ---------------------------------------------------------

_TWITTER_LINK = re.compile(
    r"(?:^|[/.\s@])(?:(?:www\.|mobile\.)?twitter\.com|(?:www\.)?x\.com)/(?:#!/)?@?([A-Za-z0-9_]{1,15})"
    r"(?![A-Za-z0-9_])",
    re.IGNORECASE,
)
_TWITTER_FIELD_NAMES = re.compile(
    r"^\s*(twitter|x|𝕏|twitter\s*/\s*x|x\s*/\s*twitter|birdsite)\s*$", re.IGNORECASE
)


def _plain_url(url: str) -> str:
    parts = urlsplit(url if "://" in url else "https://" + url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    return host + parts.path.rstrip("/").lower()


def twitter_urls(profile: Profile) -> set[str]:
    """The Twitter profile's own web links (its website field and bio links)."""
    urls = [profile.website or "", *profile.bio_urls]
    return {_plain_url(u) for u in urls if u and not _TWITTER_LINK.search(" " + u)}


def link_back(remote: RemoteProfile, twitter: Profile) -> list[Evidence]:
    """Does the fediverse profile point back at this Twitter account?"""
    username = (twitter.username or "").lower()
    own_sites = twitter_urls(twitter)
    evidence: list[Evidence] = []
    for item in remote.fields:
        texts = [item.value, *item.urls]
        names_twitter = username and (
            any(m.lower() == username for t in texts for m in _TWITTER_LINK.findall(" " + t))
            or (
                _TWITTER_FIELD_NAMES.match(item.name)
                and item.value.strip().lstrip("@").lower() == username
            )
        )
        shares_site = any(_plain_url(u) in own_sites for u in item.urls) or (
            _plain_url(item.value) in own_sites if "." in item.value else False
        )
        snippet = f"{item.name}: {item.value}"[:120]
        if item.verified and (names_twitter or shares_site):
            evidence.append(Evidence(EvidenceKind.VERIFIED_LINK, "fediverse_field", snippet))
        elif names_twitter:
            evidence.append(Evidence(EvidenceKind.LINK_BACK, "fediverse_field", snippet))
    if username:
        for text in (remote.note, *remote.note_urls):
            if any(m.lower() == username for m in _TWITTER_LINK.findall(" " + text)):
                evidence.append(
                    Evidence(
                        EvidenceKind.LINK_BACK, "fediverse_bio", " ".join(remote.note.split())[:120]
                    )
                )
                break
    return evidence


def probe_evidence(remote: RemoteProfile, twitter: Profile) -> list[Evidence]:
    """Why a same-username account found by probing might be this person."""
    evidence = [Evidence(EvidenceKind.SAME_USERNAME, "probe", str(remote.address))]
    if (
        twitter.display_name
        and remote.display_name
        and _squash(twitter.display_name) == _squash(remote.display_name)
    ):
        evidence.append(Evidence(EvidenceKind.SIMILAR_NAME, "probe", remote.display_name[:80]))
    return evidence


@dataclass(frozen=True, slots=True)
class Match:
    """A Twitter account's fediverse account, with the evidence and how sure it is."""

    account_id: str
    address: Handle
    confidence: Confidence
    evidence: tuple[Evidence, ...]
    remote: RemoteProfile


def judge(account_id: str, remote: RemoteProfile, evidence: Iterable[Evidence]) -> Match | None:
    """A match for a usable account with enough evidence; None otherwise."""
    if not remote.usable:
        return None
    items = set(evidence)
    items.add(Evidence(EvidenceKind.EXISTS, remote.source or "server", str(remote.address)))
    items.update(
        Evidence(EvidenceKind.MOVED, "fediverse_profile", f"{old} → {remote.address}")
        for old in remote.moved_from
    )
    level = confidence(items)
    if level is None:
        return None
    return Match(account_id, remote.address, level, tuple(sorted(items)), remote)


def best(matches: Iterable[Match]) -> Match | None:
    """The match to act on: the surest, then the one with most evidence."""
    ranked = sorted(matches, key=lambda m: (RANK[m.confidence], len(m.evidence)), reverse=True)
    return ranked[0] if ranked else None


def handle_of(text: str) -> Handle | None:
    user, sep, host = text.strip().lstrip("@").partition("@")
    return Handle(user, host.lower()) if sep and user and host else None
