"""The cache of web pages matching read: each published site asked once, then remembered."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from fedimove.core.rel_me import PageFacts
from fedimove.store.workspace import now_iso

MAX_TEXT = 100_000


def cached(conn: sqlite3.Connection, urls: Iterable[str]) -> dict[str, PageFacts | None]:
    """What is known of these pages: facts for pages read, None for those that did not answer."""
    found: dict[str, PageFacts | None] = {}
    for url in set(urls):
        row = conn.execute(
            "SELECT status, me_links, text FROM website_pages WHERE url = ?", (url,)
        ).fetchone()
        if row is not None:
            found[url] = PageFacts(tuple(json.loads(row[1])), row[2]) if row[0] == 200 else None
    return found


def save(
    conn: sqlite3.Connection, url: str, status: int, final_url: str, facts: PageFacts | None
) -> None:
    """Remember one page (caller's transaction)."""
    conn.execute(
        "INSERT OR REPLACE INTO website_pages (url, status, final_url, me_links, text, fetched_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            url,
            status,
            final_url,
            json.dumps(list(facts.me_links) if facts else []),
            facts.text[:MAX_TEXT] if facts else "",
            now_iso(),
        ),
    )


def forget(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM website_pages")
