"""Matching as a resumable job: find, verify and judge each followed account's address.

Followed, blocked and muted accounts all go through the same engine: blocks and mutes are
carried to Mastodon too (issue 15), and the plan keeps them out of the follows.

Phases, each resumable (finished accounts are recorded one by one in `match_progress`):
1. published: addresses the account wrote (profile, pinned tweet, retweets, DMs) or its own
   website names with rel=me (setting `matching.websites`, jobs/match_websites.py), verified
   where they live;
2. probed: for accounts still without an address, the same username on candidate servers —
   those seen in the user's graph, the user's own, and a short default list (setting
   `matching.probe_hosts`) — kept as `possible` unless the profile links back;
3. relationships: which matches the user already follows on their server.
Verified addresses are cached in the workspace, so a rerun asks no server twice.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from fedimove.core.errors import SecretStoreUnavailable
from fedimove.core.eta import Estimate
from fedimove.core.graph import Profile
from fedimove.core.handle_rules import DEFAULT_PROBE_HOSTS
from fedimove.core.handles import Handle
from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.matching import (
    Candidate,
    EvidenceKind,
    Match,
    best,
    judge,
    link_back,
    probe_evidence,
    published_candidates,
)
from fedimove.core.remote_profile import AccountState, RemoteProfile
from fedimove.core.rules_version import RULES_VERSION
from fedimove.fediverse.home import HomeClient
from fedimove.fediverse.session import access_token, signed_in_account
from fedimove.fediverse.verify import Verifier
from fedimove.i18n import tr
from fedimove.jobs import match_websites
from fedimove.jobs.base import Job, JobContext, Progress
from fedimove.jobs.match_websites import SiteReader
from fedimove.store import elsewhere, graph, matches, settings, workspace
from fedimove.store.secrets import SecretStore

T = TypeVar("T")
# The account named is no more: no point looking for the same username elsewhere.
DEPARTED = frozenset({AccountState.SUSPENDED, AccountState.GONE, AccountState.MOVED})
CHUNK = 200
GRAPH_PROBE_HOSTS = 10
PROBE_HOSTS_SETTING = "matching.probe_hosts"
PROBE_SETTING = "matching.probe"
RULES_SETTING = "matching.rules_version"

FINDING = QT_TRANSLATE_NOOP("Match", "Checking the addresses the accounts published")
PROBING = QT_TRANSLATE_NOOP("Match", "Looking for the same usernames on fediverse servers")
FOLLOWED = QT_TRANSLATE_NOOP("Match", "Checking whom you already follow")
WAITING = QT_TRANSLATE_NOOP("Match", "Waiting for a server's rate limit")


@dataclass(slots=True)
class MatchSummary:
    """`unchecked`: accounts a server that did not answer could have matched (looked at again
    next run); `unreachable_hosts`: those servers, sorted; `offline`: none answered at all."""

    matched: dict[str, int] = field(default_factory=dict)
    unmatched: int = 0
    unchecked: int = 0
    checked: int = 0
    requests: int = 0
    home_requests: int = 0
    site_requests: int = 0
    unreachable_hosts: list[str] = field(default_factory=list)
    offline: bool = False


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class MatchJob(Job[MatchSummary]):
    title = QT_TRANSLATE_NOOP("Match", "Finding fediverse addresses")

    def __init__(
        self,
        *,
        recheck: bool = False,
        only_unmatched: bool = False,
        probe: bool | None = None,
        connect: Callable[[], sqlite3.Connection] = workspace.connect,
        secret_store: SecretStore | None = None,
        per_host: int | None = None,
        chunk: int = CHUNK,
        websites: bool | None = None,
        fetcher: match_websites.Fetcher | None = None,
    ) -> None:
        self.recheck, self.only_unmatched, self.probe = recheck, only_unmatched, probe
        self._connect, self._secrets, self._per_host = connect, secret_store, per_host
        self._chunk = chunk
        self.websites, self._fetcher = websites, fetcher
        self._last = Progress(0)
        self._home_key: str | None = None
        self._reached: set[str] = set()
        self._unreached: set[str] = set()

    def run(self, ctx: JobContext) -> MatchSummary:
        conn = self._connect()
        try:
            return self._run(conn, ctx)
        finally:
            conn.close()

    def _run(self, conn: sqlite3.Connection, ctx: JobContext) -> MatchSummary:
        with workspace.transaction(conn):
            if self.recheck:
                matches.reset(conn)
                matches.forget_profiles(conn)
                match_websites.forget(conn)
            elif self.only_unmatched:
                unmatched = [
                    a
                    for a, (outcome, _) in matches.progress_of(conn).items()
                    if outcome != "matched"
                ]
                matches.reset(conn, unmatched)
                matches.forget_profiles(conn, keep_active=True)
            if settings.get(conn, RULES_SETTING, None) != RULES_VERSION:
                # Stored with other rules: judged again from the verifications, pages and
                # evidence the workspace keeps (reviews stay), so no server is asked twice.
                if matches.progress_of(conn):
                    matches.reset(conn)
                settings.put(conn, RULES_SETTING, RULES_VERSION)
        home = self._home(conn, ctx)
        self._home_key = home.home.key if home is not None else None
        options = {"per_host": self._per_host} if self._per_host else {}
        verifier = Verifier(
            home=home,
            sleep=self._sleeper(ctx),
            clock=ctx.clock,
            host_infos=matches.load_hosts(conn),
            **options,
        )
        summary = MatchSummary()
        profiles = graph.matching_profiles(conn)
        by_id = {p.id: p for p in profiles}
        done = matches.done_accounts(conn)
        pending = [p for p in profiles if p.id not in done]
        sites = self._sites(conn)
        self._published(conn, ctx, verifier, pending, summary, sites)
        summary.site_requests = sites.fetched if sites else 0
        probe = self.probe if self.probe is not None else settings.get(conn, PROBE_SETTING, True)
        if probe:
            waiting = [
                by_id[a]
                for a in matches.done_accounts(conn, "published")
                if a in by_id
                and by_id[a].username
                and matches.progress_of(conn)[a][0] == "unmatched"
            ]
            self._probed(conn, ctx, verifier, waiting, summary, home)
        if home is not None:
            self._relationships(conn, ctx, home)
        with workspace.transaction(conn):
            matches.save_hosts(conn, verifier.host_infos.values())
        counts = matches.counts(conn)
        summary.matched = dict(counts["matched"])  # type: ignore[arg-type]
        summary.unmatched = int(counts["unmatched"])  # type: ignore[arg-type]
        summary.unchecked = int(counts["unchecked"])  # type: ignore[arg-type]
        summary.unreachable_hosts = sorted(self._unreached - self._reached)
        summary.offline = bool(self._unreached) and not self._reached
        summary.requests = verifier.requests
        summary.home_requests = home.requests if home else 0
        return summary

    def _home(self, conn: sqlite3.Connection, ctx: JobContext) -> HomeClient | None:
        account = signed_in_account(conn)
        try:
            token = access_token(account, self._secrets) if account else None
        except SecretStoreUnavailable:
            token = None
        if account is None or not token:
            ctx.log(
                tr(
                    "Match",
                    "Not signed in to Mastodon: servers that refuse anonymous requests "
                    "cannot be checked, and follows already made are not recognised.",
                )
            )
            return None
        return HomeClient(account, token, sleep=self._sleeper(ctx))

    def _report(self, ctx: JobContext, progress: Progress) -> None:
        self._last = progress
        ctx.progress(progress)

    def _sleeper(self, ctx: JobContext) -> Callable[[float], None]:
        """Waits for a server's rate limit, told to whoever watches (an honest ETA)."""

        def sleep(seconds: float) -> None:
            if seconds >= 1:
                last = self._last
                ctx.progress(
                    Progress(last.done, last.total, WAITING, waiting_until=ctx.clock() + seconds)
                )
            ctx.sleep(seconds)

        return sleep

    def _sites(self, conn: sqlite3.Connection) -> SiteReader | None:
        """The reader of published websites, unless the user turned it off."""
        if self.websites is not None:  # the GUI's box: remembered for the CLI too
            with workspace.transaction(conn):
                settings.put(conn, match_websites.SETTING, self.websites)
        if not settings.get(conn, match_websites.SETTING, True):
            return None
        return SiteReader(conn, self._fetcher)

    # -- phase 1 -------------------------------------------------------------------------------

    def _published(
        self,
        conn: sqlite3.Connection,
        ctx: JobContext,
        verifier: Verifier,
        pending: Sequence[Profile],
        summary: MatchSummary,
        sites: SiteReader | None,
    ) -> None:
        pace, total = Estimate(ctx.clock), len(pending)
        for index, chunk in enumerate(_chunks(pending, self._chunk)):
            ctx.checkpoint()
            candidates = {p.id: published_candidates(p, graph.texts_of(conn, p.id)) for p in chunk}
            for account_id, found in (sites.candidates(chunk) if sites else {}).items():
                candidates[account_id] = match_websites.merged(candidates[account_id], found)
            wanted = [c.found.handle for found in candidates.values() for c in found]
            results = self._verified(conn, ctx, verifier, wanted)
            for profile in chunk:
                self._save_published(conn, profile, candidates[profile.id], results)
            summary.checked += len(chunk)
            done = min(total, (index + 1) * self._chunk)
            self._report(ctx, Progress(done, total, FINDING, pace.observe(done, total)))

    def _verified(
        self,
        conn: sqlite3.Connection,
        ctx: JobContext,
        verifier: Verifier,
        handles: Iterable[Handle],
    ) -> dict[str, RemoteProfile]:
        unique = {h.key: h for h in handles}
        results = matches.cached_profiles(conn, unique, self._home_key)
        todo = [h for key, h in unique.items() if key not in results]
        batch: list[tuple[str, RemoteProfile]] = []
        for handle, profile in verifier.verify_many(todo):
            results[handle.key] = profile
            unreached = profile.state is AccountState.UNREACHABLE
            (self._unreached if unreached else self._reached).add(handle.host)
            batch.append((handle.key, profile))
            if len(batch) >= 50:
                self._cache(conn, batch)
            ctx.checkpoint()
        self._cache(conn, batch)
        return results

    def _cache(self, conn: sqlite3.Connection, batch: list[tuple[str, RemoteProfile]]) -> None:
        if batch:
            with workspace.transaction(conn):
                for key, profile in batch:
                    matches.cache_profile(conn, key, profile, self._home_key)
            batch.clear()

    def _save_published(
        self,
        conn: sqlite3.Connection,
        profile: Profile,
        candidates: list[Candidate],
        results: dict[str, RemoteProfile],
    ) -> None:
        found: list[Match] = []
        reasons: list[str] = []
        departed = unchecked = False
        outside: list[Handle] = []
        for candidate in candidates:
            remote = results.get(candidate.found.handle.key)
            if remote is None:
                continue
            if _stays_outside(candidate, remote):
                outside.append(candidate.found.handle)
                continue
            unchecked = unchecked or remote.state is AccountState.UNREACHABLE
            if not remote.usable:
                if candidate.found.strong and remote.state is not AccountState.NOT_FEDIVERSE:
                    reasons.append(f"{candidate.found.handle}: {remote.state.value}")
                    departed = departed or remote.state in DEPARTED
                continue
            match = judge(profile.id, remote, [candidate.evidence, *link_back(remote, profile)])
            if match:
                found.append(match)
        # Known only by number, matching could look no further: once a username is read
        # (x.com, a browser recording, the API), the next run looks again.
        unchecked = unchecked or profile.username is None
        outcome = "matched" if found else ("gone" if departed else _without(unchecked))
        with workspace.transaction(conn):
            matches.save_account_result(
                conn, profile.id, "published", found, outcome, "; ".join(reasons), self._home_key
            )
            elsewhere.save(conn, profile.id, outside)

    # -- phase 2 -------------------------------------------------------------------------------

    def probe_hosts(self, conn: sqlite3.Connection, home: HomeClient | None) -> list[str]:
        """Servers seen in the user's graph (most common first), theirs, and the defaults."""
        seen: Counter[str] = Counter(
            address.rsplit("@", 1)[1] for address in matches.active_addresses(conn)
        )
        hosts = [h for h, _ in seen.most_common(GRAPH_PROBE_HOSTS)]
        if home is not None:
            hosts.append(home.home.host)
        hosts.extend(settings.get(conn, PROBE_HOSTS_SETTING, list(DEFAULT_PROBE_HOSTS)))
        return list(dict.fromkeys(h.lower() for h in hosts))

    def _probed(
        self,
        conn: sqlite3.Connection,
        ctx: JobContext,
        verifier: Verifier,
        waiting: Sequence[Profile],
        summary: MatchSummary,
        home: HomeClient | None,
    ) -> None:
        hosts = self.probe_hosts(conn, home)
        pace, total = Estimate(ctx.clock), len(waiting)
        for index, chunk in enumerate(_chunks(waiting, self._chunk)):
            ctx.checkpoint()
            asked = {p.id: [Handle(p.username or "", h) for h in hosts] for p in chunk}
            results = self._verified(
                conn, ctx, verifier, [h for handles in asked.values() for h in handles]
            )
            for profile in chunk:
                found = []
                unchecked = False
                for handle in asked[profile.id]:
                    remote = results.get(handle.key)
                    unchecked = unchecked or (
                        remote is not None and remote.state is AccountState.UNREACHABLE
                    )
                    if remote is None or not remote.usable:
                        continue
                    evidence = [*probe_evidence(remote, profile), *link_back(remote, profile)]
                    match = judge(profile.id, remote, evidence)
                    if match:
                        found.append(match)
                chosen = best(found)
                kept = [m for m in found if chosen and m.confidence == chosen.confidence]
                with workspace.transaction(conn):
                    matches.save_account_result(
                        conn,
                        profile.id,
                        "probed",
                        kept,
                        "matched" if kept else _without(unchecked),
                        home_key=self._home_key,
                    )
            done = min(total, (index + 1) * self._chunk)
            self._report(ctx, Progress(done, total, PROBING, pace.observe(done, total)))

    # -- phase 3 -------------------------------------------------------------------------------

    @staticmethod
    def _relationships(conn: sqlite3.Connection, ctx: JobContext, home: HomeClient) -> None:
        ctx.progress(Progress(0, None, FOLLOWED))
        following = home.following()
        chosen = {row.address for row in matches.chosen_matches(conn)}
        known = {a: following[a] for a in chosen if a in following}
        states = {a: (following[a], "following") for a in known}
        confirmed = home.relationships(known.values())
        for address, home_id in known.items():
            relation = confirmed.get(home_id)
            if relation is not None and not relation.following:
                states[address] = (home_id, "requested" if relation.requested else "none")
        with workspace.transaction(conn):
            matches.set_relationships(conn, states, home.home.key)


def _without(unchecked: bool) -> str:
    """No match: looked and found nothing, or a server that could have answered did not."""
    return "unchecked" if unchecked else "unmatched"


def _stays_outside(candidate: Candidate, remote: RemoteProfile) -> bool:
    """The account's own Bluesky or Threads account, which does not reach the fediverse.

    Bridgy Fed answers 404 for a handle it does not bridge, Threads for a profile not shared
    with the fediverse: a fact worth telling the user, not a match.
    """
    return (
        candidate.evidence.kind is EvidenceKind.PUBLISHED
        and elsewhere.place_of(candidate.found.handle) is not None
        and remote.state in (AccountState.NOT_FOUND, AccountState.NOT_FEDIVERSE)
    )
