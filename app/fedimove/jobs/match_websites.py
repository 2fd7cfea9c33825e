"""Matching's visit to the sites followed accounts published (setting `matching.websites`).

Each page is asked once and its rel=me links and text kept in the workspace (with the time),
so a rerun or a resumed run reads them from there. Pages are fetched a few at a time; one
slow site waits out its own 10-second cap without holding the others.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor

from fedimove.core.graph import Profile
from fedimove.core.matching import Candidate, Evidence, EvidenceKind
from fedimove.core.rel_me import PageFacts, addresses_of, read_page, site_urls
from fedimove.net.pages import Page, fetch, page_session
from fedimove.store import websites, workspace

SETTING = "matching.websites"
WORKERS = 8
Fetcher = Callable[[str], Page]


def default_fetcher() -> Fetcher:
    session = page_session()
    return lambda url: fetch(session, url)


class SiteReader:
    """Reads the pages of a batch of accounts, through the workspace cache."""

    def __init__(self, conn: sqlite3.Connection, fetcher: Fetcher | None = None) -> None:
        self.conn = conn
        self.fetcher = fetcher or default_fetcher()
        self.fetched = 0

    def candidates(self, profiles: Sequence[Profile]) -> dict[str, list[Candidate]]:
        """Per account: addresses its own pages name with rel=me (published) or in text."""
        urls = {p.id: site_urls(p.website, p.bio_urls) for p in profiles}
        pages = self._pages(u for found in urls.values() for u in found)
        result: dict[str, list[Candidate]] = {}
        for profile in profiles:
            found: list[Candidate] = []
            for url in urls[profile.id]:
                facts = pages.get(url)
                if facts is not None:
                    found.extend(_candidates(url, facts))
            if found:
                result[profile.id] = found
        return result

    def _pages(self, urls: Iterable[str]) -> dict[str, PageFacts | None]:
        wanted = list(dict.fromkeys(urls))
        known = websites.cached(self.conn, wanted)
        todo = [u for u in wanted if u not in known]
        if not todo:
            return known
        with ThreadPoolExecutor(min(WORKERS, len(todo)), thread_name_prefix="site") as pool:
            answers = list(pool.map(self.fetcher, todo))
        self.fetched += len(todo)
        with workspace.transaction(self.conn):
            for page in answers:
                facts = (
                    read_page(page.html, page.final_url or page.url) if page.status == 200 else None
                )
                websites.save(self.conn, page.url, page.status, page.final_url, facts)
                known[page.url] = facts
        return known


def forget(conn: sqlite3.Connection) -> None:
    """`match --recheck`: read every page again."""
    websites.forget(conn)


def _candidates(url: str, facts: PageFacts) -> list[Candidate]:
    own, mentioned = addresses_of(facts)
    return [Candidate(f, Evidence(EvidenceKind.PUBLISHED, "website", url)) for f in own] + [
        Candidate(f, Evidence(EvidenceKind.MENTIONED, "website", url)) for f in mentioned
    ]


def merged(first: list[Candidate], more: list[Candidate]) -> list[Candidate]:
    """One candidate per address; a published one wins over a mention."""
    best: dict[str, Candidate] = {c.found.handle.key: c for c in first}
    for candidate in more:
        key = candidate.found.handle.key
        if key not in best or (
            candidate.evidence.kind is EvidenceKind.PUBLISHED
            and best[key].evidence.kind is not EvidenceKind.PUBLISHED
        ):
            best[key] = candidate
    return list(best.values())
