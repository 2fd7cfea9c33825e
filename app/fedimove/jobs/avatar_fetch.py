"""Fetching one account picture, off the GUI thread, through the workspace cache.

A missing or broken avatar is not a failure the user must hear about: the screen keeps the
coloured initial. So every network or format problem gives None, logged, never an error.
"""

from __future__ import annotations

import logging

import requests

from fedimove.jobs.base import Job, JobContext
from fedimove.net.http import new_session
from fedimove.store import avatar_cache

log = logging.getLogger(__name__)
TIMEOUT = (5.0, 10.0)


class FetchAvatar(Job[tuple[str, bytes | None]]):
    """Gives back (url, picture bytes or None), so one receiver can take many fetches."""

    title = "avatar"

    def __init__(self, url: str, session: requests.Session | None = None) -> None:
        self.url = url
        self.session = session

    def run(self, ctx: JobContext) -> tuple[str, bytes | None]:
        return self.url, self._picture()

    def _picture(self) -> bytes | None:
        kept = avatar_cache.get(self.url)
        if kept is not None:
            return kept
        if not self.url.startswith(("https://", "http://127.0.0.1")):
            return None
        session = self.session or new_session(TIMEOUT, pool_size=2)
        try:
            with session.get(self.url, stream=True, timeout=TIMEOUT) as response:
                kind = response.headers.get("Content-Type", "")
                if response.status_code != 200 or not kind.startswith("image/"):
                    return None
                data = response.raw.read(avatar_cache.PICTURE_CAP_BYTES + 1, decode_content=True)
        except requests.RequestException as exc:
            log.info("avatar %s not fetched: %s", self.url, type(exc).__name__)
            return None
        if len(data) > avatar_cache.PICTURE_CAP_BYTES:
            return None
        avatar_cache.put(self.url, data)
        return data
