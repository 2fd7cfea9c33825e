"""The match review as the user sees it: one row per followed Twitter account.

Rows come from the workspace (the graph, the matches and their evidence, the follow queue and
the user's decisions); the review screen filters, sorts and picks them. Kept Qt-free so the
rules (what counts as a default pick, what a search matches) are tested in milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from fedimove.core.handles import ELSEWHERE_URLS


class Confidence(StrEnum):
    CONFIRMED = "confirmed"
    LIKELY = "likely"
    POSSIBLE = "possible"
    NONE = "none"


CONFIDENCE_RANK = {
    Confidence.CONFIRMED: 0,
    Confidence.LIKELY: 1,
    Confidence.POSSIBLE: 2,
    Confidence.NONE: 3,
}


class Standing(StrEnum):
    """Where a row stands on the fediverse side."""

    TO_FOLLOW = "to_follow"
    FOLLOWED = "followed"
    REQUESTED = "requested"
    ALREADY_FOLLOWED = "already_followed"
    MOVED = "moved"
    GONE = "gone"
    FAILED = "failed"
    NOT_FOUND = "not_found"
    ON_BLUESKY = "on_bluesky_not_bridged"  # a Bluesky handle Bridgy Fed does not bridge
    ON_THREADS = "on_threads_not_federated"  # a Threads profile not shared with the fediverse
    UNCHECKED = "unchecked"  # a server that could have answered did not: looked at next run
    NOT_SEARCHED = "not_searched"
    REJECTED = "rejected"


# The network of an account that went to Bluesky or Threads (nothing to follow from here).
ELSEWHERE_NETWORKS = {Standing.ON_BLUESKY: "bluesky", Standing.ON_THREADS: "threads"}
NETWORK_STANDING = {network: standing for standing, network in ELSEWHERE_NETWORKS.items()}
Place = tuple[str, str]  # (network, handle there) outside the fediverse: ("bluesky", "jo.dev")


class Decision(StrEnum):
    """What the user said about a match, as matching keeps it (`matches.review`)."""

    PICK = "accepted"
    REJECT = "rejected"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One proof: its kind (published, link back…), where it was seen, and the text."""

    kind: str
    source: str
    snippet: str


@dataclass(slots=True)
class ReviewRow:
    account_id: str
    username: str | None
    display_name: str | None
    address: str | None
    confidence: Confidence
    standing: Standing
    evidence: tuple[Evidence, ...] = ()
    profile_url: str | None = None
    decision: Decision | None = None
    # Every Bluesky or Threads account it has that the fediverse cannot follow, match or not.
    places: tuple[Place, ...] = ()
    bio: str | None = None  # the Twitter bio, for comparing the two faces of a possible match
    fediverse_name: str | None = None  # the display name the fediverse account gives itself
    twitter_avatar: str | None = None  # the two pictures to compare (fetched off the GUI thread)
    fediverse_avatar: str | None = None
    twitter_since: str | None = None  # ISO dates the two accounts were created
    fediverse_since: str | None = None
    fediverse_bio: str | None = None
    haystack: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        self.haystack = "\0".join(
            (
                self.display_name or "",
                self.username or "",
                self.address or "",
                *(handle for _network, handle in self.places),
            )
        ).casefold()

    @property
    def elsewhere(self) -> str | None:
        """The handle of the first place, the one a row without a match stands for."""
        return self.places[0][1] if self.places else None

    @property
    def standings(self) -> frozenset[Standing]:
        """What the status filter finds it under: its status, and each network it went to
        (a possible match does not hide that the person is on Bluesky)."""
        return frozenset({self.status, *(NETWORK_STANDING[n] for n, _h in self.places)})

    @property
    def status(self) -> Standing:
        """The standing, unless the user left the match out."""
        if self.decision is Decision.REJECT and self.pickable:
            return Standing.REJECTED
        return self.standing

    @property
    def picked_by_default(self) -> bool:
        return self.confidence in (Confidence.CONFIRMED, Confidence.LIKELY)

    @property
    def picked(self) -> bool:
        """Followed by the plan: confirmed and likely by default, possible only when picked."""
        if not self.pickable:
            return False
        if self.decision is not None:
            return self.decision is Decision.PICK
        return self.picked_by_default

    @property
    def pickable(self) -> bool:
        return self.address is not None and self.standing in (Standing.TO_FOLLOW, Standing.MOVED)

    def decision_for(self, picked: bool) -> Decision | None:
        """The decision that makes the row picked or not: None when that is the default."""
        if picked == self.picked_by_default:
            return None
        return Decision.PICK if picked else Decision.REJECT

    @property
    def profile_link(self) -> str | None:
        """The fediverse profile: the server's own URL, else the usual /@user form."""
        if self.profile_url:
            return self.profile_url
        if self.elsewhere and self.standing in ELSEWHERE_NETWORKS:
            return ELSEWHERE_URLS[ELSEWHERE_NETWORKS[self.standing]].format(self.elsewhere)
        if self.address and "@" in self.address:
            user, host = self.address.lstrip("@").split("@", 1)
            return f"https://{host}/@{user}"
        return None

    @property
    def twitter_url(self) -> str:
        if self.username:
            return f"https://x.com/{self.username}"
        return f"https://x.com/i/user/{self.account_id}"


@dataclass(frozen=True, slots=True)
class ReviewFilter:
    """Empty sets mean "any"; the search matches name, @username or address, any case."""

    confidences: frozenset[Confidence] = frozenset()
    standings: frozenset[Standing] = frozenset()
    search: str = ""

    def accepts(self, row: ReviewRow) -> bool:
        return self.mask([row])[0]

    def mask(self, rows: list[ReviewRow]) -> list[bool]:
        """The whole table at once: the proxy then only looks up one flag per row."""
        confidences, standings = self.confidences, self.standings
        needle = self.search.strip().lstrip("@").casefold()
        return [
            (not confidences or row.confidence in confidences)
            and (not standings or not standings.isdisjoint(row.standings))
            and (not needle or needle in row.haystack)
            for row in rows
        ]
