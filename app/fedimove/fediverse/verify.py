"""Verifying fediverse addresses where they live, many at once and politely.

Per address, the cheapest door that tells enough:
1. servers with the public Mastodon API (Mastodon, Pleroma, Akkoma…): one `accounts/lookup`
   request gives existence, fields with rel=me verification, moves and suspension;
2. others: WebFinger (host-meta aware for delegated domains), then the ActivityPub actor;
3. servers refusing unsigned fetches (401/403): the user's own server resolves the account
   (`/api/v2/search?resolve=true`).
Moves are followed to the final account only when that account names the old one in its
`alsoKnownAs` (Mastodon itself requires it before it moves followers). Requests run in
parallel across servers with a small limit per server; each server's rate-limit headers are
obeyed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import replace

import requests

from fedimove.core.errors import FedimoveError
from fedimove.core.fediverse_host import HostInfo
from fedimove.core.handle_rules import KNOWN_FEDIVERSE, host_in
from fedimove.core.handles import Handle
from fedimove.core.remote_profile import AccountState, RemoteProfile
from fedimove.fediverse import profiles
from fedimove.fediverse.home import HomeClient
from fedimove.fediverse.hosts import probe_host
from fedimove.fediverse.http_json import JsonResult, get_json
from fedimove.fediverse.pacing import RateLimitGate, Sleep
from fedimove.fediverse.webfinger import Finger, finger, host_meta_template
from fedimove.net.http import new_session

AP_ACCEPT = 'application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams"'
MAX_MOVES = 3
PER_HOST = 3
MAX_WORKERS = 32
log = logging.getLogger(__name__)


class Verifier:
    """Thread-safe; `host_infos` may be pre-filled from the workspace cache."""

    def __init__(
        self,
        *,
        home: HomeClient | None = None,
        per_host: int = PER_HOST,
        max_workers: int = MAX_WORKERS,
        sleep: Sleep = time.sleep,
        clock: Callable[[], float] = time.time,
        host_infos: dict[str, HostInfo] | None = None,
        timeout: tuple[float, float] = (5.0, 10.0),
    ) -> None:
        self.home = home
        self.per_host = per_host
        self.max_workers = max_workers
        self.host_infos: dict[str, HostInfo] = dict(host_infos or {})
        self.requests = 0
        self._sleep, self._clock, self._timeout = sleep, clock, timeout
        self._sessions: dict[str, requests.Session] = {}
        self._gates: dict[str, RateLimitGate] = {}
        self._templates: dict[str, str | None] = {}
        self._account_domains: dict[str, str] = {}
        self._host_locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)
        self._lock = threading.Lock()

    # -- plumbing -----------------------------------------------------------------------------

    def _session(self, host: str) -> requests.Session:
        with self._lock:
            if host not in self._sessions:
                self._sessions[host] = new_session(self._timeout, pool_size=self.per_host + 1)
                self._gates[host] = RateLimitGate(reserve=5, clock=self._clock)
            return self._sessions[host]

    def _get(
        self,
        host: str,
        url: str,
        params: dict[str, str] | None = None,
        accept: str = "application/json",
    ) -> JsonResult:
        session = self._session(host)
        gate = self._gates[host]
        result = JsonResult()
        for attempt in range(3):
            gate.wait(self._sleep)
            with self._lock:
                self.requests += 1
            result = get_json(session, url, params, accept)
            gate.update(result.status, result.headers)
            if result.status == 429 or (result.status == 0 and attempt == 0):
                continue
            break
        return result

    def host_info(self, host: str) -> HostInfo:
        """Asked once per server (per verifier), whatever the number of threads."""
        if host in self.host_infos:
            return self.host_infos[host]
        with self._host_locks[host]:
            if host not in self.host_infos:
                session = self._session(host)
                with self._lock:
                    self.requests += 2
                self.host_infos[host] = probe_host(session, host)
            return self.host_infos[host]

    def _template(self, host: str) -> str | None:
        with self._host_locks[f"meta:{host}"]:
            if host not in self._templates:
                with self._lock:
                    self.requests += 1
                self._templates[host] = host_meta_template(self._session(host), host)
            return self._templates[host]

    # -- one address ----------------------------------------------------------------------------

    def verify(self, handle: Handle) -> RemoteProfile:
        """The final account behind `handle`, moves followed while each target confirms."""
        profile = self._verify_once(handle)
        chain: list[Handle] = []
        while profile.moved_to is not None and len(chain) < MAX_MOVES:
            if profile.moved_to.key in {h.key for h in (*chain, profile.address)}:
                break
            target = self._verify_once(profile.moved_to)
            if target.usable and not self._confirms_move(profile, target):
                unproven = replace(
                    profile, state=AccountState.MOVED, reason="move not confirmed by its target"
                )
                return replace(unproven, moved_from=tuple(chain)) if chain else unproven
            chain.append(profile.address)
            profile = target
        if profile.moved_to is not None:
            profile = replace(profile, state=AccountState.MOVED, reason="moved too many times")
        return replace(profile, moved_from=tuple(chain)) if chain else profile

    def _confirms_move(self, old: RemoteProfile, target: RemoteProfile) -> bool:
        """Does the move's target name the old account in its `alsoKnownAs`?"""
        actor_url = target.actor_uri
        if not old.actor_uri or not actor_url:
            return False
        host = actor_url.split("/")[2].lower()
        result = self._get(host, actor_url, accept=AP_ACCEPT)
        return result.status == 200 and old.actor_uri in profiles.also_known_as(result.data)

    def _verify_once(self, handle: Handle) -> RemoteProfile:
        info = self.host_info(handle.host)
        if not info.reachable:
            return RemoteProfile(handle, AccountState.UNREACHABLE, reason="server unreachable")
        if info.lookup_api:
            found = self._via_api(handle)
            if found is not None:
                return found
        return self._via_webfinger(handle, info)

    def _via_api(self, handle: Handle) -> RemoteProfile | None:
        result = self._get(
            handle.host, f"https://{handle.host}/api/v1/accounts/lookup", {"acct": handle.user}
        )
        if result.status == 200:
            profile = profiles.from_api(result.data, handle.host, "api")
            if profile and self.home is not None and handle.host == self.home.home.host:
                profile = replace(profile, home_id=str(result.data.get("id") or ""))
            return self._canonical(profile) if profile and profile.usable else profile
        if result.status == 404:
            return RemoteProfile(
                handle, AccountState.NOT_FOUND, reason="no such account", source="api"
            )
        if result.status == 410:
            return RemoteProfile(handle, AccountState.SUSPENDED, reason="suspended", source="api")
        if result.unreachable:
            return RemoteProfile(
                handle,
                AccountState.UNREACHABLE,
                reason=f"server answered {result.status or 'nothing'}",
            )
        return None

    def _canonical(self, profile: RemoteProfile) -> RemoteProfile:
        """The account under its own address (its WebFinger subject), not its server's host.

        The API names local accounts by username alone, so `user@social.example.org` comes
        back for an account whose address is `user@example.org`. What a server's accounts are
        called is a fact of the server: learnt from the first account's WebFinger subject,
        confirmed by the other domain, then kept for every account of that server.
        """
        host = profile.address.host
        with self._host_locks[f"domain:{host}"]:
            if host not in self._account_domains:
                domain = self._account_domain(profile)
                if domain is None:
                    return profile
                self._account_domains[host] = domain
        domain = self._account_domains[host]
        if domain == host:
            return profile
        return replace(profile, address=Handle(profile.address.user, domain))

    def _account_domain(self, profile: RemoteProfile) -> str | None:
        """The domain the server's WebFinger names its accounts under; None: no answer yet."""
        address = profile.address
        with self._lock:
            self.requests += 1
        answer = finger(self._session(address.host), address)
        if answer.status != 200:
            return None if answer.status == 0 or answer.status >= 500 else address.host
        subject = answer.subject
        if (
            subject is None
            or subject.host == address.host
            or subject.user.lower() != address.user.lower()
            or not answer.actor_url
            or answer.actor_url != profile.actor_uri
            or not self._confirms(subject, answer.actor_url)
        ):
            return address.host
        return subject.host

    def _via_webfinger(self, handle: Handle, info: HostInfo) -> RemoteProfile:
        session = self._session(handle.host)
        with self._lock:
            self.requests += 1
        answer = finger(session, handle)
        template = None
        if not answer.found and answer.status != 410:
            template = self._template(handle.host)
            if template:
                with self._lock:
                    self.requests += 1
                answer = finger(session, handle, template)
        if answer.status == 410:
            return RemoteProfile(handle, AccountState.GONE, reason="gone", source="webfinger")
        if not answer.found:
            return self._not_found(handle, info, answer, template)
        assert answer.subject is not None and answer.actor_url is not None
        address = answer.subject
        if address.host != handle.host and not self._confirms(address, answer.actor_url):
            address = handle
        return self._via_actor(address, answer.actor_url, answer)

    def _confirms(self, subject: Handle, actor_url: str) -> bool:
        """A server may only name an address on another domain if that domain agrees."""
        with self._lock:
            self.requests += 1
        again = finger(self._session(subject.host), subject)
        if not again.found:
            template = self._template(subject.host)
            again = finger(self._session(subject.host), subject, template) if template else again
        return again.actor_url == actor_url

    def _not_found(
        self, handle: Handle, info: HostInfo, answer: Finger, template: str | None
    ) -> RemoteProfile:
        # A server that did not answer says nothing about the account, whatever it runs.
        if not info.reachable or answer.status == 0 or answer.status >= 500:
            return RemoteProfile(handle, AccountState.UNREACHABLE, reason="server unreachable")
        if info.fediverse or template or host_in(handle.host, KNOWN_FEDIVERSE):
            return RemoteProfile(
                handle, AccountState.NOT_FOUND, reason="no such account", source="webfinger"
            )
        return RemoteProfile(handle, AccountState.NOT_FEDIVERSE, reason="not a fediverse server")

    def _via_actor(self, address: Handle, actor_url: str, answer: Finger) -> RemoteProfile:
        host = actor_url.split("/")[2].lower()
        result = self._get(host, actor_url, accept=AP_ACCEPT)
        if result.status == 200:
            profile = profiles.from_actor(result.data, address)
            moved_url = profiles.moved_actor_url(result.data)
            if profile is not None and moved_url:
                profile = replace(profile, moved_to=self._actor_address(moved_url))
            if profile is not None:
                return profile
        if result.status == 410:
            return RemoteProfile(address, AccountState.GONE, reason="gone", source="actor")
        if result.status == 404:
            # WebFinger knows the name but there is no actor: Threads says so of a profile
            # not shared with the fediverse. Nothing there can be followed.
            return RemoteProfile(
                address, AccountState.NOT_FOUND, reason="no such account", source="actor"
            )
        if result.unreachable or result.status == 429:
            return RemoteProfile(
                address,
                AccountState.UNREACHABLE,
                reason=f"server answered {result.status or 'nothing'}",
            )
        if result.status in (401, 403) and self.home is not None:
            data = self.home.search_account(address)
            profile = profiles.from_api(data, host, "home_search") if data else None
            if profile is not None and data is not None:
                return replace(profile, address=address, home_id=str(data.get("id") or ""))
        return RemoteProfile(
            address, AccountState.ACTIVE, url=answer.profile_url or "", source="webfinger"
        )

    def _actor_address(self, url: str) -> Handle | None:
        host = url.split("/")[2].lower()
        result = self._get(host, url, accept=AP_ACCEPT)
        return profiles.actor_handle(result.data, url)

    # -- many addresses ------------------------------------------------------------------------

    def _contained(self, handle: Handle) -> RemoteProfile:
        """One odd server must not stop the whole run: unexpected failures become a state."""
        try:
            return self.verify(handle)
        except FedimoveError:
            raise
        except Exception:
            log.exception("verifying %s failed", handle)
            return RemoteProfile(handle, AccountState.UNREACHABLE, reason="unexpected answer")

    def verify_many(self, handles: Iterable[Handle]) -> Iterator[tuple[Handle, RemoteProfile]]:
        """Results as they complete; at most `per_host` requests in flight per server."""
        queues: dict[str, deque[Handle]] = defaultdict(deque)
        seen: set[str] = set()
        for handle in handles:
            if handle.key not in seen:
                seen.add(handle.key)
                queues[handle.host].append(handle)
        if not queues:
            return
        workers = max(1, min(self.max_workers, self.per_host * len(queues)))
        in_flight: dict[Future[RemoteProfile], Handle] = {}
        busy: defaultdict[str, int] = defaultdict(int)
        with ThreadPoolExecutor(workers, thread_name_prefix="verify") as pool:
            try:
                while queues or in_flight:
                    for host in list(queues):
                        while busy[host] < self.per_host and queues[host]:
                            handle = queues[host].popleft()
                            busy[host] += 1
                            in_flight[pool.submit(self._contained, handle)] = handle
                        if not queues[host]:
                            del queues[host]
                    done, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
                    for future in done:
                        handle = in_flight.pop(future)
                        busy[handle.host] -= 1
                        yield handle, future.result()
            finally:
                for future in in_flight:
                    future.cancel()
